// The main step: read the settings, then either stop now (flow.ts) or, with guard, check that the
// post step will be able to stop what the job starts and record what to stop (guard/).
import { realClock } from './clock.js'
import { InputError } from './errors.js'
import { stopReleases, type FlowDeps } from './flow.js'
import { startGuard } from './guard/guard.js'
import { annotate, fail, info } from './log.js'
import { setOutputs, summarize } from './report/report.js'
import { readSettings, type Settings } from './settings.js'

export async function run(
  deps: FlowDeps = { clock: realClock, cancel: onRunnerCancel() }
): Promise<void> {
  let settings: Settings
  try {
    settings = readSettings()
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    // Nothing has been asked of AWS: say what to fix and stop, with the outputs set.
    const oneLineMessage = error.problems.join(' ')
    setOutputs([], 'Failed', oneLineMessage)
    await summarize(
      [],
      'Stop AWS release: bad input',
      'Nothing was stopped: fix the inputs below.',
      error.problems
    )
    fail('Bad input: nothing was stopped', error.message)
    return
  }
  for (const warning of settings.warnings) annotate('warning', 'Input not used', warning)
  if (settings.guard) await startGuard(settings, deps)
  else await stopReleases(settings, deps)
}

/**
 * The runner cancels a job with SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after that.
 * Either signal ends a find or a wait at once so that the outputs and summary are still written;
 * the stop requests in flight are never abandoned half-sent.
 */
export function onRunnerCancel(): AbortSignal {
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
