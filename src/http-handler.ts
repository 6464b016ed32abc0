// The HTTP layer every SDK client of the action shares, wrapped around the SDK's own handler. It
// runs once per attempt (below the SDK's retries), so it can:
// - honour HTTPS_PROXY, HTTP_PROXY and NO_PROXY, as the runner and the aws CLI do, through
//   Node's built-in proxy support in the agents (Node 24: http.Agent's proxyEnv);
// - say when an answer is not AWS's (a proxy's HTML page, an empty 404, a 200 that is neither
//   JSON nor XML), instead of the SDK's parse error or "Unknown";
// - log each attempt that got no answer in time, so a call that hangs does not look stuck.
// Only the SDK clients' modules reach it (kinds/support/sdk-config.ts): it is in their chunk.
import { NodeHttpHandler } from '@smithy/node-http-handler'
import type { HttpHandlerOptions, HttpRequest, HttpResponse, RequestHandler } from '@smithy/types'
import { info, oneLine } from './log.js'

export interface HandlerOptions {
  connectionTimeout: number
  requestTimeout: number
  /** The environment the proxy variables are read from. */
  env?: NodeJS.ProcessEnv
  /** Where each timed-out attempt is said (the log). */
  say?: (line: string) => void
}

/** An answer that did not come from AWS: a proxy's page, or an endpoint that is not AWS. */
export class NotAwsAnswerError extends Error {
  readonly $fault: 'client' | 'server'
  readonly $metadata: { httpStatusCode: number }
  constructor(message: string, status: number) {
    super(message)
    this.name = 'NotAwsAnswer'
    this.$fault = status >= 500 ? 'server' : 'client'
    this.$metadata = { httpStatusCode: status }
  }
}

/** The SDK's handler, as this one uses it. */
interface Inner extends RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions> {
  updateHttpClientConfig(key: never, value: never): void
}

export class CheckedHttpHandler implements RequestHandler<
  HttpRequest,
  HttpResponse,
  HttpHandlerOptions
> {
  private readonly inner: Inner
  private readonly env: NodeJS.ProcessEnv

  constructor(private readonly options: HandlerOptions) {
    const env = (this.env = options.env ?? process.env)
    // proxyEnv: the agent reads HTTP(S)_PROXY and NO_PROXY (either case) from env and sends each
    // request through the proxy or not, as the runner's own tools do. Without them, no proxy.
    const agent = { keepAlive: true, maxSockets: 50, proxyEnv: env }
    this.inner = new NodeHttpHandler({
      connectionTimeout: options.connectionTimeout,
      requestTimeout: options.requestTimeout,
      throwOnRequestTimeout: true,
      httpAgent: agent,
      httpsAgent: agent
    }) as unknown as Inner
  }

  async handle(
    request: HttpRequest,
    handlerOptions?: HttpHandlerOptions
  ): Promise<{ response: HttpResponse }> {
    let answer: { response: HttpResponse }
    try {
      answer = await this.inner.handle(request, handlerOptions)
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError') this.sayTimedOut(request, error)
      throw error
    }
    await checkAnswer(answer.response, request, this.env)
    return answer
  }

  updateHttpClientConfig(key: never, value: never): void {
    this.inner.updateHttpClientConfig(key, value)
  }

  httpHandlerConfigs(): Record<string, unknown> {
    return (
      this.inner as unknown as { httpHandlerConfigs(): Record<string, unknown> }
    ).httpHandlerConfigs()
  }

  destroy(): void {
    this.inner.destroy?.()
  }

  private sayTimedOut(request: HttpRequest, error: Error): void {
    const attempt = /attempt=(\d+); max=(\d+)/.exec(request.headers['amz-sdk-request'] ?? '')
    const which = attempt ? ` (attempt ${attempt[1]} of ${attempt[2]})` : ''
    const connecting = /establish a connection/.test(error.message)
    const within = connecting
      ? `could not connect within ${this.options.connectionTimeout / 1000} s`
      : `no answer within ${this.options.requestTimeout / 1000} s`
    const again = attempt && attempt[1] !== attempt[2] ? '; trying again' : ''
    ;(this.options.say ?? info)(
      `${operationOf(request)} to ${hostOf(request)}: ${within}${which}${again}.`
    )
  }
}

/** The operation a request calls: awsJson names it in a header, awsQuery in its form body. */
function operationOf(request: HttpRequest): string {
  const target = request.headers['x-amz-target']
  if (target) return oneLine(target.split('.').pop() ?? target, 100)
  const body = typeof request.body === 'string' ? request.body : ''
  const action = /(?:^|&)Action=([^&]+)/.exec(body)?.[1]
  return action ? oneLine(decodeURIComponent(action), 100) : 'The AWS call'
}

function hostOf(request: HttpRequest): string {
  return `${request.hostname}${request.port ? `:${request.port}` : ''}`
}

/**
 * Throws when the answer is not one AWS gives. AWS answers JSON (application/x-amz-json-1.x) or
 * XML (text/xml), errors included. A body without such a type is read (it is small: the SDK
 * would read it anyway) and let through only when it looks like JSON or XML, put back for the SDK.
 */
async function checkAnswer(
  response: HttpResponse,
  request: HttpRequest,
  env: NodeJS.ProcessEnv
): Promise<void> {
  const type = (headerOf(response, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  if (!type.includes('html') && /json|xml/.test(type)) return
  const body = await readBody(response.body)
  response.body = body
  const text = new TextDecoder().decode(body)
  if (!type.includes('html') && /^\s*[{<]/.test(text)) return
  const said = type.includes('html') ? titleOf(text) : oneLine(text, 80)
  throw new NotAwsAnswerError(
    `the endpoint did not answer like AWS: HTTP ${response.statusCode} ${type || 'with no content type'}${
      text.trim() ? '' : ', empty'
    } from ${hostOf(request)}${said ? ` ("${said}")` : ''}${proxyNote(request, env)}; a proxy, or a wrong AWS_ENDPOINT_URL?`,
    response.statusCode
  )
}

/**
 * The answer names the host the call was for; when a proxy variable is set for its scheme, the
 * proxy may be what answered (unless NO_PROXY leaves the host out, which Node decides).
 */
function proxyNote(request: HttpRequest, env: NodeJS.ProcessEnv): string {
  const names =
    request.protocol === 'https:' ? ['HTTPS_PROXY', 'https_proxy'] : ['HTTP_PROXY', 'http_proxy']
  const name = names.find(n => env[n])
  return name ? ` (${name} is set: the proxy may be what answered)` : ''
}

function headerOf(response: HttpResponse, name: string): string | undefined {
  const key = Object.keys(response.headers).find(k => k.toLowerCase() === name)
  return key === undefined ? undefined : response.headers[key]
}

/** A page's title, or its first words: what a person would see of it. */
function titleOf(page: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(page)?.[1]
  const text = title ?? page.replace(/<[^>]*>/g, ' ')
  return oneLine(text.replace(/\s+/g, ' '), 80)
}

async function readBody(body: unknown): Promise<Uint8Array> {
  if (body instanceof Uint8Array) return body
  if (!body || typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] !== 'function')
    return new Uint8Array()
  const chunks: Uint8Array[] = []
  for await (const chunk of body as AsyncIterable<Uint8Array | string>)
    chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk)
  return Buffer.concat(chunks)
}
