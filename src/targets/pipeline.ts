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
import type { ClientConfig } from '../aws-client.js'
import { adaptiveRetry } from './adaptive-retry.js'
import { consoleUrl } from '../console-links.js'
import { awsErrorMessage, awsErrorName, describeAwsError, wrapAwsError } from '../errors.js'
import { debug, oneLine } from '../log.js'
import type { FoundRelease, ReleaseKind, ReleaseRef, ReleaseSnapshot } from '../release.js'
import { ago, readBackTo } from './batch.js'

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

export function createPipelineKind(config: ClientConfig): ReleaseKind {
  const client = new CodePipelineClient({ ...config, ...adaptiveRetry() })

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

  async function readOne(ref: ReleaseRef, abortSignal?: AbortSignal): Promise<ReleaseSnapshot> {
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
    async readStatuses(refs, abortSignal) {
      // GetPipelineExecution reads one execution a call: one call per execution, in parallel.
      const reads = await Promise.all(
        refs.map(async (ref): Promise<[string, ReleaseSnapshot | Error]> => {
          try {
            return [ref.id, await readOne(ref, abortSignal)]
          } catch (error) {
            if (abortSignal?.aborted) throw error
            return [ref.id, error instanceof Error ? error : new Error(String(error))]
          }
        })
      )
      return new Map(reads)
    },
    async find(query, now) {
      const pipelineName = query.pipelineName ?? ''
      const wanted = query.includeStopping ? ['InProgress', 'Stopping'] : ['InProgress']
      try {
        const { items, summary } = await readBackTo({
          page: async nextToken => {
            const page = await client.send(
              new ListPipelineExecutionsCommand({ pipelineName, maxResults: 100, nextToken })
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
            ref: { kind: 'pipeline', id: e.pipelineExecutionId ?? '', pipelineName },
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
            inputs: 'the "pipeline-name" input'
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
