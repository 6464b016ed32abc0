// The one module that reads the action's inputs. Everything is validated here, before any AWS
// call, and every problem names the input and what it accepts.
import * as core from '@actions/core'
import { RELEASE_KINDS, type ReleaseKindName, type ReleaseRef } from './release.js'
import { InputError } from './errors.js'
import { parseDuration } from './duration.js'

export interface Settings {
  /** One release today; a list so that stopping several is an addition. */
  releases: ReleaseRef[]
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
  }
}
const PIPELINE_NAME = /^[A-Za-z0-9.@_-]{1,100}$/
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
  const id = input('id')
  const pipelineName = input('pipeline-name')
  if (id === '') {
    problems.push(
      `Input "id" is required: ${kind ? ID_SHAPES[kind].accepts : 'the ID of the release to stop'}.`
    )
  } else if (kind && !ID_SHAPES[kind].pattern.test(id)) {
    problems.push(
      `Input "id" must be ${ID_SHAPES[kind].accepts}; got ${quote(id)}.${otherKindHint(kind, id)}`
    )
  }
  if (kind === 'pipeline') {
    if (pipelineName === '') {
      problems.push(
        'Input "pipeline-name" is required with target: pipeline (1-100 characters of A-Z a-z 0-9 . @ _ -).'
      )
    } else if (!PIPELINE_NAME.test(pipelineName)) {
      problems.push(
        `Input "pipeline-name" must be 1-100 characters of A-Z a-z 0-9 . @ _ -; got ${quote(pipelineName)}.`
      )
    }
  }

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
  if (kind !== 'deployment' && rollback !== undefined) ignored('rollback', 'CodeDeploy deployments')
  if (kind !== 'pipeline') {
    if (pipelineName !== '') ignored('pipeline-name', 'pipeline executions')
    if (abandon) ignored('abandon', 'pipeline executions')
    if (reason !== '') ignored('reason', 'pipeline executions')
  }

  const ref: ReleaseRef = { kind, id }
  if (kind === 'pipeline') ref.pipelineName = pipelineName
  return {
    releases: [ref],
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
  const arnId = /^arn:aws[a-z-]*:[a-z]+:[^:]*:\d*:[a-z-]+\/(.+)$/.exec(id)?.[1]
  if (arnId) return ` That is an ARN: give the ID part, ${quote(arnId)}.`
  const fits = RELEASE_KINDS.filter(k => k !== kind && ID_SHAPES[k].pattern.test(id))
  if (fits.length === 0) return ''
  return ` It looks like the ID of a ${fits.join(' or ')}: check "target".`
}

/** Quotes user text for an error message on one line, shortened so a pasted blob stays readable. */
function quote(raw: string): string {
  const flat = raw.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ')
  return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 77)}...` : flat)
}
