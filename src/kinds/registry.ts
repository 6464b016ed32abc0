// The one list of the kinds of release. Adding a kind: its folder, and one line here (see
// docs/adding-a-kind.md). Only declarations are imported: a kind's SDK client loads when the kind
// is asked for (`loadReleaseKind`).
import type { ClientConfig } from '../aws-client.js'
import { codeDeployDeployment } from './codedeploy/index.js'
import { codePipelineExecution } from './codepipeline/index.js'
import { codeBuildBuild, codeBuildBatch } from './codebuild/index.js'
import { ecsServiceDeployment } from './ecs/index.js'
import type { KindDeclaration, ReleaseKind } from './contract.js'

export const KINDS: readonly KindDeclaration[] = [
  codeDeployDeployment,
  codePipelineExecution,
  codeBuildBuild,
  codeBuildBatch,
  ecsServiceDeployment
] as KindDeclaration[]

/** The accepted values of the `target` input. */
export const TARGETS: readonly string[] = KINDS.map(k => k.target)

/** The declaration of a target; throws for a name no kind declares (a defect: inputs are checked). */
export function declarationOf(target: string): KindDeclaration {
  const found = KINDS.find(k => k.target === target)
  if (!found) throw new Error(`no kind of release has the target ${JSON.stringify(target)}`)
  return found
}

/** The kind with its client: only now is its SDK client imported. */
export async function loadReleaseKind(
  declaration: KindDeclaration,
  config: ClientConfig
): Promise<ReleaseKind> {
  const client = await declaration.load(config)
  return {
    declaration,
    stop: (ref, options) => client.stop(ref, options),
    readStatuses: (refs, signal) => client.readStatuses(refs, signal),
    find: (query, ctx) => client.find(query, ctx),
    checkCredentials: () => client.checkCredentials()
  }
}
