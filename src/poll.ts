// A bounded, cancellable poll loop: one read per interval until done, the deadline, or an abort.
// It knows nothing of AWS; the caller says what "done", "changed" and "passing fault" mean.
import type { Clock } from './clock.js'

export interface PollOptions<T> {
  read: (signal: AbortSignal) => Promise<T>
  done: (value: T) => boolean
  /** Values with the same key are the same state: onChange hears of each state once. */
  key: (value: T) => string
  onChange?: (value: T) => void
  /** A fault the next read may not meet; any other error ends the poll by propagating. */
  isTransient: (error: unknown) => boolean
  onTransientError?: (error: unknown) => void
  intervalMs: number
  /** Absolute time (clock.now()) after which no further read is started. */
  deadline: number
  signal: AbortSignal
  clock: Clock
  /** Sleep one interval before the first read: the release was read a moment ago. */
  sleepFirst?: boolean
}

export type PollEnd = 'done' | 'timeout' | 'cancelled'

export interface PollResult<T> {
  end: PollEnd
  /** The last value read, if any read succeeded. */
  last?: T
  reads: number
}

export async function pollUntil<T>(o: PollOptions<T>): Promise<PollResult<T>> {
  let last: T | undefined
  let lastKey: string | undefined
  let reads = 0
  const result = (end: PollEnd): PollResult<T> =>
    last === undefined ? { end, reads } : { end, last, reads }
  for (let first = true; ; first = false) {
    if (!first || o.sleepFirst) {
      const left = o.deadline - o.clock.now()
      if (left <= 0) return result('timeout')
      await o.clock.sleep(Math.min(o.intervalMs, left), o.signal)
    }
    if (o.signal.aborted) return result('cancelled')
    try {
      reads++
      const value = await o.read(o.signal)
      last = value
      const key = o.key(value)
      if (key !== lastKey) {
        lastKey = key
        o.onChange?.(value)
      }
      if (o.done(value)) return result('done')
    } catch (error) {
      if (o.signal.aborted) return result('cancelled')
      if (!o.isTransient(error)) throw error
      o.onTransientError?.(error)
    }
  }
}
