// The bundled action takes its credentials wherever a runner keeps them. The environment's keys
// (what aws-actions/configure-aws-credentials exports) are read by code bundled with the SDK
// clients; every other source of the SDK's default chain is built apart, in
// dist/chunks/credentials/, and the nested clients those use (STS for web identity) in its
// clients/ (scripts/build.js), so these tests run that code as the runner does.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { fake, useFakeAws } from '../support/fake-aws.js'
import { runAction } from '../../scripts/action-runner.js'
import {
  CONTAINER_TOKEN,
  NO_ENV_KEYS,
  ROLE_ARN,
  SOURCE_KEYS,
  startCredentialSources,
  WEB_IDENTITY_TOKEN
} from '../../scripts/credential-sources.js'

useFakeAws()

let sources: Awaited<ReturnType<typeof startCredentialSources>>
beforeAll(async () => {
  sources = await startCredentialSources()
})
afterAll(async () => {
  await sources.close()
})

/** Stops one build with `env` over the runner's; the access key IDs that signed the stop. */
async function stopOneBuild(env: Record<string, string | undefined>): Promise<(string | null)[]> {
  const id = fake.addBuild()
  const run = await runAction({
    inputs: { target: 'build', id },
    env: { AWS_ENDPOINT_URL: fake.url, ...env }
  })
  expect(run.stderr).toBe('')
  // Stop accepted; the build is still stopping (no wait asked for).
  expect([run.code, run.outputs.status]).toEqual([0, 'Pending'])
  return fake.calls('StopBuild').map(c => c.accessKeyId)
}

describe('credentials', () => {
  it('from a profile in the shared credentials file (AWS_PROFILE)', async () => {
    expect(await stopOneBuild(sources.env('profile'))).toEqual([SOURCE_KEYS.profile])
  })

  it('from the container credentials endpoint (ECS, CodeBuild and EKS Pod Identity runners)', async () => {
    const asked = sources.container.requests.length
    expect(await stopOneBuild(sources.env('container'))).toEqual([SOURCE_KEYS.container])
    expect(sources.container.requests.slice(asked).map(r => r.headers.authorization)).toEqual([
      CONTAINER_TOKEN
    ])
  })

  it('from a web identity token, through STS AssumeRoleWithWebIdentity (EKS IRSA runners)', async () => {
    // The aws CLI reads the stand-in's answer as STS's: it speaks the real protocol.
    const cli = await promisify(execFile)(
      'aws',
      [
        ...['--endpoint-url', sources.sts.url, '--output', 'json'],
        ...['sts', 'assume-role-with-web-identity', '--role-arn', ROLE_ARN],
        ...['--role-session-name', 'cli', '--web-identity-token', 'token']
      ],
      { env: { PATH: process.env.PATH, HOME: sources.dir, AWS_DEFAULT_REGION: 'eu-west-1' } }
    )
    expect(JSON.parse(cli.stdout).Credentials.AccessKeyId).toBe(SOURCE_KEYS['web-identity'])

    expect(await stopOneBuild(sources.env('web-identity'))).toEqual([SOURCE_KEYS['web-identity']])
    const asked = new URLSearchParams(sources.sts.requests.at(-1)?.body)
    expect(asked.get('Action')).toBe('AssumeRoleWithWebIdentity')
    expect(asked.get('RoleArn')).toBe(ROLE_ARN)
    expect(asked.get('WebIdentityToken')).toBe(WEB_IDENTITY_TOKEN)
  })

  it('none anywhere: says how to configure them, and asks AWS nothing', async () => {
    const id = fake.addBuild()
    const run = await runAction({
      inputs: { target: 'build', id },
      env: {
        AWS_ENDPOINT_URL: fake.url,
        ...NO_ENV_KEYS,
        AWS_CONFIG_FILE: join(sources.dir, 'none')
      }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('No AWS credentials were found')
    expect(fake.calls('StopBuild')).toEqual([])
  })
})
