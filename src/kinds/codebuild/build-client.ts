// CodeBuild builds.
import {
  BatchGetBuildBatchesCommand,
  BatchGetBuildsCommand,
  CodeBuildClient,
  ListBuildsForProjectCommand,
  StopBuildCommand,
  type Build
} from '@aws-sdk/client-codebuild'
import type { ClientConfig } from '../../aws-client.js'
import { sdkConfig } from '../support/sdk-config.js'
import { describeAwsError, wrapAwsError } from '../../errors.js'
import { oneLine } from '../../log.js'
import type { FoundRelease } from '../../release.js'
import type { KindClient } from '../contract.js'
import { codeBuildBatch, codeBuildBuild, type ProjectQuery } from './index.js'
import { ago, notFound, readBackTo, readInChunks, readsOf } from '../support/batch.js'
import { singleRead, type Read } from '../../read-retry.js'
import {
  codeBuildCommitFields,
  codeBuildSnapshot,
  codeBuildStopResult,
  projectSubject,
  withOtherKindHint
} from './status.js'

/** BatchGetBuilds takes at most 100 IDs. */
const BATCH_LIMIT = 100
/**
 * A build can run for at most 36 hours (timeoutInMinutes 2160) after at most 8 hours queued
 * (queuedTimeoutInMinutes 480): one that started longer ago than that cannot still be running, so
 * the newest-first listing stops there instead of reading the project's whole history.
 */
export const BUILD_LOOKBACK_MS = (36 + 8) * 3_600_000

export function createBuildClient(
  config: ClientConfig
): KindClient<ProjectQuery, Record<string, never>> {
  const client = new CodeBuildClient(sdkConfig(config))

  async function batchGet(ids: string[], read: Read): Promise<Build[]> {
    return readInChunks(ids, BATCH_LIMIT, async chunk => {
      const out = await read('BatchGetBuilds', abortSignal =>
        client.send(new BatchGetBuildsCommand({ ids: chunk }), { abortSignal })
      )
      return out.builds ?? []
    })
  }

  const kind: KindClient<ProjectQuery, Record<string, never>> = {
    async stop(ref) {
      let build
      try {
        build = (await client.send(new StopBuildCommand({ id: ref.id }))).build
      } catch (error) {
        throw await withOtherKindHint(
          describeAwsError('stop', ref, config.region, codeBuildBuild.permissions.stop, error),
          ref.id,
          codeBuildBatch,
          async id =>
            ((await client.send(new BatchGetBuildBatchesCommand({ ids: [id] }))).buildBatches
              ?.length ?? 0) > 0
        )
      }
      return codeBuildStopResult(
        ref,
        codeBuildBuild.consoleUrl(ref, config.region),
        'build',
        build?.buildStatus,
        build?.currentPhase
      )
    },
    async readStatuses(refs, abortSignal) {
      const builds = await batchGet(
        refs.map(r => r.id),
        singleRead(abortSignal)
      )
      return readsOf(
        refs,
        builds,
        b => b.id,
        b => codeBuildSnapshot(b.buildStatus, b.currentPhase),
        id => notFound('CodeBuild', 'build', id)
      )
    },
    checkCredentials: async () => void (await client.config.credentials()),
    async find(query, { now, read }) {
      const project = query.project
      let permission = 'codebuild:ListBuildsForProject'
      try {
        const { items, summary } = await readBackTo({
          page: async nextToken => {
            permission = 'codebuild:ListBuildsForProject'
            // Newest first is the default order; asking for it explicitly is an error on
            // projects with more than 100 builds.
            const page = await read('ListBuildsForProject', abortSignal =>
              client.send(new ListBuildsForProjectCommand({ projectName: project, nextToken }), {
                abortSignal
              })
            )
            permission = codeBuildBuild.permissions.read
            return { items: await batchGet(page.ids ?? [], read), nextToken: page.nextToken }
          },
          startedAt: build => build.startTime?.getTime(),
          since: now - BUILD_LOOKBACK_MS,
          now,
          noun: 'build'
        })
        const found: FoundRelease[] = items
          .filter(build => build.id && build.buildStatus === 'IN_PROGRESS')
          .map(build => ({
            ref: { kind: codeBuildBuild.target, id: build.id ?? '' },
            status: 'IN_PROGRESS',
            ...(build.startTime ? { startedAt: build.startTime.getTime() } : {}),
            where: `project ${oneLine(build.projectName ?? project)}`,
            commitFields: codeBuildCommitFields(build)
          }))
        return {
          found,
          scope:
            `Project ${project}: ${summary}. Builds are read back to ${ago(BUILD_LOOKBACK_MS)} ago at most: ` +
            'CodeBuild ends a build after 36 h and a queued one after 8 h.'
        }
      } catch (error) {
        throw wrapAwsError(
          'find',
          projectSubject(codeBuildBuild, 'builds', project),
          config.region,
          permission,
          error
        )
      }
    }
  }
  return kind
}
