// A bounded, cancellable loop of rounds: one round per interval until the caller says it is done,
// the deadline passes, or the job is cancelled. It knows nothing of AWS: a round is whatever the
// caller does in it (one batched status read of every release still running).
import type { Clock } from '../clock.js'

export interface RoundOptions {
  /** One round; resolves true when nothing is left to do. */
  round: (signal: AbortSignal) => Promise<boolean>
  intervalMs: number
  /** Absolute time (clock.now()) after which no further round is started. */
  deadline: number
  signal: AbortSignal
  clock: Clock
}

export type PollEnd = 'done' | 'timeout' | 'cancelled'

export async function pollRounds(o: RoundOptions): Promise<{ end: PollEnd; rounds: number }> {
  for (let rounds = 0; ;) {
    if (rounds > 0) {
      const left = o.deadline - o.clock.now()
      if (left <= 0) return { end: 'timeout', rounds }
      await o.clock.sleep(Math.min(o.intervalMs, left), o.signal)
    }
    if (o.signal.aborted) return { end: 'cancelled', rounds }
    rounds++
    if (await o.round(o.signal)) return { end: 'done', rounds }
    if (o.signal.aborted) return { end: 'cancelled', rounds }
  }
}
