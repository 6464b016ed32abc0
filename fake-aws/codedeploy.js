// @ts-check
// CodeDeploy (CodeDeploy_20141006): deployments, StopDeployment and the reads that follow it.
import {
  AwsError,
  bool,
  count,
  decodeToken,
  epochSeconds,
  isObject,
  nonEmpty,
  oneOf,
  paginate,
  RecordStore,
  uniqueId,
  upperAlnum,
  validate
} from './common.js'

export const DEPLOYMENT_STATUSES = /** @type {const} */ ([
  'Created',
  'Queued',
  'InProgress',
  'Baking',
  'Ready',
  'Succeeded',
  'Failed',
  'Stopped'
])
const TERMINAL = ['Succeeded', 'Failed', 'Stopped']
const ID_PATTERN = /^d-[A-Z0-9]{9}$/

// AWS's own sample response for StopDeployment; clients may show it verbatim.
export const STOP_PENDING_MESSAGE =
  'Stopping Pending. Stopping to schedule commands in the deployment instances'
const STOP_SUCCEEDED_MESSAGE = 'Stopping Succeeded. The deployment was stopped'
const FAILED_MESSAGE =
  'The overall deployment failed because too many individual instances failed deployment, too few healthy instances are available for deployment, or some instances in your deployment group are experiencing problems.'

/**
 * @typedef {object} RollbackOptions
 * @property {'Succeeded' | 'Failed' | 'Stopped'} [status] what the rollback deployment ends as
 * @property {number} [reads] status reads of the rollback deployment before it ends
 * @property {number} [delayReads] reads of the stopped deployment before the rollback appears
 */

/**
 * @typedef {object} DeploymentOptions
 * @property {string} [id]
 * @property {string} [status]
 * @property {string} [applicationName]
 * @property {string} [deploymentGroupName]
 * @property {number} [instances]
 * @property {boolean} [autoRollbackOnStop] the deployment group's own setting
 * @property {'Pending' | 'Succeeded'} [stopResponseStatus]
 * @property {number} [stopReads]
 * @property {string} [endsAs]
 * @property {RollbackOptions} [rollback]
 * @property {Record<string, any>} [revision] the RevisionLocation as CreateDeployment took it, e.g.
 *   `{ revisionType: 'GitHub', gitHubLocation: { repository, commitId } }` or `{ revisionType: 'S3',
 *   s3Location: { bucket, key, bundleType } }`; the revisionType may be left out
 * @property {string} [description]
 * @property {number} [createTime] ms since the epoch (default: now): when it was created
 */

/**
 * @typedef {object} DeploymentRecord
 * @property {'deployment'} kind
 * @property {number} seq creation order
 * @property {string} id
 * @property {string} applicationName
 * @property {string} deploymentGroupName
 * @property {number} instances
 * @property {string} status
 * @property {string} creator
 * @property {Record<string, any> | null} revision
 * @property {string | null} description
 * @property {number} createTime ms
 * @property {number} startTime ms
 * @property {number | null} completeTime ms
 * @property {boolean} autoRollbackOnStop
 * @property {'Pending' | 'Succeeded'} stopResponseStatus
 * @property {number} stopReads
 * @property {string} endsAs
 * @property {{ status: string, reads: number, delayReads: number }} rollback
 * @property {boolean} stopping a stop was accepted and has not settled yet
 * @property {string | null} target the status this deployment settles to on a later read
 * @property {number} readsLeft status reads that still show the current state before `target`
 * @property {number} reads status reads so far
 * @property {number} stopCount accepted StopDeployment calls
 * @property {Record<string, unknown>[]} stopRequests their raw bodies
 * @property {boolean | undefined} autoRollbackEnabled as the first accepted stop sent it (absent = not sent)
 * @property {boolean} rollsBack whether that stop rolls back (request value, else the group's setting)
 * @property {number} rollbackReadsLeft
 * @property {{ rollbackDeploymentId?: string, rollbackTriggeringDeploymentId?: string, rollbackMessage?: string } | null} rollbackInfo
 */

/** @extends {RecordStore<DeploymentRecord>} */
export class CodeDeployState extends RecordStore {
  constructor() {
    super()
    /** @type {Record<string, import('./common.js').Handler>} */
    this.operations = {
      StopDeployment: body => this.stopDeployment(body),
      GetDeployment: body => this.getDeployment(body),
      BatchGetDeployments: body => this.batchGetDeployments(body),
      ListDeployments: body => this.listDeployments(body),
      ListDeploymentGroups: body => this.listDeploymentGroups(body)
    }
  }

  /**
   * @param {DeploymentOptions} [opts]
   * @returns {string}
   */
  add(opts = {}) {
    if (!isObject(opts)) throw new TypeError('addDeployment options must be an object')
    const id = opts.id ?? uniqueId(() => `d-${upperAlnum(9)}`, this.records)
    if (typeof id !== 'string' || !ID_PATTERN.test(id))
      throw new TypeError(
        `deployment id must look like d-XXXXXXXXX (9 of A-Z0-9); got ${JSON.stringify(id)}`
      )
    if (this.records.has(id)) throw new TypeError(`deployment ${id} already exists`)
    const status = oneOf('status', opts.status ?? 'InProgress', DEPLOYMENT_STATUSES)
    const rollback = opts.rollback ?? {}
    const now = opts.createTime ?? Date.now()
    if (typeof now !== 'number' || !Number.isFinite(now))
      throw new TypeError(`createTime must be ms since the epoch; got ${JSON.stringify(now)}`)
    /** @type {DeploymentRecord} */
    const rec = {
      kind: 'deployment',
      seq: ++this.seq,
      id,
      applicationName: nonEmpty('applicationName', opts.applicationName ?? 'demo-app'),
      deploymentGroupName: nonEmpty(
        'deploymentGroupName',
        opts.deploymentGroupName ?? 'demo-group'
      ),
      instances: count('instances', opts.instances ?? 3),
      status,
      creator: 'user',
      revision: revisionOf(opts.revision),
      description: opts.description ?? null,
      createTime: now,
      startTime: now,
      completeTime: TERMINAL.includes(status) ? now : null,
      autoRollbackOnStop: bool('autoRollbackOnStop', opts.autoRollbackOnStop ?? false),
      stopResponseStatus: /** @type {'Pending' | 'Succeeded'} */ (
        oneOf('stopResponseStatus', opts.stopResponseStatus ?? 'Pending', ['Pending', 'Succeeded'])
      ),
      stopReads: count('stopReads', opts.stopReads ?? 1),
      endsAs: oneOf('endsAs', opts.endsAs ?? 'Stopped', TERMINAL),
      rollback: {
        status: oneOf('rollback.status', rollback.status ?? 'Succeeded', TERMINAL),
        reads: count('rollback.reads', rollback.reads ?? 1),
        delayReads: count('rollback.delayReads', rollback.delayReads ?? 0)
      },
      stopping: false,
      target: null,
      readsLeft: 0,
      reads: 0,
      stopCount: 0,
      stopRequests: [],
      autoRollbackEnabled: undefined,
      rollsBack: false,
      rollbackReadsLeft: 0,
      rollbackInfo: null
    }
    this.records.set(id, rec)
    return id
  }

  /** @param {Record<string, unknown>} body */
  stopDeployment(body) {
    validate(body, { autoRollbackEnabled: { type: 'boolean' } }, invalidInput)
    const rec = this.find(body.deploymentId)
    if (TERMINAL.includes(rec.status))
      throw new AwsError(
        'DeploymentAlreadyCompletedException',
        `Deployment ${rec.id} has already completed.`
      )
    rec.stopCount++
    rec.stopRequests.push(body)
    if (!rec.stopping) {
      // Only the first accepted stop decides (rollback included); a repeat just answers Pending.
      rec.stopping = true
      rec.autoRollbackEnabled =
        typeof body.autoRollbackEnabled === 'boolean' ? body.autoRollbackEnabled : undefined
      rec.rollsBack =
        rec.creator !== 'codeDeployRollback' && (rec.autoRollbackEnabled ?? rec.autoRollbackOnStop)
      rec.rollbackReadsLeft = rec.rollback.delayReads
      rec.target = rec.endsAs
      rec.readsLeft = rec.stopReads
      if (rec.stopResponseStatus === 'Succeeded') {
        this.finish(rec, rec.endsAs)
        return { status: 'Succeeded', statusMessage: STOP_SUCCEEDED_MESSAGE }
      }
    }
    return { status: 'Pending', statusMessage: STOP_PENDING_MESSAGE }
  }

  /** @param {Record<string, unknown>} body */
  getDeployment(body) {
    const rec = this.find(body.deploymentId)
    this.read(rec)
    return { deploymentInfo: this.render(rec) }
  }

  /** @param {Record<string, unknown>} body */
  batchGetDeployments(body) {
    const ids = body.deploymentIds
    if (ids !== undefined && ids !== null && !Array.isArray(ids))
      throw new AwsError('SerializationException', "Expected a list for 'deploymentIds'")
    if (!Array.isArray(ids) || ids.length === 0)
      throw new AwsError(
        'DeploymentIdRequiredException',
        'At least one deployment ID must be specified.'
      )
    if (ids.length > 25)
      throw new AwsError(
        'BatchLimitExceededException',
        'The maximum number of deployment IDs you can specify is 25.'
      )
    for (const id of ids) checkId(id)
    /** @type {object[]} */
    const deploymentsInfo = []
    for (const id of new Set(/** @type {string[]} */ (ids))) {
      const rec = this.records.get(id)
      if (!rec) continue
      this.read(rec)
      deploymentsInfo.push(this.render(rec))
    }
    return { deploymentsInfo }
  }

  /** @param {Record<string, unknown>} body */
  listDeployments(body) {
    validate(
      body,
      {
        applicationName: { type: 'string' },
        deploymentGroupName: { type: 'string' },
        externalId: { type: 'string' },
        includeOnlyStatuses: { type: 'list', member: { type: 'string' } },
        createTimeRange: {
          type: 'structure',
          members: { start: { type: 'timestamp' }, end: { type: 'timestamp' } }
        },
        nextToken: { type: 'string' }
      },
      invalidInput
    )
    const app = /** @type {string | undefined} */ (body.applicationName)
    const group = /** @type {string | undefined} */ (body.deploymentGroupName)
    if (app !== undefined && (app.length < 1 || app.length > 100))
      throw new AwsError('InvalidApplicationNameException', 'The application name is invalid.')
    if (group !== undefined && (group.length < 1 || group.length > 100))
      throw new AwsError(
        'InvalidDeploymentGroupNameException',
        'The deployment group name is invalid.'
      )
    if (group !== undefined && app === undefined)
      throw new AwsError(
        'ApplicationNameRequiredException',
        'If you specify a deployment group name, you must also specify an application name.'
      )
    if (app !== undefined && group === undefined)
      throw new AwsError(
        'DeploymentGroupNameRequiredException',
        'If you specify an application name, you must also specify a deployment group name.'
      )
    const all = [...this.records.values()]
    // The fake has no registry of applications: one is known once a deployment names it.
    if (app !== undefined && !all.some(d => d.applicationName === app))
      throw new AwsError(
        'ApplicationDoesNotExistException',
        `No application found for name: ${app}`
      )
    if (
      group !== undefined &&
      !all.some(d => d.applicationName === app && d.deploymentGroupName === group)
    )
      throw new AwsError(
        'DeploymentGroupDoesNotExistException',
        `No Deployment Group found for name: ${group}`
      )
    const statuses = /** @type {string[] | undefined} */ (body.includeOnlyStatuses)
    for (const s of statuses ?? [])
      if (!(/** @type {readonly string[]} */ (DEPLOYMENT_STATUSES).includes(s)))
        throw new AwsError('InvalidDeploymentStatusException', `Invalid deployment status: ${s}`)
    const range = /** @type {{ start?: number, end?: number } | undefined} */ (body.createTimeRange)
    if (range?.start !== undefined && range.end !== undefined && range.start > range.end)
      throw new AwsError('InvalidTimeRangeException', 'The start time must be before the end time.')
    const scope = JSON.stringify([app, group, statuses, range, body.externalId])
    const offset = decodeToken(body.nextToken, scope)
    if (offset === null)
      throw new AwsError('InvalidNextTokenException', 'The next token is invalid.')
    // Newest first: AWS leaves the order undocumented, and newest first is what callers hope for.
    const matching = all
      .filter(
        d =>
          (app === undefined || d.applicationName === app) &&
          (group === undefined || d.deploymentGroupName === group) &&
          (statuses === undefined || statuses.length === 0 || statuses.includes(d.status)) &&
          (range?.start === undefined || epochSeconds(d.createTime) >= range.start) &&
          (range?.end === undefined || epochSeconds(d.createTime) <= range.end) &&
          // No fake deployment was made by an external system, so any externalId matches none.
          body.externalId === undefined
      )
      .sort((a, b) => b.seq - a.seq)
      .map(d => d.id)
    const { page, nextToken } = paginate(matching, offset, 100, scope)
    return nextToken ? { deployments: page, nextToken } : { deployments: page }
  }

  /** @param {Record<string, unknown>} body */
  listDeploymentGroups(body) {
    validate(
      body,
      { applicationName: { type: 'string' }, nextToken: { type: 'string' } },
      invalidInput
    )
    const app = /** @type {string | undefined} */ (body.applicationName)
    if (app === undefined || app === '')
      throw new AwsError(
        'ApplicationNameRequiredException',
        'The minimum length of the application name is 1.'
      )
    if (app.length > 100)
      throw new AwsError('InvalidApplicationNameException', 'The application name is invalid.')
    const groups = [...this.records.values()]
      .filter(d => d.applicationName === app)
      .map(d => d.deploymentGroupName)
    if (groups.length === 0)
      throw new AwsError(
        'ApplicationDoesNotExistException',
        `No application found for name: ${app}`
      )
    const scope = JSON.stringify(['groups', app])
    const offset = decodeToken(body.nextToken, scope)
    if (offset === null)
      throw new AwsError('InvalidNextTokenException', 'The next token is invalid.')
    // AWS does not document the page size or the order; names in order of first use, 100 a page.
    const { page, nextToken } = paginate([...new Set(groups)], offset, 100, scope)
    return { applicationName: app, deploymentGroups: page, ...(nextToken ? { nextToken } : {}) }
  }

  /**
   * @param {unknown} id
   * @returns {DeploymentRecord}
   */
  find(id) {
    const rec = this.records.get(checkId(id))
    if (!rec)
      throw new AwsError(
        'DeploymentDoesNotExistException',
        `The deployment ${String(id)} could not be found.`
      )
    return rec
  }

  /**
   * One status read: this is what moves a stopping deployment along (see the README of fake-aws).
   * @param {DeploymentRecord} rec
   */
  read(rec) {
    rec.reads++
    if (rec.target !== null) {
      if (rec.readsLeft === 0) this.finish(rec, rec.target)
      else rec.readsLeft--
    } else if (this.rollbackDue(rec)) {
      if (rec.rollbackReadsLeft === 0) this.startRollback(rec)
      else rec.rollbackReadsLeft--
    }
  }

  /**
   * @param {DeploymentRecord} rec
   * @param {string} status
   */
  finish(rec, status) {
    rec.status = status
    rec.completeTime = Date.now()
    rec.target = null
    rec.readsLeft = 0
    rec.stopping = false
    if (this.rollbackDue(rec) && rec.rollbackReadsLeft === 0) this.startRollback(rec)
  }

  /** @param {DeploymentRecord} rec */
  rollbackDue(rec) {
    // A deployment that finished on its own before the stop landed has nothing to roll back.
    return rec.rollsBack && rec.status === 'Stopped' && !rec.rollbackInfo?.rollbackDeploymentId
  }

  /** @param {DeploymentRecord} rec */
  startRollback(rec) {
    const id = this.add({
      applicationName: rec.applicationName,
      deploymentGroupName: rec.deploymentGroupName,
      instances: rec.instances
    })
    const rb = /** @type {DeploymentRecord} */ (this.records.get(id))
    rb.creator = 'codeDeployRollback'
    rb.target = rec.rollback.status
    rb.readsLeft = rec.rollback.reads
    rb.rollbackInfo = {
      rollbackTriggeringDeploymentId: rec.id,
      rollbackMessage: `Automated rollback triggered by the stop of deployment ${rec.id}`
    }
    rec.rollbackInfo = {
      rollbackDeploymentId: id,
      rollbackMessage: `Deployment ${rec.id} was stopped and is being rolled back by deployment ${id}`
    }
  }

  /** @param {DeploymentRecord} rec */
  render(rec) {
    const started = !['Created', 'Queued'].includes(rec.status)
    return {
      applicationName: rec.applicationName,
      deploymentGroupName: rec.deploymentGroupName,
      deploymentConfigName: 'CodeDeployDefault.OneAtATime',
      deploymentId: rec.id,
      status: rec.status,
      createTime: epochSeconds(rec.createTime),
      ...(started ? { startTime: epochSeconds(rec.startTime) } : {}),
      ...(rec.completeTime !== null ? { completeTime: epochSeconds(rec.completeTime) } : {}),
      deploymentOverview: overview(rec.status, rec.instances),
      ...(rec.revision ? { revision: rec.revision } : {}),
      ...(rec.description !== null ? { description: rec.description } : {}),
      creator: rec.creator,
      ignoreApplicationStopFailures: false,
      autoRollbackConfiguration: rec.autoRollbackOnStop
        ? { enabled: true, events: ['DEPLOYMENT_STOP_ON_REQUEST'] }
        : { enabled: false },
      updateOutdatedInstancesOnly: false,
      ...(rec.rollbackInfo ? { rollbackInfo: { ...rec.rollbackInfo } } : {}),
      ...(rec.status === 'Failed'
        ? { errorInformation: { code: 'HEALTH_CONSTRAINTS', message: FAILED_MESSAGE } }
        : {}),
      deploymentStyle: { deploymentType: 'IN_PLACE', deploymentOption: 'WITHOUT_TRAFFIC_CONTROL' },
      computePlatform: 'Server'
    }
  }
}

/**
 * Instance counts that add up to `n` and agree with the status: one instance at a time, a third
 * done while in progress; a stop or failure fails the instance in flight and skips the rest.
 * @param {string} status
 * @param {number} n
 */
function overview(status, n) {
  const o = { Pending: 0, InProgress: 0, Succeeded: 0, Failed: 0, Skipped: 0, Ready: 0 }
  const done = Math.floor(n / 3)
  const inFlight = n - done > 0 ? 1 : 0
  switch (status) {
    case 'Created':
    case 'Queued':
      o.Pending = n
      break
    case 'InProgress':
      o.Succeeded = done
      o.InProgress = inFlight
      o.Pending = n - done - inFlight
      break
    case 'Ready':
      o.Ready = n
      break
    case 'Baking':
    case 'Succeeded':
      o.Succeeded = n
      break
    default:
      o.Succeeded = done
      o.Failed = inFlight
      o.Skipped = n - done - inFlight
  }
  return o
}

/**
 * A RevisionLocation as GetDeployment shows it: revisionType filled in from the location given.
 * @param {unknown} revision
 * @returns {Record<string, any> | null}
 */
function revisionOf(revision) {
  if (revision === undefined || revision === null) return null
  if (!isObject(revision)) throw new TypeError('revision must be a RevisionLocation object')
  const type =
    revision.revisionType ??
    (revision.gitHubLocation ? 'GitHub' : revision.s3Location ? 'S3' : undefined)
  if (!['GitHub', 'S3', 'String', 'AppSpecContent'].includes(/** @type {string} */ (type)))
    throw new TypeError(
      'revision needs gitHubLocation, s3Location or a revisionType of String or AppSpecContent'
    )
  return { ...revision, revisionType: type }
}

/**
 * @param {unknown} id
 * @returns {string}
 */
function checkId(id) {
  if (id === undefined || id === null || id === '')
    throw new AwsError(
      'DeploymentIdRequiredException',
      'At least one deployment ID must be specified.'
    )
  if (typeof id !== 'string' || !ID_PATTERN.test(id))
    throw new AwsError(
      'InvalidDeploymentIdException',
      `Specified DeploymentId is not in the valid format: ${String(id)}`
    )
  return id
}

/** @param {string} message */
function invalidInput(message) {
  return new AwsError('InvalidInputException', message)
}
