// @ts-check
// What the server asks of a wire protocol: whether a request is in it, what it asks for, and how
// to answer. The server does the rest (SigV4 scope, faults, rate limits, recording) the same way
// for every protocol. aws-json.js and aws-query.js are the two there are; restJson1 would be a
// third module with these members.

/**
 * @typedef {object} AnswerContext
 * @property {string} operation
 * @property {import('../services.js').ServiceSpec} service
 */

/**
 * @typedef {object} Protocol
 * @property {string} name
 * @property {{ code: string, message: string }} throttling what AWS answers when it throttles
 * @property {(req: import('node:http').IncomingMessage) => boolean} claims the request is in this protocol
 * @property {(req: import('node:http').IncomingMessage, raw: string) => { service: string, operation: string, body: { ok: true, value: Record<string, unknown> } | { ok: false } }} parse
 *   `service` is how the protocol names the service (the target prefix, or the API version) for
 *   the server to find it by
 * @property {(req: import('node:http').IncomingMessage) => import('../common.js').AwsError | null} checkMediaType
 * @property {(res: import('node:http').ServerResponse) => void} unknownService
 * @property {(operation: string, service: import('../services.js').ServiceSpec) => import('../common.js').AwsError} unknownOperation
 * @property {(res: import('node:http').ServerResponse, payload: object | null, ctx: AnswerContext) => void} answer
 *   a handler's result (null: an operation with no output)
 * @property {(res: import('node:http').ServerResponse, err: import('../common.js').AwsError, ctx?: AnswerContext) => void} error
 * @property {() => import('../common.js').AwsError} malformedBody
 */

export {}
