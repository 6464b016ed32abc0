// CodeDeploy deployments. StopDeployment answers for the stop request (Pending/Succeeded), not for
// the deployment, so its status is passed through verbatim and the deployment's own status comes
// only from GetDeployment.
import {
  CodeDeployClient,
  GetDeploymentCommand,
  StopDeploymentCommand,
  type DeploymentOverview
} from '@aws-sdk/client-codedeploy'
import type { ClientConfig } from '../aws-client.js'
import { consoleUrl } from '../console-links.js'
import { awsErrorMessage, awsErrorName, describeAwsError } from '../errors.js'
import { oneLine } from '../log.js'
import type { ReleaseKind } from '../release.js'

const TERMINAL = ['Succeeded', 'Failed', 'Stopped']

export function createDeploymentKind(config: ClientConfig): ReleaseKind {
  const client = new CodeDeployClient(config)
  const kind: ReleaseKind = {
    kind: 'deployment',
    stopPermission: 'codedeploy:StopDeployment',
    readPermission: 'codedeploy:GetDeployment',
    async stop(ref, options) {
      const url = consoleUrl(ref, config.region)
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
          return {
            ref,
            status: 'AlreadyCompleted',
            statusMessage: oneLine(
              awsErrorMessage(error) || 'The deployment had already completed.'
            ),
            consoleUrl: url
          }
        }
        throw describeAwsError('stop', ref, config.region, kind.stopPermission, error)
      }
    },
    async readStatus(ref, abortSignal) {
      const out = await client.send(new GetDeploymentCommand({ deploymentId: ref.id }), {
        abortSignal
      })
      const info = out.deploymentInfo
      const status = oneLine(info?.status ?? 'Unknown')
      return {
        status,
        terminal: TERMINAL.includes(status),
        stopped: status === 'Stopped',
        detail: instanceCounts(info?.deploymentOverview),
        ...(info?.rollbackInfo?.rollbackDeploymentId
          ? { rollbackDeploymentId: oneLine(info.rollbackInfo.rollbackDeploymentId) }
          : {}),
        ...(info?.rollbackInfo?.rollbackMessage
          ? { rollbackMessage: oneLine(info.rollbackInfo.rollbackMessage) }
          : {})
      }
    }
  }
  return kind
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
