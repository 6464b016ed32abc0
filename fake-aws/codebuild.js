// @ts-check
// CodeBuild (CodeBuild_20161006): builds and build batches, StopBuild / StopBuildBatch and the
// reads that follow them. Builds and batches behave alike, so one class keeps both.
import {
  ACCOUNT_ID,
  AwsError,
  DEFAULT_REGION,
  bool,
  UUID_PATTERN,
  count,
  decodeToken,
  epochSeconds,
  isObject,
  lowerUuid,
  oneOf,
  paginate,
  snapshot,
  uniqueId,
  validate
} from './common.js'

export const BUILD_STATUSES = /** @type {const} */ ([
  'IN_PROGRESS',
  'SUCCEEDED',
  'FAILED',
  'FAULT',
  'TIMED_OUT',
  'STOPPED'
])
const TERMINAL = ['SUCCEEDED', 'FAILED', 'FAULT', 'TIMED_OUT', 'STOPPED']
const PROJECT_PATTERN = '[A-Za-z0-9][A-Za-z0-9\\-_]{1,149}'
const ID_PATTERN = new RegExp(`^${PROJECT_PATTERN}:${UUID_PATTERN}$`)
const PHASES_BEFORE_BUILD = [
  'SUBMITTED',
  'QUEUED',
  'PROVISIONING',
  'DOWNLOAD_SOURCE',
  'INSTALL',
  'PRE_BUILD'
]

/**
 * @typedef {object} BuildOptions
 * @property {string} [projectName]
 * @property {string} [id]
 * @property {string} [status]
 * @property {boolean} [stopImmediately] the stop response itself already shows the end state
 * @property {number} [stopReads]
 * @property {string} [endsAs]
 * @property {string} [sourceVersion] as StartBuild took it: a commit, branch, tag or pr/N
 * @property {string} [resolvedSourceVersion] the commit CodeBuild resolved it to
 * @property {number} [startTime] ms since the epoch (default: now)
 */

/**
 * @typedef {object} BuildRecord
 * @property {'build' | 'buildBatch'} kind
 * @property {number} seq creation order
 * @property {string} id
 * @property {string} projectName
 * @property {number} number buildNumber or buildBatchNumber
 * @property {string} status
 * @property {string | null} sourceVersion
 * @property {string | null} resolvedSourceVersion
 * @property {number} startTime ms
 * @property {number | null} endTime ms
 * @property {boolean} stopImmediately
 * @property {number} stopReads
 * @property {string} endsAs
 * @property {boolean} stopping a stop was accepted and has not settled yet
 * @property {string | null} target the status this release settles to on a later read
 * @property {number} readsLeft status reads that still show IN_PROGRESS before `target`
 * @property {number} reads status reads so far
 * @property {number} stopCount StopBuild / StopBuildBatch calls that found it
 */

/** @typedef {import('./common.js').RequestContext} RequestContext */

const KINDS = {
  build: { label: 'build', arnType: 'build', noun: 'Build' },
  buildBatch: { label: 'build batch', arnType: 'build-batch', noun: 'Build batch' }
}

export class CodeBuildState {
  constructor() {
    /** @type {Map<string, BuildRecord>} */
    this.builds = new Map()
    /** @type {Map<string, BuildRecord>} */
    this.batches = new Map()
    this.seq = 0
    /** @type {Record<string, import('./common.js').Handler>} */
    this.operations = {
      StopBuild: (body, ctx) => ({ build: this.stop(this.builds, body, ctx) }),
      StopBuildBatch: (body, ctx) => ({ buildBatch: this.stop(this.batches, body, ctx) }),
      BatchGetBuilds: (body, ctx) => {
        const { found, missing } = this.batchGet(this.builds, body, ctx, 1)
        return { builds: found, buildsNotFound: missing }
      },
      BatchGetBuildBatches: (body, ctx) => {
        const { found, missing } = this.batchGet(this.batches, body, ctx, 0)
        return { buildBatches: found, buildBatchesNotFound: missing }
      },
      ListBuildsForProject: body => this.listForProject(this.builds, body),
      ListBuildBatchesForProject: body => this.listForProject(this.batches, body)
    }
  }

  reset() {
    this.builds.clear()
    this.batches.clear()
  }

  /** @param {string} id */
  get(id) {
    const rec = this.builds.get(id) ?? this.batches.get(id)
    return rec && snapshot(rec)
  }

  list() {
    return [...this.builds.values(), ...this.batches.values()].map(snapshot)
  }

  /**
   * @param {'build' | 'buildBatch'} kind
   * @param {BuildOptions} [opts]
   * @returns {string}
   */
  add(kind, opts = {}) {
    const what = kind === 'build' ? 'addBuild' : 'addBuildBatch'
    if (!isObject(opts)) throw new TypeError(`${what} options must be an object`)
    const map = kind === 'build' ? this.builds : this.batches
    // The project may come from the id, so `addBuild({ id: 'web:<uuid>' })` is enough.
    const fromId = typeof opts.id === 'string' ? opts.id.split(':')[0] : undefined
    const projectName = opts.projectName ?? fromId ?? 'demo-project'
    if (typeof projectName !== 'string' || !new RegExp(`^${PROJECT_PATTERN}$`).test(projectName))
      throw new TypeError(
        `projectName must match ${PROJECT_PATTERN}; got ${JSON.stringify(projectName)}`
      )
    const id = opts.id ?? uniqueId(() => `${projectName}:${lowerUuid()}`, map)
    if (
      typeof id !== 'string' ||
      !ID_PATTERN.test(id) ||
      (fromId !== undefined && fromId !== projectName)
    )
      throw new TypeError(
        `${what}: id must be ${projectName}:<lower-case uuid>; got ${JSON.stringify(id)}`
      )
    if (map.has(id)) throw new TypeError(`${KINDS[kind].label} ${id} already exists`)
    const status = oneOf('status', opts.status ?? 'IN_PROGRESS', BUILD_STATUSES)
    const now = opts.startTime ?? Date.now()
    if (typeof now !== 'number' || !Number.isFinite(now))
      throw new TypeError(`startTime must be ms since the epoch; got ${JSON.stringify(now)}`)
    for (const field of /** @type {const} */ (['sourceVersion', 'resolvedSourceVersion']))
      if (opts[field] !== undefined && typeof opts[field] !== 'string')
        throw new TypeError(`${field} must be a string`)
    /** @type {BuildRecord} */
    const rec = {
      kind,
      seq: ++this.seq,
      id,
      projectName,
      number: [...map.values()].filter(r => r.projectName === projectName).length + 1,
      status,
      sourceVersion: opts.sourceVersion ?? null,
      resolvedSourceVersion: opts.resolvedSourceVersion ?? null,
      startTime: now,
      endTime: status === 'IN_PROGRESS' ? null : Date.now(),
      stopImmediately: bool('stopImmediately', opts.stopImmediately ?? false),
      stopReads: count('stopReads', opts.stopReads ?? 1),
      endsAs: oneOf('endsAs', opts.endsAs ?? 'STOPPED', TERMINAL),
      stopping: false,
      target: null,
      readsLeft: 0,
      reads: 0,
      stopCount: 0
    }
    map.set(id, rec)
    return id
  }

  /**
   * @param {Map<string, BuildRecord>} map
   * @param {Record<string, unknown>} body
   * @param {RequestContext} ctx
   */
  stop(map, body, ctx) {
    validate(body, { id: { type: 'string', required: true, min: 1 } }, invalidInput)
    const id = /** @type {string} */ (body.id)
    const kind = map === this.builds ? KINDS.build : KINDS.buildBatch
    if (!ID_PATTERN.test(id)) throw invalidInput(`Invalid ${kind.label} ID provided: ${id}`)
    const rec = map.get(id)
    if (!rec)
      throw new AwsError('ResourceNotFoundException', `${kind.noun} not found for id: ${id}`)
    rec.stopCount++
    // A finished release is answered as it is: AWS does not document an error for it.
    if (rec.status === 'IN_PROGRESS' && !rec.stopping) {
      rec.stopping = true
      rec.target = rec.endsAs
      rec.readsLeft = rec.stopReads
      if (rec.stopImmediately) finish(rec, rec.endsAs)
    }
    return render(rec, ctx)
  }

  /**
   * @param {Map<string, BuildRecord>} map
   * @param {Record<string, unknown>} body
   * @param {RequestContext} ctx
   * @param {number} min the model allows an empty list for batches, not for builds
   */
  batchGet(map, body, ctx, min) {
    validate(
      body,
      { ids: { type: 'list', required: true, min, max: 100, member: { type: 'string', min: 1 } } },
      invalidInput
    )
    /** @type {object[]} */
    const found = []
    /** @type {string[]} */
    const missing = []
    for (const id of new Set(/** @type {string[]} */ (body.ids))) {
      const rec = map.get(id)
      if (!rec) {
        missing.push(id)
        continue
      }
      read(rec)
      found.push(render(rec, ctx))
    }
    return { found, missing }
  }

  /**
   * @param {Map<string, BuildRecord>} map
   * @param {Record<string, unknown>} body
   */
  listForProject(map, body) {
    const batches = map === this.batches
    validate(
      body,
      {
        projectName: { type: 'string', required: !batches, min: 1 },
        sortOrder: { type: 'string', enum: ['ASCENDING', 'DESCENDING'] },
        nextToken: { type: 'string' },
        ...(batches
          ? {
              maxResults: { type: 'integer', min: 1, max: 100 },
              filter: {
                type: 'structure',
                members: { status: { type: 'string', enum: BUILD_STATUSES } }
              }
            }
          : {})
      },
      invalidInput
    )
    const project = /** @type {string | undefined} */ (body.projectName)
    // No project registry here: a project exists once a build or batch names it.
    if (
      project !== undefined &&
      ![...this.builds.values(), ...this.batches.values()].some(r => r.projectName === project)
    )
      throw new AwsError(
        'ResourceNotFoundException',
        `The provided project name does not exist: ${project}`
      )
    // The model: "If the project has more than 100 builds, setting the sort order will result in
    // an error." (ListBuildsForProject only.)
    if (
      !batches &&
      body.sortOrder !== undefined &&
      [...map.values()].filter(r => r.projectName === project).length > 100
    )
      throw invalidInput('Sort order cannot be specified for a project with more than 100 builds')
    const status = /** @type {{ status?: string } | undefined} */ (body.filter)?.status
    const order = body.sortOrder ?? 'DESCENDING'
    const scope = JSON.stringify([batches, project ?? null, status ?? null, order])
    const offset = decodeToken(body.nextToken, scope)
    if (offset === null) throw invalidInput('Invalid next token')
    const ids = [...map.values()]
      .filter(
        r =>
          (project === undefined || r.projectName === project) &&
          (status === undefined || r.status === status)
      )
      .sort((a, b) => (order === 'ASCENDING' ? a.seq - b.seq : b.seq - a.seq))
      .map(r => r.id)
    const size = /** @type {number | undefined} */ (body.maxResults) ?? 100
    const { page, nextToken } = paginate(ids, offset, size, scope)
    return nextToken ? { ids: page, nextToken } : { ids: page }
  }
}

/** @param {BuildRecord} rec */
function read(rec) {
  rec.reads++
  if (rec.target === null) return
  if (rec.readsLeft > 0) rec.readsLeft--
  else finish(rec, rec.target)
}

/**
 * @param {BuildRecord} rec
 * @param {string} status
 */
function finish(rec, status) {
  rec.status = status
  rec.endTime = Date.now()
  rec.target = null
  rec.stopping = false
}

/**
 * @param {BuildRecord} rec
 * @param {RequestContext} ctx
 */
function render(rec, ctx) {
  const done = rec.status !== 'IN_PROGRESS'
  const arn = `arn:aws:codebuild:${ctx.region ?? DEFAULT_REGION}:${ACCOUNT_ID}:${KINDS[rec.kind].arnType}/${rec.id}`
  const common = {
    id: rec.id,
    arn,
    startTime: epochSeconds(rec.startTime),
    ...(rec.endTime !== null ? { endTime: epochSeconds(rec.endTime) } : {}),
    projectName: rec.projectName,
    ...(rec.sourceVersion !== null ? { sourceVersion: rec.sourceVersion } : {}),
    ...(rec.resolvedSourceVersion !== null
      ? { resolvedSourceVersion: rec.resolvedSourceVersion }
      : {}),
    queuedTimeoutInMinutes: 480,
    initiator: 'fake-aws'
  }
  if (rec.kind === 'build')
    return {
      ...common,
      buildNumber: rec.number,
      currentPhase: done ? 'COMPLETED' : 'BUILD',
      buildStatus: rec.status,
      phases: buildPhases(rec),
      timeoutInMinutes: 60,
      buildComplete: done
    }
  return {
    ...common,
    buildBatchNumber: rec.number,
    currentPhase: done ? batchEndPhase(rec.status) : 'IN_PROGRESS',
    buildBatchStatus: rec.status,
    phases: batchPhases(rec),
    buildTimeoutInMinutes: 60,
    complete: done
  }
}

/**
 * A finished phase, in the shape BatchGetBuilds gives it.
 * @param {string} phaseType
 * @param {string} phaseStatus
 * @param {number} start ms
 * @param {number} end ms
 */
function phase(phaseType, phaseStatus, start, end) {
  return {
    phaseType,
    phaseStatus,
    startTime: epochSeconds(start),
    endTime: epochSeconds(end),
    durationInSeconds: Math.round((end - start) / 1000)
  }
}

/**
 * Everything up to PRE_BUILD went fine; the build is in (or ended in) BUILD.
 * @param {BuildRecord} rec
 */
function buildPhases(rec) {
  const t = rec.startTime
  const phases = /** @type {object[]} */ (PHASES_BEFORE_BUILD.map(p => phase(p, 'SUCCEEDED', t, t)))
  if (rec.endTime === null) return [...phases, { phaseType: 'BUILD', startTime: epochSeconds(t) }]
  const end = rec.endTime
  phases.push({
    ...phase('BUILD', rec.status, t, end),
    ...(rec.status === 'FAILED'
      ? {
          contexts: [
            {
              statusCode: 'COMMAND_EXECUTION_ERROR',
              message: 'Error while executing command: make. Reason: exit status 2'
            }
          ]
        }
      : {})
  })
  if (rec.status === 'SUCCEEDED')
    phases.push(
      phase('POST_BUILD', 'SUCCEEDED', end, end),
      phase('UPLOAD_ARTIFACTS', 'SUCCEEDED', end, end)
    )
  phases.push(phase('FINALIZING', 'SUCCEEDED', end, end), {
    phaseType: 'COMPLETED',
    startTime: epochSeconds(end)
  })
  return phases
}

/** @param {string} status */
function batchEndPhase(status) {
  // The batch phase enum only has SUCCEEDED, FAILED and STOPPED as end phases.
  return status === 'SUCCEEDED' || status === 'STOPPED' ? status : 'FAILED'
}

/** @param {BuildRecord} rec */
function batchPhases(rec) {
  const t = rec.startTime
  /** @type {object[]} */
  const phases = [
    phase('SUBMITTED', 'SUCCEEDED', t, t),
    phase('DOWNLOAD_BATCHSPEC', 'SUCCEEDED', t, t)
  ]
  if (rec.endTime === null)
    return [...phases, { phaseType: 'IN_PROGRESS', startTime: epochSeconds(t) }]
  return [
    ...phases,
    phase('IN_PROGRESS', rec.status, t, rec.endTime),
    { phaseType: batchEndPhase(rec.status), startTime: epochSeconds(rec.endTime) }
  ]
}

/** @param {string} message */
function invalidInput(message) {
  return new AwsError('InvalidInputException', message)
}
