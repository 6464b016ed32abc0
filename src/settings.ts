// The one module that reads the action's inputs. Everything is validated here, before any AWS
// call, and every problem names the input and what it accepts. The inputs every kind uses are read
// here; each kind reads its own (kinds/<service>/index.ts), through the same helpers.
import * as core from '@actions/core'
import { COMMIT_PATTERN } from './find/commit.js'
import type { InputContext, InputReader, KindDeclaration } from './kinds/contract.js'
import { KINDS, TARGETS } from './kinds/registry.js'
import type { ReleaseRef } from './release.js'
import { InputError } from './errors.js'
import { parseDuration } from './duration.js'
import { quote } from './quote.js'

export interface Settings {
  /** The kind's target name: kinds/registry.ts has its declaration. */
  kind: string
  /** The releases given by ID (none when they are only found by name). */
  releases: ReleaseRef[]
  /** The kind's find by name (its own query); absent when only IDs were given. */
  find?: unknown
  /** With find: only releases of this commit (lower-case hex, 7 to 64 digits). */
  commit?: string
  /** How the kind stops (its own options, from its own inputs). */
  options: unknown
  /** Fail, stopping nothing, when more releases than this would be acted on. */
  maxReleases: number
  /** Find, read and report; make no stop call. */
  dryRun: boolean
  /** Stop nothing now: the post step stops what matches if the job fails or is cancelled. */
  guard: boolean
  failIfNotRunning: boolean
  region: string
  /** With entries: act only when STS says the credentials are of one of these accounts. */
  allowedAccountIds: string[]
  /** Poll after the stop until AWS shows the release at its end. */
  wait: boolean
  waitTimeoutMs: number
  pollIntervalMs: number
  /** Inputs given that do not apply to this target: worth a warning, not a failure. */
  warnings: string[]
}

export type { InputReader }

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

// Commercial, China, GovCloud and isolated partitions: us-east-1, cn-north-1, us-gov-west-1, eu-isoe-west-1.
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/
const ACCOUNT_ID = /^\d{12}$/

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
  const warnings: string[] = []
  let own: ReturnType<KindDeclaration['readInputs']> | undefined
  if (kind) {
    checkOtherKindsInputs(kind, input, problems, warnings)
    const before = problems.length
    const ctx: InputContext = {
      read: input,
      env,
      ids,
      problem: message => problems.push(message),
      warning: message => warnings.push(message),
      bool,
      name: (name, pattern, accepts) => {
        const value = input(name)
        if (value !== '' && !pattern.test(value))
          problems.push(`Input "${name}" must be ${accepts}; got ${quote(value)}.`)
        return value
      },
      quote
    }
    own = kind.readInputs(ctx)
    const idShape = 'none' in kind.id ? undefined : kind.id
    if (!idShape) {
      if (ids.length > 0) problems.push((kind.id as { none: string }).none)
    } else {
      // "id is required" only when the kind's own inputs did not already say what is missing.
      if (ids.length === 0 && own.find === undefined && problems.length === before) {
        problems.push(
          `Input "id" is required unless a name is given: ${idShape.accepts}; or ${kind.findAlternative}.`
        )
      }
      const badIds = ids.filter(id => !idShape.pattern.test(id))
      if (badIds.length > 0) {
        const [first] = badIds
        problems.push(
          `Input "id" must be ${ids.length > 1 ? 'one or more of ' : ''}${idShape.accepts}` +
            `${ids.length > 1 ? ', separated by newlines, commas or spaces' : ''}; got ${badIds.map(quote).join(', ')}.` +
            `${first ? otherKindHint(kind, first) : ''}`
        )
      }
    }
  }

  const rawCommit = input('commit').trim()
  if (rawCommit !== '' && !COMMIT_PATTERN.test(rawCommit)) {
    problems.push(
      `Input "commit" must be a commit SHA, full or abbreviated to at least 7 hexadecimal digits (like \${{ github.sha }}); got ${quote(rawCommit)}.`
    )
  } else if (rawCommit !== '' && kind && !kind.commit.applies) {
    problems.push(kind.commit.problem)
  } else if (rawCommit !== '' && kind && own?.find === undefined) {
    problems.push(
      `Input "commit" picks among the releases found by name, and no name input is given: ${kind.findAlternative}.`
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
  const failIfNotRunning = bool('fail-if-not-running', false) ?? false

  const wait = bool('wait', false) ?? false
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

  const allowedAccountIds = [
    ...new Set(input('allowed-account-ids').split(ID_SEPARATORS).filter(Boolean))
  ]
  const notAccounts = allowedAccountIds.filter(id => !ACCOUNT_ID.test(id))
  if (notAccounts.length > 0)
    problems.push(
      `Input "allowed-account-ids" must be AWS account IDs of 12 digits, separated by commas or new lines; got ${notAccounts.map(quote).join(', ')}.`
    )

  if (problems.length > 0 || !kind || !own) throw new InputError(problems)

  const parent = own.parent
  const releases: ReleaseRef[] = ids.map(id =>
    parent === undefined ? { kind: kind.target, id } : { kind: kind.target, id, parent }
  )
  const settings: Settings = {
    kind: kind.target,
    releases,
    options: own.options,
    maxReleases,
    dryRun,
    guard,
    failIfNotRunning,
    region,
    allowedAccountIds,
    wait,
    waitTimeoutMs,
    pollIntervalMs,
    warnings
  }
  if (own.find !== undefined) {
    settings.find = own.find
    if (rawCommit !== '') settings.commit = rawCommit.toLowerCase()
  }
  return settings
}

/**
 * An input of other kinds only: a find input is an error (the user meant another target), an
 * option is ignored with a warning. Which kinds use an input comes from their declarations.
 */
function checkOtherKindsInputs(
  kind: KindDeclaration,
  input: InputReader,
  problems: string[],
  warnings: string[]
): void {
  const mine = new Set(kind.inputs.map(i => i.name))
  const seen = new Set<string>()
  for (const other of KINDS) {
    for (const spec of other.inputs) {
      if (mine.has(spec.name) || seen.has(spec.name)) continue
      seen.add(spec.name)
      const value = input(spec.name)
      if (value === '' || value === spec.default) continue
      const users = KINDS.filter(k => k.inputs.some(i => i.name === spec.name))
      if (spec.role === 'find')
        problems.push(
          `Input "${spec.name}" applies to target ${users.map(k => k.target).join(' or ')} only; got target: ${kind.target}.`
        )
      else
        warnings.push(
          `Input "${spec.name}" applies to ${inWords(users.map(k => k.plural))} only; it is ignored with target: ${kind.target}.`
        )
    }
  }
}

/** "A", "A and B", "A, B and C". */
function inWords(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

function parseKind(raw: string, problems: string[]): KindDeclaration | undefined {
  const accepted = TARGETS.join(', ')
  if (raw === '') {
    problems.push(`Input "target" is required: one of ${accepted}.`)
    return undefined
  }
  const kind = KINDS.find(k => k.target === raw)
  if (kind) return kind
  problems.push(`Input "target" must be one of ${accepted}; got ${quote(raw)}.`)
  return undefined
}

/** When an ID has the shape of another kind, say so: the usual mistake is a wrong `target`. */
function otherKindHint(kind: KindDeclaration, id: string): string {
  const fits = KINDS.filter(k => k !== kind && 'pattern' in k.id && k.id.pattern.test(id)).map(
    k => k.target
  )
  if (fits.length > 0) return ` It looks like the ID of a ${fits.join(' or ')}: check "target".`
  return 'hint' in kind.id ? (kind.id.hint?.(id) ?? '') : ''
}
