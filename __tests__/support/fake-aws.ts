// One fake AWS per test file, started before its tests and forgotten between them.
import { afterAll, beforeAll, beforeEach } from '@jest/globals'
import { startFakeAws } from '../../fake-aws/server.js'

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
