import { describe, expect, it } from '@jest/globals'
import { pollUntil, type PollOptions } from '../../src/poll.js'
import { FakeClock } from '../support/fake-clock.js'

class Transient extends Error {}

function options(
  clock: FakeClock,
  values: (number | Error)[],
  extra: Partial<PollOptions<number>> = {}
) {
  const readsAt: number[] = []
  const changes: number[] = []
  const o: PollOptions<number> = {
    read: async () => {
      readsAt.push(clock.now())
      const next = values.shift()
      if (next === undefined) throw new Error('read more often than the test expected')
      if (next instanceof Error) throw next
      return next
    },
    done: v => v >= 100,
    key: v => String(v),
    onChange: v => changes.push(v),
    isTransient: e => e instanceof Transient,
    intervalMs: 5_000,
    deadline: clock.now() + 60_000,
    signal: new AbortController().signal,
    clock,
    ...extra
  }
  return { o, readsAt, changes }
}

describe('pollUntil', () => {
  it('reads once per interval until done, reporting each change once', async () => {
    const clock = new FakeClock()
    const start = clock.now()
    const { o, readsAt, changes } = options(clock, [1, 1, 2, 100])
    const result = await pollUntil(o)
    expect(result).toEqual({ end: 'done', last: 100, reads: 4 })
    expect(readsAt.map(t => t - start)).toEqual([0, 5_000, 10_000, 15_000])
    expect(changes).toEqual([1, 2, 100])
  })

  it('sleeps first when asked', async () => {
    const clock = new FakeClock()
    const start = clock.now()
    const { o, readsAt } = options(clock, [100], { sleepFirst: true })
    await pollUntil(o)
    expect(readsAt.map(t => t - start)).toEqual([5_000])
  })

  it('absorbs transient errors and goes on at the next poll', async () => {
    const clock = new FakeClock()
    const seen: unknown[] = []
    const { o } = options(clock, [1, new Transient('throttled'), new Transient('503'), 100], {
      onTransientError: e => seen.push(e)
    })
    expect(await pollUntil(o)).toEqual({ end: 'done', last: 100, reads: 4 })
    expect(seen).toHaveLength(2)
  })

  it('ends at once on an error no retry fixes', async () => {
    const clock = new FakeClock()
    const denied = new Error('AccessDenied')
    const { o, readsAt } = options(clock, [1, denied])
    await expect(pollUntil(o)).rejects.toBe(denied)
    expect(readsAt).toHaveLength(2)
  })

  it('times out at the deadline, with a last read at the deadline itself', async () => {
    const clock = new FakeClock()
    const start = clock.now()
    const { o, readsAt } = options(clock, [1, 2, 3, 4], { deadline: start + 12_000 })
    expect(await pollUntil(o)).toEqual({ end: 'timeout', last: 4, reads: 4 })
    expect(readsAt.map(t => t - start)).toEqual([0, 5_000, 10_000, 12_000])
    expect(clock.sleeps).toEqual([5_000, 5_000, 2_000])
  })

  it('times out with no value when every read failed', async () => {
    const clock = new FakeClock()
    const { o } = options(clock, [new Transient('a'), new Transient('b')], {
      deadline: clock.now() + 5_000
    })
    expect(await pollUntil(o)).toEqual({ end: 'timeout', reads: 2 })
  })

  it('stops at once when cancelled, keeping the last value', async () => {
    const clock = new FakeClock()
    const controller = new AbortController()
    clock.onSleep = () => controller.abort()
    const { o } = options(clock, [1, 2], { signal: controller.signal })
    expect(await pollUntil(o)).toEqual({ end: 'cancelled', last: 1, reads: 1 })
  })

  it('treats an error during cancellation as the cancellation', async () => {
    const clock = new FakeClock()
    const controller = new AbortController()
    const { o } = options(clock, [], {
      signal: controller.signal,
      read: async () => {
        controller.abort()
        throw new Error('AbortError')
      }
    })
    expect(await pollUntil(o)).toEqual({ end: 'cancelled', reads: 1 })
  })
})
