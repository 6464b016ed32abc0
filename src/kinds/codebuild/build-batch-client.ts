// CodeBuild build batches: the same rules as builds, through StopBuildBatch.
import {
  BatchGetBuildsCommand,
  BatchGetBuildBatchesCommand,
  CodeBuildClient,
  ListBuildBatchesForProjectCommand,
  StopBuildBatchCommand,
  type BuildBatch
} from '@aws-sdk/client-codebuild'
import type { ClientConfig } from '../../aws-client.js'
import { sdkConfig } from '../support/sdk-config.js'
import { describeAwsError, wrapAwsError } from '../../errors.js'
import { oneLine } from '../../log.js'
import type { KindClient } from '../contract.js'
import { codeBuildBatch, codeBuildBuild, type ProjectQuery } from './index.js'
import { allPages, notFound, readInChunks, readsOf } from '../support/batch.js'
import { singleRead, type Read } from '../../read-retry.js'
import {
  codeBuildCommitFields,
  codeBuildSnapshot,
  codeBuildStopResult,
  projectSubject,
  withOtherKindHint
} from './status.js'

/** BatchGetBuildBatches takes at most 100 IDs. */
const BATCH_LIMIT = 100

export function createBuildBatchClient(
  config: ClientConfig
): KindClient<ProjectQuery, Record<string, never>> {
  const client = new CodeBuildClient(sdkConfig(config))

  async function batchGet(ids: string[], read: Read): Promise<BuildBatch[]> {
    return readInChunks(ids, BATCH_LIMIT, async chunk => {
      const out = await read('BatchGetBuildBatches', abortSignal =>
        client.send(new BatchGetBuildBatchesCommand({ ids: chunk }), { abortSignal })
      )
      return out.buildBatches ?? []
    })
  }

  const kind: KindClient<ProjectQuery, Record<string, never>> = {
    async stop(ref) {
      let batch
      try {
        batch = (await client.send(new StopBuildBatchCommand({ id: ref.id }))).buildBatch
      } catch (error) {
        throw await withOtherKindHint(
          describeAwsError('stop', ref, config.region, codeBuildBatch.permissions.stop, error),
          ref.id,
          codeBuildBuild,
          async id =>
            ((await client.send(new BatchGetBuildsCommand({ ids: [id] }))).builds?.length ?? 0) > 0
        )
      }
      return codeBuildStopResult(
        ref,
        codeBuildBatch.consoleUrl(ref, config.region),
        'build batch',
        batch?.buildBatchStatus,
        batch?.currentPhase
      )
    },
    async readStatuses(refs, abortSignal) {
      const batches = await batchGet(
        refs.map(r => r.id),
        singleRead(abortSignal)
      )
      return readsOf(
        refs,
        batches,
        b => b.id,
        b => codeBuildSnapshot(b.buildBatchStatus, b.currentPhase),
        id => notFound('CodeBuild', 'build batch', id)
      )
    },
    checkCredentials: async () => void (await client.config.credentials()),
    async find(query, { read }) {
      const project = query.project
      let permission = 'codebuild:ListBuildBatchesForProject'
      try {
        // Unlike builds, batches can be listed by status: only the running ones are read.
        const ids = await allPages(async nextToken => {
          const out = await read('ListBuildBatchesForProject', abortSignal =>
            client.send(
              new ListBuildBatchesForProjectCommand({
                projectName: project,
                filter: { status: 'IN_PROGRESS' },
                maxResults: 100,
                nextToken
              }),
              { abortSignal }
            )
          )
          return { items: out.ids, nextToken: out.nextToken }
        })
        permission = codeBuildBatch.permissions.read
        const batches = await batchGet(ids, read)
        return {
          found: batches
            .filter(b => b.id && b.buildBatchStatus === 'IN_PROGRESS')
            .map(b => ({
              ref: { kind: codeBuildBatch.target, id: b.id ?? '' },
              status: 'IN_PROGRESS',
              ...(b.startTime ? { startedAt: b.startTime.getTime() } : {}),
              where: `project ${oneLine(b.projectName ?? project)}`,
              commitFields: codeBuildCommitFields(b)
            })),
          scope: `Listed the IN_PROGRESS build batches of project ${project}: ${ids.length} listed.`
        }
      } catch (error) {
        throw wrapAwsError(
          'find',
          projectSubject(codeBuildBatch, 'build batches', project),
          config.region,
          permission,
          error
        )
      }
    }
  }
  return kind
}
