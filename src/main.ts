// The main step: read the settings, then either stop now (flow.ts) or, with guard, record what to
// stop should the job fail or be cancelled, for the post step (guard/).
import { realClock } from './clock.js'
import { InputError } from './errors.js'
import { stopReleases, type FlowDeps } from './flow.js'
import { startGuard } from './guard/guard.js'
import { annotate, fail, info } from './log.js'
import { readSettings, type Settings } from './settings.js'

export async function run(
  deps: FlowDeps = { clock: realClock, cancel: onRunnerCancel() }
): Promise<void> {
  let settings: Settings
  try {
    settings = readSettings()
  } catch (error) {
    // Nothing has been asked of AWS: say what to fix and stop.
    if (error instanceof InputError) fail('Bad input: nothing was stopped', error.message)
    else fail('Unexpected error', String(error))
    return
  }
  for (const warning of settings.warnings) annotate('warning', 'Input not used', warning)
  if (settings.guard) startGuard(settings, deps.clock.now())
  else await stopReleases(settings, deps)
}

/**
 * The runner cancels a job with SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after that.
 * Either signal ends the wait at once so that the outputs and summary are still written; the stop
 * requests in flight are never abandoned half-sent.
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
