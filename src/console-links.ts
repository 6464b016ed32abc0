// Links to the release in the AWS console, printed as soon as the release is known so that the
// person reading the log can follow it while the action works.
import type { ReleaseRef } from './release.js'

function consoleOrigin(region: string): string {
  if (region.startsWith('cn-')) return 'https://console.amazonaws.cn'
  if (region.startsWith('us-gov-')) return 'https://console.amazonaws-us-gov.com'
  return `https://${region}.console.aws.amazon.com`
}

export function consoleUrl(ref: ReleaseRef, region: string): string {
  const base = `${consoleOrigin(region)}/codesuite`
  const query = `?region=${region}`
  const e = encodeURIComponent
  switch (ref.kind) {
    case 'deployment':
      return `${base}/codedeploy/deployments/${e(ref.id)}${query}`
    case 'pipeline':
      return `${base}/codepipeline/pipelines/${e(ref.pipelineName ?? '')}/executions/${e(ref.id)}/timeline${query}`
    case 'build':
      return `${base}/codebuild/projects/${e(projectOf(ref.id))}/build/${e(ref.id)}/log${query}`
    case 'build-batch':
      return `${base}/codebuild/projects/${e(projectOf(ref.id))}/batch/${e(ref.id)}${query}`
    case 'ecs-deployment': {
      // The service's Deployments tab, which lists this deployment with its status and events.
      const { cluster, service } = ecsDeploymentParts(ref.id)
      return `${consoleOrigin(region)}/ecs/v2/clusters/${e(cluster)}/services/${e(service)}/deployments${query}`
    }
  }
}

/** "arn:aws:ecs:<region>:<account>:service-deployment/<cluster>/<service>/<id>" → its parts. */
export function ecsDeploymentParts(arn: string): { cluster: string; service: string; id: string } {
  const [cluster = '', service = '', id = ''] =
    arn.split(':service-deployment/')[1]?.split('/') ?? []
  return { cluster, service, id }
}

/** CodeBuild IDs are "<project>:<uuid>". */
export function projectOf(buildId: string): string {
  const colon = buildId.lastIndexOf(':')
  return colon > 0 ? buildId.slice(0, colon) : buildId
}
