// @ts-check
// The awsQuery wire protocol (CloudFormation, STS, Elastic Beanstalk, Auto Scaling): `POST /` with
// a form-encoded body `Action=<Op>&Version=<api version>&Name=value`, lists as
// `Name.member.1=...` (and maps as `Name.entry.1.key`), answers in XML:
// `<OpResponse xmlns><OpResult>...</OpResult><ResponseMetadata><RequestId>` with lists as
// `<member>` elements and timestamps in ISO 8601, errors as
// `<ErrorResponse><Error><Type>Sender</Type><Code>..</Code><Message>..</Message></Error><RequestId>`.
// Knows nothing of any service: services.js says which API version names which service.
import { randomUUID } from 'node:crypto'
import { AwsError } from '../common.js'
import { header } from './aws-json.js'

export const CONTENT_TYPE = 'application/x-www-form-urlencoded'

/** @type {import('./protocol.js').Protocol} */
export const awsQuery = {
  name: 'awsQuery',
  throttling: { code: 'Throttling', message: 'Rate exceeded' },

  claims(req) {
    return (
      header(req, 'x-amz-target') === '' &&
      header(req, 'content-type').split(';')[0]?.trim().toLowerCase() === CONTENT_TYPE
    )
  },

  parse(_req, raw) {
    const params = new URLSearchParams(raw)
    const value = nest(params)
    const { Action: action = '', Version: version = '' } = /** @type {Record<string, string>} */ (
      value
    )
    delete value.Action
    delete value.Version
    return { service: version, operation: action, body: { ok: true, value } }
  },

  checkMediaType() {
    // claims() only took form-encoded requests.
    return null
  },

  unknownService(res) {
    sendXml(
      res,
      400,
      errorXml('', new AwsError('InvalidAction', 'The action or version is not valid.'))
    )
  },

  unknownOperation(operation, service) {
    return new AwsError(
      'InvalidAction',
      `Could not find operation ${operation} for version ${service.protocolName}`
    )
  },

  answer(res, payload, ctx) {
    const result =
      payload === null ? '' : `<${ctx.operation}Result>${toXml(payload)}</${ctx.operation}Result>`
    sendXml(
      res,
      200,
      `<${ctx.operation}Response xmlns="${ctx.service.xmlNamespace ?? ''}">${result}` +
        `<ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></${ctx.operation}Response>`
    )
  },

  error(res, err, ctx) {
    sendXml(res, err.status, errorXml(ctx?.service.xmlNamespace ?? '', err))
  },

  malformedBody() {
    return new AwsError('MalformedQueryString', 'The query string is malformed.')
  }
}

/**
 * `A.member.1.B=x` → `{ A: [{ B: 'x' }] }`; `M.entry.1.key=k`, `M.entry.1.value=v` → `{ M: { k: v } }`.
 * @param {URLSearchParams} params
 * @returns {Record<string, any>}
 */
export function nest(params) {
  /** @type {Record<string, any>} */
  const root = {}
  for (const [key, value] of params) {
    const parts = key.split('.')
    /** @type {any} */
    let node = root
    for (let i = 0; i < parts.length; i++) {
      const part = /** @type {string} */ (parts[i])
      const last = i === parts.length - 1
      if (part === 'member' && Array.isArray(node)) continue
      const next = parts[i + 1]
      if (last) {
        node[Array.isArray(node) ? Number(part) - 1 : part] = value
        break
      }
      const slot = Array.isArray(node) ? Number(part) - 1 : part
      if (node[slot] === undefined) node[slot] = next === 'member' ? [] : {}
      node = node[slot]
    }
  }
  return root
}

/**
 * A result as XML: objects as elements, arrays as `<member>`s, Dates as ISO 8601.
 * @param {unknown} value
 * @returns {string}
 */
export function toXml(value) {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(v => `<member>${toXml(v)}</member>`).join('')
  if (typeof value === 'object')
    return Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => `<${k}>${toXml(v)}</${k}>`)
      .join('')
  return escapeXml(String(value))
}

/** @param {string} text */
function escapeXml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/**
 * @param {string} namespace
 * @param {AwsError} err
 */
function errorXml(namespace, err) {
  return (
    `<ErrorResponse${namespace ? ` xmlns="${namespace}"` : ''}><Error><Type>${err.fault}</Type>` +
    `<Code>${escapeXml(err.type)}</Code><Message>${escapeXml(err.message)}</Message></Error>` +
    `<RequestId>${randomUUID()}</RequestId></ErrorResponse>`
  )
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} body
 */
function sendXml(res, status, body) {
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${body}`
  res.writeHead(status, {
    'Content-Type': 'text/xml',
    'Content-Length': Buffer.byteLength(text),
    'x-amzn-RequestId': randomUUID()
  })
  res.end(text)
}
