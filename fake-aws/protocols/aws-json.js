// @ts-check
// The awsJson1.1 wire protocol (CodeDeploy, CodePipeline, CodeBuild, ECS): `POST /` with
// `X-Amz-Target: <prefix>.<Operation>` and a JSON body; answers are JSON, errors
// `{"__type", "message"}` with `x-amzn-ErrorType`. Knows nothing of any service: a service module
// declares its target prefix (services.js). Another protocol (awsQuery, restJson1) is another
// module with the same four functions.
import { randomUUID } from 'node:crypto'
import { AwsError, isObject } from '../common.js'

export const CONTENT_TYPE = 'application/x-amz-json-1.1'

/**
 * @typedef {object} ParsedRequest
 * @property {string} prefix the target prefix, to find the service by
 * @property {string} operation
 * @property {{ ok: true, value: Record<string, unknown> } | { ok: false }} body
 */

/** @type {import('./protocol.js').Protocol} */
export const awsJson = {
  name: 'awsJson1.1',
  throttling: { code: 'ThrottlingException', message: 'Rate exceeded' },

  claims(req) {
    return header(req, 'x-amz-target') !== ''
  },

  parse(req, raw) {
    const target = header(req, 'x-amz-target')
    const dot = target.indexOf('.')
    return {
      service: dot > 0 ? target.slice(0, dot) : '',
      operation: target.slice(dot + 1),
      body: parseBody(raw)
    }
  },

  checkMediaType(req) {
    const mediaType = header(req, 'content-type').split(';')[0]?.trim().toLowerCase()
    return mediaType === CONTENT_TYPE
      ? null
      : new AwsError(
          'UnknownOperationException',
          `Expected Content-Type ${CONTENT_TYPE}, got ${mediaType || 'none'}`
        )
  },

  /** AWS answers an unknown target with just the type, no message. */
  unknownService(res) {
    send(res, 400, { __type: 'UnknownOperationException' }, 'UnknownOperationException')
  },

  unknownOperation(operation, service) {
    return new AwsError(
      'UnknownOperationException',
      `fake-aws does not implement ${service.protocolName}.${operation}`
    )
  },

  answer(res, payload) {
    send(res, 200, payload ?? {}, null)
  },

  error(res, err) {
    send(res, err.status, { __type: err.type, message: err.message }, err.type)
  },

  malformedBody() {
    return new AwsError(
      'SerializationException',
      'Start of structure or map found where not expected.'
    )
  }
}

/**
 * @param {string} raw
 * @returns {{ ok: true, value: Record<string, unknown> } | { ok: false }}
 */
function parseBody(raw) {
  // The SDK and the CLI send {} for an input with no members; be as lenient with an empty body.
  if (raw.trim() === '') return { ok: true, value: {} }
  try {
    const value = JSON.parse(raw)
    return isObject(value) ? { ok: true, value } : { ok: false }
  } catch {
    return { ok: false }
  }
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {object} payload
 * @param {string | null} errorType
 */
function send(res, status, payload, errorType) {
  const text = JSON.stringify(payload)
  res.writeHead(status, {
    'Content-Type': CONTENT_TYPE,
    'Content-Length': Buffer.byteLength(text),
    'x-amzn-RequestId': randomUUID(),
    ...(errorType ? { 'x-amzn-ErrorType': errorType } : {})
  })
  res.end(text)
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {string} name lower-case
 */
export function header(req, name) {
  const value = req.headers[name]
  return (Array.isArray(value) ? value[0] : value) ?? ''
}
