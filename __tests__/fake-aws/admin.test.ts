// The parts of the fake meant for people: the admin API under /__fake/ and `node fake-aws/cli.js`.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { startFakeAws } from '../../fake-aws/server.js'

type Fake = Awaited<ReturnType<typeof startFakeAws>>

const CLI = fileURLToPath(new URL('../../fake-aws/cli.js', import.meta.url))
const README = fileURLToPath(new URL('../../fake-aws/README.md', import.meta.url))

// The admin API answers free-form JSON; the assertions are its type check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

async function call(
  url: string,
  method = 'GET',
  body?: unknown
): Promise<{ status: number; json: Json }> {
  const res = await fetch(url, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  return { status: res.status, json: await res.json() }
}

describe('admin API', () => {
  let fake: Fake
  beforeAll(async () => {
    fake = await startFakeAws()
  })
  afterAll(async () => {
    await fake.close()
  })

  it('adds releases, queues faults, shows state and requests, resets', async () => {
    const admin = `${fake.url}/__fake`
    const added = await call(`${admin}/deployments`, 'POST', { applicationName: 'shop' })
    expect(added.status).toBe(200)
    expect(added.json.id).toMatch(/^d-[A-Z0-9]{9}$/)
    const batch = await call(`${admin}/build-batches`, 'POST', { projectName: 'web' })
    expect(batch.json.id).toMatch(/^web:[0-9a-f-]{36}$/)
    expect((await call(`${admin}/pipeline-executions`, 'POST', {})).status).toBe(200)
    expect((await call(`${admin}/builds`, 'POST')).status).toBe(200)
    const ecs = await call(`${admin}/service-deployments`, 'POST', { serviceName: 'web' })
    expect(ecs.json.id).toMatch(
      /^arn:aws:ecs:us-east-1:123456789012:service-deployment\/default\/web\/[A-Za-z0-9_-]{21}$/
    )

    const stack = await call(`${admin}/stacks`, 'POST', {
      stackName: 'web',
      tags: { commit: 'abc' }
    })
    expect(stack.json.id).toMatch(
      /^arn:aws:cloudformation:us-east-1:123456789012:stack\/web\/[0-9a-f-]{36}$/
    )

    const refresh = await call(`${admin}/instance-refreshes`, 'POST', { groupName: 'web-asg' })
    expect(refresh.json.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    )
    const group = await call(`${admin}/auto-scaling-groups`, 'POST', { name: 'idle-asg' })
    expect(group.json).toEqual({ name: 'idle-asg' })
    const badGroup = await call(`${admin}/auto-scaling-groups`, 'POST', { name: 'a:b' })
    expect(badGroup.status).toBe(400)
    expect(badGroup.json.error).toMatch(/without a colon/)

    const environment = await call(`${admin}/environments`, 'POST', {
      environmentName: 'shop-web',
      applicationName: 'shop'
    })
    expect(environment.json.id).toMatch(/^e-[a-z0-9]{10}$/)
    const badEnvironment = await call(`${admin}/environments`, 'POST', { status: 'Deploying' })
    expect(badEnvironment.status).toBe(400)
    expect(badEnvironment.json.error).toMatch(
      /^status must be one of Aborting, Launching, Updating/
    )

    const state = (await call(`${admin}/state`)).json
    expect(state.instanceRefreshes).toEqual([
      expect.objectContaining({ id: refresh.json.id, groupName: 'web-asg', status: 'InProgress' })
    ])
    expect(state.environments).toEqual([
      expect.objectContaining({
        id: environment.json.id,
        environmentName: 'shop-web',
        applicationName: 'shop',
        status: 'Updating',
        abortable: true
      })
    ])
    expect(state.stacks).toEqual([
      expect.objectContaining({ id: stack.json.id, stackName: 'web', status: 'UPDATE_IN_PROGRESS' })
    ])
    expect(state.deployments).toEqual([
      expect.objectContaining({ id: added.json.id, applicationName: 'shop', status: 'InProgress' })
    ])
    expect(state.buildBatches).toEqual([
      expect.objectContaining({ id: batch.json.id, status: 'IN_PROGRESS' })
    ])
    expect(state.pipelineExecutions).toHaveLength(1)
    expect(state.builds).toHaveLength(1)
    expect(state.serviceDeployments).toEqual([
      expect.objectContaining({ id: ecs.json.id, status: 'IN_PROGRESS', clusterName: 'default' })
    ])

    const queued = await call(`${admin}/faults`, 'POST', {
      operation: 'GetDeployment',
      type: 'error',
      errorType: 'AccessDeniedException',
      message: 'not you'
    })
    expect(queued).toEqual({ status: 200, json: { queued: 1 } })
    // A hand-made AWS JSON 1.1 request: the fake reads the credential scope, not the signature.
    const aws = await fetch(fake.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': 'CodeDeploy_20141006.GetDeployment',
        Authorization:
          'AWS4-HMAC-SHA256 Credential=AKIDADMIN/20250101/sa-east-1/codedeploy/aws4_request, SignedHeaders=host, Signature=abcdef'
      },
      body: JSON.stringify({ deploymentId: added.json.id })
    })
    expect(aws.status).toBe(400)
    expect(aws.headers.get('x-amzn-errortype')).toBe('AccessDeniedException')
    expect(await aws.json()).toEqual({ __type: 'AccessDeniedException', message: 'not you' })

    const requests = (await call(`${admin}/requests`)).json
    expect(requests).toEqual([
      expect.objectContaining({
        service: 'codedeploy',
        operation: 'GetDeployment',
        region: 'sa-east-1',
        accessKeyId: 'AKIDADMIN',
        fault: 'error'
      })
    ])
    // The admin API never counts as a status read: the deployment was not moved along.
    expect(fake.get(added.json.id)?.reads).toBe(0)

    expect(await call(`${admin}/reset`, 'POST')).toEqual({ status: 200, json: { ok: true } })
    expect((await call(`${admin}/state`)).json).toEqual({
      deployments: [],
      pipelineExecutions: [],
      builds: [],
      buildBatches: [],
      serviceDeployments: [],
      stacks: [],
      instanceRefreshes: [],
      environments: []
    })
    expect((await call(`${admin}/requests`)).json).toEqual([])
  })

  it('says what is wrong with bad options or an unknown route', async () => {
    const bad = await call(`${fake.url}/__fake/deployments`, 'POST', { status: 'Running' })
    expect(bad.status).toBe(400)
    expect(bad.json.error).toMatch(/status must be one of Created, Queued, InProgress/)
    const badFault = await call(`${fake.url}/__fake/faults`, 'POST', { type: 'explode' })
    expect(badFault.status).toBe(400)
    expect(badFault.json.error).toMatch(/fault type must be one of/)
    const unknown = await call(`${fake.url}/__fake/nothing`)
    expect(unknown.status).toBe(404)
    expect(unknown.json.routes).toContain('GET /__fake/state')
  })

  it('serves every route it lists, and the README lists each one', async () => {
    const routes: string[] = (await call(`${fake.url}/__fake/nothing`)).json.routes
    const arn = fake.addServiceDeployment()
    for (const route of routes) {
      const [method = '', path = ''] = route.split(' ')
      const url = `${fake.url}${path.replace('<id>', arn)}`
      const res = await call(url, method, method === 'POST' ? {} : undefined)
      expect([route, res.json.error ?? '']).not.toEqual([route, `unknown admin route: ${route}`])
      expect([route, res.status]).not.toEqual([route, 404])
    }
    // The admin table of fake-aws/README.md: one route per row, in its first column.
    const section = /### Admin API[^\n]*\n([\s\S]*?)\n#/.exec(readFileSync(README, 'utf8'))?.[1]
    const documented = [...(section ?? '').matchAll(/^\| `([A-Z]+ \/__fake\/[^`]*)`/gm)].map(
      m => m[1]
    )
    expect([...documented].sort()).toEqual([...routes].sort())
  })
})

describe('node fake-aws/cli.js', () => {
  it('prints what a person needs, seeds one release of each kind, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [CLI, '--port', '0', '--seed'], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const exited = new Promise<{ code: number | null; signal: string | null }>(resolve =>
      child.once('exit', (code, signal) => resolve({ code, signal }))
    )
    let out = ''
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
    try {
      // The last seeded line means everything before it is printed too.
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: string) => {
          out += chunk
          if (/^beanstalk-environment-id: /m.test(out)) resolve()
        })
        child.once('exit', () => reject(new Error(`cli.js exited early:\n${out}`)))
      })
      const url = /^fake-aws listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out)?.[1]
      expect(url).toBeDefined()
      expect(out).toContain(`export AWS_ENDPOINT_URL=${url}`)
      expect(out).toMatch(/^export AWS_REGION=\S+ AWS_DEFAULT_REGION=\S+$/m)
      expect(out).toMatch(/^export AWS_ACCESS_KEY_ID=\S+ AWS_SECRET_ACCESS_KEY=\S+$/m)
      const printed = (label: string) => new RegExp(`^${label}: (\\S+)$`, 'm').exec(out)?.[1]

      const state = (await call(`${url}/__fake/state`)).json
      expect(state.deployments.map((d: { id: string }) => d.id)).toEqual([printed('deployment-id')])
      expect(state.pipelineExecutions).toEqual([
        expect.objectContaining({
          id: printed('pipeline-execution-id'),
          pipelineName: printed('pipeline-name'),
          status: 'InProgress'
        })
      ])
      expect(state.builds.map((b: { id: string }) => b.id)).toEqual([printed('build-id')])
      expect(state.buildBatches.map((b: { id: string }) => b.id)).toEqual([
        printed('build-batch-id')
      ])
      expect(state.serviceDeployments).toEqual([
        expect.objectContaining({
          id: printed('ecs-service-deployment-arn'),
          clusterName: printed('ecs-cluster'),
          serviceName: printed('ecs-service'),
          status: 'IN_PROGRESS'
        })
      ])
      expect(state.stacks).toEqual([
        expect.objectContaining({
          id: printed('stack-id'),
          stackName: printed('stack-name'),
          status: 'UPDATE_IN_PROGRESS'
        })
      ])
      expect(state.instanceRefreshes).toEqual([
        expect.objectContaining({
          id: printed('instance-refresh-id'),
          groupName: printed('auto-scaling-group'),
          status: 'InProgress'
        })
      ])
      expect(state.environments).toEqual([
        expect.objectContaining({
          id: printed('beanstalk-environment-id'),
          environmentName: printed('beanstalk-environment-name'),
          status: 'Updating'
        })
      ])
      // Every seeded release is in the region the printed export lines name.
      const region = /^export AWS_REGION=(\S+)/m.exec(out)?.[1]
      expect(printed('ecs-service-deployment-arn')).toContain(`:${region}:`)
      expect(printed('stack-id')).toContain(`:${region}:`)
      expect(state.environments[0].region).toBe(region)
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toEqual({ code: 0, signal: null })
  })
})
