// The wait phase: every release whose stop went through is followed until AWS shows it at its end
// (waitForStops), in one log group, and each result is corrected by what the wait saw (applyWait).
import * as core from '@actions/core'
import type { Clock } from '../clock.js'
import type { ReleaseKind } from '../kinds/contract.js'
import { formatDuration } from '../duration.js'
import { debug, info } from '../log.js'
import { countOf, describeRelease, type Settled } from '../release.js'
import { logResult } from '../report/report.js'
import type { Settings } from '../settings.js'
import { applyWait, waitForStops } from './wait-for-stops.js'

export async function waitPhase(
  kind: ReleaseKind,
  stopped: Settled[],
  settings: Settings,
  deps: { clock: Clock; cancel: AbortSignal },
  prefix = ''
): Promise<Settled[]> {
  const waiting = stopped.filter(s => !s.problem)
  if (waiting.length === 0) return stopped
  const what =
    waiting.length === 1 && waiting[0]
      ? describeRelease(waiting[0].result.ref)
      : countOf(settings.kind, waiting.length)
  const followUp = kind.declaration.followUp
  const reports = await core.group(`${prefix}Wait for ${what} to end`, async () => {
    info(
      `A status read every ${formatDuration(settings.pollIntervalMs)}, for at most ${formatDuration(settings.waitTimeoutMs)}.`
    )
    return waitForStops(
      kind,
      waiting.map(s => ({
        ref: s.result.ref,
        // A stop may start a follow-up unless it said not to, or nothing was running.
        expectRollback:
          (followUp?.expected(settings.options) ?? false) && s.result.status !== 'AlreadyCompleted'
      })),
      {
        timeoutMs: settings.waitTimeoutMs,
        intervalMs: settings.pollIntervalMs,
        waitForRollback: followUp?.waitFor(settings.options) ?? false
      },
      { clock: deps.clock, signal: deps.cancel, region: settings.region }
    )
  })
  // The reports come in the order of `waiting`: the releases whose stop had no problem.
  let next = 0
  return stopped.map(s => {
    if (s.problem) return s
    const report = reports[next++]
    if (!report) return s
    debug(`Wait report for ${s.result.ref.id}: ${JSON.stringify(report)}`)
    const after: Settled = report.error
      ? {
          result: { ...s.result, status: 'Failed', statusMessage: report.error.message },
          problem: report.error.message,
          problemTitle: `Status not read: ${describeRelease(s.result.ref)}`
        }
      : applyWait(s.result, report, settings.waitTimeoutMs)
    logResult(after.result)
    return after
  })
}
