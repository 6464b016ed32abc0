// The action's flow: settings → find → stop → wait → report. Failures from any phase are turned
// into the step's failure here, once.
import * as core from '@actions/core'
import { clientConfig } from './aws-client.js'
import { realClock, type Clock } from './clock.js'
import { consoleUrl } from './console-links.js'
import { AwsCallError, InputError, describeAwsError } from './errors.js'
import { formatDuration } from './duration.js'
import { describeQuery, selectReleases, type Selection, type Target } from './find/select.js'
import { debug, info, oneLine } from './log.js'
import {
  describeRelease,
  kindLabel,
  type ReleaseKind,
  type StopOptions,
  type StopResult
} from './release.js'
import { countLine, logResult, overallStatus, setOutputs, writeSummary } from './report/report.js'
import { currentRun, defaultReason } from './run-context.js'
import { readSettings, type Settings } from './settings.js'
import { stopAll } from './stop/stop-all.js'
import { loadReleaseKind } from './targets/index.js'
import { applyWait, waitForStops, type Settled } from './wait/wait-for-stops.js'

export interface RunDeps {
  clock: Clock
  /** Aborted when the runner cancels the job: polling stops, the results so far are reported. */
  cancel: AbortSignal
}

export async function run(
  deps: RunDeps = { clock: realClock, cancel: onRunnerCancel() }
): Promise<void> {
  let settings: Settings
  try {
    settings = readSettings()
  } catch (error) {
    // Nothing has been asked of AWS: say what to fix and stop.
    core.setFailed(error instanceof InputError ? error.message : String(error))
    return
  }
  for (const warning of settings.warnings) core.warning(warning)

  const kind = await loadReleaseKind(settings.kind, clientConfig(settings.region))
  let selection: Selection
  try {
    selection = await find(kind, settings, deps.clock)
  } catch (error) {
    core.setFailed(error instanceof AwsCallError ? error.message : oneLine(String(error)))
    return
  }
  const { targets } = selection

  if (targets.length > settings.maxReleases) {
    // A filter that is too wide must never stop a whole account's releases.
    const listed = targets.slice(0, 10).map(t => t.ref.id)
    const message =
      `${targets.length} ${plural(settings, targets.length)} match, more than max-releases (${settings.maxReleases}); ` +
      `nothing was stopped. Narrow the inputs (add "commit" or a deployment group), or raise "max-releases" ` +
      `if all of them must stop. They include: ${listed.join(', ')}${targets.length > listed.length ? ', ...' : ''}.`
    setOutputs([], 'Failed', message)
    core.setFailed(message)
    return
  }

  if (targets.length === 0) {
    const message = `No running ${kindLabel(settings.kind)} found for ${settings.find ? describeQuery(settings.find, settings.commit) : 'the inputs'}; nothing to stop.`
    setOutputs([], 'NothingRunning', message)
    await summarize([], settings, message)
    if (settings.failIfNotRunning) core.setFailed(`${message} fail-if-not-running is true.`)
    else core.notice(message)
    return
  }

  const settled = settings.dryRun
    ? await dryRun(kind, targets, settings)
    : await stopAndWait(kind, targets, settings, deps)
  const results = settled.map(s => s.result)
  const overall = overallStatus(results, settings.dryRun)
  const only = results.length === 1 ? results[0] : undefined
  const message = only
    ? only.statusMessage
    : `${results.length} ${plural(settings, results.length)}: ${countLine(results)}.`
  setOutputs(results, overall, message)
  await summarize(results, settings, only ? countLine(results) : message)

  const problems: string[] = []
  for (const s of settled) {
    if (s.problem) {
      problems.push(s.problem)
    } else if (s.result.status === 'AlreadyCompleted') {
      const what = describeRelease(s.result.ref)
      if (settings.failIfNotRunning) {
        problems.push(
          `${what} was not running, and fail-if-not-running is true: ${s.result.statusMessage}`
        )
      } else if (s.warning) {
        core.warning(s.warning)
      } else {
        core.notice(`${what} had already finished; nothing was stopped. ${s.result.statusMessage}`)
      }
    }
  }
  if (problems.length > 0) core.setFailed(problems.join('\n'))
}

async function find(kind: ReleaseKind, settings: Settings, clock: Clock): Promise<Selection> {
  if (!settings.find) return selectReleases(kind, settings, { now: clock.now() })
  const query = settings.find
  return core.group(
    `Find running ${plural(settings, 2)} of ${describeQuery(query, settings.commit)}`,
    async () => {
      const selection = await selectReleases(kind, settings, { now: clock.now() })
      for (const line of selection.lines) info(line)
      const found = selection.targets.length - settings.releases.length
      info(
        `${found} running ${plural(settings, found)} found${settings.releases.length ? `, besides the ${settings.releases.length} given by ID` : ''}.`
      )
      return selection
    }
  )
}

/** A dry run reads but never stops: what was found by name is running; IDs are read once. */
async function dryRun(
  kind: ReleaseKind,
  targets: Target[],
  settings: Settings
): Promise<Settled[]> {
  return core.group(`Dry run: what would be stopped`, async () => {
    const unread = targets.filter(t => t.foundStatus === undefined).map(t => t.ref)
    let reads = new Map<string, { status: string; terminal: boolean } | Error>()
    if (unread.length > 0) {
      try {
        reads = await kind.readStatuses(unread)
      } catch (error) {
        reads = new Map(
          unread.map(ref => [ref.id, error instanceof Error ? error : new Error(String(error))])
        )
      }
    }
    return targets.map(({ ref, foundStatus }): Settled => {
      const base = { ref, consoleUrl: consoleUrl(ref, settings.region) }
      const read =
        foundStatus === undefined ? reads.get(ref.id) : { status: foundStatus, terminal: false }
      if (read === undefined || read instanceof Error) {
        const { message } = describeAwsError(
          'read the status of',
          ref,
          settings.region,
          kind.readPermission,
          read
        )
        return { result: { ...base, status: 'Failed', statusMessage: message }, problem: message }
      }
      const result: StopResult = read.terminal
        ? {
            ...base,
            status: 'AlreadyCompleted',
            targetStatus: read.status,
            statusMessage: `It had already finished with ${read.status}; it would not be stopped.`
          }
        : {
            ...base,
            status: 'WouldStop',
            targetStatus: read.status,
            statusMessage: `It is ${read.status}; this dry run made no stop call.`
          }
      logResult(result)
      return { result }
    })
  })
}

async function stopAndWait(
  kind: ReleaseKind,
  targets: Target[],
  settings: Settings,
  deps: RunDeps
): Promise<Settled[]> {
  const options = await stopOptions(settings)
  const refs = targets.map(t => t.ref)
  const title =
    refs.length === 1 && refs[0]
      ? describeRelease(refs[0])
      : `${refs.length} ${plural(settings, refs.length)}`
  const stopped = await core.group(`Stop ${title}`, async () => {
    info(`Region ${settings.region}.`)
    for (const ref of refs) info(`${describeRelease(ref)}: ${consoleUrl(ref, settings.region)}`)
    if (settings.kind === 'deployment') {
      info(
        `Rollback: ${options.rollback === undefined ? "as the deployment group's setting says" : String(options.rollback)}`
      )
    }
    if (settings.kind === 'pipeline')
      info(`Abandon: ${options.abandon}. Reason: ${oneLine(options.reason)}`)
    const report = await stopAll(kind, refs, options, {
      clock: deps.clock,
      signal: deps.cancel,
      onOutcome: outcome => {
        if (outcome.result) {
          debug(`Stop result: ${JSON.stringify(outcome.result)}`)
          logResult(outcome.result)
        } else info(`${describeRelease(outcome.ref)}: Failed: ${outcome.error}`)
      }
    })
    if (report.throttled > 0)
      info(
        `AWS throttled ${report.throttled} stop call${report.throttled === 1 ? '' : 's'}; each was tried again.`
      )
    return report.outcomes
  })

  const settled: Settled[] = stopped.map(o =>
    o.result
      ? { result: o.result }
      : {
          result: {
            ref: o.ref,
            status: 'Failed',
            statusMessage: o.error,
            consoleUrl: consoleUrl(o.ref, settings.region)
          },
          problem: o.error
        }
  )
  if (!settings.wait) return settled

  const waiting = settled.filter(s => !s.problem)
  if (waiting.length === 0) return settled
  const what =
    waiting.length === 1 && waiting[0]
      ? describeRelease(waiting[0].result.ref)
      : `${waiting.length} ${plural(settings, waiting.length)}`
  const reports = await core.group(`Wait for ${what} to end`, async () => {
    info(
      `A status read every ${formatDuration(settings.pollIntervalMs)}, for at most ${formatDuration(settings.waitTimeoutMs)}.`
    )
    return waitForStops(
      kind,
      waiting.map(s => ({
        ref: s.result.ref,
        expectRollback: settings.rollback !== false && s.result.status !== 'AlreadyCompleted'
      })),
      {
        timeoutMs: settings.waitTimeoutMs,
        intervalMs: settings.pollIntervalMs,
        waitForRollback: settings.waitForRollback
      },
      { clock: deps.clock, signal: deps.cancel, region: settings.region }
    )
  })
  // The reports come in the order of `waiting`: the settled releases without a problem.
  let next = 0
  return settled.map(s => {
    if (s.problem) return s
    const report = reports[next++]
    if (!report) return s
    debug(`Wait report for ${s.result.ref.id}: ${JSON.stringify(report)}`)
    const after: Settled = report.error
      ? {
          result: { ...s.result, status: 'Failed', statusMessage: report.error.message },
          problem: report.error.message
        }
      : applyWait(s.result, report, settings.waitTimeoutMs)
    logResult(after.result)
    return after
  })
}

async function stopOptions(settings: Settings): Promise<StopOptions> {
  const needsReason = settings.kind === 'pipeline' && settings.reason === ''
  return {
    rollback: settings.rollback,
    abandon: settings.abandon,
    reason: needsReason ? defaultReason(await currentRun()) : settings.reason
  }
}

async function summarize(results: StopResult[], settings: Settings, line: string): Promise<void> {
  try {
    await writeSummary(results, `Stop AWS release${settings.dryRun ? ' (dry run)' : ''}`, line)
  } catch (error) {
    core.warning(`Could not write the job summary: ${oneLine(String(error))}`)
  }
}

/** "CodeBuild build" / "CodeBuild builds", "CodeBuild build batches". */
function plural(settings: Pick<Settings, 'kind'>, n: number): string {
  const label = kindLabel(settings.kind)
  if (n === 1) return label
  return label.endsWith('batch') ? `${label}es` : `${label}s`
}

/**
 * The runner cancels a job with SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after that.
 * Either signal ends the wait at once so that the outputs and summary are still written; the stop
 * requests in flight are never abandoned half-sent.
 */
function onRunnerCancel(): AbortSignal {
  const controller = new AbortController()
  const onSignal = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) return
    info(`Received ${signal}: the job is being cancelled. Reporting what AWS showed last.`)
    controller.abort()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return controller.signal
}
