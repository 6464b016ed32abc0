// A guard's post step: the job failed or was cancelled, so stop what the guard recorded. The post
// step of a step that was not a guard finds no guard state and does nothing at all.
import * as core from '@actions/core'
import { formatDuration } from '../duration.js'
import type { GuardFilter } from '../find/select.js'
import { stopReleases, type FlowDeps } from '../flow.js'
import { info } from '../log.js'
import type { Settings } from '../settings.js'
import { GUARD_STATE, type GuardState } from './guard.js'

/**
 * A release found by name that the guard step did not see running counts as started during the
 * job when AWS dates it at most this long before the guard step ran: the runner's clock and AWS's
 * may differ by a little (both keep NTP time; a minute is ample). The releases the guard step saw
 * running are never taken, whatever their time.
 */
export const CLOCK_SKEW_MS = 60_000
/**
 * The runner ends a cancelled run about 5 minutes after the cancel, post steps included: a wait
 * in the post step ends earlier, leaving time to report and for the other post steps.
 */
export const GUARD_WAIT_CAP_MS = 4 * 60_000
/**
 * And the whole post step, find and stops included, ends within this: past 5 minutes the runner
 * kills it, without outputs or summary.
 */
export const GUARD_POST_BUDGET_MS = 4.5 * 60_000

export interface PostPlan {
  settings: Settings
  guard: GuardFilter
  lines: string[]
}

/** Pure: what the post step does with the state its main step saved. */
export function postPlan(state: GuardState): PostPlan {
  const settings = { ...state.settings }
  const baseline = state.baseline ?? []
  const since = state.startedAt - CLOCK_SKEW_MS
  const lines = [
    `Guard: this job failed or was cancelled. Stopping what the guard step recorded: the IDs given, and of the releases found by name those the guard step did not see running (${baseline.length} it did), created or started since ${new Date(since).toISOString()} (the guard step's time, less ${formatDuration(CLOCK_SKEW_MS)} for clock difference).`
  ]
  if (settings.wait && settings.waitTimeoutMs > GUARD_WAIT_CAP_MS) {
    lines.push(
      `Guard: waiting ${formatDuration(GUARD_WAIT_CAP_MS)} at most, not ${formatDuration(settings.waitTimeoutMs)}: a cancelled job's post steps get about 5 minutes in all.`
    )
    settings.waitTimeoutMs = GUARD_WAIT_CAP_MS
  }
  return { settings, guard: { baseline, startedSince: since }, lines }
}

export async function runGuardPost(deps: FlowDeps): Promise<void> {
  const raw = core.getState(GUARD_STATE)
  if (raw === '') return
  const plan = postPlan(JSON.parse(raw) as GuardState)
  for (const line of plan.lines) info(line)
  await stopReleases(plan.settings, deps, {
    guard: plan.guard,
    prefix: 'Guard: ',
    deadline: deps.clock.now() + GUARD_POST_BUDGET_MS
  })
}
