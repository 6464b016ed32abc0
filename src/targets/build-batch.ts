// CodeBuild build batches: the same rules as builds, through StopBuildBatch.
import {
  BatchGetBuildBatchesCommand,
  CodeBuildClient,
  StopBuildBatchCommand
} from '@aws-sdk/client-codebuild'
import type { ClientConfig } from '../aws-client.js'
import { describeAwsError } from '../errors.js'
import type { ReleaseKind } from '../release.js'
import { codeBuildSnapshot, codeBuildStopResult, notFound } from './build-status.js'

export function createBuildBatchKind(config: ClientConfig): ReleaseKind {
  const client = new CodeBuildClient(config)
  const kind: ReleaseKind = {
    kind: 'build-batch',
    stopPermission: 'codebuild:StopBuildBatch',
    readPermission: 'codebuild:BatchGetBuildBatches',
    async stop(ref) {
      let batch
      try {
        batch = (await client.send(new StopBuildBatchCommand({ id: ref.id }))).buildBatch
      } catch (error) {
        throw describeAwsError('stop', ref, config.region, kind.stopPermission, error)
      }
      return codeBuildStopResult(
        ref,
        config.region,
        'build batch',
        batch?.buildBatchStatus,
        batch?.currentPhase
      )
    },
    async readStatus(ref, abortSignal) {
      const out = await client.send(new BatchGetBuildBatchesCommand({ ids: [ref.id] }), {
        abortSignal
      })
      const batch = out.buildBatches?.find(b => b.id === ref.id)
      if (!batch) throw notFound('build batch', ref.id)
      return codeBuildSnapshot(batch.buildBatchStatus, batch.currentPhase)
    }
  }
  return kind
}
