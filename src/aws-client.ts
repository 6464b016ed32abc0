// Settings shared by the SDK clients. Endpoints (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>) are
// left to the SDK's own environment handling, and so are AWS_RETRY_MODE and AWS_MAX_ATTEMPTS when
// a retry mode is set; otherwise each kind's client retries adaptively (kinds/support/adaptive-retry.ts),
// still honouring AWS_MAX_ATTEMPTS. The HTTP layer (proxies, answers that are not AWS's, attempts
// that time out) is http-handler.ts.
// Plain data: the clients' modules (kinds/support/sdk-config.ts) make the SDK settings of it, so
// that nothing of the SDK loads before a kind's client does.

export interface ClientConfig {
  region: string
  customUserAgent: string
  http: { connectionTimeout: number; requestTimeout: number }
}

/**
 * Calls that hang are worse than calls that fail: a stop must not sit until the job times out.
 * Each attempt gets this long; with the default 3 attempts a call that hangs is given up after
 * about 90 s (3 × 30 s), each timed-out attempt logged.
 */
export const CONNECTION_TIMEOUT_MS = 5_000
export const REQUEST_TIMEOUT_MS = 30_000

export function clientConfig(region: string): ClientConfig {
  return {
    region,
    customUserAgent: 'stop-aws-release',
    http: { connectionTimeout: CONNECTION_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS }
  }
}
