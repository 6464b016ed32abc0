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
}

/** One kind of release (CodeDeploy deployment, pipeline execution, build, build batch). */
export interface ReleaseKind {
  readonly kind: ReleaseKindName
  /** For messages: "CodeDeploy deployment". */
  readonly label: string
  /** The IAM action a stop needs, for access-denied hints. */
  readonly stopPermission: string
  stop(ref: ReleaseRef, options: StopOptions): Promise<StopResult>
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
