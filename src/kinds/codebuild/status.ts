// CodeBuild's StopBuild and StopBuildBatch answer with the build as it is now; that status alone
// decides the outcome, because nothing else in the answer says whether the stop took effect.
import { AwsCallError, type CallSubject } from '../../errors.js'
import type { KindDeclaration } from '../contract.js'
import { oneLine } from '../../log.js'
import type {
  CommitField,
  ReleaseRef,
  ReleaseSnapshot,
  StopResult,
  StopStatus
} from '../../release.js'

export interface BuildOutcome {
  status: StopStatus
  statusMessage: string
}

/** `what` is "build" or "build batch"; `phase` is CodeBuild's currentPhase, if any. */
export function outcomeOfBuildStatus(
  what: string,
  buildStatus: string | undefined,
  phase?: string
): BuildOutcome {
  switch (buildStatus) {
    case 'STOPPED':
      return { status: 'Succeeded', statusMessage: `The ${what} is stopped.` }
    case 'IN_PROGRESS':
      return {
        status: 'Pending',
        statusMessage: `CodeBuild accepted the stop; the ${what} is still IN_PROGRESS${phase ? ` (phase ${oneLine(phase)})` : ''}.`
      }
    case undefined:
    case '':
      return {
        status: 'Pending',
        statusMessage: `CodeBuild accepted the stop but did not report the ${what}'s status.`
      }
    default:
      return {
        status: 'AlreadyCompleted',
        statusMessage: `The ${what} had already finished with ${buildStatus}; nothing was stopped.`
      }
  }
}

/** The result of StopBuild / StopBuildBatch, from the status and phase it answered with. */
export function codeBuildStopResult(
  ref: ReleaseRef,
  consoleUrl: string,
  what: string,
  buildStatus: string | undefined,
  phase: string | undefined
): StopResult {
  return {
    ref,
    ...outcomeOfBuildStatus(what, buildStatus, phase),
    ...(buildStatus ? { targetStatus: oneLine(buildStatus) } : {}),
    consoleUrl
  }
}

/** A status read of a build or batch: anything but IN_PROGRESS is the end. */
export function codeBuildSnapshot(
  buildStatus: string | undefined,
  phase: string | undefined
): ReleaseSnapshot {
  const status = oneLine(buildStatus ?? 'Unknown')
  return {
    status,
    terminal: buildStatus !== undefined && buildStatus !== 'IN_PROGRESS',
    stopped: buildStatus === 'STOPPED',
    detail: phase ? `phase ${oneLine(phase)}` : ''
  }
}

/** Where a build or batch names its commit: the commit CodeBuild resolved, and the version asked for. */
export function codeBuildCommitFields(source: {
  resolvedSourceVersion?: string
  sourceVersion?: string
}): CommitField[] {
  const fields: CommitField[] = []
  if (source.resolvedSourceVersion)
    fields.push({ label: 'resolvedSourceVersion', value: source.resolvedSourceVersion })
  if (source.sourceVersion) fields.push({ label: 'sourceVersion', value: source.sourceVersion })
  return fields
}

/** The find's subject, for error messages. */
export function projectSubject(
  kind: KindDeclaration,
  plural: string,
  project: string
): CallSubject {
  return {
    what: `the running ${plural} of project ${project}`,
    label: 'CodeBuild project',
    check: 'the "project" input',
    inputs: 'the "project" input',
    kind
  }
}

/**
 * Builds and build batches have IDs of the same shape, so an ID of one given with the other's
 * target is refused as not found. One read of the other kind says which it is, so the message can
 * name the right target; if that read fails too, the refusal stands as it was.
 */
export async function withOtherKindHint(
  refused: AwsCallError,
  id: string,
  other: { target: string; label: string },
  isOther: (id: string) => Promise<boolean>
): Promise<AwsCallError> {
  if (refused.awsName !== 'ResourceNotFoundException') return refused
  let found = false
  try {
    found = await isOther(id)
  } catch {
    return refused
  }
  if (!found) return refused
  return new AwsCallError(
    `${refused.message.replace(/ Check the ID,[^]*$/, '')} ${oneLine(id)} is the ID of a ${other.label}: use target: ${other.target}.`,
    refused.awsName,
    refused.cause
  )
}
