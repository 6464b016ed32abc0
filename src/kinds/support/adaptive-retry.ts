// Many stops at once on one client meet AWS's API rate limits. The SDK's adaptive retry mode puts
// a client-side rate limiter (CUBIC) in front of every call of the client, so that the calls slow
// to the rate AWS allows instead of each retrying on its own schedule. Its defaults back off to
// 0.7 of the rate that was throttled and regain speed slowly; with a deeper beta and a larger
// scale constant it settles closer to the limit (200 StopBuild calls against a limit of 25 a
// second: 9.3 s with the defaults, 8.3 s with these, for about as few throttled calls; see
// docs/benchmark.md). Loaded with the SDK client, not at start-up.
import { AdaptiveRetryStrategy, DefaultRateLimiter } from '@smithy/core/retry'

const DEFAULT_MAX_ATTEMPTS = 3

/**
 * The client settings for adaptive retries, or none when AWS_RETRY_MODE chooses a mode: the SDK
 * then applies it (and AWS_MAX_ATTEMPTS) itself.
 */
export function adaptiveRetry(env: NodeJS.ProcessEnv = process.env): {
  retryStrategy?: AdaptiveRetryStrategy
} {
  if (env.AWS_RETRY_MODE) return {}
  const attempts = Number(env.AWS_MAX_ATTEMPTS)
  const maxAttempts = Number.isInteger(attempts) && attempts > 0 ? attempts : DEFAULT_MAX_ATTEMPTS
  return {
    retryStrategy: new AdaptiveRetryStrategy(async () => maxAttempts, {
      rateLimiter: new DefaultRateLimiter({ beta: 0.9, scaleConstant: 2 })
    })
  }
}
