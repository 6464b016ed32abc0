// Waiting until AWS shows each release at its end, and, for a kind with a follow-up (CodeDeploy's
// rollback deployment), until the follow-up each stop started has ended too. A stop request is only a request: this is where "stopped" is
// confirmed. All releases are read together, one batched read per poll-interval.
import type { Clock } from '../clock.js'
import type { ReleaseKind } from '../kinds/contract.js'
import { formatDuration } from '../duration.js'
import { AwsCallError, describeAwsError, isTransientAwsError } from '../errors.js'
import { debug, info, oneLine } from '../log.js'
import { declarationOf } from '../kinds/registry.js'
import { pollRounds, type PollEnd } from './poll.js'
import {
  describeRelease,
  type ReleaseRef,
  type ReleaseSnapshot,
  type Settled,
  type StopResult
} from '../release.js'

export interface WaitSettings {
  timeoutMs: number
  intervalMs: number
  waitForRollback: boolean
}

export interface WaitItem {
  ref: ReleaseRef
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
  /** A status read failed in a way no retry fixes (access denied, not found): the wait ended. */
  error?: AwsCallError
}

type Phase = 'main' | 'look' | 'follow-up' | 'done'

interface Tracker {
  item: WaitItem
  phase: Phase
  looks: number
  report: WaitReport
  seen: Map<string, string>
}

export async function waitForStops(
  kind: ReleaseKind,
  items: WaitItem[],
  settings: WaitSettings,
  deps: WaitDeps
): Promise<WaitReport[]> {
  const started = deps.clock.now()
  const elapsed = (): number => deps.clock.now() - started
  const trackers: Tracker[] = items.map(item => ({
    item,
    phase: 'main',
    looks: 0,
    report: { end: 'timeout', elapsedMs: 0 },
    seen: new Map()
  }))
  const finish = (t: Tracker): void => {
    t.phase = 'done'
    t.report.elapsedMs = elapsed()
  }
  const reading = (t: Tracker): ReleaseRef =>
    t.phase === 'follow-up' && t.report.rollback
      ? { kind: t.item.ref.kind, id: t.report.rollback.id }
      : t.item.ref
  const logChange = (t: Tracker, target: ReleaseRef, s: ReleaseSnapshot): void => {
    const key = `${s.status}|${s.detail}|${s.followUpId ?? ''}`
    if (t.seen.get(target.id) === key) return
    t.seen.set(target.id, key)
    info(`[${formatDuration(elapsed())}] ${describeRelease(target)}: ${describeSnapshot(s)}`)
  }
  const rollbackNamed = (t: Tracker, id: string): void => {
    t.report.rollback = { id }
    if (settings.waitForRollback) t.phase = 'follow-up'
    else finish(t)
  }
  const advance = (t: Tracker, s: ReleaseSnapshot): void => {
    if (t.phase === 'follow-up') {
      const rollback = t.report.rollback
      if (!rollback) return
      rollback.last = s
      if (s.terminal) {
        rollback.end = 'done'
        finish(t)
      }
      return
    }
    t.report.last = s
    if (t.phase === 'look') {
      t.looks++
      if (s.followUpId) rollbackNamed(t, s.followUpId)
      else if (t.looks >= (kind.declaration.followUp?.extraReads ?? 0)) finish(t)
      return
    }
    if (!s.terminal) return
    t.report.end = 'done'
    if (!kind.declaration.followUp || !s.stopped) return finish(t)
    if (s.followUpId) rollbackNamed(t, s.followUpId)
    else if (settings.waitForRollback && t.item.expectRollback) t.phase = 'look'
    else finish(t)
  }
  const fail = (t: Tracker, target: ReleaseRef, error: unknown): void => {
    t.report.error = describeAwsError(
      'read the status of',
      target,
      deps.region,
      kind.declaration.permissions.read,
      error
    )
    finish(t)
  }

  const round = async (signal: AbortSignal): Promise<boolean> => {
    const active = trackers.filter(t => t.phase !== 'done')
    const targets = active.map(reading)
    let reads
    try {
      reads = await kind.readStatuses(targets, signal)
    } catch (error) {
      if (signal.aborted) return false
      if (!isTransientAwsError(error)) {
        active.forEach((t, i) => fail(t, targets[i] ?? t.item.ref, error))
        return true
      }
      debug(`Status read failed; trying again at the next poll: ${oneLine(String(error))}`)
      return false
    }
    active.forEach((t, i) => {
      const target = targets[i] ?? t.item.ref
      const read = reads.get(target.id)
      if (read === undefined) return
      if (read instanceof Error) {
        if (isTransientAwsError(read))
          debug(
            `Status read of ${target.id} failed; trying again at the next poll: ${oneLine(String(read))}`
          )
        else fail(t, target, read)
        return
      }
      logChange(t, target, read)
      advance(t, read)
    })
    if (trackers.length > 1) info(`[${formatDuration(elapsed())}] ${tally(trackers)}`)
    return trackers.every(t => t.phase === 'done')
  }

  const { end } = await pollRounds({
    round,
    intervalMs: settings.intervalMs,
    deadline: started + settings.timeoutMs,
    signal: deps.signal,
    clock: deps.clock
  })
  for (const t of trackers) {
    if (t.phase === 'done') continue
    if (t.phase === 'main') t.report.end = end
    else if (t.phase === 'look' && end === 'cancelled') t.report.end = 'cancelled'
    else if (t.phase === 'follow-up' && t.report.rollback) t.report.rollback.end = end
    finish(t)
  }
  return trackers.map(t => t.report)
}

/** "3 stopped, 2 stopping, 1 rolling back": where every release stands after a round. */
function tally(trackers: Tracker[]): string {
  const counts = new Map<string, number>()
  for (const t of trackers) {
    const word = standing(t)
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  return [...counts].map(([word, n]) => `${n} ${word}`).join(', ')
}

function standing(t: Tracker): string {
  const { report, phase } = t
  if (report.error) return 'unreadable'
  if (phase === 'follow-up') return 'rolling back'
  if (report.rollback?.end === 'done' && report.rollback.last)
    return followUpSucceeded(t.item.ref, report.rollback.last)
      ? 'stopped and rolled back'
      : `stopped, rollback ${report.rollback.last.status}`
  const last = report.last
  if (!last) return 'not read yet'
  if (!last.terminal) return 'stopping'
  return last.stopped ? 'stopped' : `ended ${last.status}`
}

/** The follow-up ended as it should: its kind says which status that is. */
function followUpSucceeded(ref: ReleaseRef, last: ReleaseSnapshot): boolean {
  return declarationOf(ref.kind).followUp?.succeeded(last.status) ?? false
}

export function describeSnapshot(s: ReleaseSnapshot): string {
  return `${s.status}${s.detail ? ` (${s.detail})` : ''}`
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
    const problemTitle = `Not stopped within wait-timeout: ${what}`
    return { result: { ...result, statusMessage: problem }, problem, problemTitle }
  }
  if (report.end === 'cancelled' && !last?.terminal) {
    result.status = stop.status === 'AlreadyCompleted' ? stop.status : 'Pending'
    const problem = `Cancelled while waiting for ${what} to stop (the stop request had been sent); last seen: ${lastSeen}.`
    return {
      result: { ...result, statusMessage: problem },
      problem,
      problemTitle: `Wait cancelled: ${what}`
    }
  }

  if (stop.status !== 'AlreadyCompleted' && last?.terminal && last.failure) {
    // Ended, but the stop itself went wrong (an ECS rollback that failed): never "stopped".
    result.status = 'Failed'
    const problem = `${what} ended ${last.status} after the stop: ${last.failure}`
    return {
      result: { ...result, statusMessage: problem },
      problem,
      problemTitle: `${last.failureTitle ?? last.status}: ${what}`
    }
  }

  let warning: string | undefined
  if (stop.status !== 'AlreadyCompleted' && last) {
    if (last.stopped) {
      result.status = 'Succeeded'
      // A stop that did otherwise than asked keeps saying how (a cancel where a rollback was asked).
      result.statusMessage = `${what} is ${last.status} (after ${formatDuration(report.elapsedMs)}).${stop.warning ? ` ${stop.statusMessage}` : ''}`
    } else {
      result.status = 'AlreadyCompleted'
      result.statusMessage = `${what} finished on its own with ${last.status} before the stop took effect; nothing was stopped.`
      warning = result.statusMessage
    }
  }

  const rollback = report.rollback
  if (!rollback) {
    if (last?.followUpMessage) result.statusMessage += ` ${last.followUpMessage}`
    return warning ? { result, warning } : { result }
  }
  const followUp = declarationOf(stop.ref.kind).followUp
  const rollbackWhat = `${followUp?.noun ?? 'follow-up'} ${rollback.id}`
  const rollbackSeen = rollback.last
    ? describeSnapshot(rollback.last)
    : 'no status read got through'
  let problem: string | undefined
  let problemTitle: string | undefined
  if (rollback.end === 'done' && rollback.last) {
    if (followUpSucceeded(stop.ref, rollback.last)) {
      result.statusMessage += ` Its ${rollbackWhat} ${rollback.last.status}.`
    } else {
      problem = `The ${rollbackWhat} of ${what} ended ${rollback.last.status}: ${followUp?.failedHint ?? ''}`
      problemTitle = `Rollback ${rollback.last.status}: ${what}`
    }
  } else if (rollback.end === 'timeout') {
    problem = `Timed out after ${formatDuration(timeoutMs)} waiting for the ${rollbackWhat} of ${what}; last seen: ${rollbackSeen}.`
    problemTitle = `Rollback not finished within wait-timeout: ${what}`
  } else if (rollback.end === 'cancelled') {
    problem = `Cancelled while waiting for the ${rollbackWhat} of ${what}; last seen: ${rollbackSeen}.`
    problemTitle = `Wait cancelled: ${what}`
  } else {
    result.statusMessage += ` ${followUp?.startedBy ?? 'AWS'} started ${rollbackWhat}.`
  }
  if (problem) result.statusMessage = problem
  return {
    result,
    ...(problem ? { problem, problemTitle: problemTitle ?? what } : {}),
    ...(warning ? { warning } : {})
  }
}
