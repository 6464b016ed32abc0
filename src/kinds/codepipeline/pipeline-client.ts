// CodePipeline executions. StopPipelineExecution returns only the execution ID: success means the
// execution is now stopping (or, with abandon, about to be stopped), never that it has stopped.
import {
  CodePipelineClient,
  GetPipelineExecutionCommand,
  GetPipelineStateCommand,
  ListPipelineExecutionsCommand,
  StopPipelineExecutionCommand,
  type StageState
} from '@aws-sdk/client-codepipeline'
import type { ClientConfig } from '../../aws-client.js'
import { sdkConfig } from '../support/sdk-config.js'
import {
  AwsCallError,
  awsErrorMessage,
  awsErrorName,
  describeAwsError,
  wrapAwsError
} from '../../errors.js'
import { debug, oneLine } from '../../log.js'
import { mapLimit } from '../../read-retry.js'
import {
  describeRelease,
  type FoundRelease,
  type ReleaseRef,
  type ReleaseSnapshot,
  type StopResult
} from '../../release.js'
import type { KindClient } from '../contract.js'
import { codePipelineExecution, type PipelineOptions, type PipelineQuery } from './index.js'
import { ago, readBackTo } from '../support/batch.js'

const TERMINAL = ['Stopped', 'Cancelled', 'Failed', 'Succeeded', 'Superseded']
/**
 * Executions are listed newest first, and CodePipeline keeps a year of them: the find stops at
 * executions that started more than 8 days ago. The longest wait CodePipeline itself builds in is a
 * manual approval, which times out after 7 days; an older execution still running is left to a
 * stop by ID.
 */
export const PIPELINE_LOOKBACK_MS = 8 * 24 * 3_600_000
/** And at most this many pages of 100, whatever their age. */
export const PIPELINE_MAX_PAGES = 20
/** GetPipelineExecution calls in flight at once when many executions are read. */
const EXECUTION_READ_CONCURRENCY = 10

export function createPipelineClient(
  config: ClientConfig
): KindClient<PipelineQuery, PipelineOptions> {
  const client = new CodePipelineClient(sdkConfig(config))

  /** The stages and actions of this execution still running: what a stop-and-wait waits for. */
  async function stillRunning(ref: ReleaseRef, abortSignal?: AbortSignal): Promise<string> {
    try {
      const state = await client.send(new GetPipelineStateCommand({ name: ref.parent }), {
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

  async function readOne(ref: ReleaseRef, abortSignal?: AbortSignal): Promise<ReleaseSnapshot> {
    const out = await client.send(
      new GetPipelineExecutionCommand({
        pipelineName: ref.parent,
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

  /**
   * "Not stoppable" says the execution is not in progress, or that CodePipeline did not find it in
   * this pipeline: only a read tells which. Finished → AlreadyCompleted with its status; Stopping →
   * a stop is under way; not in the pipeline → the step fails naming both.
   */
  async function confirmNotStoppable(ref: ReleaseRef, refusal: unknown): Promise<StopResult> {
    const url = codePipelineExecution.consoleUrl(ref, config.region)
    const refused = oneLine(awsErrorMessage(refusal))
    let snapshot: ReleaseSnapshot
    try {
      snapshot = await readOne(ref)
    } catch (readError) {
      if (awsErrorName(readError) === 'PipelineExecutionNotFoundException') {
        const error = describeAwsError(
          'stop',
          ref,
          config.region,
          codePipelineExecution.permissions.stop,
          readError
        )
        throw new AwsCallError(
          `Could not stop ${describeRelease(ref)}: execution ${ref.id} is not in pipeline ${ref.parent ?? ''}. ` +
            'Check the "pipeline-name" input (the pipeline this execution belongs to), the "id" input and the region ' +
            `(${config.region}). CodePipeline said: ${refused}`,
          error.awsName,
          readError
        )
      }
      const { message, common } = describeAwsError(
        'read the status of',
        ref,
        config.region,
        codePipelineExecution.permissions.read,
        readError
      )
      // Named after the read's error: a throttled read makes the whole stop be tried again.
      throw new AwsCallError(
        `CodePipeline refused to stop ${describeRelease(ref)} as not stoppable (${refused}), and the read to see why failed: ${message}`,
        awsErrorName(readError) ?? 'Error',
        readError,
        common
      )
    }
    if (snapshot.terminal)
      return {
        ref,
        status: 'AlreadyCompleted',
        targetStatus: snapshot.status,
        statusMessage: `The execution had already ended ${snapshot.status}; nothing was stopped.`,
        consoleUrl: url
      }
    if (snapshot.status === 'Stopping')
      return {
        ref,
        status: 'Pending',
        targetStatus: snapshot.status,
        statusMessage: `A stop is already under way (Stopping); CodePipeline refused another: ${refused}`,
        consoleUrl: url
      }
    throw describeAwsError(
      'stop',
      ref,
      config.region,
      codePipelineExecution.permissions.stop,
      refusal
    )
  }

  const kind: KindClient<PipelineQuery, PipelineOptions> = {
    async stop(ref, options) {
      const url = codePipelineExecution.consoleUrl(ref, config.region)
      try {
        await client.send(
          new StopPipelineExecutionCommand({
            pipelineName: ref.parent,
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
        if (name === 'PipelineExecutionNotStoppableException')
          return confirmNotStoppable(ref, error)
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
        throw describeAwsError(
          'stop',
          ref,
          config.region,
          codePipelineExecution.permissions.stop,
          error
        )
      }
    },
    async readStatuses(refs, abortSignal) {
      // GetPipelineExecution reads one execution a call: one call per execution, a few at once.
      const reads = await mapLimit(
        refs,
        EXECUTION_READ_CONCURRENCY,
        async (ref): Promise<[string, ReleaseSnapshot | Error]> => {
          try {
            return [ref.id, await readOne(ref, abortSignal)]
          } catch (error) {
            if (abortSignal?.aborted) throw error
            return [ref.id, error instanceof Error ? error : new Error(String(error))]
          }
        }
      )
      return new Map(reads)
    },
    checkCredentials: async () => void (await client.config.credentials()),
    async find(query, { now, read }) {
      const pipelineName = query.pipelineName
      const wanted = query.includeStopping ? ['InProgress', 'Stopping'] : ['InProgress']
      try {
        const { items, summary } = await readBackTo({
          page: async nextToken => {
            const page = await read('ListPipelineExecutions', abortSignal =>
              client.send(
                new ListPipelineExecutionsCommand({ pipelineName, maxResults: 100, nextToken }),
                { abortSignal }
              )
            )
            return { items: page.pipelineExecutionSummaries ?? [], nextToken: page.nextToken }
          },
          startedAt: e => e.startTime?.getTime(),
          since: now - PIPELINE_LOOKBACK_MS,
          maxPages: PIPELINE_MAX_PAGES,
          now,
          noun: 'execution'
        })
        const found: FoundRelease[] = items
          .filter(e => e.pipelineExecutionId && wanted.includes(e.status ?? ''))
          .map(e => ({
            ref: {
              kind: codePipelineExecution.target,
              id: e.pipelineExecutionId ?? '',
              parent: pipelineName
            },
            status: oneLine(e.status ?? ''),
            ...(e.startTime ? { startedAt: e.startTime.getTime() } : {}),
            where: `pipeline ${pipelineName}`,
            commitFields: (e.sourceRevisions ?? [])
              .filter(r => r.revisionId)
              .map(r => ({
                label: `source revision of action ${oneLine(r.actionName ?? '?')}`,
                value: r.revisionId ?? ''
              }))
          }))
        return {
          found,
          scope:
            `Pipeline ${pipelineName}: ${summary}, looking for ${wanted.join(' or ')}. ` +
            `Executions are read back to ${ago(PIPELINE_LOOKBACK_MS)} ago and ${PIPELINE_MAX_PAGES * 100} executions at most.`
        }
      } catch (error) {
        throw wrapAwsError(
          'find',
          {
            what: `the running executions of pipeline ${pipelineName}`,
            label: 'pipeline',
            check: 'the "pipeline-name" input',
            inputs: 'the "pipeline-name" input',
            kind: codePipelineExecution
          },
          config.region,
          'codepipeline:ListPipelineExecutions',
          error
        )
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
