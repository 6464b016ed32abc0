// CodeDeploy deployments. StopDeployment answers for the stop request (Pending/Succeeded), not for
// the deployment, so its status is passed through verbatim and the deployment's own status comes
// only from a status read.
import {
  BatchGetDeploymentsCommand,
  CodeDeployClient,
  ListDeploymentGroupsCommand,
  ListDeploymentsCommand,
  StopDeploymentCommand,
  type DeploymentInfo,
  type DeploymentOverview
} from '@aws-sdk/client-codedeploy'
import type { ClientConfig } from '../../aws-client.js'
import { sdkConfig } from '../support/sdk-config.js'
import { awsErrorMessage, awsErrorName, describeAwsError, wrapAwsError } from '../../errors.js'
import { oneLine } from '../../log.js'
import type { CommitField, FoundRelease, ReleaseSnapshot } from '../../release.js'
import type { KindClient } from '../contract.js'
import { codeDeployDeployment, type DeploymentOptions, type DeploymentQuery } from './index.js'
import { allPages, notFound, readInChunks, readsOf } from '../support/batch.js'
import { mapLimit, singleRead, type Read } from '../../read-retry.js'

const TERMINAL = ['Succeeded', 'Failed', 'Stopped']
/** Still running: `Ready` is a blue/green deployment waiting for its traffic to be rerouted. */
export const RUNNING_DEPLOYMENT = ['Created', 'Queued', 'InProgress', 'Baking', 'Ready']
/** BatchGetDeployments takes at most 25 IDs (BatchLimitExceededException beyond). */
const BATCH_LIMIT = 25
/** ListDeployments calls in flight at once, one deployment group each. */
export const GROUP_CONCURRENCY = 4

export function createDeploymentClient(
  config: ClientConfig
): KindClient<DeploymentQuery, DeploymentOptions> {
  const client = new CodeDeployClient(sdkConfig(config))

  async function batchGet(ids: string[], read: Read): Promise<DeploymentInfo[]> {
    return readInChunks(ids, BATCH_LIMIT, async chunk => {
      const out = await read('BatchGetDeployments', abortSignal =>
        client.send(new BatchGetDeploymentsCommand({ deploymentIds: chunk }), { abortSignal })
      )
      return out.deploymentsInfo ?? []
    })
  }

  const kind: KindClient<DeploymentQuery, DeploymentOptions> = {
    async stop(ref, options) {
      const url = codeDeployDeployment.consoleUrl(ref, config.region)
      try {
        const out = await client.send(
          new StopDeploymentCommand({
            deploymentId: ref.id,
            // Absent means "as the deployment group is configured"; false would override it.
            ...(options.rollback === undefined ? {} : { autoRollbackEnabled: options.rollback })
          })
        )
        const status = out.status ?? 'Pending'
        return {
          ref,
          status,
          statusMessage: oneLine(
            out.statusMessage || `CodeDeploy answered the stop with ${status}.`
          ),
          consoleUrl: url
        }
      } catch (error) {
        if (awsErrorName(error) === 'DeploymentAlreadyCompletedException') {
          // The answer itself proves the deployment finished: no read is needed to say so.
          return {
            ref,
            status: 'AlreadyCompleted',
            statusMessage: oneLine(
              awsErrorMessage(error) || 'The deployment had already completed.'
            ),
            consoleUrl: url
          }
        }
        throw describeAwsError(
          'stop',
          ref,
          config.region,
          codeDeployDeployment.permissions.stop,
          error
        )
      }
    },
    async readStatuses(refs, abortSignal) {
      const infos = await batchGet(
        refs.map(r => r.id),
        singleRead(abortSignal)
      )
      return readsOf(
        refs,
        infos,
        info => info.deploymentId,
        snapshotOf,
        id => notFound('CodeDeploy', 'deployment', id)
      )
    },
    checkCredentials: async () => void (await client.config.credentials()),
    async find(query, { read }) {
      const application = query.application
      const where = codeDeployDeployment.describeQuery(query)
      const subject = {
        what: `the running deployments of ${where}`,
        label: 'CodeDeploy application',
        check: 'the "application" and "deployment-group" inputs',
        inputs: 'the "application" and "deployment-group" inputs',
        kind: codeDeployDeployment
      }
      let permission = codeDeployDeployment.permissions.find[0] ?? ''
      try {
        // ListDeployments takes an application only together with one of its groups.
        const groups = query.deploymentGroup
          ? [query.deploymentGroup]
          : await allPages(async nextToken => {
              const out = await read('ListDeploymentGroups', abortSignal =>
                client.send(
                  new ListDeploymentGroupsCommand({ applicationName: application, nextToken }),
                  { abortSignal }
                )
              )
              return { items: out.deploymentGroups, nextToken: out.nextToken }
            })
        permission = codeDeployDeployment.permissions.find[1] ?? ''
        // A few groups at once: an application with many groups must not throttle itself.
        const ids = (
          await mapLimit(groups, GROUP_CONCURRENCY, group =>
            allPages(async nextToken => {
              const out = await read('ListDeployments', abortSignal =>
                client.send(
                  new ListDeploymentsCommand({
                    applicationName: application,
                    deploymentGroupName: group,
                    includeOnlyStatuses: RUNNING_DEPLOYMENT as never,
                    nextToken
                  }),
                  { abortSignal }
                )
              )
              return { items: out.deployments, nextToken: out.nextToken }
            })
          )
        ).flat()
        permission = codeDeployDeployment.permissions.read
        // The list says only the IDs: the commit and the start come from the deployments.
        const infos = await batchGet([...new Set(ids)], read)
        const found: FoundRelease[] = infos
          .filter(info => info.deploymentId && RUNNING_DEPLOYMENT.includes(info.status ?? ''))
          .map(info => ({
            ref: { kind: codeDeployDeployment.target, id: info.deploymentId ?? '' },
            status: oneLine(info.status ?? ''),
            ...(info.createTime ? { startedAt: info.createTime.getTime() } : {}),
            where: `${oneLine(info.applicationName ?? application)}/${oneLine(info.deploymentGroupName ?? '')}`,
            commitFields: deploymentCommitFields(info)
          }))
        const groupWords = query.deploymentGroup
          ? `deployment group ${query.deploymentGroup}`
          : `${groups.length} deployment group${groups.length === 1 ? '' : 's'} of application ${application}`
        return {
          found,
          scope: `Listed the ${RUNNING_DEPLOYMENT.join(', ')} deployments of ${groupWords}: ${ids.length} listed.`
        }
      } catch (error) {
        throw wrapAwsError('find', subject, config.region, permission, error)
      }
    }
  }
  return kind
}

function snapshotOf(info: DeploymentInfo): ReleaseSnapshot {
  const status = oneLine(info.status ?? 'Unknown')
  return {
    status,
    terminal: TERMINAL.includes(status),
    stopped: status === 'Stopped',
    detail: instanceCounts(info.deploymentOverview),
    ...(info.rollbackInfo?.rollbackDeploymentId
      ? { followUpId: oneLine(info.rollbackInfo.rollbackDeploymentId) }
      : {}),
    ...(info.rollbackInfo?.rollbackMessage
      ? { followUpMessage: oneLine(info.rollbackInfo.rollbackMessage) }
      : {})
  }
}

/** Where a deployment may name its commit: a GitHub revision's commitId, an S3 key, the description. */
export function deploymentCommitFields(info: DeploymentInfo): CommitField[] {
  const fields: CommitField[] = []
  const revision = info.revision
  if (revision?.gitHubLocation?.commitId)
    fields.push({ label: 'GitHub commitId', value: revision.gitHubLocation.commitId })
  if (revision?.s3Location?.key) fields.push({ label: 'S3 key', value: revision.s3Location.key })
  if (info.description) fields.push({ label: 'description', value: info.description })
  return fields
}

/** "instances: 2 succeeded, 1 in progress" from deploymentOverview, leaving out zero counts. */
export function instanceCounts(overview: DeploymentOverview | undefined): string {
  if (!overview) return ''
  const parts = [
    [overview.Succeeded, 'succeeded'],
    [overview.InProgress, 'in progress'],
    [overview.Pending, 'pending'],
    [overview.Ready, 'ready'],
    [overview.Failed, 'failed'],
    [overview.Skipped, 'skipped']
  ]
    .filter(([n]) => Number(n) > 0)
    .map(([n, what]) => `${n} ${what}`)
  return parts.length > 0 ? `instances: ${parts.join(', ')}` : ''
}
