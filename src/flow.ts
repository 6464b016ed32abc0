// The flow every stop takes, in the main step and in a guard's post step: credentials → find →
// stop → wait → report. Failures from any phase are turned into the step's failure here, once,
// and every path sets the outputs and writes the job summary.
import { checkAccount } from './account/account-check.js'
import { clientConfig } from './aws-client.js'
import type { Clock } from './clock.js'
import { credentialsProblem } from './errors.js'
import type { ReleaseKind } from './kinds/contract.js'
import { declarationOf, loadReleaseKind } from './kinds/registry.js'
import { stepRead } from './read-retry.js'
import { findPhase } from './find/find-phase.js'
import type { GuardFilter } from './find/select.js'
import { annotate, fail } from './log.js'
import {
  countOf,
  describeQuery,
  describeRelease,
  kindLabel,
  type Settled,
  type StopResult
} from './release.js'
import {
  countLine,
  overallStatus,
  reportFailure,
  selectionWords,
  setOutputs,
  summarize,
  summaryScope
} from './report/report.js'
import type { Settings } from './settings.js'
import { dryRun } from './stop/dry-run.js'
import { stopPhase } from './stop/stop-phase.js'
import { waitPhase } from './wait/wait-phase.js'

export interface FlowDeps {
  clock: Clock
  /** Aborted when the runner cancels the job: the find ends, no new stop starts, polling ends. */
  cancel: AbortSignal
}

export interface FlowOptions {
  /** A guard's post step: what its main step saw, so that only this job's releases are taken. */
  guard?: GuardFilter
  /** Put before every log group title and the summary heading: "Guard: ". */
  prefix?: string
  /**
   * An absolute time (clock.now()) the step must be done by: the find and the wait end sooner.
   * A guard's post step has about 5 minutes after a cancel, and then is killed without outputs.
   */
  deadline?: number
}

export async function stopReleases(
  settings: Settings,
  deps: FlowDeps,
  options: FlowOptions = {}
): Promise<void> {
  const prefix = options.prefix ?? ''
  // A guard's post step says it acts because the job failed: its main step's summary is beside it.
  const heading = `${prefix}Stop AWS release${options.guard ? ' after the job failed or was cancelled' : ''}${settings.dryRun ? ' (dry run)' : ''}`
  const plural = countOf(settings.kind, 2, false)
  const declaration = declarationOf(settings.kind)
  summaryScope({
    what: selectionWords(settings),
    region: settings.region,
    ...(options.guard ? { mode: 'guard, post step: only what this job started' } : {})
  })
  const kind = await loadReleaseKind(declaration, clientConfig(settings.region))

  // No credentials is one problem for the whole step, not one per release.
  const noCredentials = await missingCredentials(kind, options.guard !== undefined, deps)
  if (noCredentials) {
    return reportFailure({
      results: settings.releases.map(ref =>
        failedResult(ref, noCredentials.message, settings.region)
      ),
      heading,
      title: `${prefix}${noCredentials.title}: nothing was stopped`,
      message: noCredentials.message
    })
  }

  // allowed-account-ids: before any other AWS call, and nothing at all in a wrong account.
  const accountProblem = await checkAccount(settings, deps)
  if (accountProblem) {
    return reportFailure({
      results: settings.releases.map(ref =>
        failedResult(ref, `Not stopped: ${accountProblem.title}.`, settings.region)
      ),
      heading,
      title: `${prefix}${accountProblem.title}`,
      message: accountProblem.message
    })
  }

  const selection = await findPhase(kind, settings, {
    clock: deps.clock,
    signal: deps.cancel,
    prefix,
    ...(options.guard ? { guard: options.guard } : {}),
    ...(options.deadline === undefined ? {} : { deadline: options.deadline })
  })
  const { targets, failure } = selection
  const findTitle = `${prefix}${failure?.cancelled ? 'Find cancelled' : 'Could not find'}: ${plural} of ${settings.find ? describeQuery(settings.kind, settings.find, settings.commit) : ''}`
  if (failure && (targets.length === 0 || failure.cancelled)) {
    // Cancelled: no stop starts after a cancel, so the IDs given are reported not stopped, once.
    const notSent = 'Not stopped: the job was cancelled during the find, before the stop was sent.'
    return reportFailure({
      results: targets.map(t => failedResult(t.ref, notSent, settings.region)),
      heading,
      title: findTitle,
      message: `${failure.message} Nothing was stopped${targets.length > 0 ? `, not even the ${countOf(settings.kind, targets.length)} given by ID` : ''}.`
    })
  }

  if (targets.length > settings.maxReleases) {
    // A filter that is too wide must never stop a whole account's releases.
    const listed = targets.slice(0, 10).map(t => t.ref.id)
    const message =
      `${targets.length} ${countOf(settings.kind, targets.length, false)} match, more than max-releases (${settings.maxReleases}); ` +
      `nothing was stopped. Narrow the inputs (${declaration.narrow}), or raise "max-releases" ` +
      `if all of them must stop. They include: ${listed.join(', ')}${targets.length > listed.length ? ', ...' : ''}.`
    return reportFailure({
      heading,
      title: `${prefix}Too many ${plural} match: nothing was stopped`,
      message
    })
  }

  if (targets.length === 0) {
    const leftAlone = selection.leftAlone
      ? ` ${countOf(settings.kind, selection.leftAlone)} running ${selection.leftAlone === 1 ? 'was' : 'were'} left alone: not this job's (see the log).`
      : ''
    const message = `No running ${kindLabel(settings.kind)} ${options.guard ? 'started by this job ' : ''}found for ${settings.find ? describeQuery(settings.kind, settings.find, settings.commit) : 'the inputs'}; nothing to stop.${leftAlone}`
    setOutputs([], 'NothingRunning', message)
    await summarize([], heading, message, [], selection.passedOver)
    const title = `${prefix}Nothing running`
    if (settings.failIfNotRunning) fail(title, `${message} fail-if-not-running is true.`)
    else annotate('notice', title, message)
    return
  }

  let settled: Settled[]
  if (settings.dryRun) {
    settled = await dryRun(kind, targets, settings.region, deps, prefix)
  } else {
    const refs = targets.map(t => t.ref)
    settled = await stopPhase(kind, refs, settings, deps, prefix)
    if (settings.wait)
      settled = await waitPhase(kind, settled, within(settings, options, deps), deps, prefix)
  }
  // Where each release found by name runs, for the summary's rows (the outputs keep to the ID).
  const whereOf = new Map(selection.running.map(r => [r.ref.id, r.where]))
  const results = settled.map(s => {
    const where = whereOf.get(s.result.ref.id)
    return where ? { ...s.result, where } : s.result
  })
  const only = results.length === 1 ? results[0] : undefined
  let message = only
    ? only.statusMessage
    : `${countOf(settings.kind, results.length)}: ${countLine(results)}.`
  // The IDs given were acted on, but the find did not finish: the step fails, saying why.
  if (failure)
    message = `${failure.message} The ${countOf(settings.kind, results.length)} given by ID were still acted on: ${countLine(results)}.`
  setOutputs(results, failure ? 'Failed' : overallStatus(results, settings.dryRun), message)
  // The summary's line: the counts (the rows have each message), and why the step fails when a
  // release made it fail (a rollback that failed shows "Stopped" in its row).
  const counts = failure
    ? message
    : `${countOf(settings.kind, results.length)}: ${countLine(results)}.`
  const failing = settled
    .filter(
      s =>
        s.problem !== undefined ||
        (settings.failIfNotRunning && s.result.status === 'AlreadyCompleted')
    )
    .map(s => s.problemTitle ?? `Not running: ${describeRelease(s.result.ref)}`)
  const why =
    failing.length > 0
      ? ` The step failed (${failing.slice(0, 3).join('; ')}${failing.length > 3 ? `; and ${failing.length - 3} more` : ''}).`
      : ''
  await summarize(results, heading, `${counts}${why}`, [], selection.passedOver)

  if (failure) fail(findTitle, message)
  annotateReleases(settled, settings, prefix)
}

/**
 * The credentials problem, if the SDK could not get credentials at all. With keys in the
 * environment no AWS call is made; a provider that calls AWS (web identity through STS) is tried
 * again past passing faults, as a find's reads are.
 */
export async function missingCredentials(
  kind: ReleaseKind,
  guard: boolean,
  deps: FlowDeps
): Promise<{ title: string; message: string } | undefined> {
  const read = stepRead(deps)
  try {
    await read('the credentials', () => kind.checkCredentials())
    return undefined
  } catch (error) {
    return credentialsProblem(error, guard)
  }
}

/** The settings with the wait cut to what is left before the step's deadline, if it has one. */
function within(settings: Settings, options: FlowOptions, deps: FlowDeps): Settings {
  if (options.deadline === undefined) return settings
  const left = Math.max(1_000, options.deadline - deps.clock.now())
  return left < settings.waitTimeoutMs ? { ...settings, waitTimeoutMs: left } : settings
}

function failedResult(ref: StopResult['ref'], message: string, region: string): StopResult {
  return {
    ref,
    status: 'Failed',
    statusMessage: message,
    consoleUrl: declarationOf(ref.kind).consoleUrl(ref, region)
  }
}

/**
 * One annotation per release, titled with the release, so each reads on the run's page; a problem
 * that is not about one release (AwsCallError.common) is said once for all the releases it hit,
 * since GitHub shows only the first 10 error annotations of a step.
 */
function annotateReleases(settled: Settled[], settings: Settings, prefix: string): void {
  const shared = new Map<string, Settled[]>()
  for (const s of settled) {
    if (s.problem && s.common) shared.set(s.common, [...(shared.get(s.common) ?? []), s])
  }
  for (const [common, group] of shared) {
    if (group.length < 2) continue
    const ids = group.map(s => s.result.ref.id)
    const listed = ids.slice(0, 10).join(', ') + (ids.length > 10 ? ', ...' : '')
    fail(
      `${prefix}${countOf(settings.kind, group.length)} failed alike: ${common.split(':')[0] ?? ''}`,
      `The same problem for ${countOf(settings.kind, group.length)} (${listed}): ${common}`
    )
  }
  for (const s of settled) {
    const what = describeRelease(s.result.ref)
    const otherwise = s.result.warning
    if (otherwise) annotate('warning', `${prefix}${otherwise.title}: ${what}`, otherwise.message)
    if (s.problem) {
      if (s.common && (shared.get(s.common)?.length ?? 0) > 1) continue
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
