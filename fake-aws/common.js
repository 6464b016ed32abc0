// @ts-check
// Helpers shared by the fake services: errors, ids, timestamps, validation, paging.
import { randomInt, randomUUID } from 'node:crypto'

export const ACCOUNT_ID = '123456789012'
export const DEFAULT_REGION = 'us-east-1'
export const UUID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'

/** An AWS error: its type (code), message and HTTP status; each protocol writes it its own way. */
export class AwsError extends Error {
  /**
   * @param {string} type
   * @param {string} message
   * @param {number} [status]
   * @param {'Sender' | 'Receiver'} [fault] whose fault, where the protocol says it (awsQuery's
   *   `<Type>`): by default the sender's below 500, the receiver's from 500. Some errors are the
   *   sender's with a 500 (Auto Scaling's ResourceContention).
   */
  constructor(type, message, status = 400, fault = status >= 500 ? 'Receiver' : 'Sender') {
    super(message)
    this.name = 'AwsError'
    this.type = type
    this.status = status
    this.fault = fault
  }
}

/**
 * What a handler learns about the request beyond its body.
 * @typedef {{ region: string | null }} RequestContext
 */

/**
 * What an operation answers: its output, or null for an operation without one (awsQuery's
 * CancelUpdateStack, DeleteStack).
 * @typedef {(body: Record<string, unknown>, ctx: RequestContext) => object | null} Handler
 */

/**
 * The part of each per-service state that the server dispatches to.
 * @typedef {object} ServiceState
 * @property {Record<string, Handler>} operations
 * @property {(id: string) => object | undefined} get
 * @property {() => object[]} list
 * @property {() => void} reset
 */

/** Wire timestamps are epoch seconds: the JS SDK v3 refuses ISO strings for JSON 1.1 services. */
/** @param {number} ms */
export function epochSeconds(ms) {
  return ms / 1000
}

export function lowerUuid() {
  return randomUUID().toLowerCase()
}

/**
 * @param {() => string} make
 * @param {{ has(id: string): boolean }} taken
 */
export function uniqueId(make, taken) {
  for (;;) {
    const id = make()
    if (!taken.has(id)) return id
  }
}

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

/** @param {number} length */
export function upperAlnum(length) {
  return randomChars(UPPER_ALNUM, length)
}

/**
 * @param {string} alphabet
 * @param {number} length
 */
export function randomChars(alphabet, length) {
  let out = ''
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)]
  return out
}

/**
 * The releases of one kind, by ID, in creation order (`seq`). Reads hand out copies, so that tests
 * and the admin API cannot change the live state.
 * @template {{ seq: number }} R
 */
export class RecordStore {
  constructor() {
    /** @type {Map<string, R>} */
    this.records = new Map()
    this.seq = 0
  }

  reset() {
    this.records.clear()
  }

  /** @param {string} id */
  get(id) {
    const rec = this.records.get(id)
    return rec && snapshot(rec)
  }

  list() {
    return [...this.records.values()].map(snapshot)
  }
}

/**
 * A plain-data copy, so callers (tests, the admin API) cannot mutate the live state; undefined
 * members disappear exactly as they do on the wire.
 * @template T
 * @param {T} value
 * @returns {T}
 */
export function snapshot(value) {
  return JSON.parse(JSON.stringify(value))
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
export function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Constraint of one request member, as the botocore model states it.
 * @typedef {object} MemberRule
 * @property {'string' | 'boolean' | 'integer' | 'list' | 'structure' | 'timestamp'} type
 * @property {boolean} [required]
 * @property {number} [min] length (string, list) or value (integer)
 * @property {number} [max]
 * @property {string} [pattern] anchored to the whole value, as AWS applies it
 * @property {readonly string[]} [enum]
 * @property {MemberRule} [member] list element rule
 * @property {Record<string, MemberRule>} [members] structure members
 */

/**
 * Checks a request body against model rules. A wrong JSON type is a SerializationException
 * (AWS cannot even deserialize it); constraint violations are collected into one message in the
 * wording AWS's front end uses ("1 validation error detected: Value ... at 'x' failed to satisfy
 * constraint: ...") and handed to `toError`, because each service names that error differently.
 * @param {Record<string, unknown>} body
 * @param {Record<string, MemberRule>} rules
 * @param {(message: string) => AwsError} toError
 */
export function validate(body, rules, toError) {
  /** @type {string[]} */
  const problems = []
  checkMembers(body, rules, '', problems)
  if (problems.length > 0) {
    const n = problems.length
    throw toError(`${n} validation error${n === 1 ? '' : 's'} detected: ${problems.join('; ')}`)
  }
}

/**
 * @param {Record<string, unknown>} body
 * @param {Record<string, MemberRule>} rules
 * @param {string} prefix
 * @param {string[]} problems
 */
function checkMembers(body, rules, prefix, problems) {
  for (const [name, rule] of Object.entries(rules)) {
    checkValue(body[name], rule, prefix + name, problems)
  }
}

/**
 * @param {unknown} value
 * @param {MemberRule} rule
 * @param {string} path
 * @param {string[]} problems
 */
function checkValue(value, rule, path, problems) {
  if (value === undefined || value === null) {
    if (rule.required)
      problems.push(`Value null at '${path}' failed to satisfy constraint: Member must not be null`)
    return
  }
  const shown = () => (Array.isArray(value) ? `[${value.join(', ')}]` : String(value))
  const fail = (/** @type {string} */ constraint) =>
    problems.push(
      `Value '${shown()}' at '${path}' failed to satisfy constraint: Member must ${constraint}`
    )
  switch (rule.type) {
    case 'string': {
      if (typeof value !== 'string') throw serializationError(path, 'a string')
      if (rule.min !== undefined && value.length < rule.min)
        fail(`have length greater than or equal to ${rule.min}`)
      if (rule.max !== undefined && value.length > rule.max)
        fail(`have length less than or equal to ${rule.max}`)
      if (rule.pattern !== undefined && !new RegExp(`^(?:${rule.pattern})$`, 'u').test(value))
        fail(`satisfy regular expression pattern: ${rule.pattern}`)
      if (rule.enum !== undefined && !rule.enum.includes(value))
        fail(`satisfy enum value set: [${rule.enum.join(', ')}]`)
      return
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw serializationError(path, 'a boolean')
      return
    case 'timestamp':
      if (typeof value !== 'number') throw serializationError(path, 'a timestamp (epoch seconds)')
      return
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value))
        throw serializationError(path, 'an integer')
      if (rule.min !== undefined && value < rule.min)
        fail(`have value greater than or equal to ${rule.min}`)
      if (rule.max !== undefined && value > rule.max)
        fail(`have value less than or equal to ${rule.max}`)
      return
    case 'list':
      if (!Array.isArray(value)) throw serializationError(path, 'a list')
      if (rule.min !== undefined && value.length < rule.min)
        fail(`have length greater than or equal to ${rule.min}`)
      if (rule.max !== undefined && value.length > rule.max)
        fail(`have length less than or equal to ${rule.max}`)
      if (rule.member) {
        const member = rule.member
        value.forEach((item, i) => checkValue(item, member, `${path}.${i + 1}.member`, problems))
      }
      return
    case 'structure':
      if (!isObject(value)) throw serializationError(path, 'an object')
      if (rule.members) checkMembers(value, rule.members, `${path}.`, problems)
      return
  }
}

/**
 * @param {string} path
 * @param {string} expected
 */
function serializationError(path, expected) {
  return new AwsError('SerializationException', `Expected ${expected} for '${path}'`)
}

/**
 * Opaque pagination tokens: base64 of the offset and the query they belong to, so a token reused
 * with another query is rejected like AWS rejects foreign tokens.
 * @param {number} offset
 * @param {string} scope
 */
export function encodeToken(offset, scope) {
  return Buffer.from(JSON.stringify({ o: offset, s: scope })).toString('base64')
}

/**
 * @param {unknown} token
 * @param {string} scope
 * @returns {number | null} the offset, or null when the token is not one of ours for this query
 */
export function decodeToken(token, scope) {
  if (token === undefined || token === null) return 0
  if (typeof token !== 'string') return null
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8'))
    if (
      isObject(parsed) &&
      parsed.s === scope &&
      Number.isInteger(parsed.o) &&
      Number(parsed.o) >= 0
    )
      return Number(parsed.o)
  } catch {
    // fall through: not a token we issued
  }
  return null
}

/**
 * @template T
 * @param {T[]} items
 * @param {number} offset
 * @param {number} size
 * @param {string} scope
 * @returns {{ page: T[], nextToken: string | undefined }}
 */
export function paginate(items, offset, size, scope) {
  const page = items.slice(offset, offset + size)
  const next = offset + size
  return { page, nextToken: next < items.length ? encodeToken(next, scope) : undefined }
}

/**
 * Checks an add* option against the values it may take, so a typo in a test fails loudly at the
 * setup line instead of as a puzzling state later.
 * @param {string} what
 * @param {unknown} value
 * @param {readonly string[]} allowed
 * @returns {string}
 */
export function oneOf(what, value, allowed) {
  if (typeof value !== 'string' || !allowed.includes(value))
    throw new TypeError(
      `${what} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`
    )
  return value
}

/**
 * @param {string} what
 * @param {unknown} value
 * @returns {number}
 */
export function count(what, value) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new TypeError(`${what} must be a non-negative integer; got ${JSON.stringify(value)}`)
  return value
}

/**
 * @param {string} what
 * @param {unknown} value
 * @returns {boolean}
 */
export function bool(what, value) {
  if (typeof value !== 'boolean')
    throw new TypeError(`${what} must be a boolean; got ${JSON.stringify(value)}`)
  return value
}

/**
 * @param {string} what
 * @param {unknown} value
 * @returns {string}
 */
export function nonEmpty(what, value) {
  if (typeof value !== 'string' || value === '')
    throw new TypeError(`${what} must be a non-empty string; got ${JSON.stringify(value)}`)
  return value
}
