// ECS service deployments. StopServiceDeployment answers only with the ARN; the deployment's own
// status comes from DescribeServiceDeployments. A ROLLBACK stop ends ROLLBACK_SUCCESSFUL (or
// ROLLBACK_FAILED, which leaves the service between revisions), an ABORT stop ends STOPPED.
import {
  DescribeServiceDeploymentsCommand,
  ECSClient,
  ListServiceDeploymentsCommand,
  StopServiceDeploymentCommand,
  type ServiceDeployment,
  type ServiceDeploymentBrief
} from '@aws-sdk/client-ecs'
import type { ClientConfig } from '../../aws-client.js'
import { awsErrorMessage, awsErrorName, describeAwsError, wrapAwsError } from '../../errors.js'
import { debug, oneLine } from '../../log.js'
import type { FoundRelease, ReleaseRef, ReleaseSnapshot, StopResult } from '../../release.js'
import type { KindClient } from '../contract.js'
import {
  ecsDeploymentParts,
  ecsServiceDeployment,
  type EcsOptions,
  type ServiceQuery
} from './index.js'
import { sdkConfig } from '../support/sdk-config.js'
import { singleRead, type Read } from '../../read-retry.js'
import { allPages, notFound, readInChunks, readsOf } from '../support/batch.js'

export const TERMINAL = ['SUCCESSFUL', 'STOPPED', 'ROLLBACK_SUCCESSFUL', 'ROLLBACK_FAILED']
/** What a find stops: the deployments still rolling out. */
export const RUNNING_SERVICE_DEPLOYMENT = ['PENDING', 'IN_PROGRESS']
/** A stop (or a rollback) is under way. */
const STOPPING = ['STOP_REQUESTED', 'ROLLBACK_REQUESTED', 'ROLLBACK_IN_PROGRESS']
/** "You can specify a maximum of 20 ARNs" (DescribeServiceDeployments). */
const DESCRIBE_LIMIT = 20
/** ListServiceDeployments: 1-100 a page (default 20). */
const PAGE_SIZE = 100

export function createEcsDeploymentClient(
  config: ClientConfig
): KindClient<ServiceQuery, EcsOptions> {
  const client = new ECSClient(sdkConfig(config))

  async function describe(arns: string[], read: Read): Promise<ServiceDeployment[]> {
    return readInChunks(arns, DESCRIBE_LIMIT, async chunk => {
      const out = await read('DescribeServiceDeployments', abortSignal =>
        client.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: chunk }), {
          abortSignal
        })
      )
      for (const f of out.failures ?? [])
        debug(`DescribeServiceDeployments failure: ${f.arn}: ${f.reason} ${f.detail ?? ''}`)
      return out.serviceDeployments ?? []
    })
  }

  /**
   * ECS's answer to stopping a deployment that is no longer running is not documented (the model
   * lists ConflictException, InvalidParameterException, ClientException, ...). Whatever it says,
   * when the deployment turns out to be finished it is AlreadyCompleted, and when it is already
   * being stopped the stop is under way; any other state keeps the original error.
   */
  async function afterRefusal(ref: ReleaseRef, error: unknown): Promise<StopResult | undefined> {
    const name = awsErrorName(error)
    if (!['ConflictException', 'InvalidParameterException', 'ClientException'].includes(name ?? ''))
      return undefined
    let deployment: ServiceDeployment | undefined
    try {
      ;[deployment] = await describe([ref.id], singleRead())
    } catch (readError) {
      debug(`Status read after the refused stop failed: ${oneLine(awsErrorMessage(readError))}`)
      return undefined
    }
    if (!deployment?.status) return undefined
    const snap = snapshotOf(deployment)
    const refusal = oneLine(`${name}: ${awsErrorMessage(error)}`)
    const url = ecsServiceDeployment.consoleUrl(ref, config.region)
    if (snap.terminal)
      return {
        ref,
        status: 'AlreadyCompleted',
        targetStatus: snap.status,
        statusMessage: `The service deployment had already ended ${snap.status}; ECS refused the stop (${refusal}).`,
        consoleUrl: url
      }
    if (STOPPING.includes(snap.status))
      return {
        ref,
        status: 'Pending',
        targetStatus: snap.status,
        statusMessage: `A stop is already under way (${snap.status}); ECS refused another (${refusal}).`,
        consoleUrl: url
      }
    return undefined
  }

  const kind: KindClient<ServiceQuery, EcsOptions> = {
    async stop(ref, options) {
      // ROLLBACK unless asked otherwise: it returns the service to the revision that ran before,
      // even where the service was not configured to roll back. ABORT leaves it where it is.
      const stopType = options.rollback === false ? 'ABORT' : 'ROLLBACK'
      try {
        await client.send(
          new StopServiceDeploymentCommand({ serviceDeploymentArn: ref.id, stopType })
        )
        return {
          ref,
          status: 'Pending',
          statusMessage:
            stopType === 'ROLLBACK'
              ? 'ECS accepted the stop (ROLLBACK): it rolls the service back to its previous revision.'
              : 'ECS accepted the stop (ABORT): the service stays on the tasks it has; nothing is rolled back.',
          consoleUrl: ecsServiceDeployment.consoleUrl(ref, config.region)
        }
      } catch (error) {
        const settled = await afterRefusal(ref, error)
        if (settled) return settled
        throw describeAwsError(
          'stop',
          ref,
          config.region,
          ecsServiceDeployment.permissions.stop,
          error
        )
      }
    },
    async readStatuses(refs, abortSignal) {
      const deployments = await describe(
        refs.map(r => r.id),
        singleRead(abortSignal)
      )
      return readsOf(
        refs,
        deployments,
        d => d.serviceDeploymentArn,
        snapshotOf,
        id => notFound('ECS', 'service deployment', id)
      )
    },
    checkCredentials: async () => void (await client.config.credentials()),
    async find(query, { read }) {
      const service = query.service
      const cluster = query.cluster
      const where = ecsServiceDeployment.describeQuery(query)
      try {
        const briefs = await allPages<ServiceDeploymentBrief>(async nextToken => {
          const out = await read('ListServiceDeployments', abortSignal =>
            client.send(
              new ListServiceDeploymentsCommand({
                service,
                ...(cluster ? { cluster } : {}),
                status: RUNNING_SERVICE_DEPLOYMENT as never,
                maxResults: PAGE_SIZE,
                nextToken
              }),
              { abortSignal }
            )
          )
          return { items: out.serviceDeployments, nextToken: out.nextToken }
        })
        const found: FoundRelease[] = briefs
          .filter(
            b => b.serviceDeploymentArn && RUNNING_SERVICE_DEPLOYMENT.includes(b.status ?? '')
          )
          .map(b => {
            const parts = ecsDeploymentParts(b.serviceDeploymentArn ?? '')
            const started = b.startedAt ?? b.createdAt
            return {
              ref: { kind: ecsServiceDeployment.target, id: b.serviceDeploymentArn ?? '' },
              status: oneLine(b.status ?? ''),
              ...(started ? { startedAt: started.getTime() } : {}),
              where: oneLine(`${parts.cluster}/${parts.service}`),
              // A service deployment records no commit.
              commitFields: []
            }
          })
        return {
          found,
          scope: `Listed the ${RUNNING_SERVICE_DEPLOYMENT.join(', ')} deployments of ${where}: ${briefs.length} listed.`
        }
      } catch (error) {
        throw wrapAwsError(
          'find',
          {
            what: `the running deployments of ${where}`,
            label: 'ECS service',
            check: 'the "service" and "cluster" inputs',
            inputs: 'the "service" and "cluster" inputs',
            kind: ecsServiceDeployment
          },
          config.region,
          'ecs:ListServiceDeployments',
          error
        )
      }
    }
  }
  return kind
}

export function snapshotOf(d: ServiceDeployment): ReleaseSnapshot {
  const status = oneLine(d.status ?? 'Unknown')
  const target = d.targetServiceRevision
  const detail = [
    target
      ? `new revision: ${target.runningTaskCount ?? 0} running, ${target.pendingTaskCount ?? 0} pending of ${target.requestedTaskCount ?? 0}`
      : '',
    d.statusReason ? oneLine(d.statusReason, 200) : ''
  ]
    .filter(Boolean)
    .join('; ')
  return {
    status,
    terminal: TERMINAL.includes(status),
    stopped: status === 'STOPPED' || status === 'ROLLBACK_SUCCESSFUL',
    detail,
    ...(status === 'ROLLBACK_FAILED'
      ? {
          failure:
            'ECS could not roll the service back: it may be left between revisions, with tasks of both. ' +
            "Check the service's Deployments and Events tabs in the ECS console, then roll it forward or back by hand."
        }
      : {})
  }
}
