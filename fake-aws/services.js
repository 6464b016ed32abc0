// @ts-check
// The services the fake serves, one module each. An entry says everything the server needs: the
// SigV4 signing name, the wire protocol and how that protocol names the service, the state class
// that holds its releases and answers its operations, and its kinds of release (the admin route
// that adds one, the key they are listed under). Adding a service: its module, one entry here,
// and its typed add* method in server.js.
import { AutoScalingState } from './autoscaling.js'
import { CloudFormationState } from './cloudformation.js'
import { CodeBuildState } from './codebuild.js'
import { CodeDeployState } from './codedeploy.js'
import { CodePipelineState } from './codepipeline.js'
import { EcsState } from './ecs.js'
import { ElasticBeanstalkState } from './elasticbeanstalk.js'
import { StsState } from './sts.js'
import { awsJson } from './protocols/aws-json.js'
import { awsQuery } from './protocols/aws-query.js'

/**
 * @typedef {import('./common.js').ServiceState & { add(...args: any[]): string }} AnyState
 */

/**
 * @typedef {object} ReleaseKindSpec
 * @property {string} route the admin route that adds one: POST /__fake/<route>
 * @property {string} key the key of GET /__fake/state that lists them
 * @property {(state: any, opts: unknown) => string} add
 * @property {(record: any) => boolean} [is] which of the service's records are of this kind
 */

/**
 * @typedef {object} ServiceSpec
 * @property {'codedeploy' | 'codepipeline' | 'codebuild' | 'ecs' | 'cloudformation' | 'autoscaling' | 'elasticbeanstalk' | 'sts'} name the SigV4 signing name
 * @property {import('./protocols/protocol.js').Protocol} protocol
 * @property {string} protocolName how the protocol names it: the X-Amz-Target prefix, or the
 *   API version for awsQuery
 * @property {string} [xmlNamespace] awsQuery: the namespace of its XML answers
 * @property {() => AnyState} create
 * @property {ReleaseKindSpec[]} releases
 */

/** @type {readonly ServiceSpec[]} */
export const SERVICES = [
  {
    name: 'codedeploy',
    protocol: awsJson,
    protocolName: 'CodeDeploy_20141006',
    create: () => new CodeDeployState(),
    releases: [{ route: 'deployments', key: 'deployments', add: (s, o) => s.add(o) }]
  },
  {
    name: 'codepipeline',
    protocol: awsJson,
    protocolName: 'CodePipeline_20150709',
    create: () => new CodePipelineState(),
    releases: [{ route: 'pipeline-executions', key: 'pipelineExecutions', add: (s, o) => s.add(o) }]
  },
  {
    name: 'codebuild',
    protocol: awsJson,
    protocolName: 'CodeBuild_20161006',
    create: () => /** @type {any} */ (new CodeBuildState()),
    releases: [
      {
        route: 'builds',
        key: 'builds',
        add: (s, o) => s.add('build', o),
        is: r => r.kind === 'build'
      },
      {
        route: 'build-batches',
        key: 'buildBatches',
        add: (s, o) => s.add('buildBatch', o),
        is: r => r.kind === 'buildBatch'
      }
    ]
  },
  {
    name: 'ecs',
    protocol: awsJson,
    protocolName: 'AmazonEC2ContainerServiceV20141113',
    create: () => new EcsState(),
    releases: [{ route: 'service-deployments', key: 'serviceDeployments', add: (s, o) => s.add(o) }]
  },
  {
    name: 'cloudformation',
    protocol: awsQuery,
    protocolName: '2010-05-15',
    xmlNamespace: 'http://cloudformation.amazonaws.com/doc/2010-05-15/',
    create: () => new CloudFormationState(),
    releases: [{ route: 'stacks', key: 'stacks', add: (s, o) => s.add(o) }]
  },
  {
    name: 'autoscaling',
    protocol: awsQuery,
    protocolName: '2011-01-01',
    xmlNamespace: 'http://autoscaling.amazonaws.com/doc/2011-01-01/',
    create: () => new AutoScalingState(),
    releases: [{ route: 'instance-refreshes', key: 'instanceRefreshes', add: (s, o) => s.add(o) }]
  },
  {
    name: 'elasticbeanstalk',
    protocol: awsQuery,
    protocolName: '2010-12-01',
    // "docs", where the other awsQuery services say "doc".
    xmlNamespace: 'http://elasticbeanstalk.amazonaws.com/docs/2010-12-01/',
    create: () => new ElasticBeanstalkState(),
    releases: [{ route: 'environments', key: 'environments', add: (s, o) => s.add(o) }]
  },
  {
    // Who the credentials are: the action's allowed-account-ids check. No releases.
    name: 'sts',
    protocol: awsQuery,
    protocolName: '2011-06-15',
    xmlNamespace: 'https://sts.amazonaws.com/doc/2011-06-15/',
    create: () => /** @type {any} */ (new StsState()),
    releases: []
  }
]

/** Every protocol some service speaks, each once. */
export const PROTOCOLS = [...new Set(SERVICES.map(s => s.protocol))]
