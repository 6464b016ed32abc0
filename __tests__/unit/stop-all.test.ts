import type { ReleaseKind } from '../../src/kinds/contract.js'
import { declarationOf } from '../../src/kinds/registry.js'
import { describe, expect, it } from '@jest/globals'
import { describeAwsError } from '../../src/errors.js'
import type { ReleaseRef, StopResult } from '../../src/release.js'
import { STOP_CONCURRENCY, THROTTLE_RETRY_WINDOW_MS, stopAll } from '../../src/stop/stop-all.js'
import { FakeClock } from '../support/fake-clock.js'

const refs = (n: number): ReleaseRef[] =>
  Array.from({ length: n }, (_, i) => ({ kind: 'build', id: `web:${String(i).padStart(8, '0')}` }))

const throttled = (ref: ReleaseRef) =>
  describeAwsError(
    'stop',
    ref,
    'eu-west-1',
    'codebuild:StopBuild',
    Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' })
  )

/** StopBuild as a script: `answer` decides each call; in-flight calls are counted. */
function kindOf(answer: (ref: ReleaseRef, call: number) => 'ok' | 'throttle' | 'deny') {
  let inFlight = 0
  let most = 0
  const calls: string[] = []
  const kind: ReleaseKind = {
    declaration: declarationOf('build'),
    checkCredentials: async () => undefined,
    async stop(ref): Promise<StopResult> {
      calls.push(ref.id)
      inFlight++
      most = Math.max(most, inFlight)
      await new Promise(resolve => setImmediate(resolve))
      inFlight--
      const what = answer(ref, calls.filter(c => c === ref.id).length)
      if (what === 'throttle') throw throttled(ref)
      if (what === 'deny') throw new Error(`denied ${ref.id}`)
      return { ref, status: 'Pending', statusMessage: 'ok', consoleUrl: '' }
    },
    readStatuses: async () => new Map(),
    find: async () => ({ found: [], scope: '' })
  }
  return { kind, calls, most: () => most }
}

const options = { abandon: false, reason: '' }

describe('stopAll', () => {
  it('keeps at most STOP_CONCURRENCY calls in flight, and an outcome per release in order', async () => {
    const { kind, most } = kindOf(() => 'ok')
    const all = refs(60)
    const { outcomes } = await stopAll(kind, all, options, {
      clock: new FakeClock(),
      signal: new AbortController().signal
    })
    expect(most()).toBe(STOP_CONCURRENCY)
    expect(outcomes.map(o => o.ref.id)).toEqual(all.map(r => r.id))
    expect(outcomes.every(o => o.result?.status === 'Pending')).toBe(true)
  })

  it('tries a throttled stop again, with growing pauses, until it goes through', async () => {
    const { kind, calls } = kindOf((_ref, call) => (call <= 4 ? 'throttle' : 'ok'))
    const clock = new FakeClock()
    const report = await stopAll(kind, refs(1), options, {
      clock,
      signal: new AbortController().signal
    })
    expect(report.outcomes[0]?.result?.status).toBe('Pending')
    expect(calls).toHaveLength(5)
    expect(report.throttled).toBe(4)
    expect(clock.sleeps).toHaveLength(4)
    // Full jitter under a cap that doubles: 1 s, 2 s, 4 s, 8 s.
    clock.sleeps.forEach((ms, i) => expect(ms).toBeLessThanOrEqual(1000 * 2 ** i))
  })

  it(`gives up on a stop still throttled after ${THROTTLE_RETRY_WINDOW_MS / 60_000} minutes`, async () => {
    const { kind } = kindOf(() => 'throttle')
    const clock = new FakeClock()
    clock.onSleep = c => (c.time += 60_000)
    const { outcomes } = await stopAll(kind, refs(1), options, {
      clock,
      signal: new AbortController().signal
    })
    expect(outcomes[0]?.error).toMatch(/^Could not stop CodeBuild build .*ThrottlingException/)
  })

  it('one failure stops no other', async () => {
    const { kind } = kindOf(ref => (ref.id.endsWith('1') ? 'deny' : 'ok'))
    const { outcomes } = await stopAll(kind, refs(3), options, {
      clock: new FakeClock(),
      signal: new AbortController().signal
    })
    expect(outcomes.map(o => o.error ?? o.result?.status)).toEqual([
      'Pending',
      'Error: denied web:00000001',
      'Pending'
    ])
  })

  it('starts no new stop once the job is cancelled; the ones sent finish', async () => {
    const controller = new AbortController()
    const { kind, calls } = kindOf(() => 'ok')
    const { outcomes } = await stopAll(kind, refs(5), options, {
      clock: new FakeClock(),
      signal: controller.signal,
      concurrency: 2,
      onOutcome: () => controller.abort()
    })
    expect(calls).toHaveLength(2)
    expect(outcomes.filter(o => o.result)).toHaveLength(2)
    expect(outcomes[4]?.error).toBe(
      'Not stopped: the job was cancelled before the stop of web:00000004 was sent.'
    )
  })
})
