// @ts-check
// A fake of the AWS APIs the action calls (CodeDeploy, CodePipeline, CodeBuild, ECS,
// CloudFormation, EC2 Auto Scaling, Elastic Beanstalk, STS), faithful on
// the wire (each service's protocol, SigV4 credential scope, error shapes, timestamps) so the real
// AWS SDK v3 and the aws CLI talk to it unaware. This file is what every service shares: HTTP,
// the SigV4 checks, faults, rate limits, recording, the admin API. A wire protocol is a module in
// protocols/, a service a module listed in services.js. Release state moves only when clients read
// it, which keeps tests deterministic: see README.md next to this file.
import { createServer } from 'node:http'
import { AwsError, isObject, snapshot } from './common.js'
import { awsJson, header } from './protocols/aws-json.js'
import { PROTOCOLS, SERVICES } from './services.js'

/** @typedef {import('./services.js').ServiceSpec['name']} ServiceName */

const FAULT_TYPES = /** @type {const} */ (['throttle', 'server-error', 'delay', 'drop', 'error'])

/**
 * @typedef {object} RecordedRequest
 * @property {ServiceName} service
 * @property {string} operation
 * @property {Record<string, unknown>} body the parsed JSON body ({} when empty or unparsable)
 * @property {string | null} region from the SigV4 credential scope
 * @property {string | null} accessKeyId from the SigV4 credential scope
 * @property {string | null} signingService the service named in the credential scope
 * @property {string} userAgent
 * @property {number} at Date.now() on arrival
 * @property {number | null} answeredAt Date.now() when the answer was sent (null until then)
 * @property {string | null} fault the type of the fault applied to it, if any
 * @property {number | null} status the HTTP status answered (null until answered, or dropped)
 * @property {string | null} error the error type answered, if any
 */

/**
 * @typedef {object} FaultSpec
 * @property {string} [operation] only requests for this operation (any when omitted)
 * @property {string} [service] only requests for this service: codedeploy, codepipeline, codebuild, ecs, cloudformation, autoscaling, elasticbeanstalk, sts
 * @property {'throttle' | 'server-error' | 'delay' | 'drop' | 'error'} type
 * @property {number} [times] how many matching requests it hits (default 1; Infinity allowed)
 * @property {number} [delayMs] wait this long first (the whole point of `delay`; any type may use it)
 * @property {number} [status] HTTP status for server-error (500) and error (400)
 * @property {string} [errorType] __type for error (required) and server-error
 * @property {string} [message]
 * @property {number} [skip] let this many matching requests through first: a fault that starts
 *   after N calls (default 0)
 * @property {'first' | 'next' | 'any'} [page] only the first page of a list call (no nextToken in
 *   the request) or only the pages after it (a nextToken); any request when omitted
 */

/**
 * A per-operation request rate, as AWS enforces its API rate limits: a token bucket that holds
 * `burst` tokens and refills at `perSecond`; a request that finds it empty is throttled.
 * @typedef {object} RateLimitSpec
 * @property {string} operation
 * @property {number} perSecond
 * @property {number} [burst] default: perSecond (at least 1)
 */

/** @typedef {Required<RateLimitSpec> & { tokens: number, refilledAt: number, throttled: number }} RateLimit */

/**
 * @typedef {object} FakeAwsOptions
 * @property {number} [port] 0 (the default) picks a free port
 * @property {string} [host] default 127.0.0.1
 * @property {boolean | ((line: string) => void)} [log] one line per request, to stdout or a function
 */

/**
 * @param {FakeAwsOptions} [options]
 * @returns {Promise<FakeAws>} already listening
 */
export async function startFakeAws(options = {}) {
  const fake = new FakeAws(options)
  await fake.listen(options.port ?? 0, options.host ?? '127.0.0.1')
  return fake
}

export class FakeAws {
  /** @param {FakeAwsOptions} [options] */
  constructor(options = {}) {
    this.url = ''
    this.port = 0
    /** @type {RecordedRequest[]} */
    this.requests = []
    /** @type {Required<FaultSpec>[]} */
    this.faults = []
    /** @type {Map<string, RateLimit>} operation → its token bucket */
    this.rateLimits = new Map()
    /** @type {Record<string, import('./services.js').AnyState>} service name → its state */
    this.services = Object.fromEntries(SERVICES.map(s => [s.name, s.create()]))
    const log = options.log ?? false
    /** @type {((line: string) => void) | null} */
    this.log = typeof log === 'function' ? log : log ? line => console.log(line) : null
    /** @type {Set<{ timer: NodeJS.Timeout, resolve: () => void }>} */
    this.waits = new Set()
    this.server = createServer((req, res) => {
      this.handle(req, res).catch(err => {
        // A bug in the fake must not look like an AWS answer a client would retry quietly.
        console.error('fake-aws: internal error', err)
        if (!res.headersSent) awsJson.error(res, new AwsError('InternalFailure', String(err), 500))
      })
    })
  }

  /**
   * @param {number} port
   * @param {string} host
   * @returns {Promise<void>}
   */
  listen(port, host) {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(port, host, () => {
        this.server.off('error', reject)
        const address = this.server.address()
        if (address === null || typeof address === 'string')
          return reject(new Error('no TCP address'))
        this.port = address.port
        // A wildcard bind is reachable on loopback; clients cannot connect to 0.0.0.0 everywhere.
        const shown = ['0.0.0.0', '::'].includes(host) ? '127.0.0.1' : host
        this.url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${this.port}`
        resolve()
      })
    })
  }

  /**
   * @param {string} [operation]
   * @returns {RecordedRequest[]}
   */
  calls(operation) {
    return operation === undefined
      ? [...this.requests]
      : this.requests.filter(r => r.operation === operation)
  }

  clearRequests() {
    // In place, so a test holding `fake.requests` sees the same array.
    this.requests.length = 0
  }

  /**
   * @param {string} service
   * @param {string} route
   * @param {unknown} opts
   * @returns {string} the new release's ID
   */
  addRelease(service, route, opts) {
    const spec = SERVICES.find(s => s.name === service)
    const kind = spec?.releases.find(r => r.route === route)
    if (!spec || !kind) throw new TypeError(`no kind of release at ${service}/${route}`)
    return kind.add(this.services[service], opts)
  }

  /** @param {import('./codedeploy.js').DeploymentOptions} [opts] */
  addDeployment(opts) {
    return this.addRelease('codedeploy', 'deployments', opts)
  }

  /** @param {import('./codepipeline.js').PipelineExecutionOptions} [opts] */
  addPipelineExecution(opts) {
    return this.addRelease('codepipeline', 'pipeline-executions', opts)
  }

  /** @param {import('./codebuild.js').BuildOptions} [opts] */
  addBuild(opts) {
    return this.addRelease('codebuild', 'builds', opts)
  }

  /** @param {import('./codebuild.js').BuildOptions} [opts] */
  addBuildBatch(opts) {
    return this.addRelease('codebuild', 'build-batches', opts)
  }

  /**
   * @param {import('./ecs.js').ServiceDeploymentOptions} [opts]
   * @returns {string} its ARN
   */
  addServiceDeployment(opts) {
    return this.addRelease('ecs', 'service-deployments', opts)
  }

  /**
   * @param {import('./cloudformation.js').StackOptions} [opts]
   * @returns {string} its stack ID (ARN)
   */
  addStack(opts) {
    return this.addRelease('cloudformation', 'stacks', opts)
  }

  /**
   * Starts an update of an existing stack, as a deploy would.
   * @param {string} stackName
   * @returns {string} its stack ID
   */
  updateStack(stackName) {
    return /** @type {import('./cloudformation.js').CloudFormationState} */ (
      /** @type {unknown} */ (this.services.cloudformation)
    ).startUpdate(stackName)
  }

  /**
   * @param {import('./autoscaling.js').InstanceRefreshOptions} [opts]
   * @returns {string} its instance refresh ID
   */
  addInstanceRefresh(opts) {
    return this.addRelease('autoscaling', 'instance-refreshes', opts)
  }

  /**
   * An Auto Scaling group with no instance refresh (addInstanceRefresh makes its group itself).
   * @param {{ name?: string, region?: string, contention?: number }} [opts]
   * @returns {string} its name
   */
  addAutoScalingGroup(opts) {
    return this.autoScaling().addGroup(opts)
  }

  /**
   * What DescribeInstanceRefreshes answers for a group that does not exist, until a reset:
   * `ValidationError` (the default, as AWS is reported to answer) or `empty` (an empty list, which
   * the model would allow).
   * @param {'ValidationError' | 'empty'} answer
   */
  setUnknownAutoScalingGroupAnswer(answer) {
    if (answer !== 'ValidationError' && answer !== 'empty')
      throw new TypeError(`answer must be ValidationError or empty; got ${JSON.stringify(answer)}`)
    this.autoScaling().unknownGroupAnswer = answer
  }

  autoScaling() {
    return /** @type {import('./autoscaling.js').AutoScalingState} */ (
      /** @type {unknown} */ (this.services.autoscaling)
    )
  }

  /**
   * @param {import('./elasticbeanstalk.js').EnvironmentOptions} [opts]
   * @returns {string} its environment ID (e-…)
   */
  addEnvironment(opts) {
    return this.addRelease('elasticbeanstalk', 'environments', opts)
  }

  /**
   * An Elastic Beanstalk application with no environment (addEnvironment makes its application
   * itself).
   * @param {{ name?: string, region?: string }} [opts]
   * @returns {string} its name
   */
  addBeanstalkApplication(opts) {
    return /** @type {import('./elasticbeanstalk.js').ElasticBeanstalkState} */ (
      /** @type {unknown} */ (this.services.elasticbeanstalk)
    ).addApplication(opts)
  }

  /**
   * Starts an update of an Elastic Beanstalk environment at rest, as a deploy would.
   * @param {string} nameOrId
   * @param {string} versionLabel the version it deploys
   * @returns {string} its environment ID
   */
  updateEnvironment(nameOrId, versionLabel) {
    return /** @type {import('./elasticbeanstalk.js').ElasticBeanstalkState} */ (
      /** @type {unknown} */ (this.services.elasticbeanstalk)
    ).startUpdate(nameOrId, versionLabel)
  }

  /**
   * The account STS GetCallerIdentity names from now on (reset: 123456789012), to play
   * credentials of another account.
   * @param {string} account 12 digits
   */
  setAccount(account) {
    ;/** @type {import('./sts.js').StsState} */ (
      /** @type {unknown} */ (this.services.sts)
    ).setAccount(account)
  }

  /**
   * A copy of the stored record of any release; reading it is not a status read.
   * @param {string} id
   * @returns {Record<string, any> | undefined}
   */
  get(id) {
    for (const state of Object.values(this.services)) {
      const rec = state.get(id)
      if (rec) return rec
    }
    return undefined
  }

  /** Every release, by kind (what GET /__fake/state answers). */
  state() {
    /** @type {Record<string, object[]>} */
    const all = {}
    for (const spec of SERVICES) {
      const records = /** @type {any[]} */ (this.services[spec.name]?.list() ?? [])
      for (const kind of spec.releases) all[kind.key] = records.filter(r => kind.is?.(r) ?? true)
    }
    return all
  }

  /** @param {FaultSpec} spec */
  fault(spec) {
    if (!isObject(spec)) throw new TypeError('fault spec must be an object')
    if (!FAULT_TYPES.includes(/** @type {any} */ (spec.type)))
      throw new TypeError(
        `fault type must be one of ${FAULT_TYPES.join(', ')}; got ${JSON.stringify(spec.type)}`
      )
    const times = spec.times ?? 1
    if (!(times === Infinity || (Number.isInteger(times) && times > 0)))
      throw new TypeError(
        `fault times must be a positive integer or Infinity; got ${JSON.stringify(times)}`
      )
    const delayMs = spec.delayMs ?? 0
    if (typeof delayMs !== 'number' || !(delayMs >= 0))
      throw new TypeError('fault delayMs must be >= 0')
    if (spec.type === 'error' && typeof spec.errorType !== 'string')
      throw new TypeError("an 'error' fault needs errorType, e.g. 'AccessDeniedException'")
    const service = spec.service?.toLowerCase() ?? ''
    if (service !== '' && !SERVICES.some(s => s.name === service))
      throw new TypeError(
        `fault service must be one of ${SERVICES.map(s => s.name).join(', ')}; got ${spec.service}`
      )
    const skip = spec.skip ?? 0
    if (!(Number.isInteger(skip) && skip >= 0))
      throw new TypeError(`fault skip must be a whole number >= 0; got ${JSON.stringify(skip)}`)
    const page = spec.page ?? 'any'
    if (!['first', 'next', 'any'].includes(page))
      throw new TypeError(`fault page must be first or next; got ${JSON.stringify(spec.page)}`)
    const status = spec.status ?? (spec.type === 'server-error' ? 500 : 400)
    this.faults.push({
      operation: spec.operation ?? '',
      service,
      type: spec.type,
      times,
      delayMs,
      skip,
      page: /** @type {'first' | 'next' | 'any'} */ (page),
      status,
      // A throttle answers as the service's protocol does (ThrottlingException, or Throttling for
      // awsQuery) unless told otherwise: '' here, filled in when it is applied.
      errorType:
        spec.errorType ??
        (spec.type === 'throttle' ? '' : status === 503 ? 'ServiceUnavailable' : 'InternalFailure'),
      message:
        spec.message ??
        (spec.type === 'throttle'
          ? ''
          : spec.type === 'server-error'
            ? status === 503
              ? 'Service Unavailable'
              : 'We encountered an internal error. Please try again.'
            : String(spec.errorType))
    })
  }

  clearFaults() {
    this.faults.length = 0
  }

  /**
   * Throttles an operation past a rate, from now on (replacing any earlier limit on it).
   * @param {RateLimitSpec} spec
   */
  rateLimit(spec) {
    if (!isObject(spec) || typeof spec.operation !== 'string' || spec.operation === '')
      throw new TypeError(
        'a rate limit needs an operation, e.g. { operation: "StopBuild", perSecond: 25 }'
      )
    if (typeof spec.perSecond !== 'number' || !(spec.perSecond > 0))
      throw new TypeError('rate limit perSecond must be a number > 0')
    const burst = spec.burst ?? Math.max(1, spec.perSecond)
    if (typeof burst !== 'number' || !(burst >= 1))
      throw new TypeError('rate limit burst must be >= 1')
    this.rateLimits.set(spec.operation, {
      operation: spec.operation,
      perSecond: spec.perSecond,
      burst,
      tokens: burst,
      refilledAt: performance.now(),
      throttled: 0
    })
  }

  /**
   * Takes a token for this operation; false when its bucket is empty (the request is throttled).
   * @param {string} operation
   */
  takeRateToken(operation) {
    const limit = this.rateLimits.get(operation)
    if (!limit) return true
    const now = performance.now()
    limit.tokens = Math.min(
      limit.burst,
      limit.tokens + ((now - limit.refilledAt) / 1000) * limit.perSecond
    )
    limit.refilledAt = now
    if (limit.tokens >= 1) {
      limit.tokens -= 1
      return true
    }
    limit.throttled++
    return false
  }

  /** The rate limits in force, with how many requests each has throttled. */
  listRateLimits() {
    return [...this.rateLimits.values()].map(l => ({
      operation: l.operation,
      perSecond: l.perSecond,
      burst: l.burst,
      throttled: l.throttled
    }))
  }

  reset() {
    for (const state of Object.values(this.services)) state.reset()
    this.clearRequests()
    this.clearFaults()
    this.rateLimits.clear()
  }

  /** @returns {Promise<void>} */
  close() {
    for (const wait of this.waits) {
      clearTimeout(wait.timer)
      wait.resolve()
    }
    this.waits.clear()
    return new Promise(resolve => {
      this.server.close(() => resolve())
      // Keep-alive sockets from SDK clients would hold the server (and Jest) open otherwise.
      this.server.closeAllConnections()
    })
  }

  /**
   * @param {number} ms
   * @returns {Promise<void>}
   */
  wait(ms) {
    return new Promise(resolve => {
      const entry = {
        timer: setTimeout(() => {
          this.waits.delete(entry)
          resolve()
        }, ms),
        resolve
      }
      this.waits.add(entry)
    })
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async handle(req, res) {
    const raw = await readBody(req)
    const url = new URL(req.url ?? '/', 'http://fake-aws')
    if (url.pathname.startsWith('/__fake/') || url.pathname === '/__fake')
      return this.admin(req, res, url, raw)
    if (req.method !== 'POST' || url.pathname !== '/')
      return awsJson.error(
        res,
        new AwsError(
          'UnknownOperationException',
          'fake-aws answers only POST / (AWS JSON 1.1); the admin API is under /__fake/'
        )
      )

    const protocol = PROTOCOLS.find(p => p.claims(req))
    if (!protocol)
      return awsJson.error(
        res,
        new AwsError(
          'UnknownOperationException',
          `fake-aws answers ${PROTOCOLS.map(p => p.name).join(', ')} requests only; the admin API is under /__fake/`
        )
      )
    const parsed = protocol.parse(req, raw)
    const spec = SERVICES.find(s => s.protocol === protocol && s.protocolName === parsed.service)
    if (!spec) return protocol.unknownService(res)
    const service = spec.name
    const { operation, body } = parsed

    const auth = parseAuthorization(header(req, 'authorization'))
    /** @type {RecordedRequest} */
    const record = {
      service,
      operation,
      body: body.ok ? body.value : {},
      region: auth?.region ?? null,
      accessKeyId: auth?.accessKeyId ?? null,
      signingService: auth?.service ?? null,
      userAgent: header(req, 'user-agent'),
      at: Date.now(),
      answeredAt: null,
      fault: null,
      status: null,
      error: null
    }
    this.requests.push(record)

    /** Records the answer, then sends it as the protocol does. */
    const settle = (/** @type {number} */ status, /** @type {string | null} */ error) => {
      record.status = status
      record.error = error
      record.answeredAt = Date.now()
      this.log?.(
        `fake-aws ${service} ${operation} -> ${status}${error ? ` ${error}` : ''}${record.fault ? ` (fault: ${record.fault})` : ''}`
      )
    }
    const ctx = { operation, service: spec }
    const answer = (/** @type {object | null} */ payload) => {
      settle(200, null)
      protocol.answer(res, payload, ctx)
    }
    const fail = (/** @type {AwsError} */ err) => {
      settle(err.status, err.type)
      protocol.error(res, err, ctx)
    }

    const wrongMediaType = protocol.checkMediaType(req)
    if (wrongMediaType) return fail(wrongMediaType)
    if (header(req, 'authorization') === '')
      return fail(
        new AwsError('MissingAuthenticationTokenException', 'Missing Authentication Token', 403)
      )
    if (auth === null)
      return fail(
        new AwsError(
          'IncompleteSignatureException',
          "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' (AWS4-HMAC-SHA256)",
          400
        )
      )
    if (auth.service !== service)
      return fail(
        new AwsError(
          'InvalidSignatureException',
          `Credential should be scoped to correct service: '${service}'. `,
          403
        )
      )

    const fault = this.takeFault(service, operation, record.body)
    if (fault) {
      record.fault = fault.type
      if (fault.delayMs > 0) await this.wait(fault.delayMs)
      if (res.destroyed) return
      if (fault.type === 'drop') {
        this.log?.(`fake-aws ${service} ${operation} -> dropped (fault: drop)`)
        req.socket.destroy()
        return
      }
      if (fault.type === 'throttle')
        return fail(
          new AwsError(
            fault.errorType || protocol.throttling.code,
            fault.message || protocol.throttling.message,
            fault.status
          )
        )
      if (fault.type !== 'delay')
        return fail(new AwsError(fault.errorType, fault.message, fault.status))
    }

    if (!this.takeRateToken(operation)) {
      record.fault = 'rate-limit'
      return fail(new AwsError(protocol.throttling.code, protocol.throttling.message))
    }

    if (!body.ok) return fail(protocol.malformedBody())
    const state = /** @type {import('./services.js').AnyState} */ (this.services[service])
    const handler = Object.hasOwn(state.operations, operation)
      ? state.operations[operation]
      : undefined
    if (!handler) return fail(protocol.unknownOperation(operation, spec))
    let result
    try {
      result = handler(body.value, { region: record.region })
    } catch (err) {
      if (err instanceof AwsError) return fail(err)
      throw err
    }
    answer(result)
  }

  /**
   * @param {ServiceName} service
   * @param {string} operation
   * @param {Record<string, unknown>} body
   */
  takeFault(service, operation, body) {
    const nextPage = body.nextToken !== undefined || body.NextToken !== undefined
    const i = this.faults.findIndex(
      f =>
        (f.operation === '' || f.operation === operation) &&
        (f.service === '' || f.service === service) &&
        (f.page === 'any' || (f.page === 'next') === nextPage)
    )
    if (i < 0) return undefined
    const fault = /** @type {Required<FaultSpec>} */ (this.faults[i])
    if (fault.skip > 0) {
      // Not yet: this request goes through, and counts toward the calls the fault waits for.
      fault.skip--
      return undefined
    }
    fault.times--
    if (fault.times <= 0) this.faults.splice(i, 1)
    return fault
  }

  /**
   * Admin API for manual trials (curl, the demo): never recorded, never a status read.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   * @param {string} raw
   */
  admin(req, res, url, raw) {
    const route = `${req.method} ${url.pathname.replace(/\/+$/, '')}`
    /** @type {Record<string, (body: any) => unknown>} */
    const posts = {
      ...Object.fromEntries(
        SERVICES.flatMap(spec =>
          spec.releases.map(kind => [
            `/__fake/${kind.route}`,
            (/** @type {unknown} */ body) => ({ id: this.addRelease(spec.name, kind.route, body) })
          ])
        )
      ),
      '/__fake/faults': body => {
        this.fault(body)
        return { queued: this.faults.length }
      },
      '/__fake/rate-limits': body => {
        this.rateLimit(body)
        return { rateLimits: this.listRateLimits() }
      },
      '/__fake/auto-scaling-groups': body => ({ name: this.addAutoScalingGroup(body) }),
      '/__fake/beanstalk-applications': body => ({ name: this.addBeanstalkApplication(body) }),
      '/__fake/account': body => {
        this.setAccount(body.account)
        return { account: body.account }
      },
      '/__fake/reset': () => {
        this.reset()
        return { ok: true }
      }
    }
    try {
      if (route === 'GET /__fake/state') return sendJson(res, 200, this.state())
      if (route === 'GET /__fake/requests') return sendJson(res, 200, this.requests)
      if (route === 'GET /__fake/faults') return sendJson(res, 200, this.faults)
      if (route === 'GET /__fake/rate-limits') return sendJson(res, 200, this.listRateLimits())
      if (route === 'DELETE /__fake/faults') {
        this.clearFaults()
        return sendJson(res, 200, { ok: true })
      }
      const release = /^GET \/__fake\/releases\/(.+)$/.exec(route)
      if (release) {
        const rec = this.get(decodeURIComponent(release[1] ?? ''))
        return rec ? sendJson(res, 200, rec) : sendJson(res, 404, { error: 'no such release' })
      }
      const post = req.method === 'POST' ? posts[url.pathname.replace(/\/+$/, '')] : undefined
      if (!post)
        return sendJson(res, 404, { error: `unknown admin route: ${route}`, routes: ADMIN_ROUTES })
      const body = raw.trim() === '' ? {} : JSON.parse(raw)
      return sendJson(res, 200, post(body))
    } catch (err) {
      // Bad JSON or bad add*/fault options: the caller made the mistake, tell them which.
      return sendJson(res, 400, { error: err instanceof Error ? err.message : String(err) })
    }
  }
}

const ADMIN_ROUTES = [
  'GET /__fake/state',
  'GET /__fake/requests',
  'GET /__fake/releases/<id>',
  'GET /__fake/faults',
  'DELETE /__fake/faults',
  ...SERVICES.flatMap(s => s.releases.map(r => `POST /__fake/${r.route}`)),
  'POST /__fake/auto-scaling-groups',
  'POST /__fake/beanstalk-applications',
  'POST /__fake/faults',
  'GET /__fake/rate-limits',
  'POST /__fake/rate-limits',
  'POST /__fake/account',
  'POST /__fake/reset'
]

/**
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<string>}
 */
async function readBody(req) {
  /** @type {Buffer[]} */
  const chunks = []
  for await (const chunk of req) chunks.push(/** @type {Buffer} */ (chunk))
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Reads the SigV4 credential scope. The signature itself is not checked: any secret works.
 * @param {string} value
 * @returns {{ accessKeyId: string, date: string, region: string, service: string } | null}
 */
function parseAuthorization(value) {
  const m =
    /^AWS4-HMAC-SHA256\s+Credential=([^/\s,]+)\/(\d{8})\/([^/\s,]+)\/([^/\s,]+)\/aws4_request\s*,/.exec(
      value
    )
  if (!m || !/\bSignature=[0-9a-f]+/.test(value)) return null
  return {
    accessKeyId: /** @type {string} */ (m[1]),
    date: /** @type {string} */ (m[2]),
    region: /** @type {string} */ (m[3]),
    service: /** @type {string} */ (m[4])
  }
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} payload
 */
function sendJson(res, status, payload) {
  const text = JSON.stringify(snapshot(payload), null, 2)
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text)
  })
  res.end(text)
}
