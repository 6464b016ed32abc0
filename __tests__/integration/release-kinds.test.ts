// Each kind of release with its real SDK client over HTTP against the fake AWS.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { fake, useFakeAws } from '../support/fake-aws.js'
import { clientConfig } from '../../src/aws-client.js'
import { AwsCallError } from '../../src/errors.js'
import type { ReleaseKindName, StopOptions } from '../../src/release.js'
import { loadReleaseKind } from '../../src/targets/index.js'

const saved = { ...process.env }
const REGION = 'eu-central-1'
const options: StopOptions = { abandon: false, reason: 'integration test' }

useFakeAws()
beforeAll(() => {
  // The SDK reads these itself; the action never passes an endpoint of its own.
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: fake.url,
    AWS_ACCESS_KEY_ID: 'AKIAINTEGRATION00001',
    AWS_SECRET_ACCESS_KEY: 'integration-secret',
    AWS_MAX_ATTEMPTS: '3'
  })
})
afterAll(() => {
  process.env = saved
})

const load = (kind: ReleaseKindName) => loadReleaseKind(kind, clientConfig(REGION))

describe('deployment', () => {
  it('stops and returns CodeDeploy status and message', async () => {
    const id = fake.addDeployment()
    const result = await (
      await load('deployment')
    ).stop({ kind: 'deployment', id }, { ...options, rollback: true })
    expect(result).toMatchObject({ status: 'Pending', ref: { id } })
    expect(result.statusMessage).toMatch(/^Stopping Pending/)
    expect(fake.calls('StopDeployment')[0]).toMatchObject({
      body: { deploymentId: id, autoRollbackEnabled: true },
      region: REGION,
      accessKeyId: 'AKIAINTEGRATION00001'
    })
    expect(fake.calls('StopDeployment')[0]?.userAgent).toContain('stop-aws-release')
  })

  it('maps DeploymentAlreadyCompletedException to AlreadyCompleted with AWS message', async () => {
    const id = fake.addDeployment({ status: 'Failed' })
    const result = await (await load('deployment')).stop({ kind: 'deployment', id }, options)
    expect(result.status).toBe('AlreadyCompleted')
    expect(result.statusMessage).toContain(id)
  })

  it('wraps other errors once, with the release, AWS name and a hint', async () => {
    const kind = await load('deployment')
    const error = await kind.stop({ kind: 'deployment', id: 'd-MISSING00' }, options).catch(e => e)
    expect(error).toBeInstanceOf(AwsCallError)
    expect(error.awsName).toBe('DeploymentDoesNotExistException')
    expect(error.message).toMatch(
      /^Could not stop CodeDeploy deployment d-MISSING00: DeploymentDoesNotExistException: .+ \(AWS request ID [0-9a-f-]+\)\. Check the ID, the region \(eu-central-1\)/
    )
  })
})

describe('pipeline', () => {
  const ref = (id: string) => ({ kind: 'pipeline' as const, id, pipelineName: 'shop' })

  it('stops and reports Pending: the execution is only stopping', async () => {
    const id = fake.addPipelineExecution({ pipelineName: 'shop' })
    const result = await (await load('pipeline')).stop(ref(id), options)
    expect(result.status).toBe('Pending')
    expect(result.targetStatus).toBeUndefined()
    expect(fake.get(id)?.status).toBe('Stopping')
  })

  it('maps DuplicatedStopRequestException to Pending and NotStoppable to AlreadyCompleted', async () => {
    const kind = await load('pipeline')
    const stopping = fake.addPipelineExecution({ pipelineName: 'shop', status: 'Stopping' })
    const done = fake.addPipelineExecution({ pipelineName: 'shop', status: 'Failed' })
    expect((await kind.stop(ref(stopping), options)).status).toBe('Pending')
    expect((await kind.stop(ref(done), options)).status).toBe('AlreadyCompleted')
  })

  it('does not retry ConflictException, and says to run again', async () => {
    const id = fake.addPipelineExecution({ pipelineName: 'shop' })
    fake.fault({
      operation: 'StopPipelineExecution',
      type: 'error',
      errorType: 'ConflictException',
      message: 'busy'
    })
    const error = await (await load('pipeline')).stop(ref(id), options).catch(e => e)
    expect(error.message).toContain('ConflictException: busy')
    expect(error.message).toContain('run the step again in a moment')
    expect(fake.calls('StopPipelineExecution')).toHaveLength(1)
  })
})

describe.each(['build', 'build-batch'] as const)('%s', kindName => {
  const add = (opts?: object) =>
    kindName === 'build' ? fake.addBuild(opts) : fake.addBuildBatch(opts)

  it('returns the status CodeBuild answered with', async () => {
    const kind = await load(kindName)
    const running = add()
    const stopped = add({ stopImmediately: true })
    const finished = add({ status: 'TIMED_OUT' })
    expect(await kind.stop({ kind: kindName, id: running }, options)).toMatchObject({
      status: 'Pending',
      targetStatus: 'IN_PROGRESS'
    })
    expect(await kind.stop({ kind: kindName, id: stopped }, options)).toMatchObject({
      status: 'Succeeded',
      targetStatus: 'STOPPED'
    })
    expect(await kind.stop({ kind: kindName, id: finished }, options)).toMatchObject({
      status: 'AlreadyCompleted',
      targetStatus: 'TIMED_OUT'
    })
  })

  it('gives the IAM action on access denied', async () => {
    const id = add()
    fake.fault({
      type: 'error',
      errorType: 'AccessDeniedException',
      message: 'not authorized',
      status: 400
    })
    const error = await (await load(kindName)).stop({ kind: kindName, id }, options).catch(e => e)
    expect(error.message).toContain(
      kindName === 'build' ? 'codebuild:StopBuild' : 'codebuild:StopBuildBatch'
    )
  })
})

describe('transport', () => {
  it('gives up on an unreachable endpoint with a network hint', async () => {
    process.env.AWS_ENDPOINT_URL_CODEBUILD = 'http://127.0.0.1:9'
    try {
      const kind = await load('build')
      const error = await kind
        .stop({ kind: 'build', id: 'p:3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1' }, options)
        .catch(e => e)
      expect(error.message).toMatch(/ECONNREFUSED.*AWS could not be reached/)
    } finally {
      delete process.env.AWS_ENDPOINT_URL_CODEBUILD
    }
  })

  it('absorbs a slow answer within the request timeout', async () => {
    const id = fake.addBuild({ stopImmediately: true })
    fake.fault({ operation: 'StopBuild', type: 'delay', delayMs: 300 })
    const result = await (await load('build')).stop({ kind: 'build', id }, options)
    expect(result.status).toBe('Succeeded')
  })
})
