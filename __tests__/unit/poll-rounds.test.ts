import { describe, expect, it } from '@jest/globals'
import { pollRounds } from '../../src/wait/poll.js'
import { FakeClock } from '../support/fake-clock.js'

/** Rounds that answer from a script: true means "nothing left to do". */
function rounds(clock: FakeClock, script: boolean[]) {
  const at: number[] = []
  const round = async (): Promise<boolean> => {
    at.push(clock.now())
    const next = script.shift()
    if (next === undefined) throw new Error('more rounds than the test expected')
    return next
  }
  return { round, at }
}

describe('pollRounds', () => {
  it('runs a round at once, then one per interval until a round says done', async () => {
    const clock = new FakeClock()
    const start = clock.now()
    const { round, at } = rounds(clock, [false, false, true])
    const result = await pollRounds({
      round,
      intervalMs: 5_000,
      deadline: start + 60_000,
      signal: new AbortController().signal,
      clock
    })
    expect(result).toEqual({ end: 'done', rounds: 3 })
    expect(at.map(t => t - start)).toEqual([0, 5_000, 10_000])
  })

  it('times out: the last sleep is cut to the deadline, and no round starts after it', async () => {
    const clock = new FakeClock()
    const start = clock.now()
    const { round, at } = rounds(clock, [false, false, false])
    const result = await pollRounds({
      round,
      intervalMs: 5_000,
      deadline: start + 7_000,
      signal: new AbortController().signal,
      clock
    })
    expect(result).toEqual({ end: 'timeout', rounds: 3 })
    expect(at.map(t => t - start)).toEqual([0, 5_000, 7_000])
    expect(clock.sleeps).toEqual([5_000, 2_000])
  })

  it('ends cancelled when the signal aborts during a sleep, without another round', async () => {
    const clock = new FakeClock()
    const controller = new AbortController()
    clock.onSleep = () => controller.abort()
    const { round } = rounds(clock, [false])
    const result = await pollRounds({
      round,
      intervalMs: 1_000,
      deadline: clock.now() + 60_000,
      signal: controller.signal,
      clock
    })
    expect(result).toEqual({ end: 'cancelled', rounds: 1 })
  })

  it('ends cancelled when the signal aborts during a round', async () => {
    const clock = new FakeClock()
    const controller = new AbortController()
    const result = await pollRounds({
      round: async () => {
        controller.abort()
        return false
      },
      intervalMs: 1_000,
      deadline: clock.now() + 60_000,
      signal: controller.signal,
      clock
    })
    expect(result).toEqual({ end: 'cancelled', rounds: 1 })
    expect(clock.sleeps).toEqual([])
  })
})
