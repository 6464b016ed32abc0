// @ts-check
// The floor for one stop: the least a node process can do to stop a CodeBuild build. The same
// StopBuild call as the action (awsJson1.1, POST / with X-Amz-Target
// CodeBuild_20161006.StopBuild), signed by hand with SigV4 using node:crypto, sent with node:http
// or node:https, and nothing else: no SDK, no retries, no inputs, outputs or logs. The benchmark
// times it beside the action, the SDK alone (bare-stop.js) and the aws CLI.
//   node scripts/floor-stop.js <build-id>       exits 0 when AWS answers 200
//   node scripts/floor-stop.js --check-signature
//     signs a fixed request with this script's signer and with the SDK's (@smithy/signature-v4)
//     and exits 0 when the two Authorization headers are the same
// Endpoint (AWS_ENDPOINT_URL_CODEBUILD, AWS_ENDPOINT_URL, else CodeBuild's regional endpoint),
// region (AWS_REGION, AWS_DEFAULT_REGION) and keys (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
// AWS_SESSION_TOKEN) come from the environment. Built-ins through process.getBuiltinModule, not
// an ES import: an import of node:http reads every export, and its WebSocket getter loads undici.
const { createHash, createHmac } = process.getBuiltinModule('node:crypto')

const SERVICE = 'codebuild'
const TARGET = 'CodeBuild_20161006.StopBuild'
const CONTENT_TYPE = 'application/x-amz-json-1.1'

/**
 * @typedef {{ accessKeyId: string, secretAccessKey: string, sessionToken?: string }} Keys
 * @typedef {{ url: URL, region: string, body: string, keys: Keys, now: Date }} Call
 */

/**
 * The headers of a signed awsJson1.1 StopBuild request (SigV4, AWS4-HMAC-SHA256).
 * @param {Call} call
 * @returns {Record<string, string>}
 */
export function signedHeaders({ url, region, body, keys, now }) {
  const amzDate = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
  const day = amzDate.slice(0, 8)
  /** @type {Record<string, string>} lower-case names, as they are signed */
  const headers = {
    'content-type': CONTENT_TYPE,
    host: url.host,
    'x-amz-date': amzDate,
    ...(keys.sessionToken ? { 'x-amz-security-token': keys.sessionToken } : {}),
    'x-amz-target': TARGET
  }
  const names = Object.keys(headers).sort()
  const canonicalRequest = [
    'POST',
    url.pathname || '/',
    '',
    ...names.map(n => `${n}:${headers[n]?.trim()}`),
    '',
    names.join(';'),
    sha256(body)
  ].join('\n')
  const scope = `${day}/${region}/${SERVICE}/aws4_request`
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n')
  let key = hmac(`AWS4${keys.secretAccessKey}`, day)
  for (const part of [region, SERVICE, 'aws4_request']) key = hmac(key, part)
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex')
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${keys.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`
  }
}

/** @param {string} text */
function sha256(text) {
  return createHash('sha256').update(text).digest('hex')
}

/** @param {string | Buffer} key @param {string} text */
function hmac(key, text) {
  return createHmac('sha256', key).update(text).digest()
}

/**
 * Signs a fixed request with signedHeaders and with the SDK's signer, and compares.
 * @returns {Promise<boolean>}
 */
async function checkSignature() {
  const { SignatureV4 } = await import('@smithy/signature-v4')
  // The SDK's node hash (@smithy/hash-node) is this: node:crypto behind its Checksum interface.
  const bytes = (/** @type {import('@smithy/types').SourceData} */ data) =>
    typeof data === 'string'
      ? data
      : ArrayBuffer.isView(data)
        ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
        : Buffer.from(data)
  class Sha256 {
    /** @param {import('@smithy/types').SourceData} [secret] */
    constructor(secret) {
      this.hash = secret ? createHmac('sha256', bytes(secret)) : createHash('sha256')
    }
    /** @param {import('@smithy/types').SourceData} data */
    update(data) {
      this.hash.update(bytes(data))
    }
    async digest() {
      return new Uint8Array(this.hash.digest())
    }
  }
  /** @type {Call} */
  const call = {
    url: new URL('http://127.0.0.1:4566/'),
    region: 'eu-west-1',
    body: JSON.stringify({ id: 'project:0123' }),
    keys: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret/Key+0', sessionToken: 'tok//en' },
    now: new Date('2024-05-06T07:08:09.123Z')
  }
  const ours = signedHeaders(call)
  const signer = new SignatureV4({
    credentials: call.keys,
    region: call.region,
    service: SERVICE,
    sha256: Sha256,
    // The SDK also signs x-amz-content-sha256, which only S3 requires; the floor leaves it out.
    applyChecksum: false
  })
  const unsigned = Object.fromEntries(
    Object.entries(ours).filter(([name]) => name !== 'authorization')
  )
  const sdk = await signer.sign(
    {
      method: 'POST',
      protocol: call.url.protocol,
      hostname: call.url.hostname,
      port: Number(call.url.port),
      path: call.url.pathname,
      query: {},
      headers: unsigned,
      body: call.body
    },
    { signingDate: call.now }
  )
  const theirs = sdk.headers.authorization ?? sdk.headers.Authorization
  console.log(`floor:   ${ours.authorization}\nthe SDK: ${theirs}`)
  return ours.authorization === theirs
}

const [arg] = process.argv.slice(2)
if (arg === '--check-signature') {
  process.exitCode = (await checkSignature()) ? 0 : 1
} else if (!arg) {
  console.error('usage: node scripts/floor-stop.js <build-id> | --check-signature')
  process.exitCode = 2
} else {
  const env = process.env
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION
  const accessKeyId = env.AWS_ACCESS_KEY_ID
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY
  if (!region || !accessKeyId || !secretAccessKey) {
    console.error('AWS_REGION, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must be set')
    process.exit(2)
  }
  const url = new URL(
    env.AWS_ENDPOINT_URL_CODEBUILD ||
      env.AWS_ENDPOINT_URL ||
      `https://${SERVICE}.${region}.amazonaws.com/`
  )
  const body = JSON.stringify({ id: arg })
  const headers = signedHeaders({
    url,
    region,
    body,
    keys: { accessKeyId, secretAccessKey, sessionToken: env.AWS_SESSION_TOKEN },
    now: new Date()
  })
  const { request } = process.getBuiltinModule(
    url.protocol === 'http:' ? 'node:http' : 'node:https'
  )
  const req = request(url, {
    method: 'POST',
    headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }
  })
  req.on('response', res => {
    /** @type {Buffer[]} */
    const chunks = []
    res.on('data', chunk => chunks.push(chunk))
    res.on('end', () => {
      if (res.statusCode === 200) return
      console.error(`StopBuild: ${res.statusCode} ${Buffer.concat(chunks).toString('utf8')}`)
      process.exitCode = 1
    })
  })
  req.on('error', error => {
    console.error(`StopBuild: ${error.message}`)
    process.exitCode = 1
  })
  req.end(body)
}
