// CodeBuild build batches: the same rules as builds, through StopBuildBatch.
import { CodeBuildClient, StopBuildBatchCommand } from '@aws-sdk/client-codebuild'
import type { ClientConfig } from '../aws-client.js'
import { describeAwsError } from '../errors.js'
import { kindLabel, type ReleaseKind } from '../release.js'
import { codeBuildStopResult } from './build-status.js'

export function createBuildBatchKind(config: ClientConfig): ReleaseKind {
  const client = new CodeBuildClient(config)
  const kind: ReleaseKind = {
    kind: 'build-batch',
    label: kindLabel('build-batch'),
    stopPermission: 'codebuild:StopBuildBatch',
    async stop(ref) {
      let batch
      try {
        batch = (await client.send(new StopBuildBatchCommand({ id: ref.id }))).buildBatch
      } catch (error) {
        throw describeAwsError('stop', kind, ref, config.region, error)
      }
      return codeBuildStopResult(
        ref,
        config.region,
        'build batch',
        batch?.buildBatchStatus,
        batch?.currentPhase
      )
    }
  }
  return kind
}
