// Settings shared by the SDK clients. Endpoints (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>) and
// AWS_MAX_ATTEMPTS are left to the SDK's own environment handling. The retry mode is adaptive
// unless AWS_RETRY_MODE says otherwise: many stops at once on one client meet AWS's rate limits,
// and adaptive mode's client-side rate limiter slows every call of the client to the rate AWS
// allows, instead of each call retrying on its own schedule (measured in docs/benchmark.md).

export interface ClientConfig {
  region: string
  customUserAgent: string
  retryMode?: 'adaptive'
  requestHandler: {
    connectionTimeout: number
    requestTimeout: number
    throwOnRequestTimeout: boolean
  }
}

/** Calls that hang are worse than calls that fail: a stop must not sit until the job times out. */
export const CONNECTION_TIMEOUT_MS = 5_000
export const REQUEST_TIMEOUT_MS = 30_000

export function clientConfig(region: string, env: NodeJS.ProcessEnv = process.env): ClientConfig {
  return {
    region,
    customUserAgent: 'stop-aws-release',
    ...(env.AWS_RETRY_MODE ? {} : { retryMode: 'adaptive' as const }),
    requestHandler: {
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      throwOnRequestTimeout: true
    }
  }
}
