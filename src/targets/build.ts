// CodeBuild builds.
import { CodeBuildClient, StopBuildCommand } from '@aws-sdk/client-codebuild'
import type { ClientConfig } from '../aws-client.js'
import { describeAwsError } from '../errors.js'
import { kindLabel, type ReleaseKind } from '../release.js'
import { codeBuildStopResult } from './build-status.js'

export function createBuildKind(config: ClientConfig): ReleaseKind {
  const client = new CodeBuildClient(config)
  const kind: ReleaseKind = {
    kind: 'build',
    label: kindLabel('build'),
    stopPermission: 'codebuild:StopBuild',
    async stop(ref) {
      let build
      try {
        build = (await client.send(new StopBuildCommand({ id: ref.id }))).build
      } catch (error) {
        throw describeAwsError('stop', kind, ref, config.region, error)
      }
      return codeBuildStopResult(
        ref,
        config.region,
        'build',
        build?.buildStatus,
        build?.currentPhase
      )
    }
  }
  return kind
}
