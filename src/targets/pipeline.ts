// CodePipeline executions. StopPipelineExecution returns only the execution ID: success means the
// execution is now stopping (or, with abandon, about to be stopped), never that it has stopped.
import { CodePipelineClient, StopPipelineExecutionCommand } from '@aws-sdk/client-codepipeline'
import type { ClientConfig } from '../aws-client.js'
import { awsErrorMessage, awsErrorName } from '../aws-client.js'
import { consoleUrl } from '../console-links.js'
import { describeAwsError } from '../errors.js'
import { oneLine } from '../log.js'
import { kindLabel, type ReleaseKind } from '../release.js'

export function createPipelineKind(config: ClientConfig): ReleaseKind {
  const client = new CodePipelineClient(config)
  const kind: ReleaseKind = {
    kind: 'pipeline',
    label: kindLabel('pipeline'),
    stopPermission: 'codepipeline:StopPipelineExecution',
    async stop(ref, options) {
      const url = consoleUrl(ref, config.region)
      try {
        await client.send(
          new StopPipelineExecutionCommand({
            pipelineName: ref.pipelineName,
            pipelineExecutionId: ref.id,
            abandon: options.abandon,
            reason: options.reason
          })
        )
        return {
          ref,
          status: 'Pending',
          statusMessage: options.abandon
            ? 'CodePipeline accepted the stop: in-progress actions are abandoned.'
            : 'CodePipeline accepted the stop: it waits for in-progress actions to finish, which can take a while.',
          consoleUrl: url
        }
      } catch (error) {
        const name = awsErrorName(error)
        if (name === 'PipelineExecutionNotStoppableException') {
          return {
            ref,
            status: 'AlreadyCompleted',
            statusMessage: oneLine(
              awsErrorMessage(error) || 'The execution is no longer in progress.'
            ),
            consoleUrl: url
          }
        }
        if (name === 'DuplicatedStopRequestException') {
          // Someone (or an earlier attempt of this step) already asked: the stop is under way.
          return {
            ref,
            status: 'Pending',
            statusMessage: oneLine(
              `A stop is already under way: ${awsErrorMessage(error) || 'CodePipeline reported a duplicated stop request.'}`
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
