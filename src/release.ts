// The shared vocabulary of the action: what a release is, what stopping one produced, and the
// interface every kind of release implements. Nothing here talks to AWS.

export const RELEASE_KINDS = ['deployment', 'pipeline', 'build', 'build-batch'] as const
export type ReleaseKindName = (typeof RELEASE_KINDS)[number]

/** One release to act on. `pipelineName` is only meaningful for pipeline executions. */
export interface ReleaseRef {
  kind: ReleaseKindName
  id: string
  pipelineName?: string
}

export interface StopOptions {
  /** CodeDeploy `autoRollbackEnabled`; undefined leaves it to the deployment group. */
  rollback?: boolean
  abandon: boolean
  reason: string
}

/**
 * `Pending`: AWS accepted the stop and the release is still winding down.
 * `Succeeded`: AWS showed the release stopped.
 * `AlreadyCompleted`: it had finished before the stop; nothing was stopped.
 * CodeDeploy's own StopDeployment status is passed through verbatim, so other strings can occur.
 */
export type StopStatus = 'Pending' | 'Succeeded' | 'AlreadyCompleted' | (string & {})

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
  /** CodeDeploy: the rollback deployment this deployment's stop started. */
  rollbackDeploymentId?: string
  rollbackMessage?: string
}

/** One kind of release (CodeDeploy deployment, pipeline execution, build, build batch). */
export interface ReleaseKind {
  readonly kind: ReleaseKindName
  /** The IAM actions a stop and a status read need, for access-denied hints. */
  readonly stopPermission: string
  readonly readPermission: string
  stop(ref: ReleaseRef, options: StopOptions): Promise<StopResult>
  /**
   * One status read. Throws the SDK's error as it is, so that the poller can tell a passing
   * fault from one that no retry fixes; it wraps the error with context itself.
   */
  readStatus(ref: ReleaseRef, signal?: AbortSignal): Promise<ReleaseSnapshot>
}

const LABELS: Record<ReleaseKindName, string> = {
  deployment: 'CodeDeploy deployment',
  pipeline: 'CodePipeline execution',
  build: 'CodeBuild build',
  'build-batch': 'CodeBuild build batch'
}

export function kindLabel(kind: ReleaseKindName): string {
  return LABELS[kind]
}

/** "CodePipeline execution 1234… of pipeline my-pipe" / "CodeBuild build proj:uuid". */
export function describeRelease(ref: ReleaseRef): string {
  const base = `${kindLabel(ref.kind)} ${ref.id}`
  return ref.pipelineName ? `${base} of pipeline ${ref.pipelineName}` : base
}
