// Stops many releases at once: a bounded number of stop calls in flight, each one retried while
// AWS throttles it, and each release with its own outcome, so that one failure stops no other.
import type { Clock } from '../clock.js'
import { AwsCallError, isThrottlingError } from '../errors.js'
import { debug, oneLine } from '../log.js'
import { backoffDelay } from '../read-retry.js'
import type { ReleaseKind } from '../kinds/contract.js'
import type { ReleaseRef, StopResult } from '../release.js'

/**
 * Stop calls in flight at once. Enough that 25 slow calls (a second each, say) take about the
 * time of one; AWS's own rate limits, not this, set the pace beyond that.
 */
export const STOP_CONCURRENCY = 25
/**
 * How long a throttled stop keeps being tried. Each try is already the SDK's (adaptive) retries;
 * past this the release is reported as not stopped.
 */
export const THROTTLE_RETRY_WINDOW_MS = 5 * 60_000

export type StopOutcome =
  | { ref: ReleaseRef; result: StopResult; error?: undefined }
  | { ref: ReleaseRef; error: string; result?: undefined; common?: string }

export interface StopAllDeps {
  clock: Clock
  /** Cancelling the job: no new stop call is started; the calls in flight finish. */
  signal: AbortSignal
  concurrency?: number
  /** Called once a stop has an outcome, in the order they come. */
  onOutcome?: (outcome: StopOutcome) => void
}

export interface StopAllReport {
  outcomes: StopOutcome[]
  /** Stop calls AWS throttled and that were tried again. */
  throttled: number
}

export async function stopAll(
  kind: ReleaseKind,
  refs: ReleaseRef[],
  /** The kind's own options, passed to its stop as they are. */
  options: unknown,
  deps: StopAllDeps
): Promise<StopAllReport> {
  const outcomes: StopOutcome[] = new Array(refs.length)
  let next = 0
  let throttled = 0

  const stopOne = async (ref: ReleaseRef): Promise<StopOutcome> => {
    const giveUpAt = deps.clock.now() + THROTTLE_RETRY_WINDOW_MS
    for (let attempt = 1; ; attempt++) {
      try {
        return { ref, result: await kind.stop(ref, options) }
      } catch (error) {
        const message = error instanceof AwsCallError ? error.message : oneLine(String(error))
        if (!isThrottlingError(error) || deps.signal.aborted || deps.clock.now() >= giveUpAt) {
          const common = error instanceof AwsCallError ? error.common : undefined
          return common ? { ref, error: message, common } : { ref, error: message }
        }
        throttled++
        const delay = backoffDelay(attempt)
        debug(
          `Throttled stopping ${ref.id} (try ${attempt}); trying again in ${Math.round(delay)} ms`
        )
        await deps.clock.sleep(delay, deps.signal)
      }
    }
  }

  const worker = async (): Promise<void> => {
    for (let i = next++; i < refs.length; i = next++) {
      const ref = refs[i] as ReleaseRef
      const outcome = deps.signal.aborted
        ? {
            ref,
            error: `Not stopped: the job was cancelled before the stop of ${ref.id} was sent.`
          }
        : await stopOne(ref)
      outcomes[i] = outcome
      deps.onOutcome?.(outcome)
    }
  }
  const workers = Math.max(1, Math.min(deps.concurrency ?? STOP_CONCURRENCY, refs.length))
  await Promise.all(Array.from({ length: workers }, worker))
  return { outcomes, throttled }
}
