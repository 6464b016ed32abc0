// @ts-check
// The services the fake serves, one module each: its SigV4 signing name, its wire protocol and
// how that protocol names it, and the state class that holds its releases and answers its
// operations. Adding a service: its module, and one line here.
import { CodeBuildState } from './codebuild.js'
import { CodeDeployState } from './codedeploy.js'
import { CodePipelineState } from './codepipeline.js'
import { EcsState } from './ecs.js'
import { awsJson } from './protocols/aws-json.js'

/**
 * @typedef {object} ServiceSpec
 * @property {'codedeploy' | 'codepipeline' | 'codebuild' | 'ecs'} name the SigV4 signing name
 * @property {import('./protocols/protocol.js').Protocol} protocol
 * @property {string} protocolName how the protocol names it: the X-Amz-Target prefix
 */

/** @type {readonly ServiceSpec[]} */
export const SERVICES = [
  { name: 'codedeploy', protocol: awsJson, protocolName: 'CodeDeploy_20141006' },
  { name: 'codepipeline', protocol: awsJson, protocolName: 'CodePipeline_20150709' },
  { name: 'codebuild', protocol: awsJson, protocolName: 'CodeBuild_20161006' },
  { name: 'ecs', protocol: awsJson, protocolName: 'AmazonEC2ContainerServiceV20141113' }
]

/** Every protocol some service speaks, each once. */
export const PROTOCOLS = [...new Set(SERVICES.map(s => s.protocol))]

export { CodeBuildState, CodeDeployState, CodePipelineState, EcsState }
