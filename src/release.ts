// The shared vocabulary of the action: what a release is, what stopping one produced, and the
// interface every kind of release implements. Nothing here talks to AWS.
import type { Read } from './read-retry.js'

export const RELEASE_KINDS = [
  'deployment',
  'pipeline',
  'build',
  'build-batch',
  'ecs-deployment'
] as const
export type ReleaseKindName = (typeof RELEASE_KINDS)[number]

/** One release to act on. `pipelineName` is only meaningful for pipeline executions. */
export interface ReleaseRef {
  kind: ReleaseKindName
  id: string
  pipelineName?: string
}

export interface StopOptions {
  /**
   * CodeDeploy `autoRollbackEnabled` (undefined leaves it to the deployment group); ECS: false
   * stops with ABORT, otherwise ROLLBACK.
   */
  rollback?: boolean
  abandon: boolean
  reason: string
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
  /** CodeDeploy: the rollback deployment this deployment's stop started. */
  rollbackDeploymentId?: string
  rollbackMessage?: string
}

/**
 * One status read of several releases: a snapshot per ID, or the error for that release alone
 * (unknown ID, or a per-release call that failed). An error of the whole read is thrown.
 */
export type StatusReads = Map<string, ReleaseSnapshot | Error>

/** What to look for when releases are found by name rather than by ID. */
export interface FindQuery {
  /** CodeDeploy: the application, and optionally one of its deployment groups. */
  application?: string
  deploymentGroup?: string
  /** CodePipeline: the pipeline whose executions are looked at. */
  pipelineName?: string
  /** CodeBuild: the project whose builds or build batches are looked at. */
  project?: string
  /** ECS: the service whose deployments are looked at, and its cluster (ECS's default if absent). */
  service?: string
  cluster?: string
  /** CodePipeline: also executions already Stopping (a stop-and-wait escalated to abandon). */
  includeStopping: boolean
}

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
}

/** What a find is given besides its query. */
export interface FindContext {
  now: number
  /** Every AWS call of the find goes through this: it retries passing faults and honours cancel. */
  read: Read
}

export interface FindResult {
  found: FoundRelease[]
  /** How far the find looked, in words, for the log. */
  scope: string
}

/** One kind of release (CodeDeploy deployment, pipeline execution, build, build batch). */
export interface ReleaseKind {
  readonly kind: ReleaseKindName
  /** The IAM actions a stop, a status read and a find need, for access-denied hints. */
  readonly stopPermission: string
  readonly readPermission: string
  stop(ref: ReleaseRef, options: StopOptions): Promise<StopResult>
  /**
   * One status read of every release given, batched as the API allows. Throws the SDK's error as
   * it is when the whole read failed, so that the poller can tell a passing fault from one that
   * no retry fixes.
   */
  readStatuses(refs: ReleaseRef[], signal?: AbortSignal): Promise<StatusReads>
  /** The releases of this kind that are running now and match the query's names. */
  find(query: FindQuery, ctx: FindContext): Promise<FindResult>
  /**
   * Resolves the client's credentials (no AWS call with keys in the environment): a missing
   * credential is one problem for the whole step, found before any release is touched.
   */
  checkCredentials(): Promise<void>
}

const LABELS: Record<ReleaseKindName, string> = {
  deployment: 'CodeDeploy deployment',
  pipeline: 'CodePipeline execution',
  build: 'CodeBuild build',
  'build-batch': 'CodeBuild build batch',
  'ecs-deployment': 'ECS service deployment'
}

export function kindLabel(kind: ReleaseKindName): string {
  return LABELS[kind]
}

/** "CodeBuild build", "3 CodeBuild builds", "2 CodeBuild build batches". */
export function countOf(kind: ReleaseKindName, n: number, withNumber = true): string {
  const label = LABELS[kind]
  const noun = n === 1 ? label : label.endsWith('batch') ? `${label}es` : `${label}s`
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
  const base = `${kindLabel(ref.kind)} ${ref.id}`
  return ref.pipelineName ? `${base} of pipeline ${ref.pipelineName}` : base
}

/** "deployment group prod of application shop for commit 1a2b3c4", for titles and messages. */
export function describeQuery(query: FindQuery, commit?: string): string {
  const names = query.application
    ? query.deploymentGroup
      ? `deployment group ${query.deploymentGroup} of application ${query.application}`
      : `application ${query.application}`
    : query.pipelineName
      ? `pipeline ${query.pipelineName}`
      : query.service
        ? `service ${query.service} in ${query.cluster ? `cluster ${query.cluster}` : 'the default cluster'}`
        : `project ${query.project ?? ''}`
  return `${names}${commit ? ` for commit ${commit}` : ''}`
}
