// The action's flow: read settings, stop each release, wait if asked, report. Failures from any
// phase are turned into the step's failure here, once.
import * as core from '@actions/core'
import { clientConfig } from './aws-client.js'
import { realClock, type Clock } from './clock.js'
import { consoleUrl } from './console-links.js'
import { AwsCallError, InputError } from './errors.js'
import { formatDuration } from './duration.js'
import { debug, info, oneLine } from './log.js'
import { describeRelease, kindLabel, type ReleaseRef, type StopOptions } from './release.js'
import { logResult, setOutputs, writeSummary, type FailedRelease } from './report.js'
import { currentRun, defaultReason } from './run-context.js'
import { readSettings, type Settings } from './settings.js'
import { loadReleaseKind } from './targets/index.js'
import { applyWait, waitForStop, type Settled } from './wait-for-stop.js'

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

  const handled: Settled[] = []
  const failures: FailedRelease[] = []
  const options = await stopOptions(settings)
  for (const ref of settings.releases) {
    try {
      handled.push(await handleRelease(ref, settings, options, deps))
    } catch (error) {
      failures.push({
        kind: kindLabel(ref.kind),
        id: ref.id,
        message: error instanceof AwsCallError ? error.message : oneLine(String(error)),
        consoleUrl: consoleUrl(ref, settings.region)
      })
    }
  }

  const results = handled.map(h => h.result)
  setOutputs(results)
  try {
    await writeSummary(results, failures)
  } catch (error) {
    core.warning(`Could not write the job summary: ${oneLine(String(error))}`)
  }

  const problems = failures.map(f => f.message)
  for (const h of handled) {
    if (h.problem) {
      problems.push(h.problem)
    } else if (h.result.status === 'AlreadyCompleted') {
      const message = `${describeRelease(h.result.ref)} had already finished; nothing was stopped. ${h.result.statusMessage}`
      if (settings.failIfNotRunning) {
        problems.push(
          `${describeRelease(h.result.ref)} was not running, and fail-if-not-running is true: ${h.result.statusMessage}`
        )
      } else if (h.warning) {
        core.warning(h.warning)
      } else {
        core.notice(message)
      }
    }
  }
  if (problems.length > 0) core.setFailed(problems.join('\n'))
}

async function stopOptions(settings: Settings): Promise<StopOptions> {
  const needsReason = settings.releases.some(r => r.kind === 'pipeline') && settings.reason === ''
  return {
    rollback: settings.rollback,
    abandon: settings.abandon,
    reason: needsReason ? defaultReason(await currentRun()) : settings.reason
  }
}

async function handleRelease(
  ref: ReleaseRef,
  settings: Settings,
  options: StopOptions,
  deps: RunDeps
): Promise<Settled> {
  const kind = await loadReleaseKind(ref.kind, clientConfig(settings.region))
  const stopped = await core.group(`Stop ${describeRelease(ref)}`, async () => {
    info(`Region ${settings.region}: ${consoleUrl(ref, settings.region)}`)
    if (ref.kind === 'deployment') {
      info(
        `Rollback: ${options.rollback === undefined ? "as the deployment group's setting says" : String(options.rollback)}`
      )
    }
    if (ref.kind === 'pipeline')
      info(`Abandon: ${options.abandon}. Reason: ${oneLine(options.reason)}`)
    const result = await kind.stop(ref, options)
    debug(`Stop result: ${JSON.stringify(result)}`)
    return result
  })
  logResult(stopped)
  if (!settings.wait) return { result: stopped }

  info(
    `Waiting for ${describeRelease(ref)} to end: a status read every ${formatDuration(settings.pollIntervalMs)}, ` +
      `for at most ${formatDuration(settings.waitTimeoutMs)}: ${consoleUrl(ref, settings.region)}`
  )
  const report = await waitForStop(
    kind,
    ref,
    {
      timeoutMs: settings.waitTimeoutMs,
      intervalMs: settings.pollIntervalMs,
      waitForRollback: settings.waitForRollback,
      expectRollback: settings.rollback !== false && stopped.status !== 'AlreadyCompleted'
    },
    { clock: deps.clock, signal: deps.cancel, region: settings.region }
  )
  debug(`Wait report: ${JSON.stringify(report)}`)
  const settled = applyWait(stopped, report, settings.waitTimeoutMs)
  logResult(settled.result)
  return settled
}

/**
 * The runner cancels a job with SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after that.
 * Either signal ends the wait at once so that the outputs and summary are still written; the stop
 * request itself is never abandoned half-sent.
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
