// CodePipeline executions. StopPipelineExecution returns only the execution ID: success means the
// execution is now stopping (or, with abandon, about to be stopped), never that it has stopped.
import {
  CodePipelineClient,
  GetPipelineExecutionCommand,
  GetPipelineStateCommand,
  StopPipelineExecutionCommand,
  type StageState
} from '@aws-sdk/client-codepipeline'
import type { ClientConfig } from '../aws-client.js'
import { consoleUrl } from '../console-links.js'
import { awsErrorMessage, awsErrorName, describeAwsError } from '../errors.js'
import { debug, oneLine } from '../log.js'
import type { ReleaseKind, ReleaseRef } from '../release.js'

const TERMINAL = ['Stopped', 'Cancelled', 'Failed', 'Succeeded', 'Superseded']

export function createPipelineKind(config: ClientConfig): ReleaseKind {
  const client = new CodePipelineClient(config)

  /** The stages and actions of this execution still running: what a stop-and-wait waits for. */
  async function stillRunning(ref: ReleaseRef, abortSignal?: AbortSignal): Promise<string> {
    try {
      const state = await client.send(new GetPipelineStateCommand({ name: ref.pipelineName }), {
        abortSignal
      })
      return runningActions(state.stageStates ?? [], ref.id)
    } catch (error) {
      // Only a detail for the log: the execution's status is what the wait goes by.
      debug(`GetPipelineState failed: ${oneLine(awsErrorMessage(error))}`)
      if (abortSignal?.aborted) throw error
      return ''
    }
  }

  const kind: ReleaseKind = {
    kind: 'pipeline',
    stopPermission: 'codepipeline:StopPipelineExecution',
    readPermission: 'codepipeline:GetPipelineExecution',
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
        throw describeAwsError('stop', ref, config.region, kind.stopPermission, error)
      }
    },
    async readStatus(ref, abortSignal) {
      const out = await client.send(
        new GetPipelineExecutionCommand({
          pipelineName: ref.pipelineName,
          pipelineExecutionId: ref.id
        }),
        { abortSignal }
      )
      const status = oneLine(out.pipelineExecution?.status ?? 'Unknown')
      return {
        status,
        terminal: TERMINAL.includes(status),
        stopped: status === 'Stopped',
        detail: status === 'Stopping' ? await stillRunning(ref, abortSignal) : ''
      }
    }
  }
  return kind
}

/** "stage Deploy: action DeployProd InProgress" for this execution's running stages. */
export function runningActions(stages: StageState[], executionId: string): string {
  const running = stages.filter(
    s =>
      s.latestExecution?.pipelineExecutionId === executionId &&
      ['InProgress', 'Stopping'].includes(s.latestExecution.status ?? '')
  )
  return running
    .map(stage => {
      const actions = (stage.actionStates ?? [])
        .filter(a => a.latestExecution?.status === 'InProgress')
        .map(
          a => `action ${oneLine(a.actionName ?? '?')} ${oneLine(a.latestExecution?.status ?? '')}`
        )
      return `stage ${oneLine(stage.stageName ?? '?')}${actions.length ? `: ${actions.join(', ')}` : ''}`
    })
    .join('; ')
}
