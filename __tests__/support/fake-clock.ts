import type { Clock } from '../../src/clock.js'

/** A clock whose sleep jumps time forward at once, recording each sleep. */
export class FakeClock implements Clock {
  time = 1_000_000
  readonly sleeps: number[] = []
  /** Runs during a sleep, after time has moved: lets a test abort mid-wait. */
  onSleep?: (clock: FakeClock) => void

  now(): number {
    return this.time
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return
    this.sleeps.push(ms)
    this.time += ms
    this.onSleep?.(this)
  }
}
