// @ts-check
// What the server asks of a wire protocol: whether a request is in it, what it asks for, and how
// to answer. The server does the rest (SigV4 scope, faults, rate limits, recording) the same way
// for every protocol.

/**
 * @typedef {object} Protocol
 * @property {string} name
 * @property {(req: import('node:http').IncomingMessage) => boolean} claims the request is in this protocol
 * @property {(req: import('node:http').IncomingMessage, raw: string) => { service: string, operation: string, body: { ok: true, value: Record<string, unknown> } | { ok: false } }} parse
 *   `service` is how the protocol names the service (the target prefix, or the Version) for the
 *   server to find it by
 * @property {(req: import('node:http').IncomingMessage) => import('../common.js').AwsError | null} checkMediaType
 * @property {(res: import('node:http').ServerResponse) => void} unknownService
 * @property {(res: import('node:http').ServerResponse, status: number, payload: object) => void} answer
 * @property {(res: import('node:http').ServerResponse, err: import('../common.js').AwsError) => void} error
 * @property {() => import('../common.js').AwsError} malformedBody
 */

export {}
