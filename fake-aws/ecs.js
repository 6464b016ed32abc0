// @ts-check
// Amazon ECS (AmazonEC2ContainerServiceV20141113, signing name ecs): service deployments, with
// StopServiceDeployment, DescribeServiceDeployments and ListServiceDeployments as the model in
// ../shared/reference/models/ecs says.
import {
  ACCOUNT_ID,
  AwsError,
  DEFAULT_REGION,
  count,
  decodeToken,
  epochSeconds,
  isObject,
  oneOf,
  paginate,
  randomChars,
  RecordStore,
  uniqueId,
  validate
} from './common.js'

export const SERVICE_DEPLOYMENT_STATUSES = /** @type {const} */ ([
  'PENDING',
  'SUCCESSFUL',
  'STOPPED',
  'STOP_REQUESTED',
  'IN_PROGRESS',
  'ROLLBACK_REQUESTED',
  'ROLLBACK_IN_PROGRESS',
  'ROLLBACK_SUCCESSFUL',
  'ROLLBACK_FAILED'
])
const TERMINAL = ['SUCCESSFUL', 'STOPPED', 'ROLLBACK_SUCCESSFUL', 'ROLLBACK_FAILED']
/** "You can specify a maximum of 20 ARNs" (DescribeServiceDeployments). */
const DESCRIBE_LIMIT = 20
const NAME = /^[A-Za-z0-9_-]{1,255}$/
const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'

/**
 * @typedef {object} ServiceDeploymentOptions
 * @property {string} [clusterName] default "default", ECS's own default cluster
 * @property {string} [serviceName] default "demo-service"
 * @property {string} [region] of the ARNs (default us-east-1)
 * @property {string} [status] PENDING or IN_PROGRESS (or a terminal status: already finished)
 * @property {number} [stopReads] status reads after a stop that still show it stopping
 * @property {'ROLLBACK_SUCCESSFUL' | 'ROLLBACK_FAILED' | 'SUCCESSFUL'} [rollbackEndsAs] where a
 *   ROLLBACK stop ends (SUCCESSFUL: it finished on its own before the stop took effect)
 * @property {'STOPPED' | 'SUCCESSFUL'} [abortEndsAs] where an ABORT stop ends
 * @property {number} [createdAt] ms since the epoch (default: now)
 */

/**
 * @typedef {object} ServiceDeploymentRecord
 * @property {'serviceDeployment'} kind
 * @property {number} seq creation order
 * @property {string} id the ARN
 * @property {string} clusterName
 * @property {string} serviceName
 * @property {string} region
 * @property {string} status
 * @property {string | null} statusReason
 * @property {number} stopReads
 * @property {string} rollbackEndsAs
 * @property {string} abortEndsAs
 * @property {number} createdAt ms
 * @property {number} updatedAt ms
 * @property {number | null} finishedAt ms
 * @property {string | null} stopType of the accepted stop
 * @property {string | null} target the status this deployment settles to on a later read
 * @property {number} readsLeft status reads that still show it stopping before `target`
 * @property {number} reads status reads (DescribeServiceDeployments) so far
 * @property {number} stopCount accepted StopServiceDeployment calls
 */

/** @extends {RecordStore<ServiceDeploymentRecord>} */
export class EcsState extends RecordStore {
  constructor() {
    super()
    /** @type {Record<string, import('./common.js').Handler>} */
    this.operations = {
      StopServiceDeployment: body => this.stopServiceDeployment(body),
      DescribeServiceDeployments: body => this.describeServiceDeployments(body),
      ListServiceDeployments: body => this.listServiceDeployments(body)
    }
  }

  /**
   * @param {ServiceDeploymentOptions} [opts]
   * @returns {string} the service deployment's ARN
   */
  add(opts = {}) {
    if (!isObject(opts)) throw new TypeError('addServiceDeployment options must be an object')
    const clusterName = opts.clusterName ?? 'default'
    const serviceName = opts.serviceName ?? 'demo-service'
    for (const [what, value] of [
      ['clusterName', clusterName],
      ['serviceName', serviceName]
    ])
      if (typeof value !== 'string' || !NAME.test(value))
        throw new TypeError(
          `${what} must be 1-255 of A-Z a-z 0-9 _ -; got ${JSON.stringify(value)}`
        )
    const region = opts.region ?? DEFAULT_REGION
    if (typeof region !== 'string' || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region))
      throw new TypeError(`region must be a region code; got ${JSON.stringify(region)}`)
    const prefix = serviceArn(region, clusterName, serviceName).replace(
      ':service/',
      ':service-deployment/'
    )
    const id = uniqueId(() => `${prefix}/${randomChars(ID_CHARS, 21)}`, this.records)
    const createdAt = opts.createdAt ?? Date.now()
    if (typeof createdAt !== 'number' || !Number.isFinite(createdAt))
      throw new TypeError(`createdAt must be ms since the epoch; got ${JSON.stringify(createdAt)}`)
    const status = oneOf('status', opts.status ?? 'IN_PROGRESS', SERVICE_DEPLOYMENT_STATUSES)
    /** @type {ServiceDeploymentRecord} */
    const rec = {
      kind: 'serviceDeployment',
      seq: ++this.seq,
      id,
      clusterName,
      serviceName,
      region,
      status,
      statusReason: null,
      stopReads: count('stopReads', opts.stopReads ?? 1),
      rollbackEndsAs: oneOf('rollbackEndsAs', opts.rollbackEndsAs ?? 'ROLLBACK_SUCCESSFUL', [
        'ROLLBACK_SUCCESSFUL',
        'ROLLBACK_FAILED',
        'SUCCESSFUL'
      ]),
      abortEndsAs: oneOf('abortEndsAs', opts.abortEndsAs ?? 'STOPPED', ['STOPPED', 'SUCCESSFUL']),
      createdAt,
      updatedAt: createdAt,
      finishedAt: TERMINAL.includes(status) ? createdAt : null,
      stopType: null,
      target: null,
      readsLeft: 0,
      reads: 0,
      stopCount: 0
    }
    this.records.set(id, rec)
    return id
  }

  /** @param {Record<string, unknown>} body */
  stopServiceDeployment(body) {
    validate(
      body,
      {
        serviceDeploymentArn: { type: 'string', required: true },
        stopType: { type: 'string', enum: ['ABORT', 'ROLLBACK'] }
      },
      invalidParameter
    )
    const arn = /** @type {string} */ (body.serviceDeploymentArn)
    const rec = this.records.get(arn)
    if (!rec) {
      if (
        !/^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:service-deployment\/[^/]+\/[^/]+\/[^/]+$/.test(arn)
      )
        throw invalidParameter(`Invalid service deployment ARN: ${arn}`)
      throw new AwsError(
        'ServiceDeploymentNotFoundException',
        `The service deployment ${arn} does not exist.`
      )
    }
    // What ECS answers for a deployment that is no longer running is not documented; the fake
    // answers ConflictException (the model's "conflict in the current state of the resource").
    if (TERMINAL.includes(rec.status) || rec.target !== null)
      throw new AwsError(
        'ConflictException',
        `The service deployment is in ${rec.status} status and can't be stopped.`
      )
    const stopType = /** @type {string | undefined} */ (body.stopType) ?? 'ROLLBACK'
    rec.stopType = stopType
    rec.status = stopType === 'ROLLBACK' ? 'ROLLBACK_REQUESTED' : 'STOP_REQUESTED'
    rec.statusReason = `Service deployment stop requested (${stopType}).`
    rec.target = stopType === 'ROLLBACK' ? rec.rollbackEndsAs : rec.abortEndsAs
    rec.readsLeft = rec.stopReads
    rec.stopCount++
    rec.updatedAt = Date.now()
    return { serviceDeploymentArn: arn }
  }

  /** @param {Record<string, unknown>} body */
  describeServiceDeployments(body) {
    validate(
      body,
      {
        serviceDeploymentArns: { type: 'list', required: true, member: { type: 'string' } }
      },
      invalidParameter
    )
    const arns = /** @type {string[]} */ (body.serviceDeploymentArns)
    if (arns.length === 0 || arns.length > DESCRIBE_LIMIT)
      throw invalidParameter(
        `You can specify between 1 and ${DESCRIBE_LIMIT} service deployment ARNs; got ${arns.length}.`
      )
    /** @type {object[]} */
    const serviceDeployments = []
    /** @type {object[]} */
    const failures = []
    for (const arn of new Set(arns)) {
      const rec = this.records.get(arn)
      if (!rec) {
        failures.push({ arn, reason: 'MISSING' })
        continue
      }
      this.read(rec)
      serviceDeployments.push(serviceDeploymentOf(rec))
    }
    return { serviceDeployments, failures }
  }

  /** @param {Record<string, unknown>} body */
  listServiceDeployments(body) {
    validate(
      body,
      {
        service: { type: 'string', required: true },
        cluster: { type: 'string' },
        status: {
          type: 'list',
          member: { type: 'string', enum: SERVICE_DEPLOYMENT_STATUSES }
        },
        createdAt: {
          type: 'structure',
          members: { before: { type: 'timestamp' }, after: { type: 'timestamp' } }
        },
        nextToken: { type: 'string' },
        maxResults: { type: 'integer', min: 1, max: 100 }
      },
      invalidParameter
    )
    const cluster = nameOf(/** @type {string | undefined} */ (body.cluster) ?? 'default', 'cluster')
    const service = nameOf(/** @type {string} */ (body.service), 'service')
    const all = [...this.records.values()]
    if (!all.some(d => d.clusterName === cluster))
      throw new AwsError('ClusterNotFoundException', 'Cluster not found.')
    const mine = all.filter(d => d.clusterName === cluster && d.serviceName === service)
    if (mine.length === 0) throw new AwsError('ServiceNotFoundException', 'Service not found.')
    const statuses = /** @type {string[] | undefined} */ (body.status)
    const created = /** @type {{ before?: number, after?: number } | undefined} */ (body.createdAt)
    const scope = JSON.stringify([cluster, service, statuses ?? null, created ?? null])
    const offset = decodeToken(body.nextToken, scope)
    if (offset === null) throw invalidParameter('Invalid nextToken.')
    const matching = mine
      .filter(d => statuses === undefined || statuses.length === 0 || statuses.includes(d.status))
      .filter(d => created?.after === undefined || d.createdAt >= created.after * 1000)
      .filter(d => created?.before === undefined || d.createdAt <= created.before * 1000)
      .sort((a, b) => b.seq - a.seq)
    const size = /** @type {number | undefined} */ (body.maxResults) ?? 20
    const { page, nextToken } = paginate(matching, offset, size, scope)
    return {
      serviceDeployments: page.map(d => ({
        ...briefOf(d),
        targetServiceRevisionArn: revisionArn(d, 2)
      })),
      ...(nextToken ? { nextToken } : {})
    }
  }

  /** @param {ServiceDeploymentRecord} rec */
  read(rec) {
    rec.reads++
    if (rec.target === null) return
    if (rec.readsLeft > 0) {
      rec.readsLeft--
      if (rec.status === 'ROLLBACK_REQUESTED') rec.status = 'ROLLBACK_IN_PROGRESS'
      return
    }
    rec.status = rec.target
    rec.target = null
    rec.finishedAt = Date.now()
    rec.updatedAt = rec.finishedAt
    rec.statusReason =
      rec.status === 'ROLLBACK_FAILED'
        ? 'Rollback failed: tasks of the previous service revision did not reach a steady state.'
        : rec.status === 'SUCCESSFUL'
          ? 'Service deployment completed before the stop took effect.'
          : `Service deployment stopped (${rec.stopType}).`
  }
}

/**
 * What ListServiceDeployments (ServiceDeploymentBrief) and DescribeServiceDeployments
 * (ServiceDeployment) both show.
 * @param {ServiceDeploymentRecord} d
 */
function briefOf(d) {
  return {
    serviceDeploymentArn: d.id,
    serviceArn: serviceArn(d.region, d.clusterName, d.serviceName),
    clusterArn: clusterArn(d.region, d.clusterName),
    createdAt: epochSeconds(d.createdAt),
    startedAt: epochSeconds(d.createdAt),
    ...(d.finishedAt === null ? {} : { finishedAt: epochSeconds(d.finishedAt) }),
    status: d.status,
    ...(d.statusReason ? { statusReason: d.statusReason } : {})
  }
}

/** @param {ServiceDeploymentRecord} d */
function serviceDeploymentOf(d) {
  const done = TERMINAL.includes(d.status)
  const rolledBack = d.stopType === 'ROLLBACK'
  const running = done ? 0 : 1
  return {
    ...briefOf(d),
    ...(d.finishedAt !== null && d.stopType ? { stoppedAt: epochSeconds(d.finishedAt) } : {}),
    updatedAt: epochSeconds(d.updatedAt),
    sourceServiceRevisions: [
      {
        arn: revisionArn(d, 1),
        requestedTaskCount: 2,
        runningTaskCount: rolledBack && done ? 2 : 1,
        pendingTaskCount: 0
      }
    ],
    targetServiceRevision: {
      arn: revisionArn(d, 2),
      requestedTaskCount: 2,
      runningTaskCount: running,
      pendingTaskCount: running
    },
    ...(rolledBack
      ? {
          rollback: {
            reason: 'StopServiceDeployment with stopType ROLLBACK',
            startedAt: epochSeconds(d.updatedAt),
            serviceRevisionArn: revisionArn(d, 1)
          }
        }
      : {}),
    deploymentCircuitBreaker: { status: 'DISABLED', failureCount: 0, threshold: 0 },
    alarms: { status: 'DISABLED' }
  }
}

/**
 * A cluster or service given by name or by ARN, as ECS takes either.
 * @param {string} value
 * @param {'cluster' | 'service'} what
 */
function nameOf(value, what) {
  const arn = new RegExp(`^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\\d{12}:${what}/(?:[^/]+/)?([^/]+)$`).exec(
    value
  )
  const name = arn ? (arn[1] ?? '') : value
  if (!NAME.test(name)) throw invalidParameter(`Invalid ${what} name or ARN: ${value}`)
  return name
}

/**
 * @param {string} region
 * @param {string} cluster
 */
function clusterArn(region, cluster) {
  return `arn:aws:ecs:${region}:${ACCOUNT_ID}:cluster/${cluster}`
}

/**
 * @param {string} region
 * @param {string} cluster
 * @param {string} service
 */
function serviceArn(region, cluster, service) {
  return `arn:aws:ecs:${region}:${ACCOUNT_ID}:service/${cluster}/${service}`
}

/**
 * @param {ServiceDeploymentRecord} d
 * @param {number} n
 */
function revisionArn(d, n) {
  return `arn:aws:ecs:${d.region}:${ACCOUNT_ID}:service-revision/${d.clusterName}/${d.serviceName}/${1000 + d.seq * 10 + n}`
}

/** @param {string} message */
function invalidParameter(message) {
  return new AwsError('InvalidParameterException', message)
}
