// The HTTP layer under the SDK's retries: each attempt that times out is said in the log, so a
// call that hangs (up to attempts × timeout) does not look stuck; answers pass through untouched.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { CheckedHttpHandler } from '../../src/http-handler.js'

let server: Server
let port = 0
beforeAll(async () => {
  server = createServer((req, res) => {
    // /hang never answers; anything else answers as AWS's JSON services do.
    if (req.url === '/hang') return
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' })
    res.end('{"build":{}}')
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  port = (server.address() as AddressInfo).port
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise(done => server.close(done))
})

function stopBuild(path: string, attempt: string) {
  return {
    method: 'POST',
    protocol: 'http:',
    hostname: '127.0.0.1',
    port,
    path,
    query: {},
    headers: {
      'x-amz-target': 'CodeBuild_20161006.StopBuild',
      'content-type': 'application/x-amz-json-1.1',
      'amz-sdk-request': attempt
    },
    body: '{"id":"web:1"}'
  }
}

it('says each attempt that got no answer in time, and whether another follows', async () => {
  const said: string[] = []
  const handler = new CheckedHttpHandler({
    connectionTimeout: 1_000,
    requestTimeout: 200,
    say: line => said.push(line)
  })
  await expect(handler.handle(stopBuild('/hang', 'attempt=1; max=3'))).rejects.toMatchObject({
    name: 'TimeoutError'
  })
  await expect(handler.handle(stopBuild('/hang', 'attempt=3; max=3'))).rejects.toMatchObject({
    name: 'TimeoutError'
  })
  expect(said).toEqual([
    `StopBuild to 127.0.0.1:${port}: no answer within 0.2 s (attempt 1 of 3); trying again.`,
    `StopBuild to 127.0.0.1:${port}: no answer within 0.2 s (attempt 3 of 3).`
  ])
  handler.destroy()
})

it("passes AWS's answers through untouched, and says nothing", async () => {
  const said: string[] = []
  const handler = new CheckedHttpHandler({
    connectionTimeout: 1_000,
    requestTimeout: 1_000,
    say: line => said.push(line)
  })
  const { response } = await handler.handle(stopBuild('/', 'attempt=1; max=3'))
  expect(response.statusCode).toBe(200)
  let body = ''
  for await (const chunk of response.body as AsyncIterable<Buffer>) body += chunk.toString()
  expect(body).toBe('{"build":{}}')
  expect(said).toEqual([])
  handler.destroy()
})
