// @ts-check
// AWS Elastic Beanstalk (awsQuery, Version 2010-12-01, signing name elasticbeanstalk): environments,
// with AbortEnvironmentUpdate, DescribeEnvironments, DescribeEvents and DescribeApplications as the model in
// ../shared/reference/models/elasticbeanstalk says (shapes, filters, MaxRecords and NextToken).
// The model lists only InsufficientPrivilegesException for the abort; what the service answers
// when there is nothing to abort, or no such environment, is InvalidParameterValue with the
// wording in ../shared/notes/aws-facts.md. Like the other services, an environment moves only when
// it is read (DescribeEnvironments), which keeps tests deterministic.
import {
  ACCOUNT_ID,
  AwsError,
  bool,
  count,
  decodeToken,
  DEFAULT_REGION,
  isObject,
  nonEmpty,
  oneOf,
  paginate,
  randomChars,
  RecordStore,
  snapshot,
  uniqueId,
  validate
} from './common.js'

export const ENVIRONMENT_STATUSES = /** @type {const} */ ([
  'Aborting',
  'Launching',
  'Updating',
  'LinkingFrom',
  'LinkingTo',
  'Ready',
  'Terminating',
  'Terminated'
])
export const HEALTHS = /** @type {const} */ (['Green', 'Yellow', 'Red', 'Grey'])
export const HEALTH_STATUSES = /** @type {const} */ ([
  'NoData',
  'Unknown',
  'Pending',
  'Ok',
  'Info',
  'Warning',
  'Degraded',
  'Severe',
  'Suspended'
])
/** EventSeverity, lowest first: a Severity filter keeps that level and those above it. */
export const SEVERITIES = /** @type {const} */ ([
  'TRACE',
  'DEBUG',
  'INFO',
  'WARN',
  'ERROR',
  'FATAL'
])
/** Environment names: 4-40 letters, digits and hyphens, not starting or ending with a hyphen. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9-]{2,38}[A-Za-z0-9]$/
const ID = /^e-[a-z0-9]{10}$/
/** DescribeEvents: "the most recent 1,000 events" when MaxRecords is not given. */
const EVENTS_PAGE = 1000
/** The health status a health colour reads as when the test does not say. */
const HEALTH_STATUS_OF = /** @type {Record<string, string>} */ ({
  Green: 'Ok',
  Yellow: 'Warning',
  Red: 'Severe',
  Grey: 'Unknown'
})
/** What Elastic Beanstalk records when an aborted deployment leaves instances on either version. */
export const ABORT_ERRORS = [
  'During an aborted deployment, some instances may have deployed the new application version. To ensure all instances are running the same version, re-deploy the appropriate application version.',
  'Failed to deploy application.'
]

/** @type {import('./common.js').MemberRule} */
const ENV_NAME = { type: 'string', min: 4, max: 40 }
/** @type {import('./common.js').MemberRule} */
const LABEL = { type: 'string', min: 1, max: 100 }
/** @type {import('./common.js').MemberRule} */
const MAX_RECORDS = { type: 'integer', min: 1, max: 1000 }

/**
 * @typedef {object} EnvironmentOptions
 * @property {string} [environmentName] default "demo-env"
 * @property {string} [applicationName] default "demo-app"
 * @property {string} [id] "e-" and 10 of a-z 0-9 (default: a new one)
 * @property {string} [region] of its ARN and CNAME (default us-east-1)
 * @property {string} [status] default Updating
 * @property {boolean} [abortable] AbortableOperationInProgress (default: true while Updating);
 *   false while Updating plays the cleanup after the last batch, which cannot be aborted
 * @property {string} [versionLabel] the version it runs, or is deploying (default "v2")
 * @property {string} [previousVersionLabel] the version an abort rolls back to (default "v1")
 * @property {string} [health] default Green
 * @property {string} [healthStatus] default Info while an update runs, else as `health` reads
 * @property {number} [updatedAt] ms since the epoch: DateUpdated, when the update began (default now)
 * @property {number} [reads] DescribeEnvironments reads after an abort that still show it
 *   Aborting (default 1); the next one shows it Ready on `previousVersionLabel`
 * @property {string} [abortEndsHealth] the health it is Ready with after an abort (default Green)
 * @property {string} [abortEndsHealthStatus] default as `abortEndsHealth` reads (Red: Severe)
 * @property {string[]} [abortErrors] the ERROR events an abort that ends unhealthy records
 *   (default ABORT_ERRORS)
 * @property {number} [finishesAfterReads] the update finishes on its own (Ready, on the new
 *   version) once this many DescribeEnvironments reads have shown it (default: never)
 */

/**
 * @typedef {object} EventRecord
 * @property {number} at ms since the epoch
 * @property {string} message
 * @property {string} severity
 * @property {string} versionLabel
 * @property {string} requestId
 */

/**
 * @typedef {object} EnvironmentRecord
 * @property {'environment'} kind
 * @property {number} seq
 * @property {string} id the environment ID
 * @property {string} environmentName
 * @property {string} applicationName
 * @property {string} region
 * @property {string} status
 * @property {boolean} abortable
 * @property {string} versionLabel
 * @property {string} previousVersionLabel
 * @property {string} health
 * @property {string} healthStatus
 * @property {number} createdAt
 * @property {number} updatedAt
 * @property {number | null} terminatedAt
 * @property {number} readsAfter
 * @property {string} abortEndsHealth
 * @property {string} abortEndsHealthStatus
 * @property {string[]} abortErrors
 * @property {number | null} finishLeft reads before the update finishes on its own
 * @property {boolean} aborting an accepted abort is rolling it back
 * @property {number} readsLeft
 * @property {number} reads DescribeEnvironments reads that returned it
 * @property {string[]} calls the operations accepted (AbortEnvironmentUpdate)
 * @property {EventRecord[]} events newest first
 */

/**
 * @typedef {object} ApplicationRecord
 * @property {string} name
 * @property {string} region
 * @property {number} createdAt
 */

/** @extends {RecordStore<EnvironmentRecord>} */
export class ElasticBeanstalkState extends RecordStore {
  constructor() {
    super()
    /**
     * The applications: each one an environment was added in, and those added on their own
     * (addApplication), environments or not.
     * @type {Map<string, ApplicationRecord>}
     */
    this.applications = new Map()
    /** @type {Record<string, import('./common.js').Handler>} */
    this.operations = {
      AbortEnvironmentUpdate: body => this.abortEnvironmentUpdate(body),
      DescribeEnvironments: body => this.describeEnvironments(body),
      DescribeEvents: body => this.describeEvents(body),
      DescribeApplications: body => this.describeApplications(body)
    }
  }

  /** @override */
  reset() {
    super.reset()
    this.applications.clear()
  }

  /**
   * An application with no environment (add makes the application of its environment itself).
   * @param {{ name?: string, region?: string }} [opts]
   * @returns {string} its name
   */
  addApplication(opts = {}) {
    if (!isObject(opts)) throw new TypeError('addBeanstalkApplication options must be an object')
    const name = nonEmpty('name', opts.name ?? 'demo-app')
    if (this.applications.has(name)) throw new TypeError(`an application named ${name} exists`)
    this.application(name, opts.region)
    return name
  }

  /**
   * @param {string} name
   * @param {string} [region]
   */
  application(name, region) {
    if (name.length > 100) throw new TypeError('an application name is at most 100 characters')
    const existing = this.applications.get(name)
    if (existing) return existing
    /** @type {ApplicationRecord} */
    const app = {
      name,
      region: nonEmpty('region', region ?? DEFAULT_REGION),
      createdAt: Date.now() - 86_400_000
    }
    this.applications.set(name, app)
    return app
  }

  applicationList() {
    return snapshot([...this.applications.values()])
  }

  /**
   * @param {EnvironmentOptions} [opts]
   * @returns {string} the environment ID
   */
  add(opts = {}) {
    if (!isObject(opts)) throw new TypeError('addEnvironment options must be an object')
    const environmentName = opts.environmentName ?? 'demo-env'
    if (typeof environmentName !== 'string' || !NAME.test(environmentName))
      throw new TypeError(
        `environmentName must be 4-40 letters, digits and hyphens; got ${JSON.stringify(environmentName)}`
      )
    if (this.byName(environmentName))
      throw new TypeError(`an environment named ${environmentName} exists already`)
    const id =
      opts.id ??
      uniqueId(() => `e-${randomChars('abcdefghijklmnopqrstuvwxyz0123456789', 10)}`, this.records)
    if (typeof id !== 'string' || !ID.test(id) || this.records.has(id))
      throw new TypeError(`id must be "e-" and 10 of a-z 0-9, not taken; got ${JSON.stringify(id)}`)
    const status = oneOf('status', opts.status ?? 'Updating', ENVIRONMENT_STATUSES)
    const running = status === 'Updating' || status === 'Aborting'
    const health = oneOf('health', opts.health ?? 'Green', HEALTHS)
    const abortEndsHealth = oneOf('abortEndsHealth', opts.abortEndsHealth ?? 'Green', HEALTHS)
    const updatedAt = opts.updatedAt ?? Date.now()
    const finishes = opts.finishesAfterReads
    if (finishes !== undefined && count('finishesAfterReads', finishes) < 1)
      throw new TypeError('finishesAfterReads must be 1 or more (or give status: "Ready")')
    /** @type {EnvironmentRecord} */
    const rec = {
      kind: 'environment',
      seq: ++this.seq,
      id,
      environmentName,
      applicationName: nonEmpty('applicationName', opts.applicationName ?? 'demo-app'),
      region: nonEmpty('region', opts.region ?? DEFAULT_REGION),
      status,
      abortable: bool('abortable', opts.abortable ?? status === 'Updating'),
      versionLabel: nonEmpty('versionLabel', opts.versionLabel ?? 'v2'),
      previousVersionLabel: nonEmpty('previousVersionLabel', opts.previousVersionLabel ?? 'v1'),
      health,
      healthStatus: oneOf(
        'healthStatus',
        opts.healthStatus ?? (running ? 'Info' : HEALTH_STATUS_OF[health]),
        HEALTH_STATUSES
      ),
      createdAt: updatedAt - 86_400_000,
      updatedAt,
      terminatedAt: status === 'Terminated' ? updatedAt : null,
      readsAfter: count('reads', opts.reads ?? 1),
      abortEndsHealth,
      abortEndsHealthStatus: oneOf(
        'abortEndsHealthStatus',
        opts.abortEndsHealthStatus ?? HEALTH_STATUS_OF[abortEndsHealth],
        HEALTH_STATUSES
      ),
      abortErrors: (opts.abortErrors ?? ABORT_ERRORS).map(m => nonEmpty('abortErrors[]', m)),
      finishLeft: finishes === undefined ? null : finishes,
      aborting: status === 'Aborting',
      readsLeft: status === 'Aborting' ? count('reads', opts.reads ?? 1) : 0,
      reads: 0,
      calls: [],
      events: []
    }
    this.application(rec.applicationName, rec.region)
    this.records.set(id, rec)
    if (status === 'Updating') this.updateEvents(rec, updatedAt)
    return id
  }

  /**
   * Starts an update of an environment at rest, as a deploy would (UpdateEnvironment with a new
   * version label): for tests and the demo.
   * @param {string} nameOrId
   * @param {string} versionLabel
   * @returns {string} the environment ID
   */
  startUpdate(nameOrId, versionLabel) {
    const rec = ID.test(nameOrId) ? this.records.get(nameOrId) : this.byName(nameOrId)
    if (!rec) throw new TypeError(`no environment ${nameOrId}`)
    if (rec.status !== 'Ready') throw new TypeError(`environment ${nameOrId} is ${rec.status}`)
    rec.previousVersionLabel = rec.versionLabel
    rec.versionLabel = nonEmpty('versionLabel', versionLabel)
    rec.status = 'Updating'
    rec.abortable = true
    rec.healthStatus = 'Info'
    rec.updatedAt = Date.now()
    this.updateEvents(rec, rec.updatedAt)
    return rec.id
  }

  /** @param {string} name a live environment of that name (names of terminated ones are free) */
  byName(name) {
    return [...this.records.values()].find(
      r => r.environmentName === name && r.status !== 'Terminated'
    )
  }

  /**
   * @param {EnvironmentRecord} rec
   * @param {number} at
   */
  updateEvents(rec, at) {
    this.event(rec, 'INFO', 'Environment update is starting.', at)
    this.event(rec, 'INFO', 'Deploying new version to instance(s).', at)
  }

  /**
   * @param {EnvironmentRecord} rec
   * @param {string} severity
   * @param {string} message
   * @param {number} [at]
   */
  event(rec, severity, message, at = Date.now()) {
    rec.events.unshift({
      at,
      message,
      severity,
      versionLabel: rec.versionLabel,
      requestId: randomChars('0123456789abcdef', 8)
    })
  }

  /**
   * A read moves an environment along: an abort settles after `readsAfter` reads; an update that
   * finishes on its own does so after the read that used up `finishLeft`.
   * @param {EnvironmentRecord} rec
   */
  read(rec) {
    rec.reads++
    if (!rec.aborting) return
    if (rec.readsLeft > 0) {
      rec.readsLeft--
      return
    }
    rec.aborting = false
    rec.status = 'Ready'
    rec.versionLabel = rec.previousVersionLabel
    rec.health = rec.abortEndsHealth
    rec.healthStatus = rec.abortEndsHealthStatus
    rec.updatedAt = Date.now()
    const healthy = rec.health !== 'Red' && !['Severe', 'Degraded'].includes(rec.healthStatus)
    if (!healthy) for (const message of rec.abortErrors) this.event(rec, 'ERROR', message)
    this.event(rec, 'INFO', `Aborted the environment update: back on version ${rec.versionLabel}.`)
    if (!healthy)
      this.event(
        rec,
        'WARN',
        `Environment health has transitioned from Info to ${rec.healthStatus}.`
      )
  }

  /** @param {EnvironmentRecord} rec */
  afterRead(rec) {
    if (rec.finishLeft === null || rec.status !== 'Updating') return
    rec.finishLeft--
    if (rec.finishLeft > 0) return
    rec.finishLeft = null
    rec.status = 'Ready'
    rec.abortable = false
    rec.healthStatus = HEALTH_STATUS_OF[rec.health] ?? 'Ok'
    rec.updatedAt = Date.now()
    this.event(rec, 'INFO', 'Environment update completed successfully.')
  }

  /**
   * The environment an abort names: by ID (even terminated), or by name (only a live one).
   * @param {Record<string, unknown>} body
   */
  named(body) {
    const id = /** @type {string | undefined} */ (body.EnvironmentId)
    const name = /** @type {string | undefined} */ (body.EnvironmentName)
    if (id === undefined && name === undefined)
      throw new AwsError(
        'MissingParameter',
        'Either EnvironmentName or EnvironmentId must be specified.'
      )
    const rec = id !== undefined ? this.records.get(id) : this.byName(/** @type {string} */ (name))
    if (!rec || (name !== undefined && rec.environmentName !== name))
      throw invalid(
        id !== undefined
          ? `No Environment found for EnvironmentId = '${id}'.`
          : `No Environment found for EnvironmentName = '${name}'.`
      )
    return rec
  }

  /** @param {Record<string, unknown>} body */
  abortEnvironmentUpdate(body) {
    validate(
      body,
      { EnvironmentId: { type: 'string' }, EnvironmentName: ENV_NAME },
      validationError
    )
    const rec = this.named(body)
    if (rec.status !== 'Updating' || !rec.abortable)
      throw invalid(
        `Environment named ${rec.environmentName} is in an invalid state for this operation. Must be pending deployment.`
      )
    rec.status = 'Aborting'
    rec.abortable = false
    rec.aborting = true
    rec.finishLeft = null
    rec.readsLeft = rec.readsAfter
    rec.updatedAt = Date.now()
    rec.calls.push('AbortEnvironmentUpdate')
    this.event(
      rec,
      'INFO',
      'Aborting the environment update: rolling back to the previous version.'
    )
    return null
  }

  /** @param {Record<string, unknown>} raw */
  describeEnvironments(raw) {
    const body = typed(raw, {
      MaxRecords: 'integer',
      IncludeDeleted: 'boolean',
      IncludedDeletedBackTo: 'timestamp'
    })
    validate(
      body,
      {
        ApplicationName: LABEL,
        VersionLabel: LABEL,
        EnvironmentIds: { type: 'list', member: { type: 'string' } },
        EnvironmentNames: { type: 'list', member: ENV_NAME },
        IncludeDeleted: { type: 'boolean' },
        IncludedDeletedBackTo: { type: 'timestamp' },
        MaxRecords: MAX_RECORDS,
        NextToken: { type: 'string' }
      },
      validationError
    )
    const ids = /** @type {string[] | undefined} */ (body.EnvironmentIds)
    const names = /** @type {string[] | undefined} */ (body.EnvironmentNames)
    const backTo = /** @type {number | undefined} */ (body.IncludedDeletedBackTo)
    const matching = [...this.records.values()]
      .filter(
        r =>
          (body.ApplicationName === undefined || r.applicationName === body.ApplicationName) &&
          (body.VersionLabel === undefined || r.versionLabel === body.VersionLabel) &&
          (ids === undefined || ids.includes(r.id)) &&
          (names === undefined || names.includes(r.environmentName)) &&
          (r.status !== 'Terminated' ||
            (body.IncludeDeleted !== false &&
              (backTo === undefined || (r.terminatedAt ?? 0) >= backTo * 1000)))
      )
      .reverse()
    const { page, nextToken } = this.page(body, matching, matching.length)
    for (const rec of page) this.read(rec)
    const shapes = page.map(environmentShape)
    for (const rec of page) this.afterRead(rec)
    return { Environments: shapes, ...(nextToken ? { NextToken: nextToken } : {}) }
  }

  /**
   * Every application, or those of the names given: a name of no application is left out, with
   * no error (the model lists none).
   * @param {Record<string, unknown>} body
   */
  describeApplications(body) {
    validate(body, { ApplicationNames: { type: 'list', member: LABEL } }, validationError)
    const names = /** @type {string[] | undefined} */ (body.ApplicationNames)
    const apps = [...this.applications.values()].filter(
      a => names === undefined || names.includes(a.name)
    )
    return {
      Applications: apps.map(a => {
        const envs = [...this.records.values()].filter(r => r.applicationName === a.name)
        return {
          ApplicationArn: `arn:aws:elasticbeanstalk:${a.region}:${ACCOUNT_ID}:application/${a.name}`,
          ApplicationName: a.name,
          DateCreated: new Date(a.createdAt),
          DateUpdated: new Date(a.createdAt),
          Versions: [...new Set(envs.flatMap(r => [r.versionLabel, r.previousVersionLabel]))],
          ConfigurationTemplates: []
        }
      })
    }
  }

  /** @param {Record<string, unknown>} raw */
  describeEvents(raw) {
    const body = typed(raw, { MaxRecords: 'integer', StartTime: 'timestamp', EndTime: 'timestamp' })
    validate(
      body,
      {
        ApplicationName: LABEL,
        VersionLabel: LABEL,
        TemplateName: { type: 'string', min: 1, max: 100 },
        EnvironmentId: { type: 'string' },
        EnvironmentName: ENV_NAME,
        PlatformArn: { type: 'string' },
        RequestId: { type: 'string' },
        Severity: { type: 'string', enum: SEVERITIES },
        StartTime: { type: 'timestamp' },
        EndTime: { type: 'timestamp' },
        MaxRecords: MAX_RECORDS,
        NextToken: { type: 'string' }
      },
      validationError
    )
    const least = SEVERITIES.indexOf(/** @type {any} */ (body.Severity ?? 'TRACE'))
    const start = /** @type {number | undefined} */ (body.StartTime)
    const end = /** @type {number | undefined} */ (body.EndTime)
    const events = [...this.records.values()]
      .filter(
        r =>
          (body.ApplicationName === undefined || r.applicationName === body.ApplicationName) &&
          (body.EnvironmentId === undefined || r.id === body.EnvironmentId) &&
          (body.EnvironmentName === undefined || r.environmentName === body.EnvironmentName) &&
          // No configuration templates or custom platforms here: such a filter matches nothing.
          body.TemplateName === undefined &&
          body.PlatformArn === undefined
      )
      .flatMap(r => r.events.map((e, i) => ({ r, e, i })))
      .filter(
        ({ e }) =>
          SEVERITIES.indexOf(/** @type {any} */ (e.severity)) >= least &&
          (start === undefined || e.at >= start * 1000) &&
          (end === undefined || e.at < end * 1000) &&
          (body.VersionLabel === undefined || e.versionLabel === body.VersionLabel) &&
          (body.RequestId === undefined || e.requestId === body.RequestId)
      )
      // Newest first; within one environment, events of the same moment in the order recorded.
      .sort((a, b) => b.e.at - a.e.at || b.r.seq - a.r.seq || a.i - b.i)
      .map(({ r, e }) => ({
        EventDate: new Date(e.at),
        Message: e.message,
        ApplicationName: r.applicationName,
        VersionLabel: e.versionLabel,
        EnvironmentName: r.environmentName,
        RequestId: e.requestId,
        Severity: e.severity
      }))
    const { page, nextToken } = this.page(body, events, EVENTS_PAGE)
    return { Events: page, ...(nextToken ? { NextToken: nextToken } : {}) }
  }

  /**
   * One page of a describe call: `MaxRecords` at a time (or `fallback`), the token tied to the
   * request's other members ("All other parameter values must be identical").
   * @template T
   * @param {Record<string, unknown>} body
   * @param {T[]} items
   * @param {number} fallback
   */
  page(body, items, fallback) {
    const { NextToken: token, ...query } = body
    const scope = JSON.stringify(Object.entries(query).sort())
    const offset = decodeToken(token, scope)
    if (offset === null) throw invalid('The NextToken is not valid for this request.')
    const size = /** @type {number | undefined} */ (body.MaxRecords) ?? Math.max(fallback, 1)
    return paginate(items, offset, size, scope)
  }
}

/** @param {EnvironmentRecord} rec */
function environmentShape(rec) {
  return {
    EnvironmentName: rec.environmentName,
    EnvironmentId: rec.id,
    ApplicationName: rec.applicationName,
    VersionLabel: rec.versionLabel,
    SolutionStackName: '64bit Amazon Linux 2023 v6.6.0 running Node.js 22',
    PlatformArn: `arn:aws:elasticbeanstalk:${rec.region}::platform/Node.js 22 running on 64bit Amazon Linux 2023/6.6.0`,
    EndpointURL: `awseb-${rec.id}-AWSEBLoa-1ABCDEFGHIJK-123456789.${rec.region}.elb.amazonaws.com`,
    CNAME: `${rec.environmentName}.${rec.region}.elasticbeanstalk.com`,
    DateCreated: new Date(rec.createdAt),
    DateUpdated: new Date(rec.updatedAt),
    Status: rec.status,
    AbortableOperationInProgress: rec.abortable,
    Health: rec.health,
    HealthStatus: rec.healthStatus,
    Tier: { Name: 'WebServer', Type: 'Standard', Version: '1.0' },
    EnvironmentArn: `arn:aws:elasticbeanstalk:${rec.region}:${ACCOUNT_ID}:environment/${rec.applicationName}/${rec.environmentName}`
  }
}

/**
 * awsQuery sends every member as text: the numbers, booleans and timestamps the model names are
 * read here, as the service does, before the model's constraints are checked.
 * @param {Record<string, unknown>} body
 * @param {Record<string, 'integer' | 'boolean' | 'timestamp'>} types
 * @returns {Record<string, unknown>}
 */
function typed(body, types) {
  /** @type {Record<string, unknown>} */
  const out = { ...body }
  for (const [name, type] of Object.entries(types)) {
    const raw = body[name]
    if (raw === undefined) continue
    const text = String(raw)
    if (type === 'integer' && /^-?\d+$/.test(text)) out[name] = Number(text)
    else if (type === 'boolean' && (text === 'true' || text === 'false'))
      out[name] = text === 'true'
    else if (type === 'timestamp' && !Number.isNaN(Date.parse(text)))
      out[name] = Date.parse(text) / 1000
    else
      throw validationError(
        `1 validation error detected: Value '${text}' at '${name}' failed to satisfy constraint: Member must be ${type === 'timestamp' ? 'a timestamp' : `a${type === 'integer' ? 'n' : ''} ${type}`}`
      )
  }
  return out
}

/** @param {string} message */
function invalid(message) {
  return new AwsError('InvalidParameterValue', message)
}

/** @param {string} message */
function validationError(message) {
  return new AwsError('ValidationError', message)
}
