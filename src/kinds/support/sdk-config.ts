// The settings every SDK client of the action is made with: the region, the user agent, the
// HTTP layer (proxies, answers that are not AWS's, timed-out attempts: http-handler.ts) and the
// adaptive retries. Imported only by the clients' modules, so all of it loads with a kind's client.
import type { ClientConfig } from '../../aws-client.js'
import { CheckedHttpHandler } from '../../http-handler.js'
import { adaptiveRetry } from './adaptive-retry.js'

export function sdkConfig(config: ClientConfig): {
  region: string
  customUserAgent: string
  requestHandler: CheckedHttpHandler
  retryStrategy?: ReturnType<typeof adaptiveRetry>['retryStrategy']
} {
  return {
    region: config.region,
    customUserAgent: config.customUserAgent,
    requestHandler: new CheckedHttpHandler(config.http),
    ...adaptiveRetry()
  }
}
