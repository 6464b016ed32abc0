// ECS service deployments: what the action knows of them without AWS. The client (ecs-deployment-client.ts) is
// loaded only for `target: ecs-deployment`.
import type { KindDeclaration } from '../contract.js'
import { consoleOrigin } from '../support/console.js'

export interface ServiceQuery {
  service: string
  /** ECS's default cluster when absent. */
  cluster?: string
}

export interface EcsOptions {
  /** false: ABORT; otherwise ROLLBACK. */
  rollback?: boolean
}

// ECS clusters and services: a name (1-255 of A-Z a-z 0-9 _ -) or the ARN of one.
const ECS_CLUSTER =
  /^([A-Za-z0-9_-]{1,255}|arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:cluster\/[A-Za-z0-9_-]{1,255})$/
const ECS_SERVICE =
  /^([A-Za-z0-9_-]{1,255}|arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:service\/([A-Za-z0-9_-]{1,255}\/)?[A-Za-z0-9_-]{1,255})$/

/** "arn:aws:ecs:<region>:<account>:service-deployment/<cluster>/<service>/<id>" → its parts. */
export function ecsDeploymentParts(arn: string): { cluster: string; service: string; id: string } {
  const [cluster = '', service = '', id = ''] =
    arn.split(':service-deployment/')[1]?.split('/') ?? []
  return { cluster, service, id }
}

export const ecsServiceDeployment: KindDeclaration<ServiceQuery, EcsOptions> = {
  target: 'ecs-deployment',
  label: 'ECS service deployment',
  plural: 'ECS service deployments',
  id: {
    pattern:
      /^arn:aws[a-z-]*:ecs:[a-z]{2}(-[a-z]+)+-\d{1,2}:\d{12}:service-deployment\/[A-Za-z0-9_-]{1,255}\/[A-Za-z0-9_-]{1,255}\/[A-Za-z0-9_-]+$/,
    accepts:
      'an ECS service deployment ARN: "arn:aws:ecs:<region>:<account>:service-deployment/<cluster>/<service>/<id>"',
    hint: id =>
      /^arn:aws[a-z-]*:ecs:[^:]*:\d*:service\//.test(id)
        ? ' That is the ARN of an ECS service, not of one of its deployments: give "service" (and ' +
          '"cluster") instead of "id" to stop its running deployments, or the deployment ARN from ' +
          'ListServiceDeployments or the console.'
        : /^ecs-svc\//.test(id)
          ? " That is the ID of a deployment as DescribeServices lists it in the service's " +
            '"deployments"; a stop needs the service deployment ARN, which names cluster and service: ' +
            '"aws ecs list-service-deployments --cluster <cluster> --service <service>" lists them, ' +
            'and so does the service\'s Deployments tab in the ECS console. Or give "service" (and ' +
            '"cluster") instead of "id" to stop its running deployments.'
          : ''
  },
  idInputs: 'the "id" input',
  inputs: [
    { name: 'cluster', role: 'find' },
    { name: 'service', role: 'find' },
    { name: 'rollback', role: 'option' }
  ],
  readInputs(ctx) {
    const cluster = ctx.name('cluster', ECS_CLUSTER, 'an ECS cluster name or ARN')
    const service = ctx.name('service', ECS_SERVICE, 'an ECS service name or ARN')
    if (cluster !== '' && service === '')
      ctx.problem(
        'Input "cluster" needs "service" too: the ECS service whose running deployments to stop.'
      )
    const rollback = ctx.bool('rollback', undefined)
    return {
      ...(service !== '' ? { find: { service, ...(cluster !== '' ? { cluster } : {}) } } : {}),
      options: rollback === undefined ? {} : { rollback }
    }
  },
  findAlternative:
    'give "service" (and "cluster" unless it is in the default cluster) to stop its running deployments',
  commit: {
    applies: false,
    problem:
      'Input "commit" does not apply to target: ecs-deployment: an ECS service deployment records ' +
      'no commit. Give "service" (and "cluster") without "commit", or the deployment ARNs in "id".'
  },
  describeQuery: q =>
    `service ${q.service} in ${q.cluster ? `cluster ${q.cluster}` : 'the default cluster'}`,
  narrow: 'give the deployment ARNs in "id"',
  consoleUrl(ref, region) {
    // The service's Deployments tab, which lists this deployment with its status and events.
    const { cluster, service } = ecsDeploymentParts(ref.id)
    const e = encodeURIComponent
    return `${consoleOrigin(region)}/ecs/v2/clusters/${e(cluster)}/services/${e(service)}/deployments?region=${region}`
  },
  permissions: {
    stop: 'ecs:StopServiceDeployment',
    read: 'ecs:DescribeServiceDeployments',
    find: ['ecs:ListServiceDeployments']
  },
  notFoundErrors: [
    'ServiceDeploymentNotFoundException',
    'ServiceNotFoundException',
    'ClusterNotFoundException'
  ],
  errorHints: {
    UnsupportedFeatureException: region =>
      `This ECS service deployment operation is not available in ${region}, or not for this service's deployment controller (ECS service deployments need the ECS deployment controller).`
  },
  optionLines: () => [],
  optionWords: () => [],
  load: async config =>
    (await import('./ecs-deployment-client.js')).createEcsDeploymentClient(config)
}
