// What a DescribeInstanceRefreshes answer means for the action (pure: no SDK). Statuses, from the
// model: Pending, InProgress, Baking run; Cancelling and RollbackInProgress are being stopped;
// Successful, Failed, Cancelled, RollbackSuccessful and RollbackFailed are ends.
import { oneLine } from '../../log.js'
import type { ReleaseSnapshot } from '../../release.js'

/** What a find acts on: a refresh still replacing instances (or baking). */
export const RUNNING = ['Pending', 'InProgress', 'Baking']
/**
 * A stop (or a rollback) is under way already: a find leaves it as it is; a stop that meets it (it
 * began to stop after the find) calls nothing, and the wait follows it.
 */
export const STOPPING = ['Cancelling', 'RollbackInProgress']
export const TERMINAL = [
  'Successful',
  'Failed',
  'Cancelled',
  'RollbackSuccessful',
  'RollbackFailed'
]
/** Ended stopped: cancelled, or rolled back to the previous configuration. */
const STOPPED = ['Cancelled', 'RollbackSuccessful']

/** The fields of an instance refresh the action reads (the SDK's InstanceRefresh has them). */
export interface RefreshView {
  InstanceRefreshId?: string | undefined
  Status?: string | undefined
  StatusReason?: string | undefined
  StartTime?: Date | undefined
  EndTime?: Date | undefined
  PercentageComplete?: number | undefined
  InstancesToUpdate?: number | undefined
  RollbackDetails?:
    | {
        RollbackReason?: string | undefined
        PercentageCompleteOnRollback?: number | undefined
        InstancesToUpdateOnRollback?: number | undefined
      }
    | undefined
}

const instances = (n: number): string => `${n} instance${n === 1 ? '' : 's'}`

/**
 * Where a refresh stands, for the log: "40% complete, 3 instances to update". During a rollback
 * PercentageComplete goes back down toward zero (it counts only what the refresh replaced), and
 * InstancesToUpdate counts the instances the refresh never reached: both said so.
 */
export function progressOf(r: RefreshView): string {
  const pct = r.PercentageComplete
  const left = r.InstancesToUpdate
  const from = r.RollbackDetails?.PercentageCompleteOnRollback
  const began = from === undefined ? '' : ` (${from}% when the rollback began)`
  switch (r.Status) {
    case 'RollbackInProgress':
      return [
        pct === undefined ? '' : `rollback: ${pct}% complete, going back down to 0${began}`,
        left === undefined ? '' : `${instances(left)} the refresh had not replaced`
      ]
        .filter(Boolean)
        .join(', ')
    case 'RollbackSuccessful':
      return from === undefined ? 'rolled back' : `rolled back from ${from}% complete`
    case 'RollbackFailed':
      return pct === undefined ? '' : `the rollback stopped at ${pct}% complete${began}`
    default:
      return [
        pct === undefined ? '' : `${pct}% complete`,
        left === undefined ? '' : `${instances(left)} to update`
      ]
        .filter(Boolean)
        .join(', ')
  }
}

export function snapshotOf(r: RefreshView): ReleaseSnapshot {
  const status = oneLine(r.Status ?? 'Unknown')
  const reason = r.StatusReason ? oneLine(r.StatusReason, 300) : ''
  const snapshot: ReleaseSnapshot = {
    status,
    terminal: TERMINAL.includes(status),
    stopped: STOPPED.includes(status),
    detail: [progressOf(r), reason].filter(Boolean).join('; ')
  }
  const rollbackReason = r.RollbackDetails?.RollbackReason
  if (status === 'RollbackFailed')
    snapshot.failure =
      `The rollback failed: ${reason || 'Auto Scaling gave no reason'}${rollbackReason ? ` (rollback: ${oneLine(rollbackReason, 200)})` : ''}. The group may run instances of both configurations: ` +
      "read the group's Instance refresh and Activity tabs in the EC2 console (the link in the log), then start an instance refresh with the configuration you want."
  else if (status === 'Failed')
    snapshot.failure =
      `The instance refresh failed rather than stopping: ${reason || 'Auto Scaling gave no reason'}. ` +
      "The group may run instances of both configurations: read the group's Activity tab in the EC2 console (the link in the log)."
  return snapshot
}
