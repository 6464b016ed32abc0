// The aws CLI (botocore, Python; v1 or v2) as an independent client of the fake AWS, for the tests
// that prove each service the fake serves: useAwsCli() starts a fake for the file and checks the
// CLI is there (failing, not skipping, without it); aws(...) runs one command against the fake.
import { afterAll, beforeAll, expect } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeAws } from '../../fake-aws/server.js'

export type Fake = Awaited<ReturnType<typeof startFakeAws>>
/** Set by useAwsCli(); an ES module live binding. */
export let fake: Fake

export const ACCESS_KEY_ID = 'AKIDAWSCLITEST000001'
export const UNKNOWN_BUILD = 'ghost:3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1'
/** A config file that only asks for timestamps as they came over the wire (see beforeAll). */
let configDir: string | undefined
let configFile = '/dev/null'

/** A hermetic environment: no profile, config file or inherited endpoint can steer the CLI. */
function cliEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const name of Object.keys(env)) if (name.startsWith('AWS_')) delete env[name]
  return {
    ...env,
    AWS_DEFAULT_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: 'cli-test-secret',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
    AWS_CONFIG_FILE: configFile,
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null'
  }
}

export interface CliResult {
  code: number
  stdout: string
  stderr: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any
}

const MISSING_CLI =
  'The aws CLI is not on PATH. These tests use it as an independent client of the fake AWS; ' +
  'install it (Debian: apt-get install awscli, which .ci/run does) and run them again.'

/** Async on purpose: the fake runs in this process, so a blocking spawn would deadlock it. */
export function run(args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    execFile('aws', args, { env: cliEnv(), timeout: 25_000 }, (error, stdout, stderr) => {
      if (error?.code === 'ENOENT') return reject(new Error(MISSING_CLI))
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
      let json
      try {
        json = JSON.parse(stdout)
      } catch {
        json = undefined // not every answer is JSON: --version, errors
      }
      resolve({ code, stdout, stderr, json })
    })
  })
}

export const aws = (...args: string[]) =>
  run(['--endpoint-url', fake.url, '--output', 'json', ...args])

export function useAwsCli(): void {
  beforeAll(async () => {
    // Fail (not skip) without the CLI: a silently skipped protocol check proves nothing.
    const version = await run(['--version'])
    const major = /^aws-cli\/(\d+)\./.exec(`${version.stdout}${version.stderr}`)?.[1]
    expect(major).toMatch(/^[12]$/)
    // Timestamps as they came over the wire (epoch seconds), so the tests see the wire format: v1
    // prints them so by default ("none"); v2 turns them into ISO text unless told "wire".
    configDir = await mkdtemp(join(tmpdir(), 'aws-cli-'))
    configFile = join(configDir, 'config')
    await writeFile(
      configFile,
      `[default]\ncli_timestamp_format = ${major === '1' ? 'none' : 'wire'}\n`
    )
    fake = await startFakeAws()
  })
  afterAll(async () => {
    await fake?.close()
    if (configDir) await rm(configDir, { recursive: true, force: true })
  })
}
