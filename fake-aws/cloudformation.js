// @ts-check
// AWS CloudFormation (awsQuery, Version 2010-05-15, signing name cloudformation): stacks, with
// CancelUpdateStack, RollbackStack, DeleteStack, DescribeStacks and DescribeStackEvents as the
// model in ../shared/reference/models/cloudformation says. Errors are ValidationError with
// CloudFormation's own wording (../shared/notes/aws-facts.md). Like the other services, a stack
// moves only when it is read (DescribeStacks), which keeps tests deterministic.
import {
  ACCOUNT_ID,
  AwsError,
  count,
  decodeToken,
  DEFAULT_REGION,
  isObject,
  lowerUuid,
  oneOf,
  paginate,
  RecordStore,
  validate
} from './common.js'

export const STACK_STATUSES = /** @type {const} */ ([
  'CREATE_IN_PROGRESS',
  'CREATE_FAILED',
  'CREATE_COMPLETE',
  'ROLLBACK_IN_PROGRESS',
  'ROLLBACK_FAILED',
  'ROLLBACK_COMPLETE',
  'DELETE_IN_PROGRESS',
  'DELETE_FAILED',
  'DELETE_COMPLETE',
  'UPDATE_IN_PROGRESS',
  'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS',
  'UPDATE_COMPLETE',
  'UPDATE_FAILED',
  'UPDATE_ROLLBACK_IN_PROGRESS',
  'UPDATE_ROLLBACK_FAILED',
  'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS',
  'UPDATE_ROLLBACK_COMPLETE',
  'REVIEW_IN_PROGRESS',
  'IMPORT_IN_PROGRESS',
  'IMPORT_COMPLETE',
  'IMPORT_ROLLBACK_IN_PROGRESS',
  'IMPORT_ROLLBACK_FAILED',
  'IMPORT_ROLLBACK_COMPLETE'
])
const NAME = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/
/** ClientRequestToken: 1-128 of [a-zA-Z0-9][-a-zA-Z0-9]* (the model). */
/** @type {import('./common.js').MemberRule} */
const TOKEN = { type: 'string', min: 1, max: 128, pattern: '[a-zA-Z0-9][-a-zA-Z0-9]*' }
const EVENTS_PAGE = 100

/**
 * A resource that failed while the stack rolled back (or was deleted), for its events.
 * @typedef {{ LogicalResourceId: string, ResourceType: string, ResourceStatusReason: string }} FailedResource
 */

/**
 * @typedef {object} StackOptions
 * @property {string} [stackName] default "demo-stack"
 * @property {string} [region] of the ARN (default us-east-1)
 * @property {string} [status] default UPDATE_IN_PROGRESS
 * @property {string} [statusReason]
 * @property {Record<string, string>} [tags]
 * @property {Record<string, string>} [parameters]
 * @property {string} [parentId] the stack ID of its parent: a nested stack (its root is the parent's root)
 * @property {number} [reads] DescribeStacks reads after a cancel, rollback or delete that still
 *   show it in progress (default 1)
 * @property {'UPDATE_ROLLBACK_COMPLETE' | 'UPDATE_ROLLBACK_FAILED' | 'UPDATE_COMPLETE'} [cancelEndsAs]
 *   where a cancelled update ends (UPDATE_COMPLETE: it finished before the cancel took effect)
 * @property {'DELETE_COMPLETE' | 'DELETE_FAILED'} [deleteEndsAs]
 * @property {FailedResource[]} [failedResources] what the failed rollback or delete reports
 * @property {boolean} [withLastOperations] answer LastOperations (default true; older stacks lack it)
 * @property {number} [updatedAt] ms since the epoch of the current operation's start (default now)
 */

/**
 * @typedef {object} StackRecord
 * @property {'stack'} kind
 * @property {number} seq
 * @property {string} id the stack ID (an ARN)
 * @property {string} stackName
 * @property {string} region
 * @property {string} status
 * @property {string | null} statusReason
 * @property {{ Key: string, Value: string }[]} tags
 * @property {{ ParameterKey: string, ParameterValue: string }[]} parameters
 * @property {string | null} parentId
 * @property {string | null} rootId
 * @property {number} createdAt
 * @property {number} updatedAt
 * @property {{ OperationType: string, OperationId: string }[] | null} lastOperations
 * @property {number} readsAfter
 * @property {string} cancelEndsAs
 * @property {string} deleteEndsAs
 * @property {FailedResource[]} failedResources
 * @property {string | null} target the status it settles to after `readsLeft` more reads
 * @property {string | null} via a status it passes through on the way (cleanup)
 * @property {number} readsLeft
 * @property {number} reads DescribeStacks reads that returned it
 * @property {{ op: string, token: string }[]} tokens client request tokens accepted
 * @property {string[]} calls the operations accepted (CancelUpdateStack, RollbackStack, DeleteStack)
 * @property {object[]} events newest first
 */

/** @extends {RecordStore<StackRecord>} */
export class CloudFormationState extends RecordStore {
  constructor() {
    super()
    /** @type {Record<string, import('./common.js').Handler>} */
    this.operations = {
      CancelUpdateStack: body => this.cancelUpdateStack(body),
      RollbackStack: body => this.rollbackStack(body),
      DeleteStack: body => this.deleteStack(body),
      DescribeStacks: body => this.describeStacks(body),
      DescribeStackEvents: body => this.describeStackEvents(body)
    }
  }

  /**
   * @param {StackOptions} [opts]
   * @returns {string} the stack ID (ARN)
   */
  add(opts = {}) {
    if (!isObject(opts)) throw new TypeError('addStack options must be an object')
    const stackName = opts.stackName ?? 'demo-stack'
    if (typeof stackName !== 'string' || !NAME.test(stackName))
      throw new TypeError(`stackName must match ${NAME}; got ${JSON.stringify(stackName)}`)
    if (this.byName(stackName))
      throw new TypeError(`a stack named ${stackName} exists already (delete it first)`)
    const region = opts.region ?? DEFAULT_REGION
    const id = `arn:aws:cloudformation:${region}:${ACCOUNT_ID}:stack/${stackName}/${lowerUuid()}`
    const parent = opts.parentId ? this.records.get(opts.parentId) : undefined
    if (opts.parentId && !parent) throw new TypeError(`no stack ${opts.parentId} to nest in`)
    const updatedAt = opts.updatedAt ?? Date.now()
    const status = oneOf('status', opts.status ?? 'UPDATE_IN_PROGRESS', STACK_STATUSES)
    const toList = (
      /** @type {Record<string, string> | undefined} */ map,
      /** @type {string} */ key,
      /** @type {string} */ value
    ) => Object.entries(map ?? {}).map(([k, v]) => ({ [key]: k, [value]: String(v) }))
    /** @type {StackRecord} */
    const rec = {
      kind: 'stack',
      seq: ++this.seq,
      id,
      stackName,
      region,
      status,
      statusReason: opts.statusReason ?? null,
      tags: /** @type {any} */ (toList(opts.tags, 'Key', 'Value')),
      parameters: /** @type {any} */ (toList(opts.parameters, 'ParameterKey', 'ParameterValue')),
      parentId: parent ? parent.id : null,
      rootId: parent ? (parent.rootId ?? parent.id) : null,
      createdAt: status.startsWith('CREATE') ? updatedAt : updatedAt - 86_400_000,
      updatedAt,
      lastOperations:
        opts.withLastOperations === false
          ? null
          : [{ OperationType: operationOf(status), OperationId: lowerUuid() }],
      readsAfter: count('reads', opts.reads ?? 1),
      cancelEndsAs: oneOf('cancelEndsAs', opts.cancelEndsAs ?? 'UPDATE_ROLLBACK_COMPLETE', [
        'UPDATE_ROLLBACK_COMPLETE',
        'UPDATE_ROLLBACK_FAILED',
        'UPDATE_COMPLETE'
      ]),
      deleteEndsAs: oneOf('deleteEndsAs', opts.deleteEndsAs ?? 'DELETE_COMPLETE', [
        'DELETE_COMPLETE',
        'DELETE_FAILED'
      ]),
      failedResources: opts.failedResources ?? [
        {
          LogicalResourceId: 'Service',
          ResourceType: 'AWS::ECS::Service',
          ResourceStatusReason: 'Resource handler returned message: "Service did not stabilize"'
        }
      ],
      target: null,
      via: null,
      readsLeft: 0,
      reads: 0,
      tokens: [],
      calls: [],
      events: []
    }
    this.records.set(id, rec)
    this.event(rec, rec.stackName, 'AWS::CloudFormation::Stack', status, opts.statusReason ?? null)
    return id
  }

  /**
   * Starts an update of a stack, as a deploy would (UpdateStack, an executed change set): the
   * stack shows UPDATE_IN_PROGRESS, with a new operation. For tests and the demo.
   * @param {string} nameOrId
   * @returns {string} the stack ID
   */
  startUpdate(nameOrId) {
    const rec = this.find(nameOrId)
    rec.updatedAt = Date.now()
    if (rec.lastOperations)
      rec.lastOperations = [{ OperationType: 'UPDATE_STACK', OperationId: lowerUuid() }]
    this.setStatus(rec, 'UPDATE_IN_PROGRESS', 'User Initiated')
    return rec.id
  }

  /** @param {string} name */
  byName(name) {
    return [...this.records.values()].find(
      r => r.stackName === name && r.status !== 'DELETE_COMPLETE'
    )
  }

  /**
   * A stack by name (not deleted) or by stack ID (even deleted), as CloudFormation finds them.
   * @param {string} nameOrId
   */
  find(nameOrId) {
    const rec = nameOrId.startsWith('arn:') ? this.records.get(nameOrId) : this.byName(nameOrId)
    if (!rec) throw validationError(`Stack with id ${nameOrId} does not exist`)
    return rec
  }

  /**
   * @param {StackRecord} rec
   * @param {string} logicalId
   * @param {string} type
   * @param {string} status
   * @param {string | null} reason
   */
  event(rec, logicalId, type, status, reason) {
    rec.events.unshift({
      StackId: rec.id,
      EventId: lowerUuid(),
      StackName: rec.stackName,
      LogicalResourceId: logicalId,
      PhysicalResourceId: logicalId === rec.stackName ? rec.id : `${rec.stackName}-${logicalId}`,
      ResourceType: type,
      Timestamp: new Date(),
      ResourceStatus: status,
      ...(reason ? { ResourceStatusReason: reason } : {})
    })
  }

  /**
   * @param {StackRecord} rec
   * @param {string} status
   * @param {string | null} reason
   */
  setStatus(rec, status, reason) {
    rec.status = status
    rec.statusReason = reason
    this.event(rec, rec.stackName, 'AWS::CloudFormation::Stack', status, reason)
  }

  /**
   * An operation was accepted: the stack shows `now`, then `target` after its reads.
   * @param {StackRecord} rec
   * @param {string} op
   * @param {string} now
   * @param {string} target
   * @param {string | null} [via]
   */
  start(rec, op, now, target, via = null) {
    this.setStatus(rec, now, op === 'CancelUpdateStack' ? 'User Initiated' : null)
    rec.target = target
    rec.via = via
    rec.readsLeft = rec.readsAfter
    rec.updatedAt = Date.now()
    if (rec.lastOperations)
      rec.lastOperations = [
        {
          OperationType: op === 'DeleteStack' ? 'DELETE_STACK' : 'ROLLBACK',
          OperationId: lowerUuid()
        }
      ]
    rec.calls.push(op)
  }

  /**
   * A read moves a stack along: each read uses one of `readsLeft`, then it settles.
   * @param {StackRecord} rec
   */
  read(rec) {
    rec.reads++
    if (rec.target === null) return
    if (rec.readsLeft > 0) {
      rec.readsLeft--
      return
    }
    if (rec.via && rec.status !== rec.via) {
      this.setStatus(rec, rec.via, null)
      return
    }
    const target = rec.target
    rec.target = null
    if (target.endsWith('_FAILED')) {
      for (const r of rec.failedResources)
        this.event(
          rec,
          r.LogicalResourceId,
          r.ResourceType,
          target.startsWith('DELETE') ? 'DELETE_FAILED' : 'UPDATE_FAILED',
          r.ResourceStatusReason
        )
      this.setStatus(
        rec,
        target,
        target.startsWith('DELETE')
          ? `The following resource(s) failed to delete: [${rec.failedResources.map(r => r.LogicalResourceId).join(', ')}].`
          : `The following resource(s) failed to update: [${rec.failedResources.map(r => r.LogicalResourceId).join(', ')}].`
      )
    } else this.setStatus(rec, target, null)
  }

  /**
   * The same token again for the same operation on the same stack is a retry; on another, an error.
   * @param {StackRecord} rec
   * @param {string} op
   * @param {unknown} token
   * @returns {boolean} a retry of an accepted request
   */
  retried(rec, op, token) {
    if (typeof token !== 'string') return false
    for (const other of this.records.values())
      for (const t of other.tokens)
        if (t.token === token) {
          if (other === rec && t.op === op) return true
          throw new AwsError(
            'TokenAlreadyExistsException',
            `Token ${token} already exists for another request.`
          )
        }
    return false
  }

  /** @param {Record<string, unknown>} body */
  cancelUpdateStack(body) {
    validate(
      body,
      { StackName: { type: 'string', required: true }, ClientRequestToken: TOKEN },
      validationError
    )
    const rec = this.find(/** @type {string} */ (body.StackName))
    if (this.retried(rec, 'CancelUpdateStack', body.ClientRequestToken)) return null
    if (rec.status !== 'UPDATE_IN_PROGRESS')
      throw validationError('CancelUpdateStack cannot be called from current stack status')
    if (typeof body.ClientRequestToken === 'string')
      rec.tokens.push({ op: 'CancelUpdateStack', token: body.ClientRequestToken })
    const ends = rec.cancelEndsAs
    if (ends === 'UPDATE_COMPLETE') this.start(rec, 'CancelUpdateStack', 'UPDATE_IN_PROGRESS', ends)
    else
      this.start(
        rec,
        'CancelUpdateStack',
        'UPDATE_ROLLBACK_IN_PROGRESS',
        ends,
        ends === 'UPDATE_ROLLBACK_COMPLETE' ? 'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS' : null
      )
    return null
  }

  /** @param {Record<string, unknown>} body */
  rollbackStack(body) {
    validate(
      body,
      {
        StackName: { type: 'string', required: true, min: 1 },
        RoleARN: { type: 'string' },
        ClientRequestToken: TOKEN
      },
      validationError
    )
    const rec = this.find(/** @type {string} */ (body.StackName))
    if (!this.retried(rec, 'RollbackStack', body.ClientRequestToken)) {
      if (rec.status === 'UPDATE_FAILED')
        this.start(rec, 'RollbackStack', 'UPDATE_ROLLBACK_IN_PROGRESS', 'UPDATE_ROLLBACK_COMPLETE')
      else if (rec.status === 'CREATE_FAILED')
        this.start(rec, 'RollbackStack', 'ROLLBACK_IN_PROGRESS', 'ROLLBACK_COMPLETE')
      else
        throw validationError(
          `Stack ${rec.id} is in ${rec.status} state and can not be rolled back.`
        )
      if (typeof body.ClientRequestToken === 'string')
        rec.tokens.push({ op: 'RollbackStack', token: body.ClientRequestToken })
    }
    return { StackId: rec.id, OperationId: rec.lastOperations?.[0]?.OperationId }
  }

  /** @param {Record<string, unknown>} body */
  deleteStack(body) {
    validate(
      body,
      { StackName: { type: 'string', required: true }, ClientRequestToken: TOKEN },
      validationError
    )
    const name = /** @type {string} */ (body.StackName)
    const rec = name.startsWith('arn:') ? this.records.get(name) : this.byName(name)
    // Deleting a stack that does not exist succeeds, as CloudFormation's DeleteStack does.
    if (!rec || rec.status === 'DELETE_COMPLETE') return null
    if (this.retried(rec, 'DeleteStack', body.ClientRequestToken)) return null
    if (rec.status === 'DELETE_IN_PROGRESS') return null
    if (rec.status.endsWith('_IN_PROGRESS') && rec.status !== 'CREATE_IN_PROGRESS')
      throw validationError(
        `Stack [${rec.stackName}] cannot be deleted while in status ${rec.status}`
      )
    if (typeof body.ClientRequestToken === 'string')
      rec.tokens.push({ op: 'DeleteStack', token: body.ClientRequestToken })
    this.start(rec, 'DeleteStack', 'DELETE_IN_PROGRESS', rec.deleteEndsAs)
    return null
  }

  /** @param {Record<string, unknown>} body */
  describeStacks(body) {
    validate(
      body,
      { StackName: { type: 'string' }, NextToken: { type: 'string' } },
      validationError
    )
    const name = /** @type {string | undefined} */ (body.StackName)
    const recs = name
      ? [this.find(name)]
      : [...this.records.values()].filter(r => r.status !== 'DELETE_COMPLETE').reverse()
    for (const rec of recs) this.read(rec)
    return { Stacks: recs.map(stackShape) }
  }

  /** @param {Record<string, unknown>} body */
  describeStackEvents(body) {
    validate(
      body,
      { StackName: { type: 'string', required: true }, NextToken: { type: 'string' } },
      validationError
    )
    const rec = this.find(/** @type {string} */ (body.StackName))
    const scope = JSON.stringify(['events', rec.id])
    const offset = decodeToken(/** @type {string | undefined} */ (body.NextToken), scope)
    if (offset === null) throw validationError('Invalid NextToken')
    const { page, nextToken } = paginate(rec.events, offset, EVENTS_PAGE, scope)
    return { StackEvents: page, ...(nextToken ? { NextToken: nextToken } : {}) }
  }
}

/** @param {StackRecord} rec */
function stackShape(rec) {
  return {
    StackId: rec.id,
    StackName: rec.stackName,
    ...(rec.parameters.length ? { Parameters: rec.parameters } : {}),
    CreationTime: new Date(rec.createdAt),
    ...(rec.updatedAt !== rec.createdAt ? { LastUpdatedTime: new Date(rec.updatedAt) } : {}),
    StackStatus: rec.status,
    ...(rec.statusReason ? { StackStatusReason: rec.statusReason } : {}),
    DisableRollback: false,
    ...(rec.tags.length ? { Tags: rec.tags } : {}),
    ...(rec.parentId ? { ParentId: rec.parentId, RootId: rec.rootId } : {}),
    ...(rec.lastOperations ? { LastOperations: rec.lastOperations } : {})
  }
}

/** @param {string} status */
function operationOf(status) {
  if (status.startsWith('CREATE')) return 'CREATE_STACK'
  if (status.startsWith('DELETE')) return 'DELETE_STACK'
  if (status.includes('ROLLBACK')) return 'ROLLBACK'
  return 'UPDATE_STACK'
}

/** @param {string} message */
function validationError(message) {
  return new AwsError('ValidationError', message)
}
