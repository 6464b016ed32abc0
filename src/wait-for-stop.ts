// Waiting until AWS shows the release at its end, and, for CodeDeploy, until the rollback the stop
// started has ended too. A stop request is only a request: this is where "stopped" is confirmed.
import type { Clock } from './clock.js'
import { formatDuration } from './duration.js'
import { describeAwsError, isTransientAwsError } from './errors.js'
import { debug, info, oneLine } from './log.js'
import { pollUntil, type PollEnd, type PollResult } from './poll.js'
import {
  describeRelease,
  type ReleaseKind,
  type ReleaseRef,
  type ReleaseSnapshot,
  type StopResult
} from './release.js'

export interface WaitSettings {
  timeoutMs: number
  intervalMs: number
  waitForRollback: boolean
  /**
   * This stop may start a CodeDeploy rollback (rollback not false, and the deployment was running):
   * worth a few more polls for its ID.
   */
  expectRollback: boolean
}

export interface WaitDeps {
  clock: Clock
  /** Aborted on SIGINT / SIGTERM: the runner is cancelling the job. */
  signal: AbortSignal
  region: string
}

export interface WaitReport {
  end: PollEnd
  last?: ReleaseSnapshot
  rollback?: { id: string; end?: PollEnd; last?: ReleaseSnapshot }
  elapsedMs: number
}

/**
 * CodeDeploy may name the rollback deployment a little after the stopped one shows Stopped (not
 * confirmed either way), so the stopped deployment is read this many more times, one poll apart.
 */
export const ROLLBACK_LOOKS = 3

export async function waitForStop(
  kind: ReleaseKind,
  ref: ReleaseRef,
  settings: WaitSettings,
  deps: WaitDeps
): Promise<WaitReport> {
  const started = deps.clock.now()
  const deadline = started + settings.timeoutMs
  const elapsed = (): number => deps.clock.now() - started

  const poll = async (
    target: ReleaseRef,
    done: (s: ReleaseSnapshot) => boolean,
    sleepFirst = false
  ): Promise<PollResult<ReleaseSnapshot>> => {
    try {
      return await pollUntil({
        read: signal => kind.readStatus(target, signal),
        done,
        key: s => `${s.status}|${s.detail}|${s.rollbackDeploymentId ?? ''}`,
        onChange: s =>
          info(`[${formatDuration(elapsed())}] ${describeRelease(target)}: ${describeSnapshot(s)}`),
        isTransient: isTransientAwsError,
        onTransientError: e =>
          debug(`Status read failed; trying again at the next poll: ${oneLine(String(e))}`),
        intervalMs: settings.intervalMs,
        deadline,
        signal: deps.signal,
        clock: deps.clock,
        sleepFirst
      })
    } catch (error) {
      throw describeAwsError('read the status of', target, deps.region, kind.readPermission, error)
    }
  }

  const main = await poll(ref, s => s.terminal)
  const report: WaitReport = {
    end: main.end,
    ...(main.last ? { last: main.last } : {}),
    elapsedMs: 0
  }

  if (kind.kind === 'deployment' && main.end === 'done' && main.last?.stopped) {
    let stopped = main.last
    if (!stopped.rollbackDeploymentId && settings.waitForRollback && settings.expectRollback) {
      let looks = 0
      const again = await poll(
        ref,
        s => Boolean(s.rollbackDeploymentId) || ++looks >= ROLLBACK_LOOKS,
        true
      )
      if (again.last) stopped = again.last
      if (again.end === 'cancelled') report.end = 'cancelled'
    }
    report.last = stopped
    const rollbackId = stopped.rollbackDeploymentId
    if (rollbackId) {
      report.rollback = { id: rollbackId }
      if (settings.waitForRollback && report.end === 'done') {
        const rollback = await poll({ kind: 'deployment', id: rollbackId }, s => s.terminal)
        report.rollback = {
          id: rollbackId,
          end: rollback.end,
          ...(rollback.last ? { last: rollback.last } : {})
        }
      }
    }
  }
  report.elapsedMs = elapsed()
  return report
}

export function describeSnapshot(s: ReleaseSnapshot): string {
  return `${s.status}${s.detail ? ` (${s.detail})` : ''}`
}

export interface Settled {
  result: StopResult
  /** Why the step fails for this release. */
  problem?: string
  /** Worth a warning when the step does not fail for it. */
  warning?: string
}

/** The stop's result, corrected by what the wait saw. Pure: every message is decided here. */
export function applyWait(stop: StopResult, report: WaitReport, timeoutMs: number): Settled {
  const what = describeRelease(stop.ref)
  const last = report.last
  const lastSeen = last ? describeSnapshot(last) : 'no status read got through'
  const result: StopResult = { ...stop, waitedMs: report.elapsedMs }
  if (last) result.targetStatus = last.status
  if (report.rollback) {
    result.rollbackDeploymentId = report.rollback.id
    if (report.rollback.last) result.rollbackStatus = report.rollback.last.status
  }

  if (report.end === 'timeout') {
    result.status = 'Pending'
    const problem = `Timed out after ${formatDuration(timeoutMs)} waiting for ${what} to stop; last seen: ${lastSeen}.`
    return { result: { ...result, statusMessage: problem }, problem }
  }
  if (report.end === 'cancelled' && !last?.terminal) {
    result.status = stop.status === 'AlreadyCompleted' ? stop.status : 'Pending'
    const problem = `Cancelled while waiting for ${what} to stop (the stop request had been sent); last seen: ${lastSeen}.`
    return { result: { ...result, statusMessage: problem }, problem }
  }

  let warning: string | undefined
  if (stop.status !== 'AlreadyCompleted' && last) {
    if (last.stopped) {
      result.status = 'Succeeded'
      result.statusMessage = `${what} is ${last.status} (after ${formatDuration(report.elapsedMs)}).`
    } else {
      result.status = 'AlreadyCompleted'
      result.statusMessage = `${what} finished on its own with ${last.status} before the stop took effect; nothing was stopped.`
      warning = result.statusMessage
    }
  }

  const rollback = report.rollback
  if (!rollback) {
    if (last?.rollbackMessage) result.statusMessage += ` ${last.rollbackMessage}`
    return warning ? { result, warning } : { result }
  }
  const rollbackWhat = `rollback deployment ${rollback.id}`
  const rollbackSeen = rollback.last
    ? describeSnapshot(rollback.last)
    : 'no status read got through'
  let problem: string | undefined
  if (rollback.end === 'done' && rollback.last) {
    if (rollback.last.status === 'Succeeded') {
      result.statusMessage += ` Its ${rollbackWhat} Succeeded.`
    } else {
      problem = `The ${rollbackWhat} of ${what} ended ${rollback.last.status}: the previous version may not be fully restored. Check it in the CodeDeploy console.`
    }
  } else if (rollback.end === 'timeout') {
    problem = `Timed out after ${formatDuration(timeoutMs)} waiting for the ${rollbackWhat} of ${what}; last seen: ${rollbackSeen}.`
  } else if (rollback.end === 'cancelled') {
    problem = `Cancelled while waiting for the ${rollbackWhat} of ${what}; last seen: ${rollbackSeen}.`
  } else {
    result.statusMessage += ` CodeDeploy started ${rollbackWhat}.`
  }
  if (problem) result.statusMessage = problem
  return { result, ...(problem ? { problem } : {}), ...(warning ? { warning } : {}) }
}
