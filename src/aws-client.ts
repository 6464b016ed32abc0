// Settings shared by the SDK clients. Endpoints (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>) are
// left to the SDK's own environment handling, and so are AWS_RETRY_MODE and AWS_MAX_ATTEMPTS when
// a retry mode is set; otherwise each kind's client retries adaptively (targets/adaptive-retry.ts),
// still honouring AWS_MAX_ATTEMPTS.

export interface ClientConfig {
  region: string
  customUserAgent: string
  requestHandler: {
    connectionTimeout: number
    requestTimeout: number
    throwOnRequestTimeout: boolean
  }
}

/** Calls that hang are worse than calls that fail: a stop must not sit until the job times out. */
export const CONNECTION_TIMEOUT_MS = 5_000
export const REQUEST_TIMEOUT_MS = 30_000

export function clientConfig(region: string): ClientConfig {
  return {
    region,
    customUserAgent: 'stop-aws-release',
    requestHandler: {
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      throwOnRequestTimeout: true
    }
  }
}
