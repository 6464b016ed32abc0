// The one list of the kinds of release. Adding a kind: its folder, and one line here (see
// docs/adding-a-kind.md). Only declarations are imported: a kind's SDK client loads when the kind
// is asked for (`loadReleaseKind`).
import { autoScalingInstanceRefresh } from './autoscaling/index.js'
import { codeBuildBatch, codeBuildBuild } from './codebuild/index.js'
import { codeDeployDeployment } from './codedeploy/index.js'
import { cloudFormationStack } from './cloudformation/index.js'
import { codePipelineExecution } from './codepipeline/index.js'
import type { KindDeclaration } from './contract.js'
import { ecsServiceDeployment } from './ecs/index.js'
import { elasticBeanstalkUpdate } from './elasticbeanstalk/index.js'
import { kindList } from './kind-list.js'

/** In the order of the `target` input's documentation. */
export const DECLARATIONS: readonly KindDeclaration[] = [
  codeDeployDeployment,
  codePipelineExecution,
  codeBuildBuild,
  codeBuildBatch,
  ecsServiceDeployment,
  cloudFormationStack,
  autoScalingInstanceRefresh,
  elasticBeanstalkUpdate
] as KindDeclaration[]

export const { KINDS, TARGETS, declarationOf, loadReleaseKind } = kindList(DECLARATIONS)
