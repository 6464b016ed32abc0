// CodeDeploy deployments. StopDeployment answers for the stop request (Pending/Succeeded), not for
// the deployment, so its status is passed through verbatim and the deployment's own status is
// unknown until it is read.
import { CodeDeployClient, StopDeploymentCommand } from '@aws-sdk/client-codedeploy'
import type { ClientConfig } from '../aws-client.js'
import { awsErrorMessage, awsErrorName } from '../aws-client.js'
import { consoleUrl } from '../console-links.js'
import { describeAwsError } from '../errors.js'
import { oneLine } from '../log.js'
import { kindLabel, type ReleaseKind } from '../release.js'

export function createDeploymentKind(config: ClientConfig): ReleaseKind {
  const client = new CodeDeployClient(config)
  const kind: ReleaseKind = {
    kind: 'deployment',
    label: kindLabel('deployment'),
    stopPermission: 'codedeploy:StopDeployment',
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
        throw describeAwsError('stop', kind, ref, config.region, error)
      }
    }
  }
  return kind
}
