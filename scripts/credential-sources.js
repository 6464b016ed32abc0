// @ts-check
// Where a runner keeps AWS credentials, other than the environment's keys that
// aws-actions/configure-aws-credentials exports: a profile in a shared credentials file
// (self-hosted runners), the container credentials endpoint (runners on ECS, CodeBuild or EKS Pod
// Identity) and a web identity token exchanged with STS (EKS IRSA). Each source here is a stand-in
// on loopback; `env(source)` is what the runner's environment would hold for it. Used by the
// end-to-end tests and the benchmark.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { URLSearchParams } from 'node:url'

/** @typedef {'profile' | 'container' | 'web-identity'} CredentialSource */
export const CREDENTIAL_SOURCES = /** @type {const} */ (['profile', 'container', 'web-identity'])

/** The access key ID each source hands out, to tell which one signed a call. */
export const SOURCE_KEYS = {
  profile: 'AKIAPROFILE000000001',
  container: 'ASIACONTAINER0000001',
  'web-identity': 'ASIAWEBIDENTITY00001'
}
export const ROLE_ARN = 'arn:aws:iam::123456789012:role/release'
export const WEB_IDENTITY_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJydW5uZXIifQ.c2lnbmF0dXJl'
export const CONTAINER_TOKEN = 'pod-token'

/**
 * @typedef {{ headers: import('node:http').IncomingHttpHeaders, body: string }} SeenRequest
 */

/** No keys in the environment, so that the SDK's chain looks further. */
export const NO_ENV_KEYS = {
  AWS_ACCESS_KEY_ID: undefined,
  AWS_SECRET_ACCESS_KEY: undefined,
  AWS_SESSION_TOKEN: undefined
}

export async function startCredentialSources() {
  const dir = await mkdtemp(join(tmpdir(), 'credential-sources-'))
  const expiration = new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z')

  const credentialsFile = join(dir, 'credentials')
  await writeFile(
    credentialsFile,
    '[default]\naws_access_key_id = AKIADEFAULT000000000\naws_secret_access_key = default\n\n' +
      `[release]\naws_access_key_id = ${SOURCE_KEYS.profile}\naws_secret_access_key = profile/secret\n`
  )
  const tokenFile = join(dir, 'web-identity-token')
  await writeFile(tokenFile, WEB_IDENTITY_TOKEN)

  // The ECS container credentials format, which EKS Pod Identity and CodeBuild serve too.
  const container = await serve(() => ({
    type: 'application/json',
    body: JSON.stringify({
      AccessKeyId: SOURCE_KEYS.container,
      SecretAccessKey: 'container/secret',
      Token: 'container-session-token',
      Expiration: expiration
    })
  }))

  // STS speaks the query protocol: a form-encoded request, an XML answer.
  const sts = await serve(body => {
    const form = new URLSearchParams(body)
    if (form.get('Action') !== 'AssumeRoleWithWebIdentity')
      return {
        status: 400,
        type: 'text/xml',
        body:
          '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type>' +
          `<Code>InvalidAction</Code><Message>Not answered here: ${escapeXml(form.get('Action') ?? '')}</Message></Error>` +
          '<RequestId>4fd3ee3a-4ef2-4a6a-9e4f-6d0a1a2b3c4d</RequestId></ErrorResponse>'
      }
    const session = escapeXml(form.get('RoleSessionName') ?? '')
    return {
      type: 'text/xml',
      body:
        '<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">' +
        '<AssumeRoleWithWebIdentityResult>' +
        '<SubjectFromWebIdentityToken>system:serviceaccount:ci:runner</SubjectFromWebIdentityToken>' +
        `<AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/release/${session}</Arn>` +
        `<AssumedRoleId>AROAEXAMPLE000000001:${session}</AssumedRoleId></AssumedRoleUser>` +
        `<Credentials><AccessKeyId>${SOURCE_KEYS['web-identity']}</AccessKeyId>` +
        '<SecretAccessKey>web/identity/secret</SecretAccessKey>' +
        '<SessionToken>web-identity-session-token</SessionToken>' +
        `<Expiration>${expiration}</Expiration></Credentials>` +
        '</AssumeRoleWithWebIdentityResult>' +
        '<ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata>' +
        '</AssumeRoleWithWebIdentityResponse>'
    }
  })

  return {
    dir,
    container,
    sts,
    /**
     * The environment a runner would give for `source` (undefined removes a variable).
     * @param {CredentialSource} source
     * @returns {Record<string, string | undefined>}
     */
    env(source) {
      switch (source) {
        case 'profile':
          return {
            ...NO_ENV_KEYS,
            AWS_PROFILE: 'release',
            AWS_SHARED_CREDENTIALS_FILE: credentialsFile,
            AWS_CONFIG_FILE: join(dir, 'no-config')
          }
        case 'container':
          return {
            ...NO_ENV_KEYS,
            AWS_CONTAINER_CREDENTIALS_FULL_URI: `${container.url}/v2/credentials`,
            AWS_CONTAINER_AUTHORIZATION_TOKEN: CONTAINER_TOKEN
          }
        case 'web-identity':
          return {
            ...NO_ENV_KEYS,
            AWS_ROLE_ARN: ROLE_ARN,
            AWS_WEB_IDENTITY_TOKEN_FILE: tokenFile,
            AWS_ENDPOINT_URL_STS: sts.url
          }
      }
    },
    async close() {
      await Promise.all([container.close(), sts.close()])
      await rm(dir, { recursive: true, force: true })
    }
  }
}

/**
 * A server on loopback that answers every request with `answer(body)` and records what it saw.
 * @param {(body: string) => { status?: number, type: string, body: string }} answer
 */
async function serve(answer) {
  /** @type {SeenRequest[]} */
  const requests = []
  const server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8').on('data', d => (body += d))
    req.on('end', () => {
      requests.push({ headers: req.headers, body })
      const a = answer(body)
      res.writeHead(a.status ?? 200, { 'content-type': a.type }).end(a.body)
    })
  })
  await new Promise(done => server.listen(0, '127.0.0.1', () => done(undefined)))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no TCP address')
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise(done => server.close(() => done(undefined)))
  }
}

/** @param {string} text */
function escapeXml(text) {
  return text.replace(
    /[<>&"']/g,
    c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c
  )
}
