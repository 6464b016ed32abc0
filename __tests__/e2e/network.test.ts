// What stands between the action and AWS: a corporate proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, as
// the runner and the aws CLI honour them), and endpoints that answer, but not as AWS does (a
// proxy's error page, an empty 404, a login page). The bundled action, run as the runner runs it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, request, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { errorAnnotations, runAction } from '../../scripts/action-runner.js'
import { fake, stoppedIds, useFakeAws } from '../support/fake-aws.js'

useFakeAws()

/** A forwarding HTTP proxy on loopback that records what it carried. */
interface Proxy {
  url: string
  carried: string[]
  close(): Promise<void>
}

async function startProxy(): Promise<Proxy> {
  const carried: string[] = []
  const server = createServer((req, res) => {
    carried.push(`${req.method} ${req.url} ${req.headers['x-amz-target'] ?? ''}`.trim())
    const target = new URL(req.url ?? '')
    const upstream = request(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (answer: IncomingMessage) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on('error', () => res.writeHead(502).end())
    req.pipe(upstream)
  })
  return { ...(await listen(server)), carried }
}

/** A server that answers every request with one fixed, non-AWS answer. */
async function startImpostor(
  status: number,
  type: string | undefined,
  body: string
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    req.resume()
    res.writeHead(status, type ? { 'content-type': type } : {})
    res.end(body)
  })
  return listen(server)
}

async function listen(server: Server): Promise<{ url: string; close(): Promise<void> }> {
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>(done => server.close(() => done()))
  }
}

describe('through a proxy', () => {
  let proxy: Proxy
  beforeAll(async () => {
    proxy = await startProxy()
  })
  afterAll(async () => {
    await proxy.close()
  })

  it.each([
    ['HTTP_PROXY', 'HTTP_PROXY'],
    ['http_proxy (lower case, as the runner also sets it)', 'http_proxy']
  ])('sends every call through the proxy named by %s', async (_, variable) => {
    proxy.carried.length = 0
    const id = fake.addBuild()
    const run = await runAction({
      inputs: { target: 'build', id },
      env: { AWS_ENDPOINT_URL: fake.url, [variable]: proxy.url }
    })
    expect([run.code, run.outputs.status, run.stderr]).toEqual([0, 'Pending', ''])
    expect(stoppedIds('StopBuild')).toContain(id)
    // An HTTP proxy is sent the whole URL (an https endpoint would get a CONNECT instead).
    expect(proxy.carried).toEqual([`POST ${fake.url}/ CodeBuild_20161006.StopBuild`])
  })

  it('leaves out the hosts NO_PROXY lists', async () => {
    proxy.carried.length = 0
    const id = fake.addBuild()
    const run = await runAction({
      inputs: { target: 'build', id },
      env: { AWS_ENDPOINT_URL: fake.url, HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' }
    })
    expect([run.code, run.outputs.status]).toEqual([0, 'Pending'])
    expect(stoppedIds('StopBuild')).toContain(id)
    expect(proxy.carried).toEqual([])
  })

  it("a proxy's own error page: names the endpoint asked, and that the proxy may have answered", async () => {
    const gateway = await startImpostor(
      502,
      'text/html',
      '<html><title>502 Bad Gateway</title><body>squid</body></html>'
    )
    try {
      const run = await runAction({
        inputs: { target: 'build', id: 'web:6f1c2d9e-4b7a-4c1e-9a0b-2f3d4e5f6a7b' },
        env: {
          AWS_ENDPOINT_URL: 'http://codebuild.internal.example:8080',
          HTTP_PROXY: gateway.url,
          AWS_MAX_ATTEMPTS: '1'
        }
      })
      expect([run.code, run.outputs.status]).toEqual([1, 'Failed'])
      expect(run.outputs['status-message']).toMatch(
        /did not answer like AWS: HTTP 502 text\/html from codebuild\.internal\.example:8080 \("502 Bad Gateway"\) \(HTTP_PROXY is set: the proxy may be what answered\); a proxy, or a wrong AWS_ENDPOINT_URL\?/
      )
    } finally {
      await gateway.close()
    }
  })

  it('a proxy that is down is a connection error naming the call, not a hang', async () => {
    const id = fake.addBuild()
    const run = await runAction({
      inputs: { target: 'build', id },
      env: { AWS_ENDPOINT_URL: fake.url, HTTP_PROXY: 'http://127.0.0.1:9', AWS_MAX_ATTEMPTS: '1' }
    })
    expect([run.code, run.outputs.status]).toEqual([1, 'Failed'])
    expect(run.outputs['status-message']).toMatch(/ECONNREFUSED/)
  })
})

describe('an endpoint that does not answer like AWS', () => {
  it.each([
    [
      'a proxy error page',
      502,
      'text/html',
      '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
      /HTTP 502 text\/html from 127\.0\.0\.1:\d+ \("502 Bad Gateway"\); a proxy, or a wrong AWS_ENDPOINT_URL\?/
    ],
    [
      'an empty 404',
      404,
      undefined,
      '',
      /HTTP 404 with no content type, empty from 127\.0\.0\.1:\d+; a proxy, or a wrong AWS_ENDPOINT_URL\?/
    ],
    [
      'a 200 that is neither JSON nor XML',
      200,
      'text/plain',
      'hello from the captive portal',
      /HTTP 200 text\/plain from 127\.0\.0\.1:\d+ \("hello from the captive portal"\)/
    ]
  ])('%s: says so, never "AWS had an internal error"', async (_, status, type, body, said) => {
    const impostor = await startImpostor(status, type, body)
    try {
      const run = await runAction({
        inputs: { target: 'build', id: 'web:6f1c2d9e-4b7a-4c1e-9a0b-2f3d4e5f6a7b' },
        env: { AWS_ENDPOINT_URL: impostor.url, AWS_MAX_ATTEMPTS: '2' }
      })
      expect([run.code, run.outputs.status]).toEqual([1, 'Failed'])
      const message = run.outputs['status-message'] ?? ''
      expect(message).toMatch(/the endpoint did not answer like AWS/)
      expect(message).toMatch(said)
      expect(message).not.toMatch(/internal error|SyntaxError|Unknown/)
      expect(errorAnnotations(run.stdout).join('\n')).toMatch(/did not answer like AWS/)
    } finally {
      await impostor.close()
    }
  })

  it('an HTML page with 200, which the XML parser of an awsQuery service would take as empty', async () => {
    const impostor = await startImpostor(200, 'text/html', '<!doctype html><title>Sign in</title>')
    try {
      const run = await runAction({
        inputs: { target: 'stack', stack: 'shop-prod' },
        env: { AWS_ENDPOINT_URL: impostor.url }
      })
      expect([run.code, run.outputs.status]).toEqual([1, 'Failed'])
      expect(run.outputs['status-message']).toMatch(
        /did not answer like AWS: HTTP 200 text\/html from 127\.0\.0\.1:\d+ \("Sign in"\)/
      )
    } finally {
      await impostor.close()
    }
  })
})
