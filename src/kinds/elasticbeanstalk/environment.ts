// What one DescribeEnvironments answer means for the action (pure: no SDK call): which
// environments a find takes, what tells one update from another, and how a wait judges an
// environment once the abort has rolled it back. Elastic Beanstalk has no "rollback failed"
// status: an abort always ends `Ready`, and only the environment's health tells a rollback that
// left it broken.
import { oneLine } from '../../log.js'
import type { CommitField, FoundRelease, ReleaseSnapshot } from '../../release.js'
import { elasticBeanstalkUpdate } from './index.js'

/** The members of an EnvironmentDescription the action reads (the SDK's shape, without the SDK). */
export interface EnvironmentView {
  EnvironmentId?: string
  EnvironmentName?: string
  ApplicationName?: string
  VersionLabel?: string
  Status?: string
  AbortableOperationInProgress?: boolean
  Health?: string
  HealthStatus?: string
  DateUpdated?: Date
}

/** An ERROR or FATAL event, newest first, as DescribeEvents gives it. */
export interface EventView {
  Severity?: string
  Message?: string
}

/** At rest: nothing more happens to the environment until someone acts on it. */
const AT_REST = ['Ready', 'Terminated']
/** Health statuses that mean the application is failing (enhanced health's red ones). */
const FAILING_HEALTH = ['Severe', 'Degraded']
/** How many events a failure names. */
const EVENTS_SHOWN = 5

export function isAtRest(env: EnvironmentView): boolean {
  return AT_REST.includes(env.Status ?? '')
}

/** Ready, and Elastic Beanstalk says the application is failing: Red, Severe or Degraded. */
export function isUnhealthy(env: EnvironmentView): boolean {
  return env.Health === 'Red' || FAILING_HEALTH.includes(env.HealthStatus ?? '')
}

/** "health Green (Ok)". */
export function healthWords(env: EnvironmentView): string {
  const health = oneLine(env.Health ?? 'unknown', 40)
  return `health ${health}${env.HealthStatus ? ` (${oneLine(env.HealthStatus, 40)})` : ''}`
}

/** "version v42, health Green (Ok)", for the log's status lines. */
export function detailOf(env: EnvironmentView): string {
  return [
    env.VersionLabel ? `version ${oneLine(env.VersionLabel, 200)}` : '',
    env.Health || env.HealthStatus ? healthWords(env) : '',
    env.Status === 'Updating' && env.AbortableOperationInProgress === false
      ? 'no longer abortable'
      : ''
  ]
    .filter(Boolean)
    .join(', ')
}

/**
 * Updating, but past the point of abort (the cleanup after the last batch): nothing can abort it,
 * and it ends on its own. Not a failure of the step, but worth a warning.
 */
export function pastAbort(env: EnvironmentView): boolean {
  return env.Status === 'Updating' && env.AbortableOperationInProgress !== true
}

/**
 * A find by environment name or ID takes an update under way that can still be stopped or is
 * being stopped: Aborting, or whatever Elastic Beanstalk says can be aborted. An update past the
 * point of abort is not taken (as by application): there is nothing to abort.
 */
export function takenByName(env: EnvironmentView): boolean {
  return env.Status === 'Aborting' || env.AbortableOperationInProgress === true
}

/** The warning for an update past the point of abort. */
export function pastAbortWords(env: EnvironmentView): string {
  const name = oneLine(env.EnvironmentName ?? env.EnvironmentId ?? '?', 40)
  const version = env.VersionLabel ? oneLine(env.VersionLabel, 200) : 'its new version'
  return `Not aborted: Elastic Beanstalk environment ${name} is Updating, but its update can no longer be aborted (AbortableOperationInProgress is false: Elastic Beanstalk is finishing it, and the cleanup after the last batch cannot be cancelled). It will end on its own on version ${version}. Once it is Ready, deploy the previous version again if you need it back.`
}

/** A find by application takes only what can be aborted now: Updating and abortable. */
export function takenByApplication(env: EnvironmentView): boolean {
  return env.Status === 'Updating' && env.AbortableOperationInProgress === true
}

/** Why a find left an environment alone: "web is Ready on version v41". */
export function leftAloneWords(env: EnvironmentView): string {
  const name = oneLine(env.EnvironmentName ?? env.EnvironmentId ?? '?', 40)
  const status = oneLine(env.Status ?? 'Unknown', 40)
  const version = env.VersionLabel ? ` on version ${oneLine(env.VersionLabel, 200)}` : ''
  if (env.Status === 'Updating')
    return `${name} is Updating${version}, but its update can no longer be aborted (AbortableOperationInProgress is false)`
  if (env.Status === 'Aborting') return `${name} is already Aborting${version}`
  return `${name} is ${status}${version}`
}

/** Where an environment may name its commit: the version label it runs or deploys. */
export function environmentCommitFields(env: EnvironmentView): CommitField[] {
  return env.VersionLabel ? [{ label: 'version label', value: env.VersionLabel }] : []
}

/**
 * What tells one update of an environment from another, for a guard's baseline: the environment
 * and the version it deploys. An environment runs one update at a time, so an update the guard
 * step saw keeps this key until it ends. DateUpdated is left out: nothing documents that it stays
 * put while an update runs, and a key that changed mid-update would hand another run's update to
 * the post step.
 */
export function runKeyOf(env: EnvironmentView): string {
  return `${env.EnvironmentId ?? ''}:${env.VersionLabel ?? ''}`
}

export function foundOf(env: EnvironmentView): FoundRelease {
  const name = env.EnvironmentName ?? ''
  return {
    ref: {
      kind: elasticBeanstalkUpdate.target,
      id: env.EnvironmentId ?? '',
      ...(name ? { parent: oneLine(name, 40) } : {})
    },
    status: oneLine(env.Status ?? 'Unknown', 40),
    ...(env.DateUpdated ? { startedAt: env.DateUpdated.getTime() } : {}),
    where: `application ${oneLine(env.ApplicationName ?? '?', 100)}`,
    commitFields: environmentCommitFields(env),
    runKey: runKeyOf(env)
  }
}

/** The ERROR and FATAL events a failure names, newest first, each on one line. */
export function eventWords(events: EventView[]): string {
  return events
    .slice(0, EVENTS_SHOWN)
    .map(e => `${oneLine(e.Severity ?? '?', 10)}: ${oneLine(e.Message ?? '', 300)}`)
    .join('; ')
}

/**
 * One status read of an environment whose update is being aborted. Ready is the end: stopped
 * when healthy, a failure when Elastic Beanstalk reports it Red, Severe or Degraded (the events
 * since the abort say why). Terminated is an end too: someone terminated it while it rolled back.
 */
export function snapshotOf(
  env: EnvironmentView,
  events: EventView[] = [],
  eventsUnread?: { error: string; permission: string }
): ReleaseSnapshot {
  const status = oneLine(env.Status ?? 'Unknown', 40)
  const snapshot: ReleaseSnapshot = {
    status,
    terminal: isAtRest(env),
    stopped: env.Status === 'Ready' && !isUnhealthy(env),
    detail: detailOf(env)
  }
  const version = env.VersionLabel ? oneLine(env.VersionLabel, 200) : 'an unknown version'
  if (env.Status === 'Ready' && isUnhealthy(env)) {
    const said = eventWords(events)
    snapshot.failureTitle = `Rolled back, but ${healthWords(env).replace(/^health /, '')}`
    snapshot.failure =
      `the abort rolled the environment back to version ${version}, but it is ${healthWords(env).replace(/^health /, '')}` +
      `${said ? `. ERROR and FATAL events since the abort: ${said}` : ''}` +
      `${eventsUnread ? ` (its events could not be read: ${eventsUnread.error}; the role needs ${eventsUnread.permission})` : ''}. ` +
      'Elastic Beanstalk has no "rollback failed" status: open the environment\'s Health and Events pages (the link is in the log), ' +
      'and to get back to a known state deploy a version you trust again (aws elasticbeanstalk update-environment --environment-id <id> --version-label <label>).'
  } else if (env.Status === 'Terminated')
    snapshot.failure =
      "the environment was terminated while the abort rolled it back: it runs nothing any more. Its events (the console's Events page) say who terminated it."
  else if (env.Status === 'Ready')
    snapshot.followUpMessage = `It now runs version ${version}; ${healthWords(env)}${
      env.Health === 'Yellow' || env.HealthStatus === 'Warning'
        ? ": worth a look on the environment's Health page"
        : ''
    }.`
  return snapshot
}
