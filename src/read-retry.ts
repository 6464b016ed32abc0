// The reads a find makes (List*, BatchGet*, Describe*, Get*) ride out throttling and AWS's passing
// faults the way a stop does: each call is already the SDK client's adaptive retries (the same
// client, so the same rate limiter as the stops), and a call that still fails for a passing reason
// is tried again after a jittered backoff until the find's deadline. In a guard's post step the
// find runs once, after the job failed: three quick attempts are not enough there.
import type { Clock } from './clock.js'
import { isThrottlingError, isTransientAwsError } from './errors.js'
import { formatDuration } from './duration.js'
import { debug, info, oneLine } from './log.js'

/** How long a find keeps trying reads that fail for a passing reason (docs/troubleshooting.md). */
export const FIND_DEADLINE_MS = 2 * 60_000
/** At most one log line about backoffs this often: a long throttle must not flood the log. */
export const BACKOFF_LOG_EVERY_MS = 5_000
const BACKOFF_BASE_MS = 500
const BACKOFF_MAX_MS = 10_000

/** Full jitter: calls that were throttled together do not come back together. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  return random() * Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** attempt)
}

/** One read: the SDK call, given the signal that aborts it when the job is cancelled. */
export type Read = <T>(operation: string, call: (signal: AbortSignal) => Promise<T>) => Promise<T>

export interface ReadRetryOptions {
  clock: Clock
  /** Aborted when the runner cancels the job: the call in flight is aborted, no retry starts. */
  signal: AbortSignal
  /** Absolute time (clock.now()) after which a failed read is not tried again. */
  deadline: number
  log?: (line: string) => void
}

/** The job was cancelled while a read was under way or waiting to be tried again. */
export class CancelledError extends Error {
  constructor(what: string) {
    super(`The job was cancelled during ${what}.`)
    this.name = 'CancelledError'
  }
}

/** No answer came before the find's deadline: the call in flight was abandoned. */
export class DeadlineError extends Error {
  constructor(operation: string, ms: number) {
    super(`AWS did not answer ${operation} within the find's deadline (${formatDuration(ms)}).`)
    // Named like the SDK's own timeouts, so the hint says AWS could not be reached.
    this.name = 'TimeoutError'
  }
}

/**
 * A `Read` that retries throttling, 5xx and network errors until the deadline. A call still in
 * flight at the deadline is aborted, so that a read that hangs cannot outlast it by the SDK's
 * attempts × request timeout.
 */
export function patientRead(options: ReadRetryOptions): Read {
  const log = options.log ?? info
  let loggedAt = -Infinity
  const budget = options.deadline - options.clock.now()
  return async <T>(operation: string, call: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      if (options.signal.aborted) throw new CancelledError(`${operation}`)
      const left = Math.min(
        2 ** 31 - 1,
        Math.max(1, Math.ceil(options.deadline - options.clock.now()))
      )
      const signal = AbortSignal.any([options.signal, AbortSignal.timeout(left)])
      try {
        return await call(signal)
      } catch (error) {
        if (options.signal.aborted) throw new CancelledError(`${operation}`)
        if (signal.aborted) throw new DeadlineError(operation, budget)
        const now = options.clock.now()
        const left = options.deadline - now
        if (!isTransientAwsError(error) || left <= 0) throw error
        const delay = Math.min(backoffDelay(attempt), left)
        const why = isThrottlingError(error) ? 'throttled' : 'failed for a passing reason'
        const line = `AWS ${why} ${operation} (${oneLine(errorName(error), 100)}); trying again for up to ${formatDuration(left)} more.`
        if (now - loggedAt >= BACKOFF_LOG_EVERY_MS) {
          loggedAt = now
          log(line)
        } else debug(line)
        await options.clock.sleep(delay, options.signal)
      }
    }
  }
}

/** A patient `Read` for one step's reads, with the find's deadline from now. */
export function stepRead(deps: { clock: Clock; cancel: AbortSignal }): Read {
  return patientRead({
    clock: deps.clock,
    signal: deps.cancel,
    deadline: deps.clock.now() + FIND_DEADLINE_MS
  })
}

/** A `Read` that makes each call once, with the signal given (the wait's polls retry by round). */
export function singleRead(signal?: AbortSignal): Read {
  return (_operation, call) => call(signal ?? new AbortController().signal)
}

function errorName(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const e = error as { name?: string; code?: string }
    if (e.name && e.name !== 'Error') return e.name
    if (e.code) return e.code
  }
  return String(error)
}

/**
 * Runs `fn` on every item with at most `limit` at once, keeping the order of the results. After
 * the first failure no further item is started (the calls in flight finish), and it rejects.
 */
export async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  let failed = false
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length && !failed; i = next++) {
      try {
        results[i] = await fn(items[i] as T)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}
