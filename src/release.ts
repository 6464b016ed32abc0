// The shared vocabulary of the action: what a release is, what stopping one produced, what a
// find turns up. Nothing here talks to AWS or knows a kind: the kinds are declared in kinds/.
import { declarationOf } from './kinds/registry.js'

/** One release to act on. */
export interface ReleaseRef {
  /** The target name of its kind: see kinds/registry.ts. */
  kind: string
  id: string
  /** What the ID lives in, for kinds whose IDs need it (the pipeline of an execution). */
  parent?: string
}

/**
 * `Pending`: AWS accepted the stop and the release is still winding down.
 * `Succeeded`: AWS showed the release stopped.
 * `AlreadyCompleted`: it had finished before the stop; nothing was stopped.
 * `WouldStop`: a dry run found it running; nothing was stopped.
 * `Failed`: it could not be stopped (or its wait could not be completed); the message says why.
 * CodeDeploy's own StopDeployment status is passed through verbatim, so other strings can occur.
 */
export type StopStatus =
  'Pending' | 'Succeeded' | 'AlreadyCompleted' | 'WouldStop' | 'Failed' | (string & {})

export interface StopResult {
  ref: ReleaseRef
  status: StopStatus
  statusMessage: string
  /** The release's own status as AWS last reported it, when AWS reported one. */
  targetStatus?: string
  consoleUrl: string
  /** Set after waiting: the CodeDeploy rollback deployment the stop started, and how it ended. */
  rollbackDeploymentId?: string
  rollbackStatus?: string
  /** Set after waiting: how long the wait took. */
  waitedMs?: number
  /** Found by name: where it runs ("shop/prod", "project web"), for the job summary. */
  where?: string
  /**
   * The stop did otherwise than the inputs asked (a rollback AWS cannot make, done as a cancel):
   * said in a warning annotation too, titled with `title` and the release.
   */
  warning?: { title: string; message: string }
}

/** What one status read showed. */
export interface ReleaseSnapshot {
  /** The release's own status, verbatim: InProgress, Stopping, STOPPED... */
  status: string
  /** No further change will come. */
  terminal: boolean
  /** Terminal, and ended stopped (not finished on its own). */
  stopped: boolean
  /** What is still going on: instance counts, the stage and action still running, the phase. */
  detail: string
  /**
   * Terminal, and the stop itself went wrong: why, for the step's error (an ECS rollback that
   * ended ROLLBACK_FAILED).
   */
  failure?: string
  /**
   * With `failure`: the few words its annotation's title gives instead of the status, when the
   * status alone would mislead (an Elastic Beanstalk environment `Ready`, but `Red`).
   */
  failureTitle?: string
  /**
   * The follow-up release this stop started, for a kind that declares one (CodeDeploy's rollback
   * deployment), and what AWS said of it. For a kind without one, `followUpMessage` is what the
   * last read adds to the stopped release's message (the version an environment runs now).
   */
  followUpId?: string
  followUpMessage?: string
}

/**
 * One status read of several releases: a snapshot per ID, or the error for that release alone
 * (unknown ID, or a per-release call that failed). An error of the whole read is thrown.
 */
export type StatusReads = Map<string, ReleaseSnapshot | Error>

/** A text of the release that may name its commit: a commit ID, an S3 key, a source version. */
export interface CommitField {
  /** Where it comes from, for the log: "GitHub commitId", "S3 key", "resolvedSourceVersion". */
  label: string
  value: string
}

/** A release that a find turned up as running. */
export interface FoundRelease {
  ref: ReleaseRef
  status: string
  /** When it was created or started (ms since the epoch), as AWS reports it. */
  startedAt?: number
  /** Where it runs, for the log: "shop/prod", "project web". */
  where: string
  commitFields: CommitField[]
  /**
   * What tells this run of the release from another with the same ID, for a guard's baseline: a
   * stack keeps its ID across updates, each update has its own operation. Defaults to the ID.
   */
  runKey?: string
  /** Found, but already at its end (a stack named by name that is not updating): nothing to stop. */
  terminal?: boolean
}

export interface FindResult {
  found: FoundRelease[]
  /** How far the find looked, in words, for the log. */
  scope: string
}

export function kindLabel(kind: string): string {
  return declarationOf(kind).label
}

/** "CodeBuild build", "3 CodeBuild builds", "2 CodeBuild build batches". */
export function countOf(kind: string, n: number, withNumber = true): string {
  const { label, plural } = declarationOf(kind)
  const noun = n === 1 ? label : plural
  return withNumber ? `${n} ${noun}` : noun
}

/** A release's final result, and what the step says about it. */
export interface Settled {
  result: StopResult
  /** Why the step fails for this release. */
  problem?: string
  /** The title of that error annotation, naming the release: "Stop failed: CodeBuild build …". */
  problemTitle?: string
  /** Worth a warning when the step does not fail for it. */
  warning?: string
  /** The problem without this release, when it is not about one release (AwsCallError.common). */
  common?: string
}

/** "CodePipeline execution 1234… of pipeline my-pipe" / "CodeBuild build proj:uuid". */
export function describeRelease(ref: ReleaseRef): string {
  const declaration = declarationOf(ref.kind)
  const base = `${declaration.label} ${declaration.nameOf?.(ref.id) ?? ref.id}`
  return ref.parent && declaration.parent
    ? `${base} of ${declaration.parent.label} ${ref.parent}`
    : base
}

/** "deployment group prod of application shop for commit 1a2b3c4", for titles and messages. */
export function describeQuery(kind: string, query: unknown, commit?: string): string {
  return `${declarationOf(kind).describeQuery(query)}${commit ? ` for commit ${commit}` : ''}`
}
