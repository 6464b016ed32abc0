// A guard's post step: the job failed or was cancelled, so stop what the guard recorded. The post
// step of a step that was not a guard finds no guard state and does nothing at all.
import * as core from '@actions/core'
import { formatDuration } from '../duration.js'
import { stopReleases, type FlowDeps } from '../flow.js'
import { info } from '../log.js'
import { GUARD_STATE, type GuardState } from './guard.js'

/**
 * A release found by name counts as started during the job when AWS dates it at most this long
 * before the guard step ran: the runner's clock and AWS's may differ by a little (both keep NTP
 * time; a minute is ample), and a release another run started earlier is still left alone.
 */
export const CLOCK_SKEW_MS = 60_000
/**
 * The runner ends a cancelled run about 5 minutes after the cancel, post steps included: a wait
 * in the post step ends earlier, leaving time to report and for the other post steps.
 */
export const GUARD_WAIT_CAP_MS = 4 * 60_000

export async function runGuardPost(deps: FlowDeps): Promise<void> {
  const raw = core.getState(GUARD_STATE)
  if (raw === '') return
  const { startedAt, settings } = JSON.parse(raw) as GuardState
  const since = new Date(startedAt - CLOCK_SKEW_MS).toISOString()
  info(
    `Guard: this job failed or was cancelled. Stopping what the guard step recorded, of releases found by name those created or started since ${since} (the guard step's time, less ${formatDuration(CLOCK_SKEW_MS)} for clock difference).`
  )
  if (settings.wait && settings.waitTimeoutMs > GUARD_WAIT_CAP_MS) {
    info(
      `Guard: waiting ${formatDuration(GUARD_WAIT_CAP_MS)} at most, not ${formatDuration(settings.waitTimeoutMs)}: a cancelled job's post steps get about 5 minutes in all.`
    )
    settings.waitTimeoutMs = GUARD_WAIT_CAP_MS
  }
  await stopReleases(settings, deps, { startedSince: startedAt - CLOCK_SKEW_MS, prefix: 'Guard: ' })
}
