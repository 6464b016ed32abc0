// The flow every stop takes, in the main step and in a guard's post step: find → stop → wait →
// report. Failures from any phase are turned into the step's failure here, once.
import { clientConfig } from './aws-client.js'
import type { Clock } from './clock.js'
import { AwsCallError } from './errors.js'
import { findPhase } from './find/find-phase.js'
import type { Selection } from './find/select.js'
import { annotate, fail, oneLine } from './log.js'
import {
  countOf,
  describeQuery,
  describeRelease,
  kindLabel,
  type Settled,
  type StopOptions,
  type StopResult
} from './release.js'
import { countLine, overallStatus, setOutputs, writeSummary } from './report/report.js'
import { currentRun, defaultReason } from './run-context.js'
import type { Settings } from './settings.js'
import { dryRun } from './stop/dry-run.js'
import { stopPhase } from './stop/stop-phase.js'
import { loadReleaseKind } from './targets/index.js'
import { waitPhase } from './wait/wait-phase.js'

export interface FlowDeps {
  clock: Clock
  /** Aborted when the runner cancels the job: no new stop starts, polling ends, results are reported. */
  cancel: AbortSignal
}

export interface FlowOptions {
  /** Only releases found by name that were created or started at or after this time (ms). */
  startedSince?: number
  /** Put before every log group title and the summary heading: "Guard: ". */
  prefix?: string
}

export async function stopReleases(
  settings: Settings,
  deps: FlowDeps,
  options: FlowOptions = {}
): Promise<void> {
  const prefix = options.prefix ?? ''
  const kind = await loadReleaseKind(settings.kind, clientConfig(settings.region))
  let selection: Selection
  try {
    selection = await findPhase(kind, settings, {
      now: deps.clock.now(),
      prefix,
      ...(options.startedSince === undefined ? {} : { startedSince: options.startedSince })
    })
  } catch (error) {
    fail(
      `${prefix}Could not find ${countOf(settings.kind, 2, false)}`,
      error instanceof AwsCallError ? error.message : oneLine(String(error))
    )
    return
  }
  const { targets } = selection

  if (targets.length > settings.maxReleases) {
    // A filter that is too wide must never stop a whole account's releases.
    const listed = targets.slice(0, 10).map(t => t.ref.id)
    const message =
      `${targets.length} ${countOf(settings.kind, targets.length, false)} match, more than max-releases (${settings.maxReleases}); ` +
      `nothing was stopped. Narrow the inputs (add "commit" or a deployment group), or raise "max-releases" ` +
      `if all of them must stop. They include: ${listed.join(', ')}${targets.length > listed.length ? ', ...' : ''}.`
    setOutputs([], 'Failed', message)
    fail(
      `${prefix}Too many ${countOf(settings.kind, 2, false)} match: nothing was stopped`,
      message
    )
    return
  }

  if (targets.length === 0) {
    const message = `No running ${kindLabel(settings.kind)} found for ${settings.find ? describeQuery(settings.find, settings.commit) : 'the inputs'}; nothing to stop.`
    setOutputs([], 'NothingRunning', message)
    await summarize([], settings, prefix, message)
    const title = `${prefix}Nothing running`
    if (settings.failIfNotRunning) fail(title, `${message} fail-if-not-running is true.`)
    else annotate('notice', title, message)
    return
  }

  let settled: Settled[]
  if (settings.dryRun) {
    settled = await dryRun(kind, targets, settings.region, prefix)
  } else {
    const refs = targets.map(t => t.ref)
    settled = await stopPhase(kind, refs, stopOptions(settings), settings, deps, prefix)
    if (settings.wait) settled = await waitPhase(kind, settled, settings, deps, prefix)
  }
  const results = settled.map(s => s.result)
  const overall = overallStatus(results, settings.dryRun)
  const only = results.length === 1 ? results[0] : undefined
  const message = only
    ? only.statusMessage
    : `${countOf(settings.kind, results.length)}: ${countLine(results)}.`
  setOutputs(results, overall, message)
  await summarize(results, settings, prefix, only ? countLine(results) : message)

  // One annotation per release, titled with the release, so each reads on the run's page.
  for (const s of settled) {
    const what = describeRelease(s.result.ref)
    if (s.problem) {
      fail(`${prefix}${s.problemTitle ?? what}`, s.problem)
    } else if (s.result.status === 'AlreadyCompleted') {
      if (settings.failIfNotRunning) {
        fail(
          `${prefix}Not running: ${what}`,
          `${what} was not running, and fail-if-not-running is true: ${s.result.statusMessage}`
        )
      } else if (s.warning) {
        annotate('warning', `${prefix}Finished before the stop: ${what}`, s.warning)
      } else {
        annotate(
          'notice',
          `${prefix}Already finished: ${what}`,
          `${what} had already finished; nothing was stopped. ${s.result.statusMessage}`
        )
      }
    }
  }
}

function stopOptions(settings: Settings): StopOptions {
  const needsReason = settings.kind === 'pipeline' && settings.reason === ''
  return {
    rollback: settings.rollback,
    abandon: settings.abandon,
    reason: needsReason ? defaultReason(currentRun()) : settings.reason
  }
}

async function summarize(
  results: StopResult[],
  settings: Settings,
  prefix: string,
  line: string
): Promise<void> {
  try {
    await writeSummary(
      results,
      `${prefix}Stop AWS release${settings.dryRun ? ' (dry run)' : ''}`,
      line
    )
  } catch (error) {
    annotate(
      'warning',
      `${prefix}Job summary not written`,
      `Could not write the job summary: ${oneLine(String(error))}`
    )
  }
}
