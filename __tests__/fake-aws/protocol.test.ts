// The fake's own contract, through the real SDK v3 clients (and raw HTTP for what the SDK never
// sends): the read-count state machine the other tests rely on, the errors, and the faults.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  BatchGetDeploymentsCommand,
  CodeDeployClient,
  GetDeploymentCommand,
  ListDeploymentGroupsCommand,
  ListDeploymentsCommand,
  StopDeploymentCommand
} from '@aws-sdk/client-codedeploy'
import {
  CodePipelineClient,
  GetPipelineExecutionCommand,
  GetPipelineStateCommand,
  ListPipelineExecutionsCommand,
  StopPipelineExecutionCommand
} from '@aws-sdk/client-codepipeline'
import {
  BatchGetBuildBatchesCommand,
  BatchGetBuildsCommand,
  CodeBuildClient,
  ListBuildsForProjectCommand,
  StopBuildBatchCommand,
  StopBuildCommand
} from '@aws-sdk/client-codebuild'
import { startFakeAws } from '../../fake-aws/server.js'

type Fake = Awaited<ReturnType<typeof startFakeAws>>
let fake: Fake
let deploy: CodeDeployClient
let pipeline: CodePipelineClient
let build: CodeBuildClient

const UUID = '3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1'

const config = () => ({
  region: 'ca-central-1',
  endpoint: fake.url,
  credentials: { accessKeyId: 'AKIDPROTOCOL', secretAccessKey: 'secret' },
  // One attempt unless a test asks for more: each request then maps to one recorded call.
  maxAttempts: 1
})

beforeAll(async () => {
  fake = await startFakeAws()
  deploy = new CodeDeployClient(config())
  pipeline = new CodePipelineClient(config())
  build = new CodeBuildClient(config())
})
afterAll(async () => {
  for (const client of [deploy, pipeline, build]) client.destroy()
  await fake.close()
})
beforeEach(() => fake.reset())

/** Status reads of a deployment, one GetDeployment each. */
async function deploymentReads(id: string, n: number) {
  const seen: string[] = []
  for (let i = 0; i < n; i++)
    seen.push(
      (await deploy.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentInfo?.status ??
        ''
    )
  return seen
}

interface AwsErrorBody {
  __type?: string
  message?: string
}

function raw(headers: Record<string, string>, body = '{}', method = 'POST') {
  return fetch(fake.url, { method, headers, ...(method === 'POST' ? { body } : {}) })
}
const errorOf = async (res: Response) => (await res.json()) as AwsErrorBody
const SIGNED = (service: string) => ({
  'Content-Type': 'application/x-amz-json-1.1',
  Authorization: `AWS4-HMAC-SHA256 Credential=AKID/20250101/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=00ff`
})

describe('wire protocol', () => {
  it('refuses a request without SigV4, or signed for another service', async () => {
    const target = { 'X-Amz-Target': 'CodeDeploy_20141006.GetDeployment' }
    const unsigned = await raw({ 'Content-Type': 'application/x-amz-json-1.1', ...target })
    expect(unsigned.status).toBe(403)
    expect(unsigned.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/)
    expect((await errorOf(unsigned)).__type).toBe('MissingAuthenticationTokenException')

    const wrong = await raw({ ...SIGNED('codebuild'), ...target })
    expect(wrong.status).toBe(403)
    expect(wrong.headers.get('x-amzn-errortype')).toBe('InvalidSignatureException')
    expect((await errorOf(wrong)).message).toContain("'codedeploy'")
  })

  it('answers an unknown target, a wrong content type or method with a JSON 400', async () => {
    const unknown = await raw({ ...SIGNED('codedeploy'), 'X-Amz-Target': 'Nope_2020.DoIt' })
    expect(unknown.status).toBe(400)
    expect(await errorOf(unknown)).toEqual({ __type: 'UnknownOperationException' })

    const target = { 'X-Amz-Target': 'CodeBuild_20161006.StopBuild' }
    const text = await raw({ ...SIGNED('codebuild'), ...target, 'Content-Type': 'text/plain' })
    expect(text.status).toBe(400)
    expect((await errorOf(text)).__type).toBeDefined()

    const get = await raw({}, '', 'GET')
    expect(get.status).toBe(400)
    expect(get.headers.get('content-type')).toBe('application/x-amz-json-1.1')
  })

  it('gives the SDK timestamps it parses into Dates, and records the signing scope', async () => {
    const id = fake.addDeployment({ status: 'Succeeded' })
    const info = (await deploy.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentInfo
    expect(info?.createTime).toBeInstanceOf(Date)
    expect(info?.completeTime).toBeInstanceOf(Date)
    expect(fake.calls('GetDeployment')[0]).toMatchObject({
      service: 'codedeploy',
      region: 'ca-central-1',
      accessKeyId: 'AKIDPROTOCOL',
      signingService: 'codedeploy',
      status: 200,
      fault: null
    })
  })
})

describe('CodeDeploy', () => {
  it('shows InProgress for stopReads reads after the stop, then endsAs', async () => {
    const id = fake.addDeployment({ stopReads: 2 })
    const stop = await deploy.send(new StopDeploymentCommand({ deploymentId: id }))
    expect(stop.status).toBe('Pending')
    // A repeated stop neither fails nor restarts the count.
    expect((await deploy.send(new StopDeploymentCommand({ deploymentId: id }))).status).toBe(
      'Pending'
    )
    expect(await deploymentReads(id, 1)).toEqual(['InProgress'])
    // BatchGetDeployments is a read of each id it names; unknown ids are simply absent.
    const batch = await deploy.send(
      new BatchGetDeploymentsCommand({ deploymentIds: [id, 'd-AAAAAAAAA'] })
    )
    expect(batch.deploymentsInfo?.map(d => d.status)).toEqual(['InProgress'])
    expect(await deploymentReads(id, 1)).toEqual(['Stopped'])
    expect(fake.get(id)).toMatchObject({ status: 'Stopped', stopCount: 2, rollsBack: false })
  })

  it('with stopResponseStatus Succeeded is Stopped at once, and cannot be stopped again', async () => {
    const id = fake.addDeployment({ stopResponseStatus: 'Succeeded' })
    expect((await deploy.send(new StopDeploymentCommand({ deploymentId: id }))).status).toBe(
      'Succeeded'
    )
    expect(await deploymentReads(id, 1)).toEqual(['Stopped'])
    await expect(
      deploy.send(new StopDeploymentCommand({ deploymentId: id }))
    ).rejects.toMatchObject({
      name: 'DeploymentAlreadyCompletedException',
      message: expect.stringContaining(id)
    })
  })

  it("rolls back by the group's setting when the stop does not say, after delayReads", async () => {
    const id = fake.addDeployment({
      autoRollbackOnStop: true,
      stopReads: 0,
      rollback: { delayReads: 1, reads: 1, status: 'Failed' }
    })
    await deploy.send(new StopDeploymentCommand({ deploymentId: id }))
    expect(fake.get(id)).toMatchObject({ rollsBack: true })
    expect(fake.get(id)).not.toHaveProperty('autoRollbackEnabled')

    const info = async () =>
      (await deploy.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentInfo
    expect((await info())?.rollbackInfo).toBeUndefined() // reaches Stopped
    expect((await info())?.rollbackInfo).toBeUndefined() // the one delay read
    const rollbackId = (await info())?.rollbackInfo?.rollbackDeploymentId ?? ''
    expect(rollbackId).toMatch(/^d-[A-Z0-9]{9}$/)
    expect(await deploymentReads(rollbackId, 2)).toEqual(['InProgress', 'Failed'])
    expect(fake.get(rollbackId)).toMatchObject({
      creator: 'codeDeployRollback',
      rollbackInfo: { rollbackTriggeringDeploymentId: id }
    })
  })

  it('does not roll back when the stop says false, or when it finished on its own', async () => {
    const refused = fake.addDeployment({ autoRollbackOnStop: true, stopReads: 0 })
    await deploy.send(
      new StopDeploymentCommand({ deploymentId: refused, autoRollbackEnabled: false })
    )
    expect(fake.get(refused)).toMatchObject({ autoRollbackEnabled: false, rollsBack: false })

    const finished = fake.addDeployment({ endsAs: 'Succeeded', stopReads: 0 })
    await deploy.send(
      new StopDeploymentCommand({ deploymentId: finished, autoRollbackEnabled: true })
    )
    expect(await deploymentReads(finished, 1)).toEqual(['Succeeded'])
    expect(await deploymentReads(refused, 2)).toEqual(['Stopped', 'Stopped'])
    expect(fake.state().deployments).toHaveLength(2)
  })

  it('answers bad ids with the errors the model lists', async () => {
    const stop = (deploymentId: string) => deploy.send(new StopDeploymentCommand({ deploymentId }))
    await expect(stop('')).rejects.toMatchObject({ name: 'DeploymentIdRequiredException' })
    await expect(stop('d-short')).rejects.toMatchObject({ name: 'InvalidDeploymentIdException' })
    await expect(stop('d-NOTHERE00')).rejects.toMatchObject({
      name: 'DeploymentDoesNotExistException'
    })
    const many = Array.from({ length: 26 }, () => fake.addDeployment())
    await expect(
      deploy.send(new BatchGetDeploymentsCommand({ deploymentIds: many }))
    ).rejects.toMatchObject({ name: 'BatchLimitExceededException' })
  })

  it('lists deployments newest first, by status, a page of 100 at a time', async () => {
    const ids = Array.from({ length: 101 }, () => fake.addDeployment())
    const done = fake.addDeployment({ status: 'Succeeded' })
    const query = { applicationName: 'demo-app', deploymentGroupName: 'demo-group' }
    const first = await deploy.send(new ListDeploymentsCommand(query))
    expect(first.deployments?.slice(0, 2)).toEqual([done, ids[100]])
    expect(first.deployments).toHaveLength(100)
    const second = await deploy.send(
      new ListDeploymentsCommand({ ...query, nextToken: first.nextToken })
    )
    expect(second.deployments).toEqual([ids[1], ids[0]])
    expect(second.nextToken).toBeUndefined()
    const succeeded = await deploy.send(
      new ListDeploymentsCommand({ ...query, includeOnlyStatuses: ['Succeeded'] })
    )
    expect(succeeded.deployments).toEqual([done])
    await expect(
      deploy.send(new ListDeploymentsCommand({ applicationName: 'demo-app' }))
    ).rejects.toMatchObject({ name: 'DeploymentGroupNameRequiredException' })
  })
})

describe('CodePipeline', () => {
  const ref = (id: string) => ({ pipelineName: 'shop', pipelineExecutionId: id })
  const status = async (id: string) =>
    (await pipeline.send(new GetPipelineExecutionCommand(ref(id)))).pipelineExecution?.status

  it('is Stopping for stopReads reads, and GetPipelineState shows the running stage', async () => {
    const id = fake.addPipelineExecution({ pipelineName: 'shop', runningStage: 'Deploy' })
    await pipeline.send(new StopPipelineExecutionCommand({ ...ref(id), reason: 'bad canary' }))
    const state = await pipeline.send(new GetPipelineStateCommand({ name: 'shop' }))
    expect(state.stageStates?.map(s => [s.stageName, s.latestExecution?.status])).toEqual([
      ['Source', 'Succeeded'],
      ['Build', 'Succeeded'],
      ['Deploy', 'Stopping']
    ])
    expect(state.created).toBeInstanceOf(Date)
    expect(await status(id)).toBe('Stopping')
    expect(await status(id)).toBe('Stopped')
    const [summary] =
      (await pipeline.send(new ListPipelineExecutionsCommand({ pipelineName: 'shop' })))
        .pipelineExecutionSummaries ?? []
    expect(summary).toMatchObject({ pipelineExecutionId: id, status: 'Stopped' })
    expect(summary?.startTime).toBeInstanceOf(Date)
    expect(fake.get(id)).toMatchObject({ abandon: false, reason: 'bad canary' })
  })

  it('abandon skips the wait: the next read shows endsAs', async () => {
    const id = fake.addPipelineExecution({ pipelineName: 'shop', stopReads: 5, endsAs: 'Failed' })
    await pipeline.send(new StopPipelineExecutionCommand({ ...ref(id), abandon: true }))
    expect(await status(id)).toBe('Failed')
    await expect(pipeline.send(new StopPipelineExecutionCommand(ref(id)))).rejects.toMatchObject({
      name: 'PipelineExecutionNotStoppableException'
    })
  })

  it('answers what cannot be stopped with the errors the model lists', async () => {
    fake.addPipelineExecution({ pipelineName: 'shop' })
    const stop = (input: object) =>
      pipeline.send(new StopPipelineExecutionCommand({ ...ref(UUID), ...input }))
    await expect(stop({ reason: 'r'.repeat(201) })).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining('length less than or equal to 200')
    })
    await expect(stop({ pipelineExecutionId: UUID.toUpperCase() })).rejects.toMatchObject({
      name: 'ValidationException'
    })
    await expect(stop({ pipelineName: 'elsewhere' })).rejects.toMatchObject({
      name: 'PipelineNotFoundException'
    })
    await expect(stop({})).rejects.toMatchObject({
      name: 'PipelineExecutionNotStoppableException'
    })
    await expect(status(UUID)).rejects.toMatchObject({
      name: 'PipelineExecutionNotFoundException'
    })
  })

  it('refuses a second stop-and-wait but accepts the escalation to abandon once', async () => {
    const id = fake.addPipelineExecution({ pipelineName: 'shop', status: 'Stopping', stopReads: 9 })
    await expect(pipeline.send(new StopPipelineExecutionCommand(ref(id)))).rejects.toMatchObject({
      name: 'DuplicatedStopRequestException'
    })
    await pipeline.send(new StopPipelineExecutionCommand({ ...ref(id), abandon: true }))
    await expect(
      pipeline.send(new StopPipelineExecutionCommand({ ...ref(id), abandon: true }))
    ).rejects.toMatchObject({ name: 'DuplicatedStopRequestException' })
    expect(await status(id)).toBe('Stopped')
  })
})

describe('CodeBuild', () => {
  it('answers a finished build as it is, and unknown or malformed ids with errors', async () => {
    const done = fake.addBuild({ status: 'FAILED' })
    const stop = await build.send(new StopBuildCommand({ id: done }))
    expect(stop.build).toMatchObject({ buildStatus: 'FAILED', buildComplete: true })
    expect(stop.build?.endTime).toBeInstanceOf(Date)
    await expect(build.send(new StopBuildCommand({ id: 'no-colon' }))).rejects.toMatchObject({
      name: 'InvalidInputException'
    })
    await expect(build.send(new StopBuildCommand({ id: `ghost:${UUID}` }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException'
    })
    await expect(build.send(new BatchGetBuildsCommand({ ids: [] }))).rejects.toMatchObject({
      name: 'InvalidInputException'
    })
  })

  it('a batch that finishes on its own before the stop lands ends as endsAs', async () => {
    const id = fake.addBuildBatch({ projectName: 'web', stopReads: 0, endsAs: 'SUCCEEDED' })
    const stop = await build.send(new StopBuildBatchCommand({ id }))
    expect(stop.buildBatch).toMatchObject({ buildBatchStatus: 'IN_PROGRESS', complete: false })
    const read = await build.send(new BatchGetBuildBatchesCommand({ ids: [id] }))
    expect(read.buildBatches?.[0]).toMatchObject({
      buildBatchStatus: 'SUCCEEDED',
      currentPhase: 'SUCCEEDED',
      complete: true
    })
  })

  it('lists a project newest first', async () => {
    const older = fake.addBuild({ projectName: 'web' })
    const newer = fake.addBuild({ projectName: 'web' })
    fake.addBuild({ projectName: 'other' })
    const list = await build.send(new ListBuildsForProjectCommand({ projectName: 'web' }))
    expect(list.ids).toEqual([newer, older])
    expect(fake.get(newer)).toMatchObject({ number: 2 })
  })
})

describe('finding', () => {
  it('ListDeploymentGroups: the groups of an application, with the errors the model lists', async () => {
    fake.addDeployment({ applicationName: 'shop', deploymentGroupName: 'prod' })
    fake.addDeployment({ applicationName: 'shop', deploymentGroupName: 'canary' })
    fake.addDeployment({ applicationName: 'shop', deploymentGroupName: 'prod' })
    expect(
      await deploy.send(new ListDeploymentGroupsCommand({ applicationName: 'shop' }))
    ).toMatchObject({
      applicationName: 'shop',
      deploymentGroups: ['prod', 'canary']
    })
    await expect(
      deploy.send(new ListDeploymentGroupsCommand({ applicationName: 'nope' }))
    ).rejects.toMatchObject({ name: 'ApplicationDoesNotExistException' })
    // applicationName is required by the model; left out, AWS answers with an error of its own.
    await expect(deploy.send(new ListDeploymentGroupsCommand({} as never))).rejects.toMatchObject({
      name: 'ApplicationNameRequiredException'
    })
  })

  it('shows the revision, description and start times given; filters ListDeployments by createTime', async () => {
    const hourAgo = Date.now() - 3_600_000
    const old = fake.addDeployment({
      createTime: hourAgo,
      revision: { s3Location: { bucket: 'b', key: 'shop-1a2b3c4.zip', bundleType: 'zip' } },
      description: 'old one'
    })
    const fresh = fake.addDeployment()
    const [info] =
      (await deploy.send(new BatchGetDeploymentsCommand({ deploymentIds: [old] })))
        .deploymentsInfo ?? []
    expect(info?.createTime?.getTime()).toBe(hourAgo)
    expect(info?.revision).toEqual({
      revisionType: 'S3',
      s3Location: { bucket: 'b', key: 'shop-1a2b3c4.zip', bundleType: 'zip' }
    })
    expect(info?.description).toBe('old one')
    const recent = await deploy.send(
      new ListDeploymentsCommand({
        applicationName: 'demo-app',
        deploymentGroupName: 'demo-group',
        createTimeRange: { start: new Date(hourAgo + 1000) }
      })
    )
    expect(recent.deployments).toEqual([fresh])
  })
})

describe('rate limits', () => {
  it('throttle an operation past its rate with AWS ThrottlingException, and refill', async () => {
    const id = fake.addBuild()
    fake.rateLimit({ operation: 'BatchGetBuilds', perSecond: 10, burst: 2 })
    const read = () =>
      build.send(new BatchGetBuildsCommand({ ids: [id] })).then(
        () => 'ok',
        e => e.name
      )
    expect([await read(), await read(), await read()]).toEqual(['ok', 'ok', 'ThrottlingException'])
    expect(fake.calls('BatchGetBuilds').map(c => c.fault)).toEqual([null, null, 'rate-limit'])
    // A throttled request changes nothing: only the two that got through were reads.
    expect(fake.get(id)?.reads).toBe(2)
    await new Promise(resolve => setTimeout(resolve, 150))
    expect(await read()).toBe('ok')
    // Other operations are not limited.
    await expect(build.send(new StopBuildCommand({ id }))).resolves.toBeDefined()
    expect(fake.listRateLimits()).toEqual([
      { operation: 'BatchGetBuilds', perSecond: 10, burst: 2, throttled: 1 }
    ])
  })

  it('are set and listed through the admin API, and forgotten on reset', async () => {
    const res = await fetch(`${fake.url}/__fake/rate-limits`, {
      method: 'POST',
      body: JSON.stringify({ operation: 'StopBuild', perSecond: 25 })
    })
    expect(await res.json()).toEqual({
      rateLimits: [{ operation: 'StopBuild', perSecond: 25, burst: 25, throttled: 0 }]
    })
    const bad = await fetch(`${fake.url}/__fake/rate-limits`, {
      method: 'POST',
      body: '{"operation":"StopBuild"}'
    })
    expect(bad.status).toBe(400)
    fake.reset()
    expect(await (await fetch(`${fake.url}/__fake/rate-limits`)).json()).toEqual([])
  })
})

describe('faults', () => {
  it('apply before the operation, in order, and count down', async () => {
    const id = fake.addBuild({ stopImmediately: true })
    fake.fault({ operation: 'StopBuild', type: 'throttle' })
    fake.fault({ service: 'codebuild', type: 'server-error', status: 503, times: 2 })
    await expect(build.send(new StopBuildCommand({ id }))).rejects.toMatchObject({
      name: 'ThrottlingException',
      message: 'Rate exceeded',
      $metadata: { httpStatusCode: 400 }
    })
    expect(fake.get(id)?.status).toBe('IN_PROGRESS') // the throttled stop changed nothing
    await expect(build.send(new BatchGetBuildsCommand({ ids: [id] }))).rejects.toMatchObject({
      name: 'ServiceUnavailable',
      $metadata: { httpStatusCode: 503 }
    })
    // The CodeBuild fault does not touch CodeDeploy.
    await expect(
      deploy.send(new GetDeploymentCommand({ deploymentId: 'd-NOTHERE00' }))
    ).rejects.toMatchObject({
      name: 'DeploymentDoesNotExistException'
    })
    await expect(build.send(new StopBuildCommand({ id }))).rejects.toMatchObject({
      name: 'ServiceUnavailable'
    })
    expect((await build.send(new StopBuildCommand({ id }))).build?.buildStatus).toBe('STOPPED')
    expect(fake.calls().map(c => c.fault)).toEqual([
      'throttle',
      'server-error',
      null,
      'server-error',
      null
    ])
  })

  it('skip starts a fault after N calls; page picks the first page of a list or the later ones', async () => {
    for (let i = 0; i < 150; i++) fake.addBuild({ projectName: 'web' })
    fake.fault({ operation: 'ListBuildsForProject', type: 'throttle', page: 'next' })
    const first = await build.send(new ListBuildsForProjectCommand({ projectName: 'web' }))
    expect(first.ids).toHaveLength(100)
    const next = { projectName: 'web', nextToken: first.nextToken }
    await expect(build.send(new ListBuildsForProjectCommand(next))).rejects.toMatchObject({
      name: 'ThrottlingException'
    })
    expect((await build.send(new ListBuildsForProjectCommand(next))).ids).toHaveLength(50)

    fake.fault({ operation: 'BatchGetBuilds', type: 'server-error', skip: 2 })
    const ids = first.ids!.slice(0, 1)
    const reads = []
    for (let i = 0; i < 4; i++)
      reads.push(
        await build.send(new BatchGetBuildsCommand({ ids })).then(
          () => 'ok',
          e => e.name
        )
      )
    expect(reads).toEqual(['ok', 'ok', 'InternalFailure', 'ok'])
    expect(() => fake.fault({ type: 'throttle', skip: -1 })).toThrow(/skip/)
    expect(() => fake.fault({ type: 'throttle', page: 'last' as never })).toThrow(/page/)
  })

  it('drop closes the connection without an answer; a retrying SDK tries again', async () => {
    const retrying = new CodeDeployClient({ ...config(), maxAttempts: 2 })
    try {
      const id = fake.addDeployment()
      fake.fault({ operation: 'StopDeployment', type: 'drop' })
      const stop = await retrying.send(new StopDeploymentCommand({ deploymentId: id }))
      expect(stop.$metadata.attempts).toBe(2)
      expect(fake.calls('StopDeployment').map(c => [c.fault, c.status])).toEqual([
        ['drop', null],
        [null, 200]
      ])
    } finally {
      retrying.destroy()
    }
  })

  it('delay holds the answer, and close() does not wait for it', async () => {
    const slow = await startFakeAws()
    const client = new CodeBuildClient({
      region: 'us-east-1',
      endpoint: slow.url,
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      maxAttempts: 1
    })
    try {
      const id = slow.addBuild()
      slow.fault({ type: 'delay', delayMs: 150 })
      const started = Date.now()
      await client.send(new BatchGetBuildsCommand({ ids: [id] }))
      expect(Date.now() - started).toBeGreaterThanOrEqual(140)

      slow.fault({ type: 'delay', delayMs: 60_000 })
      const pending = client.send(new BatchGetBuildsCommand({ ids: [id] })).catch(e => e)
      while (slow.requests.length < 2) await new Promise(r => setTimeout(r, 10))
      const closing = Date.now()
      await slow.close()
      expect(Date.now() - closing).toBeLessThan(1000)
      expect(await pending).toBeInstanceOf(Error)
    } finally {
      client.destroy()
    }
  })
})
