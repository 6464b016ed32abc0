// The action's flow: read settings, stop each release, report. Failures from any phase are
// turned into the step's failure here, once.
import * as core from '@actions/core'
import { clientConfig } from './aws-client.js'
import { consoleUrl } from './console-links.js'
import { AwsCallError, InputError } from './errors.js'
import { debug, info, oneLine } from './log.js'
import {
  describeRelease,
  kindLabel,
  type ReleaseRef,
  type StopOptions,
  type StopResult
} from './release.js'
import { logResult, setOutputs, writeSummary, type FailedRelease } from './report.js'
import { currentRun, defaultReason } from './run-context.js'
import { readSettings, type Settings } from './settings.js'
import { loadReleaseKind } from './targets/index.js'

export async function run(): Promise<void> {
  let settings: Settings
  try {
    settings = readSettings()
  } catch (error) {
    // Nothing has been asked of AWS: say what to fix and stop.
    core.setFailed(error instanceof InputError ? error.message : String(error))
    return
  }

  const results: StopResult[] = []
  const failures: FailedRelease[] = []
  const options = await stopOptions(settings)
  for (const ref of settings.releases) {
    try {
      results.push(await stopRelease(ref, settings, options))
    } catch (error) {
      failures.push({
        kind: kindLabel(ref.kind),
        id: ref.id,
        message: error instanceof AwsCallError ? error.message : oneLine(String(error)),
        consoleUrl: consoleUrl(ref, settings.region)
      })
    }
  }

  setOutputs(results)
  try {
    await writeSummary(results, failures)
  } catch (error) {
    core.warning(`Could not write the job summary: ${oneLine(String(error))}`)
  }

  const problems = failures.map(f => f.message)
  for (const r of results.filter(r => r.status === 'AlreadyCompleted')) {
    if (settings.failIfNotRunning) {
      problems.push(
        `${describeRelease(r.ref)} was not running, and fail-if-not-running is true: ${r.statusMessage}`
      )
    } else {
      core.notice(
        `${describeRelease(r.ref)} had already finished; nothing was stopped. ${r.statusMessage}`
      )
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

async function stopRelease(
  ref: ReleaseRef,
  settings: Settings,
  options: StopOptions
): Promise<StopResult> {
  return core.group(`Stop ${describeRelease(ref)}`, async () => {
    info(`Region ${settings.region}: ${consoleUrl(ref, settings.region)}`)
    if (ref.kind === 'deployment') {
      info(
        `Rollback: ${options.rollback === undefined ? "as the deployment group's setting says" : String(options.rollback)}`
      )
    }
    if (ref.kind === 'pipeline')
      info(`Abandon: ${options.abandon}. Reason: ${oneLine(options.reason)}`)
    const kind = await loadReleaseKind(ref.kind, clientConfig(settings.region))
    const result = await kind.stop(ref, options)
    debug(`Stop result: ${JSON.stringify(result)}`)
    logResult(result)
    return result
  })
}
