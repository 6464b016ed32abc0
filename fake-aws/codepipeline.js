// @ts-check
// CodePipeline (CodePipeline_20150709): pipeline executions, StopPipelineExecution and the reads
// that follow it.
import {
  ACCOUNT_ID,
  AwsError,
  UUID_PATTERN,
  count,
  decodeToken,
  epochSeconds,
  isObject,
  lowerUuid,
  oneOf,
  paginate,
  RecordStore,
  uniqueId,
  validate
} from './common.js'

export const EXECUTION_STATUSES = /** @type {const} */ ([
  'InProgress',
  'Stopping',
  'Stopped',
  'Cancelled',
  'Succeeded',
  'Superseded',
  'Failed'
])
const TERMINAL = ['Stopped', 'Cancelled', 'Succeeded', 'Superseded', 'Failed']
const NAME_PATTERN = '[A-Za-z0-9.@\\-_]+'

/** @type {import('./common.js').MemberRule} */
const PIPELINE_NAME = { type: 'string', required: true, min: 1, max: 100, pattern: NAME_PATTERN }
/** @type {import('./common.js').MemberRule} */
const EXECUTION_ID = { type: 'string', required: true, pattern: UUID_PATTERN }

/**
 * @typedef {object} PipelineExecutionOptions
 * @property {string} [pipelineName]
 * @property {string} [id]
 * @property {string} [status]
 * @property {number} [stopReads]
 * @property {string} [endsAs]
 * @property {string[]} [stages]
 * @property {string} [runningStage]
 * @property {{ actionName: string, revisionId?: string, revisionSummary?: string, revisionUrl?: string }[]} [sourceRevisions]
 * @property {number} [startTime] ms since the epoch (default: now)
 */

/**
 * @typedef {object} PipelineExecutionRecord
 * @property {'pipelineExecution'} kind
 * @property {number} seq creation order
 * @property {string} id
 * @property {string} pipelineName
 * @property {string} status
 * @property {string[]} stages
 * @property {string} runningStage
 * @property {number} stopReads
 * @property {string} endsAs
 * @property {{ actionName: string, revisionId?: string, revisionSummary?: string, revisionUrl?: string }[]} sourceRevisions
 * @property {number} startTime ms
 * @property {number} lastUpdateTime ms
 * @property {boolean} stopping a stop was accepted and has not settled yet
 * @property {string | null} target the status this execution settles to on a later read
 * @property {number} readsLeft status reads that still show Stopping before `target`
 * @property {number} reads status reads (GetPipelineExecution) so far
 * @property {number} stopCount accepted StopPipelineExecution calls
 * @property {Record<string, unknown>[]} stopRequests their raw bodies
 * @property {boolean} abandon whether any accepted stop abandoned
 * @property {string | undefined} reason the latest reason given
 */

/** @extends {RecordStore<PipelineExecutionRecord>} */
export class CodePipelineState extends RecordStore {
  constructor() {
    super()
    /** @type {Record<string, import('./common.js').Handler>} */
    this.operations = {
      StopPipelineExecution: body => this.stopPipelineExecution(body),
      GetPipelineExecution: body => this.getPipelineExecution(body),
      GetPipelineState: body => this.getPipelineState(body),
      ListPipelineExecutions: body => this.listPipelineExecutions(body)
    }
  }

  /**
   * @param {PipelineExecutionOptions} [opts]
   * @returns {string}
   */
  add(opts = {}) {
    if (!isObject(opts)) throw new TypeError('addPipelineExecution options must be an object')
    const pipelineName = opts.pipelineName ?? 'demo-pipeline'
    if (
      typeof pipelineName !== 'string' ||
      !new RegExp(`^${NAME_PATTERN}$`).test(pipelineName) ||
      pipelineName.length > 100
    )
      throw new TypeError(
        `pipelineName must be 1-100 of [A-Za-z0-9.@-_]; got ${JSON.stringify(pipelineName)}`
      )
    const id = opts.id ?? uniqueId(lowerUuid, this.records)
    if (typeof id !== 'string' || !new RegExp(`^${UUID_PATTERN}$`).test(id))
      throw new TypeError(
        `pipeline execution id must be a lower-case UUID; got ${JSON.stringify(id)}`
      )
    if (this.records.has(id)) throw new TypeError(`pipeline execution ${id} already exists`)
    const stages = opts.stages ?? ['Source', 'Build', 'Deploy']
    if (
      !Array.isArray(stages) ||
      stages.length === 0 ||
      !stages.every(s => typeof s === 'string' && s !== '')
    )
      throw new TypeError('stages must be a non-empty array of stage names')
    const runningStage = opts.runningStage ?? (stages.includes('Build') ? 'Build' : stages[0])
    if (typeof runningStage !== 'string' || !stages.includes(runningStage))
      throw new TypeError(`runningStage must be one of the stages (${stages.join(', ')})`)
    const status = oneOf('status', opts.status ?? 'InProgress', EXECUTION_STATUSES)
    const sourceRevisions = opts.sourceRevisions ?? []
    if (
      !Array.isArray(sourceRevisions) ||
      !sourceRevisions.every(r => isObject(r) && typeof r.actionName === 'string')
    )
      throw new TypeError('sourceRevisions must be an array of { actionName, revisionId, ... }')
    const now = opts.startTime ?? Date.now()
    if (typeof now !== 'number' || !Number.isFinite(now))
      throw new TypeError(`startTime must be ms since the epoch; got ${JSON.stringify(now)}`)
    /** @type {PipelineExecutionRecord} */
    const rec = {
      kind: 'pipelineExecution',
      seq: ++this.seq,
      id,
      pipelineName,
      status,
      stages: [...stages],
      runningStage,
      stopReads: count('stopReads', opts.stopReads ?? 1),
      endsAs: oneOf('endsAs', opts.endsAs ?? 'Stopped', TERMINAL),
      sourceRevisions: sourceRevisions.map(r => ({ ...r })),
      startTime: now,
      lastUpdateTime: now,
      stopping: false,
      target: null,
      readsLeft: 0,
      reads: 0,
      stopCount: 0,
      stopRequests: [],
      abandon: false,
      reason: undefined
    }
    if (status === 'Stopping') {
      // Already being stopped by someone else: settles by the same read rule.
      rec.stopping = true
      rec.target = rec.endsAs
      rec.readsLeft = rec.stopReads
    }
    this.records.set(id, rec)
    return id
  }

  /** @param {Record<string, unknown>} body */
  stopPipelineExecution(body) {
    validate(
      body,
      {
        pipelineName: PIPELINE_NAME,
        pipelineExecutionId: EXECUTION_ID,
        abandon: { type: 'boolean' },
        reason: { type: 'string', max: 200 }
      },
      validationError
    )
    const name = /** @type {string} */ (body.pipelineName)
    const id = /** @type {string} */ (body.pipelineExecutionId)
    this.requirePipeline(name)
    const rec = this.records.get(id)
    if (!rec || rec.pipelineName !== name)
      // StopPipelineExecution does not list PipelineExecutionNotFoundException (only Validation,
      // Conflict, PipelineNotFound, PipelineExecutionNotStoppable, DuplicatedStopRequest); an
      // execution that cannot be found cannot be stopped, so NotStoppable is the closest listed.
      throw new AwsError(
        'PipelineExecutionNotStoppableException',
        `Unable to stop pipeline execution ${id}: it was not found in pipeline ${name}`
      )
    const abandon = body.abandon === true
    const reason = /** @type {string | undefined} */ (body.reason)
    if (TERMINAL.includes(rec.status))
      throw new AwsError(
        'PipelineExecutionNotStoppableException',
        `Unable to stop pipeline execution ${id}: it is ${rec.status}, not in progress`
      )
    if (rec.status === 'Stopping') {
      // Stop-and-wait may be escalated to abandon once; everything else repeats a stop.
      if (!abandon || rec.abandon)
        throw new AwsError(
          'DuplicatedStopRequestException',
          `Pipeline execution ${id} is already being stopped${rec.abandon ? ' and abandoned' : ''}`
        )
      rec.readsLeft = 0
    } else {
      rec.status = 'Stopping'
      rec.stopping = true
      rec.target = rec.endsAs
      rec.readsLeft = abandon ? 0 : rec.stopReads
    }
    rec.abandon = rec.abandon || abandon
    if (reason !== undefined) rec.reason = reason
    rec.stopCount++
    rec.stopRequests.push(body)
    rec.lastUpdateTime = Date.now()
    return { pipelineExecutionId: id }
  }

  /** @param {Record<string, unknown>} body */
  getPipelineExecution(body) {
    validate(
      body,
      { pipelineName: PIPELINE_NAME, pipelineExecutionId: EXECUTION_ID },
      validationError
    )
    const name = /** @type {string} */ (body.pipelineName)
    const id = /** @type {string} */ (body.pipelineExecutionId)
    this.requirePipeline(name)
    const rec = this.records.get(id)
    if (!rec || rec.pipelineName !== name)
      throw new AwsError(
        'PipelineExecutionNotFoundException',
        `Pipeline Execution with id '${id}' does not exist in pipeline with name '${name}'`
      )
    this.read(rec)
    return {
      pipelineExecution: {
        pipelineName: rec.pipelineName,
        pipelineVersion: 1,
        pipelineExecutionId: rec.id,
        status: rec.status,
        ...statusSummary(rec),
        artifactRevisions: artifactRevisions(rec),
        trigger: { triggerType: 'StartPipelineExecution' },
        executionMode: 'SUPERSEDED'
      }
    }
  }

  /** @param {Record<string, unknown>} body */
  getPipelineState(body) {
    validate(body, { name: PIPELINE_NAME }, validationError)
    const name = /** @type {string} */ (body.name)
    const mine = this.requirePipeline(name)
    const newest = mine.reduce((a, b) => (b.seq > a.seq ? b : a))
    return {
      pipelineName: name,
      pipelineVersion: 1,
      stageStates: newest.stages.map((stageName, i) => {
        const state = stageState(newest, i)
        if (!state)
          return {
            stageName,
            inboundTransitionState: { enabled: true },
            actionStates: [{ actionName: stageName }]
          }
        return {
          stageName,
          inboundTransitionState: { enabled: true },
          actionStates: [
            {
              actionName: stageName,
              latestExecution: {
                actionExecutionId: actionExecutionId(newest.id, i),
                status: state.action,
                lastStatusChange: epochSeconds(state.changed)
              }
            }
          ],
          latestExecution: { pipelineExecutionId: newest.id, status: state.stage }
        }
      }),
      created: epochSeconds(Math.min(...mine.map(e => e.startTime))),
      updated: epochSeconds(Math.min(...mine.map(e => e.startTime)))
    }
  }

  /** @param {Record<string, unknown>} body */
  listPipelineExecutions(body) {
    validate(
      body,
      {
        pipelineName: PIPELINE_NAME,
        maxResults: { type: 'integer', min: 1, max: 100 },
        filter: {
          type: 'structure',
          members: {
            succeededInStage: {
              type: 'structure',
              members: { stageName: { type: 'string', min: 1, max: 100, pattern: NAME_PATTERN } }
            }
          }
        },
        nextToken: { type: 'string', min: 1, max: 2048 }
      },
      validationError
    )
    const name = /** @type {string} */ (body.pipelineName)
    const mine = this.requirePipeline(name)
    const filter = /** @type {{ succeededInStage?: { stageName?: string } } | undefined} */ (
      body.filter
    )
    const stage = filter?.succeededInStage?.stageName
    const scope = JSON.stringify([name, stage ?? null])
    const offset = decodeToken(body.nextToken, scope)
    if (offset === null)
      throw new AwsError(
        'InvalidNextTokenException',
        'The next token was specified in an invalid format.'
      )
    const matching = mine
      .filter(e => {
        if (stage === undefined) return true
        const i = e.stages.indexOf(stage)
        return i >= 0 && stageState(e, i)?.stage === 'Succeeded'
      })
      .sort((a, b) => b.seq - a.seq)
    const size = /** @type {number | undefined} */ (body.maxResults) ?? 100
    const { page, nextToken } = paginate(matching, offset, size, scope)
    return {
      pipelineExecutionSummaries: page.map(e => ({
        pipelineExecutionId: e.id,
        status: e.status,
        ...statusSummary(e),
        startTime: epochSeconds(e.startTime),
        lastUpdateTime: epochSeconds(e.lastUpdateTime),
        sourceRevisions: e.sourceRevisions,
        trigger: { triggerType: 'StartPipelineExecution' },
        ...(e.stopCount > 0
          ? { stopTrigger: e.reason === undefined ? {} : { reason: e.reason } }
          : {}),
        executionMode: 'SUPERSEDED'
      })),
      ...(nextToken ? { nextToken } : {})
    }
  }

  /**
   * The fake has no pipeline definitions: a pipeline exists once an execution names it.
   * @param {string} name
   */
  requirePipeline(name) {
    const mine = [...this.records.values()].filter(e => e.pipelineName === name)
    if (mine.length === 0)
      throw new AwsError(
        'PipelineNotFoundException',
        `Account '${ACCOUNT_ID}' does not have a pipeline with name '${name}'`
      )
    return mine
  }

  /** @param {PipelineExecutionRecord} rec */
  read(rec) {
    rec.reads++
    if (rec.target === null) return
    if (rec.readsLeft > 0) {
      rec.readsLeft--
      return
    }
    rec.status = rec.target
    rec.target = null
    rec.stopping = false
    rec.lastUpdateTime = Date.now()
  }
}

/**
 * GetPipelineExecution shows the source revisions as artifact revisions (name = the action's
 * output artifact, which the fake names after the action).
 * @param {PipelineExecutionRecord} rec
 */
function artifactRevisions(rec) {
  return rec.sourceRevisions.map(r => ({
    name: r.actionName,
    ...(r.revisionId !== undefined ? { revisionId: r.revisionId } : {}),
    ...(r.revisionSummary !== undefined ? { revisionSummary: r.revisionSummary } : {}),
    ...(r.revisionUrl !== undefined ? { revisionUrl: r.revisionUrl } : {})
  }))
}

/**
 * The stop reason is what a person would want to see next to a stopped execution.
 * @param {PipelineExecutionRecord} rec
 */
function statusSummary(rec) {
  if ((rec.status === 'Stopped' || rec.status === 'Stopping') && rec.reason !== undefined)
    return { statusSummary: rec.reason }
  if (rec.status === 'Failed')
    return { statusSummary: `Execution failed in stage ${rec.runningStage}` }
  return {}
}

/**
 * Stage i as GetPipelineState shows it: earlier stages succeeded, the running stage mirrors the
 * execution, later stages have not run (no latestExecution).
 * @param {PipelineExecutionRecord} rec
 * @param {number} i
 * @returns {{ stage: string, action: string, changed: number } | null}
 */
function stageState(rec, i) {
  const running = rec.stages.indexOf(rec.runningStage)
  if (rec.status === 'Succeeded')
    return { stage: 'Succeeded', action: 'Succeeded', changed: rec.lastUpdateTime }
  if (i < running) return { stage: 'Succeeded', action: 'Succeeded', changed: rec.startTime }
  if (i > running) return null
  const changed = rec.lastUpdateTime
  switch (rec.status) {
    case 'InProgress':
      return { stage: 'InProgress', action: 'InProgress', changed }
    case 'Stopping':
      return { stage: 'Stopping', action: 'InProgress', changed }
    case 'Stopped':
      // Stop-and-wait lets the running action finish; abandon leaves it behind.
      return { stage: 'Stopped', action: rec.abandon ? 'Abandoned' : 'Succeeded', changed }
    case 'Failed':
      return { stage: 'Failed', action: 'Failed', changed }
    default:
      return { stage: 'Cancelled', action: 'Abandoned', changed }
  }
}

/**
 * Stable per execution and stage, so repeated reads agree.
 * @param {string} executionId
 * @param {number} stage
 */
function actionExecutionId(executionId, stage) {
  return `${executionId.slice(0, 24)}${(stage + 1).toString(16).padStart(12, '0')}`
}

/** @param {string} message */
function validationError(message) {
  return new AwsError('ValidationException', message)
}
