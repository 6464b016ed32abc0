// The one module that reads the action's inputs. Everything is validated here, before any AWS
// call, and every problem names the input and what it accepts.
import * as core from '@actions/core'
import { COMMIT_PATTERN } from './find/commit.js'
import { RELEASE_KINDS, type FindQuery, type ReleaseKindName, type ReleaseRef } from './release.js'
import { InputError } from './errors.js'
import { parseDuration } from './duration.js'

export interface Settings {
  kind: ReleaseKindName
  /** The releases given by ID (none when they are only found by name). */
  releases: ReleaseRef[]
  /** Find the running releases by name as well; absent when only IDs were given. */
  find?: FindQuery
  /** With find: only releases of this commit (lower-case hex, 7 to 64 digits). */
  commit?: string
  /** Fail, stopping nothing, when more releases than this would be acted on. */
  maxReleases: number
  /** Find, read and report; make no stop call. */
  dryRun: boolean
  /** Stop nothing now: the post step stops what matches if the job fails or is cancelled. */
  guard: boolean
  rollback?: boolean
  abandon: boolean
  /** What the user typed; empty means "build one from the workflow run" (see run-context.ts). */
  reason: string
  failIfNotRunning: boolean
  region: string
  /** Poll after the stop until AWS shows the release at its end. */
  wait: boolean
  waitTimeoutMs: number
  pollIntervalMs: number
  /** With wait: also wait for the CodeDeploy rollback deployment to end. */
  waitForRollback: boolean
  /** Inputs given that do not apply to this target: worth a warning, not a failure. */
  warnings: string[]
}

export type InputReader = (name: string) => string

export const REASON_MAX = 200
export const DEFAULT_WAIT_TIMEOUT = '30m'
export const DEFAULT_POLL_INTERVAL = '5s'
const MIN_POLL_MS = 1_000
const MAX_POLL_MS = 3_600_000
// GitHub-hosted jobs end after 6 hours; a day leaves room for self-hosted runners and stays far
// below the largest delay setTimeout can hold.
const MAX_WAIT_MS = 86_400_000
const DURATION_FORMS = '90s, 15m, 1h, 1h30m or plain seconds'
export const DEFAULT_MAX_RELEASES = 25
const MAX_RELEASES_LIMIT = 1000
/** IDs in one input: separated by newlines, commas or spaces. */
const ID_SEPARATORS = /[\s,]+/

const TRUE_VALUES = ['true', 'True', 'TRUE']
const FALSE_VALUES = ['false', 'False', 'FALSE']

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
const ID_SHAPES: Record<ReleaseKindName, { pattern: RegExp; accepts: string }> = {
  deployment: {
    pattern: /^d-[A-Za-z0-9]{1,62}$/,
    accepts: 'a CodeDeploy deployment ID: "d-" then letters and digits, like d-ABCD12345'
  },
  pipeline: {
    pattern: new RegExp(`^${UUID}$`),
    accepts: 'a pipeline execution ID: a lower-case UUID, like 3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1'
  },
  build: {
    pattern: new RegExp(`^[A-Za-z0-9][A-Za-z0-9_-]{1,254}:${UUID}$`, 'i'),
    accepts:
      'a CodeBuild build ID: "<project>:<uuid>", like my-project:3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1'
  },
  'build-batch': {
    pattern: new RegExp(`^[A-Za-z0-9][A-Za-z0-9_-]{1,254}:${UUID}$`, 'i'),
    accepts:
      'a CodeBuild build batch ID: "<project>:<uuid>", like my-project:3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1'
  },
  'ecs-deployment': {
    pattern:
      /^arn:aws[a-z-]*:ecs:[a-z]{2}(-[a-z]+)+-\d{1,2}:\d{12}:service-deployment\/[A-Za-z0-9_-]{1,255}\/[A-Za-z0-9_-]{1,255}\/[A-Za-z0-9_-]+$/,
    accepts:
      'an ECS service deployment ARN: "arn:aws:ecs:<region>:<account>:service-deployment/<cluster>/<service>/<id>"'
  }
}
const PIPELINE_NAME = /^[A-Za-z0-9.@_-]{1,100}$/
// CodeDeploy application and deployment group names: 1-100 characters (the model sets no pattern);
// line breaks and control characters are a paste gone wrong.
// eslint-disable-next-line no-control-regex
const CODEDEPLOY_NAME = /^[^\u0000-\u001f\u007f]{1,100}$/
const PROJECT_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{1,254}$/
// ECS clusters and services: a name (1-255 of A-Z a-z 0-9 _ -) or the ARN of one.
const ECS_CLUSTER =
  /^([A-Za-z0-9_-]{1,255}|arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:cluster\/[A-Za-z0-9_-]{1,255})$/
const ECS_SERVICE =
  /^([A-Za-z0-9_-]{1,255}|arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:service\/([A-Za-z0-9_-]{1,255}\/)?[A-Za-z0-9_-]{1,255})$/
/** Which name inputs find releases of which target. */
const NAME_INPUTS: Record<string, ReleaseKindName[]> = {
  application: ['deployment'],
  'deployment-group': ['deployment'],
  'pipeline-name': ['pipeline'],
  project: ['build', 'build-batch'],
  cluster: ['ecs-deployment'],
  service: ['ecs-deployment']
}
// Commercial, China, GovCloud and isolated partitions: us-east-1, cn-north-1, us-gov-west-1, eu-isoe-west-1.
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/

/** Reads every input through @actions/core; nothing else in the action calls core.getInput. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  return parseSettings(name => core.getInput(name), env)
}

/** Pure: turns raw input strings into settings, or throws one InputError listing every problem. */
export function parseSettings(input: InputReader, env: NodeJS.ProcessEnv): Settings {
  const problems: string[] = []
  const bool = (name: string, fallback: boolean | undefined): boolean | undefined => {
    const raw = input(name)
    if (raw === '') return fallback
    if (TRUE_VALUES.includes(raw)) return true
    if (FALSE_VALUES.includes(raw)) return false
    problems.push(
      `Input "${name}" must be true or false${fallback === undefined ? ' (or empty)' : ''}; got ${quote(raw)}.`
    )
    return fallback
  }

  const kind = parseKind(input('target'), problems)
  const ids = [...new Set(input('id').split(ID_SEPARATORS).filter(Boolean))]
  const nameInputs: Record<string, string> = {}
  for (const name of Object.keys(NAME_INPUTS)) nameInputs[name] = input(name)
  const names = {
    application: nameInputs.application ?? '',
    deploymentGroup: nameInputs['deployment-group'] ?? '',
    pipelineName: nameInputs['pipeline-name'] ?? '',
    project: nameInputs.project ?? '',
    cluster: nameInputs.cluster ?? '',
    service: nameInputs.service ?? ''
  }
  if (kind) {
    for (const [name, kinds] of Object.entries(NAME_INPUTS)) {
      if (nameInputs[name] !== '' && !kinds.includes(kind))
        problems.push(
          `Input "${name}" applies to target ${kinds.join(' or ')} only; got target: ${kind}.`
        )
    }
  }
  const nameProblem = (name: string, value: string, pattern: RegExp, accepts: string): void => {
    if (value !== '' && !pattern.test(value))
      problems.push(`Input "${name}" must be ${accepts}; got ${quote(value)}.`)
  }
  nameProblem(
    'application',
    names.application,
    CODEDEPLOY_NAME,
    'a CodeDeploy application name of 1-100 characters'
  )
  nameProblem(
    'deployment-group',
    names.deploymentGroup,
    CODEDEPLOY_NAME,
    'a CodeDeploy deployment group name of 1-100 characters'
  )
  nameProblem(
    'project',
    names.project,
    PROJECT_NAME,
    'a CodeBuild project name: 2-255 of A-Z a-z 0-9 _ -, starting with a letter or digit'
  )
  nameProblem('cluster', names.cluster, ECS_CLUSTER, 'an ECS cluster name or ARN')
  nameProblem('service', names.service, ECS_SERVICE, 'an ECS service name or ARN')
  if (names.cluster !== '' && names.service === '')
    problems.push(
      'Input "cluster" needs "service" too: the ECS service whose running deployments to stop.'
    )
  if (names.deploymentGroup !== '' && names.application === '')
    problems.push(
      'Input "deployment-group" needs "application" too: the CodeDeploy application the group belongs to.'
    )

  // A find runs when a name input is given: for pipelines, pipeline-name without id.
  const searchesByName =
    kind === 'deployment'
      ? names.application !== ''
      : kind === 'pipeline'
        ? ids.length === 0 && names.pipelineName !== ''
        : kind === 'build' || kind === 'build-batch'
          ? names.project !== ''
          : kind === 'ecs-deployment'
            ? names.service !== ''
            : false
  if (kind && ids.length === 0 && !searchesByName && kind !== 'pipeline') {
    problems.push(
      `Input "id" is required unless a name is given: ${ID_SHAPES[kind].accepts}; or ${findAlternative(kind)}.`
    )
  }
  const badIds = kind ? ids.filter(id => !ID_SHAPES[kind].pattern.test(id)) : []
  if (kind && badIds.length > 0) {
    const [first] = badIds
    problems.push(
      `Input "id" must be ${ids.length > 1 ? 'one or more of ' : ''}${ID_SHAPES[kind].accepts}` +
        `${ids.length > 1 ? ', separated by newlines, commas or spaces' : ''}; got ${badIds.map(quote).join(', ')}.` +
        `${first ? otherKindHint(kind, first) : ''}`
    )
  }
  if (kind === 'pipeline') {
    if (names.pipelineName === '') {
      problems.push(
        'Input "pipeline-name" is required with target: pipeline (1-100 characters of A-Z a-z 0-9 . @ _ -): ' +
          'with "id", the pipeline of those executions; without, the pipeline whose running executions to stop.'
      )
    } else if (!PIPELINE_NAME.test(names.pipelineName)) {
      problems.push(
        `Input "pipeline-name" must be 1-100 characters of A-Z a-z 0-9 . @ _ -; got ${quote(names.pipelineName)}.`
      )
    }
  }

  const rawCommit = input('commit').trim()
  if (rawCommit !== '' && !COMMIT_PATTERN.test(rawCommit)) {
    problems.push(
      `Input "commit" must be a commit SHA, full or abbreviated to at least 7 hexadecimal digits (like \${{ github.sha }}); got ${quote(rawCommit)}.`
    )
  } else if (rawCommit !== '' && kind === 'ecs-deployment') {
    problems.push(
      'Input "commit" does not apply to target: ecs-deployment: an ECS service deployment records ' +
        'no commit. Give "service" (and "cluster") without "commit", or the deployment ARNs in "id".'
    )
  } else if (rawCommit !== '' && kind && !searchesByName) {
    problems.push(
      `Input "commit" picks among the releases found by name, and no name input is given: ${findAlternative(kind)}.`
    )
  }
  const rawMax = input('max-releases').trim()
  const maxReleases = rawMax === '' ? DEFAULT_MAX_RELEASES : Number(rawMax)
  if (
    !/^\d+$/.test(rawMax || '0') ||
    !Number.isInteger(maxReleases) ||
    maxReleases < 1 ||
    maxReleases > MAX_RELEASES_LIMIT
  ) {
    problems.push(
      `Input "max-releases" must be a whole number from 1 to ${MAX_RELEASES_LIMIT}; got ${quote(rawMax)}.`
    )
  }
  const dryRun = bool('dry-run', false) ?? false
  const guard = bool('guard', false) ?? false

  const rollback = bool('rollback', undefined)
  const abandon = bool('abandon', false) ?? false
  const failIfNotRunning = bool('fail-if-not-running', false) ?? false

  const wait = bool('wait', false) ?? false
  const waitForRollback = bool('wait-for-rollback', true) ?? true
  const duration = (name: string, fallback: string, min: number, max: number): number => {
    const raw = input(name) || fallback
    const ms = parseDuration(raw)
    if (ms === undefined) {
      problems.push(`Input "${name}" must be a duration like ${DURATION_FORMS}; got ${quote(raw)}.`)
    } else if (ms < min || ms > max) {
      problems.push(
        `Input "${name}" must be between ${min / 1000}s and ${max / 1000}s; got ${quote(raw)}.`
      )
    }
    return ms ?? 0
  }
  const waitTimeoutMs = duration('wait-timeout', DEFAULT_WAIT_TIMEOUT, 1_000, MAX_WAIT_MS)
  const pollIntervalMs = duration('poll-interval', DEFAULT_POLL_INTERVAL, MIN_POLL_MS, MAX_POLL_MS)

  const reason = input('reason')
  if ([...reason].length > REASON_MAX) {
    problems.push(
      `Input "reason" accepts at most ${REASON_MAX} characters; got ${[...reason].length}.`
    )
  }

  const region = input('aws-region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || ''
  if (region === '') {
    problems.push(
      'No AWS region: set the "aws-region" input, or AWS_REGION / AWS_DEFAULT_REGION ' +
        '(aws-actions/configure-aws-credentials sets both).'
    )
  } else if (!REGION.test(region)) {
    const from = input('aws-region')
      ? 'Input "aws-region"'
      : env.AWS_REGION
        ? 'AWS_REGION'
        : 'AWS_DEFAULT_REGION'
    problems.push(`${from} must be an AWS region code like us-east-1; got ${quote(region)}.`)
  }

  if (problems.length > 0 || !kind) throw new InputError(problems)

  const warnings: string[] = []
  const ignored = (name: string, appliesTo: string): void => {
    warnings.push(
      `Input "${name}" applies to ${appliesTo} only; it is ignored with target: ${kind}.`
    )
  }
  if (kind !== 'deployment' && kind !== 'ecs-deployment' && rollback !== undefined)
    ignored('rollback', 'CodeDeploy and ECS service deployments')
  if (kind !== 'pipeline') {
    if (abandon) ignored('abandon', 'pipeline executions')
    if (reason !== '') ignored('reason', 'pipeline executions')
  }

  const releases: ReleaseRef[] = ids.map(id =>
    kind === 'pipeline' ? { kind, id, pipelineName: names.pipelineName } : { kind, id }
  )
  const settings: Settings = {
    kind,
    releases,
    maxReleases,
    dryRun,
    guard,
    rollback,
    abandon,
    reason,
    failIfNotRunning,
    region,
    wait,
    waitTimeoutMs,
    pollIntervalMs,
    waitForRollback,
    warnings
  }
  if (searchesByName) {
    settings.find = {
      ...(kind === 'deployment' ? { application: names.application } : {}),
      ...(kind === 'deployment' && names.deploymentGroup !== ''
        ? { deploymentGroup: names.deploymentGroup }
        : {}),
      ...(kind === 'pipeline' ? { pipelineName: names.pipelineName } : {}),
      ...(kind === 'build' || kind === 'build-batch' ? { project: names.project } : {}),
      ...(kind === 'ecs-deployment' ? { service: names.service } : {}),
      ...(kind === 'ecs-deployment' && names.cluster !== '' ? { cluster: names.cluster } : {}),
      // Escalating a stop-and-wait to abandon is legitimate: CodePipeline accepts it once.
      includeStopping: kind === 'pipeline' && abandon
    }
    if (rawCommit !== '') settings.commit = rawCommit.toLowerCase()
  }
  return settings
}

/** How to find releases of this kind by name, for the "id is required" message. */
function findAlternative(kind: ReleaseKindName): string {
  switch (kind) {
    case 'deployment':
      return 'give "application" (and optionally "deployment-group") to stop the running deployments'
    case 'pipeline':
      return 'give "pipeline-name" alone to stop its running executions'
    case 'ecs-deployment':
      return 'give "service" (and "cluster" unless it is in the default cluster) to stop its running deployments'
    default:
      return `give "project" to stop the project's running ${kind === 'build' ? 'builds' : 'build batches'}`
  }
}

function parseKind(raw: string, problems: string[]): ReleaseKindName | undefined {
  const accepted = RELEASE_KINDS.join(', ')
  if (raw === '') {
    problems.push(`Input "target" is required: one of ${accepted}.`)
    return undefined
  }
  if ((RELEASE_KINDS as readonly string[]).includes(raw)) return raw as ReleaseKindName
  problems.push(`Input "target" must be one of ${accepted}; got ${quote(raw)}.`)
  return undefined
}

/** When an ID has the shape of another kind, say so: the usual mistake is a wrong `target`. */
function otherKindHint(kind: ReleaseKindName, id: string): string {
  const fits = RELEASE_KINDS.filter(k => k !== kind && ID_SHAPES[k].pattern.test(id))
  if (fits.length > 0) return ` It looks like the ID of a ${fits.join(' or ')}: check "target".`
  if (kind === 'ecs-deployment') {
    if (/^arn:aws[a-z-]*:ecs:[^:]*:\d*:service\//.test(id))
      return (
        ' That is the ARN of an ECS service, not of one of its deployments: give "service" (and ' +
        '"cluster") instead of "id" to stop its running deployments, or the deployment ARN from ' +
        'ListServiceDeployments or the console.'
      )
    return ''
  }
  const arnId = /^arn:aws[a-z-]*:[a-z]+:[^:]*:\d*:[a-z-]+\/(.+)$/.exec(id)?.[1]
  if (arnId) return ` That is an ARN: give the ID part, ${quote(arnId)}.`
  return ''
}

/** Quotes user text for an error message on one line, shortened so a pasted blob stays readable. */
function quote(raw: string): string {
  const flat = raw.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ')
  return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 77)}...` : flat)
}
