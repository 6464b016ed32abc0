import { describe, expect, it } from '@jest/globals'
import { FakeClock } from '../support/fake-clock.js'
import {
  BACKOFF_LOG_EVERY_MS,
  CancelledError,
  mapLimit,
  patientRead
} from '../../src/read-retry.js'

const throttled = Object.assign(new Error('Rate exceeded'), {
  name: 'ThrottlingException',
  $metadata: { httpStatusCode: 400 }
})
const denied = Object.assign(new Error('no'), {
  name: 'AccessDeniedException',
  $metadata: { httpStatusCode: 403 }
})

/** A call that fails with `errors` in turn, then answers "ok". */
function failing(...errors: Error[]) {
  let calls = 0
  const call = async (): Promise<string> => {
    const error = errors[calls++]
    if (error) throw error
    return 'ok'
  }
  return { call, calls: () => calls }
}

describe('patientRead', () => {
  it('tries a throttled read again after a backoff until it answers', async () => {
    const clock = new FakeClock()
    const lines: string[] = []
    const read = patientRead({
      clock,
      signal: new AbortController().signal,
      deadline: clock.now() + 120_000,
      log: line => lines.push(line)
    })
    const { call, calls } = failing(throttled, throttled, throttled)
    await expect(read('ListBuildsForProject', call)).resolves.toBe('ok')
    expect(calls()).toBe(4)
    expect(clock.sleeps).toHaveLength(3)
    expect(lines[0]).toMatch(
      /^AWS throttled ListBuildsForProject \(ThrottlingException\); trying again for up to 2m00s more\.$/
    )
  })

  it('logs at most one line every few seconds, however many backoffs', async () => {
    const clock = new FakeClock()
    const lines: string[] = []
    const read = patientRead({
      clock,
      signal: new AbortController().signal,
      deadline: clock.now() + 3_600_000,
      log: line => lines.push(line)
    })
    const { call, calls } = failing(...Array.from({ length: 30 }, () => throttled))
    await read('ListDeployments', call)
    expect(calls()).toBe(31)
    const slept = clock.sleeps.reduce((a, b) => a + b, 0)
    expect(lines.length).toBeGreaterThanOrEqual(1)
    expect(lines.length).toBeLessThanOrEqual(Math.ceil(slept / BACKOFF_LOG_EVERY_MS) + 1)
    // The first backoffs are under a second apart: they cannot each have a line.
    expect(lines.length).toBeLessThan(clock.sleeps.length)
  })

  it('gives up at the deadline with the last error', async () => {
    const clock = new FakeClock()
    const read = patientRead({
      clock,
      signal: new AbortController().signal,
      deadline: clock.now() + 5_000,
      log: () => undefined
    })
    const { call } = failing(...Array.from({ length: 1000 }, () => throttled))
    await expect(read('ListPipelineExecutions', call)).rejects.toBe(throttled)
    expect(clock.now()).toBeLessThanOrEqual(1_000_000 + 5_000)
  })

  it('does not retry what no retry fixes', async () => {
    const clock = new FakeClock()
    const read = patientRead({
      clock,
      signal: new AbortController().signal,
      deadline: clock.now() + 120_000
    })
    const { call, calls } = failing(denied)
    await expect(read('ListBuildsForProject', call)).rejects.toBe(denied)
    expect(calls()).toBe(1)
    expect(clock.sleeps).toEqual([])
  })

  it('a call still in flight at the deadline is aborted, and called what it is', async () => {
    const clock = new FakeClock()
    const read = patientRead({
      clock,
      signal: new AbortController().signal,
      deadline: clock.now() + 50
    })
    // A read that hangs until it is aborted, as the SDK's send does with its abortSignal.
    const hang = (signal: AbortSignal) =>
      new Promise<string>((_, reject) =>
        signal.addEventListener('abort', () => reject(new Error('aborted')))
      )
    await expect(read('ListDeployments', hang)).rejects.toMatchObject({
      name: 'TimeoutError',
      message: "AWS did not answer ListDeployments within the find's deadline (0s)."
    })
  })

  it('a cancel ends it: no retry after the abort', async () => {
    const clock = new FakeClock()
    const cancel = new AbortController()
    clock.onSleep = () => cancel.abort()
    const read = patientRead({
      clock,
      signal: cancel.signal,
      deadline: clock.now() + 120_000,
      log: () => undefined
    })
    const { call, calls } = failing(throttled, throttled)
    await expect(read('ListBuildsForProject', call)).rejects.toBeInstanceOf(CancelledError)
    expect(calls()).toBe(1)
  })
})

describe('mapLimit', () => {
  it('keeps the order and never runs more than the limit at once', async () => {
    let running = 0
    let most = 0
    const out = await mapLimit([5, 1, 4, 2, 3, 6, 7], 3, async n => {
      running++
      most = Math.max(most, running)
      await new Promise(resolve => setTimeout(resolve, n))
      running--
      return n * 10
    })
    expect(out).toEqual([50, 10, 40, 20, 30, 60, 70])
    expect(most).toBe(3)
  })

  it('starts no further item after a failure, and rejects with it', async () => {
    const started: number[] = []
    const failure = new Error('denied')
    await expect(
      mapLimit([1, 2, 3, 4, 5, 6, 7, 8], 2, async n => {
        started.push(n)
        await new Promise(resolve => setTimeout(resolve, 5))
        if (n === 2) throw failure
        return n
      })
    ).rejects.toBe(failure)
    await new Promise(resolve => setTimeout(resolve, 30))
    // 1 and 2 ran together; when 2 failed, 1's worker may have taken 3, and nothing after it.
    expect(started.length).toBeLessThanOrEqual(3)
  })
})
