// CodePipeline executions: what the action knows of them without AWS. An execution ID belongs to
// one pipeline: `pipeline-name` is its parent, required with `id` as without. The client
// (pipeline-client.ts) is loaded only for `target: pipeline`.
import { currentRun, defaultReason } from '../../run-context.js'
import { oneLine } from '../../log.js'
import type { KindDeclaration } from '../contract.js'
import { codesuite } from '../support/console.js'
import { arnIdHint, UUID } from '../support/ids.js'

export interface PipelineQuery {
  pipelineName: string
  /** Also executions already Stopping: a stop-and-wait escalated to abandon. */
  includeStopping: boolean
}

export interface PipelineOptions {
  abandon: boolean
  /** What CodePipeline records with the stop; by default, the workflow run that stopped it. */
  reason: string
}

/** CodePipeline's limit on a stop's reason. */
export const REASON_MAX = 200
const PIPELINE_NAME = /^[A-Za-z0-9.@_-]{1,100}$/

export const codePipelineExecution: KindDeclaration<PipelineQuery, PipelineOptions> = {
  target: 'pipeline',
  label: 'CodePipeline execution',
  plural: 'CodePipeline executions',
  id: {
    pattern: new RegExp(`^${UUID}$`),
    accepts:
      'a pipeline execution ID: a lower-case UUID, like 3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1',
    hint: arnIdHint
  },
  idInputs: 'the "id" and "pipeline-name" inputs',
  inputs: [
    { name: 'pipeline-name', role: 'find' },
    { name: 'abandon', role: 'option', default: 'false' },
    { name: 'reason', role: 'option' }
  ],
  readInputs(ctx) {
    const pipelineName = ctx.read('pipeline-name')
    if (pipelineName === '')
      ctx.problem(
        'Input "pipeline-name" is required with target: pipeline (1-100 characters of A-Z a-z 0-9 . @ _ -): ' +
          'with "id", the pipeline of those executions; without, the pipeline whose running executions to stop.'
      )
    else if (!PIPELINE_NAME.test(pipelineName))
      ctx.problem(
        `Input "pipeline-name" must be 1-100 characters of A-Z a-z 0-9 . @ _ -; got ${ctx.quote(pipelineName)}.`
      )
    const abandon = ctx.bool('abandon', false) ?? false
    const reason = ctx.read('reason')
    if ([...reason].length > REASON_MAX)
      ctx.problem(
        `Input "reason" accepts at most ${REASON_MAX} characters; got ${[...reason].length}.`
      )
    return {
      // With IDs, pipeline-name is their pipeline; alone, the pipeline to find executions in.
      ...(ctx.ids.length === 0 && pipelineName !== ''
        ? { find: { pipelineName, includeStopping: abandon } }
        : {}),
      options: { abandon, reason: reason || defaultReason(currentRun(ctx.env), REASON_MAX) },
      parent: pipelineName
    }
  },
  findAlternative: 'give "pipeline-name" alone to stop its running executions',
  commit: { applies: true },
  describeQuery: q => `pipeline ${q.pipelineName}`,
  narrow: 'add "commit"',
  parent: { label: 'pipeline', outputKey: 'pipelineName' },
  consoleUrl: (ref, region) =>
    codesuite(
      region,
      `codepipeline/pipelines/${encodeURIComponent(ref.parent ?? '')}/executions/${encodeURIComponent(ref.id)}/timeline`
    ),
  permissions: {
    stop: 'codepipeline:StopPipelineExecution',
    read: 'codepipeline:GetPipelineExecution',
    // GetPipelineState is read while an execution is Stopping, for the stage still running.
    find: ['codepipeline:ListPipelineExecutions', 'codepipeline:GetPipelineState']
  },
  notFoundErrors: ['PipelineNotFoundException', 'PipelineExecutionNotFoundException'],
  errorHints: {
    PipelineNotFoundException: region =>
      `CodePipeline has no pipeline of that name in ${region} in this account: check the "pipeline-name" input (the pipeline the execution runs in), the region and the credentials' account.`,
    PipelineExecutionNotFoundException:
      'Check the "id" input, and that the execution is one of the pipeline "pipeline-name" names.',
    ConflictException:
      'CodePipeline is busy with another change to this pipeline: run the step again in a moment.'
  },
  optionLines: o => [`Abandon: ${o.abandon}. Reason: ${oneLine(o.reason)}`],
  optionWords: o => [`abandon: ${o.abandon}`],
  load: async config => (await import('./pipeline-client.js')).createPipelineClient(config)
}
