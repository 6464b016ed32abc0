// Each kind is imported only when it is the one asked for: an SDK client is the largest part of
// the bundle, and loading the others would only slow the step's start.
import type { ClientConfig } from '../aws-client.js'
import type { ReleaseKind, ReleaseKindName } from '../release.js'

export async function loadReleaseKind(
  name: ReleaseKindName,
  config: ClientConfig
): Promise<ReleaseKind> {
  switch (name) {
    case 'deployment':
      return (await import('./deployment.js')).createDeploymentKind(config)
    case 'pipeline':
      return (await import('./pipeline.js')).createPipelineKind(config)
    case 'build':
      return (await import('./build.js')).createBuildKind(config)
    case 'build-batch':
      return (await import('./build-batch.js')).createBuildBatchKind(config)
    case 'ecs-deployment':
      return (await import('./ecs-deployment.js')).createEcsDeploymentKind(config)
  }
}
