// The bundled action takes its credentials wherever a runner keeps them. The environment's keys
// (what aws-actions/configure-aws-credentials exports) are read by code bundled with the SDK
// clients; every other source of the SDK's default chain is built apart, in
// dist/chunks/credentials/ (scripts/build.js), so these tests run that code as the runner does.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { fake, useFakeAws } from '../support/fake-aws.js'
import { runAction } from '../../scripts/action-runner.js'

useFakeAws()

/** No keys in the environment: the chain must look further. */
const NO_ENV_KEYS = {
  AWS_ACCESS_KEY_ID: undefined,
  AWS_SECRET_ACCESS_KEY: undefined,
  AWS_SESSION_TOKEN: undefined
}
const IN_AN_HOUR = new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z')

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'credentials-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A server on loopback answering every request with `answer`, recording what was asked. */
async function serve(
  answer: (req: IncomingMessage, body: string) => { status?: number; type: string; body: string }
): Promise<{
  url: string
  requests: { headers: IncomingMessage['headers']; body: string }[]
  server: Server
}> {
  const requests: { headers: IncomingMessage['headers']; body: string }[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8').on('data', (d: string) => (body += d))
    req.on('end', () => {
      requests.push({ headers: req.headers, body })
      const a = answer(req, body)
      res.writeHead(a.status ?? 200, { 'content-type': a.type }).end(a.body)
    })
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  return { url: `http://127.0.0.1:${address.port}`, requests, server }
}

async function stopOneBuild(env: Record<string, string | undefined>) {
  const id = fake.addBuild()
  const run = await runAction({
    inputs: { target: 'build', id },
    env: { AWS_ENDPOINT_URL: fake.url, ...NO_ENV_KEYS, ...env }
  })
  expect(run.stderr).toBe('')
  // Stop accepted; the build is still stopping (no wait asked for).
  expect([run.code, run.outputs.status]).toEqual([0, 'Pending'])
  return fake.calls('StopBuild').map(c => c.accessKeyId)
}

describe('credentials', () => {
  it('from a profile in the shared credentials file (AWS_PROFILE)', async () => {
    const file = join(dir, 'credentials')
    await writeFile(
      file,
      '[default]\naws_access_key_id = AKIADEFAULT000000000\naws_secret_access_key = default\n\n' +
        '[release]\naws_access_key_id = AKIAPROFILE000000001\naws_secret_access_key = profile/secret\n'
    )
    const keys = await stopOneBuild({
      AWS_PROFILE: 'release',
      AWS_SHARED_CREDENTIALS_FILE: file,
      AWS_CONFIG_FILE: join(dir, 'no-config')
    })
    expect(keys).toEqual(['AKIAPROFILE000000001'])
  })

  it('from the container credentials endpoint (ECS, CodeBuild and EKS Pod Identity runners)', async () => {
    const endpoint = await serve(() => ({
      type: 'application/json',
      body: JSON.stringify({
        AccessKeyId: 'ASIACONTAINER0000001',
        SecretAccessKey: 'container/secret',
        Token: 'container-session-token',
        Expiration: IN_AN_HOUR
      })
    }))
    try {
      const keys = await stopOneBuild({
        AWS_CONTAINER_CREDENTIALS_FULL_URI: `${endpoint.url}/v2/credentials`,
        AWS_CONTAINER_AUTHORIZATION_TOKEN: 'pod-token'
      })
      expect(keys).toEqual(['ASIACONTAINER0000001'])
      expect(endpoint.requests.map(r => r.headers.authorization)).toEqual(['pod-token'])
    } finally {
      endpoint.server.close()
    }
  })

  it('from a web identity token, through STS AssumeRoleWithWebIdentity (EKS IRSA runners)', async () => {
    // STS answers in the query protocol: a form-encoded request and an XML response.
    const sts = await serve((_req, body) => {
      const form = new URLSearchParams(body)
      if (form.get('Action') !== 'AssumeRoleWithWebIdentity')
        return { status: 400, type: 'text/xml', body: '<ErrorResponse/>' }
      return {
        type: 'text/xml',
        body:
          '<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">' +
          '<AssumeRoleWithWebIdentityResult>' +
          '<SubjectFromWebIdentityToken>system:serviceaccount:ci:runner</SubjectFromWebIdentityToken>' +
          `<AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/release/${form.get('RoleSessionName')}</Arn>` +
          `<AssumedRoleId>AROAEXAMPLE000000001:${form.get('RoleSessionName')}</AssumedRoleId></AssumedRoleUser>` +
          '<Credentials><AccessKeyId>ASIAWEBIDENTITY00001</AccessKeyId>' +
          '<SecretAccessKey>web/identity/secret</SecretAccessKey>' +
          '<SessionToken>web-identity-session-token</SessionToken>' +
          `<Expiration>${IN_AN_HOUR}</Expiration></Credentials>` +
          '</AssumeRoleWithWebIdentityResult>' +
          '<ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata>' +
          '</AssumeRoleWithWebIdentityResponse>'
      }
    })
    try {
      // The aws CLI reads this answer as STS's: the stand-in speaks the real protocol.
      const cli = await promisify(execFile)(
        'aws',
        [
          '--endpoint-url',
          sts.url,
          '--output',
          'json',
          'sts',
          'assume-role-with-web-identity',
          '--role-arn',
          'arn:aws:iam::123456789012:role/release',
          '--role-session-name',
          'cli',
          '--web-identity-token',
          'token'
        ],
        { env: { PATH: process.env.PATH, HOME: dir, AWS_DEFAULT_REGION: 'eu-west-1' } }
      )
      expect(JSON.parse(cli.stdout).Credentials.AccessKeyId).toBe('ASIAWEBIDENTITY00001')

      const token = join(dir, 'web-identity-token')
      await writeFile(token, 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJydW5uZXIifQ.c2lnbmF0dXJl')
      const keys = await stopOneBuild({
        AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/release',
        AWS_WEB_IDENTITY_TOKEN_FILE: token,
        AWS_ENDPOINT_URL_STS: sts.url
      })
      expect(keys).toEqual(['ASIAWEBIDENTITY00001'])
      const asked = new URLSearchParams(sts.requests.at(-1)?.body)
      expect(asked.get('RoleArn')).toBe('arn:aws:iam::123456789012:role/release')
      expect(asked.get('WebIdentityToken')).toBe(
        'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJydW5uZXIifQ.c2lnbmF0dXJl'
      )
    } finally {
      sts.server.close()
    }
  })

  it('none anywhere: says how to configure them, and asks AWS nothing', async () => {
    const id = fake.addBuild()
    const run = await runAction({
      inputs: { target: 'build', id },
      env: { AWS_ENDPOINT_URL: fake.url, ...NO_ENV_KEYS, AWS_CONFIG_FILE: join(dir, 'none') }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('No AWS credentials were found')
    expect(fake.calls('StopBuild')).toEqual([])
  })
})
