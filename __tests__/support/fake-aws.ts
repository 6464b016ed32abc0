// One fake AWS per test file, started before its tests and forgotten between them.
import { afterAll, beforeAll, beforeEach } from '@jest/globals'
import { startFakeAws } from '../../fake-aws/server.js'
import { runAction } from '../../scripts/action-runner.js'

export type Fake = Awaited<ReturnType<typeof startFakeAws>>

/** Set by useFakeAws(); an ES module live binding, so importers see the running server. */
export let fake: Fake

export function useFakeAws(): void {
  beforeAll(async () => {
    fake = await startFakeAws()
  })
  afterAll(async () => {
    await fake.close()
  })
  beforeEach(() => fake.reset())
}

/** The IDs the fake accepted a stop call for (faulted calls left out), sorted. */
export function stoppedIds(operation: string, key = 'id'): string[] {
  return fake
    .calls(operation)
    .filter(c => !c.fault)
    .map(c => String(c.body[key]))
    .sort()
}

/**
 * Cancels the step as the runner does (`signal`) once the fake has seen `operation`, and records
 * when it signalled and when the process exited: for `runAction`'s `onSpawn`.
 */
export function cancelOnCall(operation: string, signal: NodeJS.Signals = 'SIGINT') {
  const times = { signalledAt: 0, exitedAt: 0 }
  const onSpawn = (child: import('node:child_process').ChildProcess): void => {
    const timer = setInterval(() => {
      if (fake.calls(operation).length > 0) {
        clearInterval(timer)
        times.signalledAt = Date.now()
        child.kill(signal)
      }
    }, 10)
    child.on('exit', () => {
      times.exitedAt = Date.now()
      clearInterval(timer)
    })
  }
  return { onSpawn, times }
}

/** Runs the bundled action as the runner does, against this file's fake AWS. */
export function runOnFake(
  inputs: Record<string, string>,
  options: Partial<import('../../scripts/action-runner.js').RunOptions> = {}
) {
  return runAction({ inputs, ...options, env: { AWS_ENDPOINT_URL: fake.url, ...options.env } })
}
