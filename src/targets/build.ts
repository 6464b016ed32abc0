// CodeBuild builds.
import { BatchGetBuildsCommand, CodeBuildClient, StopBuildCommand } from '@aws-sdk/client-codebuild'
import type { ClientConfig } from '../aws-client.js'
import { describeAwsError } from '../errors.js'
import type { ReleaseKind } from '../release.js'
import { codeBuildSnapshot, codeBuildStopResult, notFound } from './build-status.js'

export function createBuildKind(config: ClientConfig): ReleaseKind {
  const client = new CodeBuildClient(config)
  const kind: ReleaseKind = {
    kind: 'build',
    stopPermission: 'codebuild:StopBuild',
    readPermission: 'codebuild:BatchGetBuilds',
    async stop(ref) {
      let build
      try {
        build = (await client.send(new StopBuildCommand({ id: ref.id }))).build
      } catch (error) {
        throw describeAwsError('stop', ref, config.region, kind.stopPermission, error)
      }
      return codeBuildStopResult(
        ref,
        config.region,
        'build',
        build?.buildStatus,
        build?.currentPhase
      )
    },
    async readStatus(ref, abortSignal) {
      const out = await client.send(new BatchGetBuildsCommand({ ids: [ref.id] }), { abortSignal })
      const build = out.builds?.find(b => b.id === ref.id)
      if (!build) throw notFound('build', ref.id)
      return codeBuildSnapshot(build.buildStatus, build.currentPhase)
    }
  }
  return kind
}
