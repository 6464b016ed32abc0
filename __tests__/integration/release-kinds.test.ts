// Each kind of release with its real SDK client over HTTP against the fake AWS.
import { singleRead } from '../../src/read-retry.js'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { fake, useFakeAws } from '../support/fake-aws.js'
import { clientConfig } from '../../src/aws-client.js'
import { AwsCallError } from '../../src/errors.js'
import { declarationOf, loadReleaseKind } from '../../src/kinds/registry.js'

const saved = { ...process.env }
const REGION = 'eu-central-1'
/** The kinds' options, as their declarations read them from the inputs. */
const options = { abandon: false, reason: 'integration test', waitForRollback: true }

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

const load = (kind: string) => loadReleaseKind(declarationOf(kind), clientConfig(REGION))

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
  const ref = (id: string) => ({ kind: 'pipeline' as const, id, parent: 'shop' })

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

describe('finding running releases by name (real SDK, fake AWS)', () => {
  const NOW = Date.now()
  const ctx = { now: NOW, read: singleRead() }
  const query = { includeStopping: false }
  const ids = (found: { ref: { id: string } }[]) => found.map(f => f.ref.id).sort()

  it('deployments: every group of the application, 25 IDs a BatchGetDeployments call', async () => {
    const prod = Array.from({ length: 27 }, () =>
      fake.addDeployment({ applicationName: 'shop', deploymentGroupName: 'prod' })
    )
    const canary = fake.addDeployment({
      applicationName: 'shop',
      deploymentGroupName: 'canary',
      status: 'Ready',
      revision: { gitHubLocation: { repository: 'acme/shop', commitId: 'abc1234def' } },
      description: 'canary of abc1234'
    })
    fake.addDeployment({
      applicationName: 'shop',
      deploymentGroupName: 'prod',
      status: 'Succeeded'
    })
    fake.addDeployment({ applicationName: 'other', deploymentGroupName: 'prod' })
    const kind = await load('deployment')
    const { found, scope } = await kind.find({ ...query, application: 'shop' }, ctx)
    expect(ids(found)).toEqual([...prod, canary].sort())
    expect(fake.calls('ListDeploymentGroups')).toHaveLength(1)
    expect(
      fake
        .calls('ListDeployments')
        .map(c => c.body.deploymentGroupName)
        .sort()
    ).toEqual(['canary', 'prod'])
    const sizes = fake
      .calls('BatchGetDeployments')
      .map(c => (c.body.deploymentIds as string[]).length)
    expect(sizes.sort((a, b) => a - b)).toEqual([3, 25])
    expect(found.find(f => f.ref.id === canary)).toMatchObject({
      status: 'Ready',
      where: 'shop/canary',
      commitFields: [
        { label: 'GitHub commitId', value: 'abc1234def' },
        { label: 'description', value: 'canary of abc1234' }
      ]
    })
    expect(scope).toContain('2 deployment groups of application shop: 28 listed')
  })

  it('deployments: one group only with deployment-group; a wrong name gets a hint', async () => {
    const prod = fake.addDeployment({ applicationName: 'shop', deploymentGroupName: 'prod' })
    fake.addDeployment({ applicationName: 'shop', deploymentGroupName: 'canary' })
    const kind = await load('deployment')
    const { found } = await kind.find(
      { ...query, application: 'shop', deploymentGroup: 'prod' },
      ctx
    )
    expect(ids(found)).toEqual([prod])
    expect(fake.calls('ListDeploymentGroups')).toHaveLength(0)
    const error = await kind.find({ ...query, application: 'shpo' }, ctx).catch(e => e)
    expect(error).toBeInstanceOf(AwsCallError)
    expect(error.message).toMatch(
      /^Could not find the running deployments of application shpo: ApplicationDoesNotExistException: .*Check the "application" and "deployment-group" inputs, the region \(eu-central-1\)/
    )
  })

  it('pipelines: InProgress executions, newest first; Stopping ones too when asked', async () => {
    const old = fake.addPipelineExecution({ pipelineName: 'shop', startTime: NOW - 9 * 86_400_000 })
    const running = fake.addPipelineExecution({
      pipelineName: 'shop',
      sourceRevisions: [{ actionName: 'Source', revisionId: 'abc1234def' }]
    })
    const stopping = fake.addPipelineExecution({ pipelineName: 'shop', status: 'Stopping' })
    fake.addPipelineExecution({ pipelineName: 'shop', status: 'Succeeded' })
    const kind = await load('pipeline')
    const { found } = await kind.find({ ...query, pipelineName: 'shop' }, ctx)
    expect(ids(found)).toEqual([old, running].sort())
    expect(found.find(f => f.ref.id === running)).toMatchObject({
      ref: { kind: 'pipeline', parent: 'shop' },
      commitFields: [{ label: 'source revision of action Source', value: 'abc1234def' }]
    })
    const withStopping = await kind.find({ pipelineName: 'shop', includeStopping: true }, ctx)
    expect(ids(withStopping.found)).toEqual([old, running, stopping].sort())
  })

  it('pipelines: stops paging at executions older than 8 days', async () => {
    for (let i = 0; i < 120; i++)
      fake.addPipelineExecution({
        pipelineName: 'busy',
        status: 'Succeeded',
        startTime: NOW - 10 * 86_400_000
      })
    for (let i = 0; i < 100; i++)
      fake.addPipelineExecution({ pipelineName: 'busy', status: 'Succeeded' })
    const kind = await load('pipeline')
    const { found, scope } = await kind.find({ ...query, pipelineName: 'busy' }, ctx)
    expect(found).toEqual([])
    // 100 recent, then a page that reaches past 8 days: the third page is never read.
    expect(fake.calls('ListPipelineExecutions')).toHaveLength(2)
    expect(scope).toMatch(
      /^Pipeline busy: 200 executions read, newest first \(2 pages; the oldest read started 240 h ago\)/
    )
  })

  it('builds: newest first, 100 a page, read back 44 h and no further', async () => {
    for (let i = 0; i < 150; i++)
      fake.addBuild({ projectName: 'web', status: 'SUCCEEDED', startTime: NOW - 50 * 3_600_000 })
    const recent = Array.from({ length: 100 }, (_, i) =>
      fake.addBuild({
        projectName: 'web',
        status: i < 3 ? 'IN_PROGRESS' : 'FAILED',
        resolvedSourceVersion: 'abc1234def',
        sourceVersion: 'refs/heads/main'
      })
    )
    const kind = await load('build')
    const { found, scope } = await kind.find({ ...query, project: 'web' }, ctx)
    expect(ids(found)).toEqual(recent.slice(0, 3).sort())
    expect(found[0]?.commitFields).toEqual([
      { label: 'resolvedSourceVersion', value: 'abc1234def' },
      { label: 'sourceVersion', value: 'refs/heads/main' }
    ])
    expect(fake.calls('ListBuildsForProject')).toHaveLength(2)
    // Newest first is the default; asking for it would fail on a project of over 100 builds.
    expect(fake.calls('ListBuildsForProject')[0]?.body.sortOrder).toBeUndefined()
    expect(fake.calls('BatchGetBuilds').map(c => (c.body.ids as string[]).length)).toEqual([
      100, 100
    ])
    expect(scope).toContain('Project web: 200 builds read, newest first (2 pages;')
  })

  it('build batches: listed by status, then read for their commit', async () => {
    const running = fake.addBuildBatch({ projectName: 'web', sourceVersion: 'pr/12' })
    fake.addBuildBatch({ projectName: 'web', status: 'SUCCEEDED' })
    const kind = await load('build-batch')
    const { found } = await kind.find({ ...query, project: 'web' }, ctx)
    expect(ids(found)).toEqual([running])
    expect(fake.calls('ListBuildBatchesForProject')[0]?.body).toMatchObject({
      projectName: 'web',
      filter: { status: 'IN_PROGRESS' }
    })
  })
})

describe('batched status reads (real SDK, fake AWS)', () => {
  it('deployments: 25 a call, and an unknown ID is its own error', async () => {
    const ids = Array.from({ length: 30 }, () => fake.addDeployment())
    const kind = await load('deployment')
    const reads = await kind.readStatuses(
      [...ids, 'd-UNKNOWN00'].map(id => ({ kind: 'deployment' as const, id }))
    )
    const sizes = fake
      .calls('BatchGetDeployments')
      .map(c => (c.body.deploymentIds as string[]).length)
    expect(sizes.sort((a, b) => a - b)).toEqual([6, 25])
    expect(reads.get(ids[0]!)).toMatchObject({ status: 'InProgress', terminal: false })
    expect(reads.get('d-UNKNOWN00')).toMatchObject({ name: 'ResourceNotFoundException' })
  })

  it('builds: 100 a call', async () => {
    const ids = Array.from({ length: 130 }, () => fake.addBuild())
    const reads = await (
      await load('build')
    ).readStatuses(ids.map(id => ({ kind: 'build' as const, id })))
    const sizes = fake.calls('BatchGetBuilds').map(c => (c.body.ids as string[]).length)
    expect(sizes.sort((a, b) => a - b)).toEqual([30, 100])
    expect(reads.size).toBe(130)
  })

  it('pipelines: one read per execution; a missing one is its own error', async () => {
    const id = fake.addPipelineExecution({ pipelineName: 'shop' })
    const missing = '3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1'
    const reads = await (
      await load('pipeline')
    ).readStatuses([id, missing].map(i => ({ kind: 'pipeline' as const, id: i, parent: 'shop' })))
    expect(reads.get(id)).toMatchObject({ status: 'InProgress' })
    expect(reads.get(missing)).toMatchObject({ name: 'PipelineExecutionNotFoundException' })
  })
})

describe('ecs-deployment (real SDK, fake AWS)', () => {
  const add = (opts: Parameters<typeof fake.addServiceDeployment>[0] = {}) =>
    fake.addServiceDeployment({ region: REGION, clusterName: 'prod', serviceName: 'web', ...opts })

  it('finds the running deployments of a service over every page, 100 a page', async () => {
    const running = Array.from({ length: 130 }, (_, i) =>
      add({ status: i % 2 ? 'PENDING' : 'IN_PROGRESS' })
    )
    add({ status: 'ROLLBACK_SUCCESSFUL' })
    const kind = await load('ecs-deployment')
    const { found, scope } = await kind.find(
      { service: 'web', cluster: 'prod', includeStopping: false },
      { now: Date.now(), read: singleRead() }
    )
    expect(found.map(f => f.ref.id).sort()).toEqual([...running].sort())
    expect(found[0]).toMatchObject({ where: 'prod/web', commitFields: [] })
    expect(scope).toBe(
      'Listed the PENDING, IN_PROGRESS deployments of service web in cluster prod: 130 listed.'
    )
    expect(fake.calls('ListServiceDeployments').map(c => c.body.maxResults)).toEqual([100, 100])
  })

  it('reads 45 statuses in DescribeServiceDeployments calls of at most 20; an unknown ARN is its own error', async () => {
    const arns = Array.from({ length: 45 }, () => add())
    const unknown = arns[0]!.replace(/[^/]+$/, 'nosuchdeployment00000')
    const kind = await load('ecs-deployment')
    const reads = await kind.readStatuses(
      [...arns, unknown].map(id => ({ kind: 'ecs-deployment' as const, id }))
    )
    expect(
      fake
        .calls('DescribeServiceDeployments')
        .map(c => (c.body.serviceDeploymentArns as string[]).length)
        // The chunks are read in parallel: any order.
        .sort((x, y) => y - x)
    ).toEqual([20, 20, 6])
    expect(reads.get(arns[3]!)).toMatchObject({ status: 'IN_PROGRESS', terminal: false })
    expect(reads.get(unknown)).toBeInstanceOf(Error)
    expect(String(reads.get(unknown))).toContain('ECS does not find service deployment')
  })

  it('a stop refused for a deployment already being stopped is Pending, not an error', async () => {
    const arn = add()
    const kind = await load('ecs-deployment')
    const ref = { kind: 'ecs-deployment' as const, id: arn }
    expect((await kind.stop(ref, options)).status).toBe('Pending')
    const again = await kind.stop(ref, options)
    expect(again).toMatchObject({ status: 'Pending', targetStatus: 'ROLLBACK_IN_PROGRESS' })
    expect(again.statusMessage).toMatch(
      /^A stop is already under way \(ROLLBACK_IN_PROGRESS\); ECS refused another \(ConflictException/
    )
  })

  it('gives the IAM action on access denied', async () => {
    const arn = add()
    fake.fault({
      operation: 'StopServiceDeployment',
      type: 'error',
      errorType: 'AccessDeniedException',
      message: 'no'
    })
    const kind = await load('ecs-deployment')
    const error = await kind.stop({ kind: 'ecs-deployment', id: arn }, options).catch(e => e)
    expect(error).toBeInstanceOf(AwsCallError)
    expect(error.message).toContain('needs the IAM action ecs:StopServiceDeployment')
  })
})

describe('instance-refresh (real SDK, fake AWS)', () => {
  const add = (opts: Parameters<typeof fake.addInstanceRefresh>[0] = {}) =>
    fake.addInstanceRefresh({ region: REGION, ...opts })
  const ref = (id: string, group: string) => ({ kind: 'instance-refresh', id, parent: group })

  it('finds the refresh in progress of each group, reading only the newest; a group with none is read to tell it from an unknown one', async () => {
    const running = add({ groupName: 'web', status: 'Baking', percentageComplete: 100 })
    add({ groupName: 'api', status: 'Cancelled' })
    fake.addAutoScalingGroup({ name: 'idle', region: REGION })
    const kind = await load('instance-refresh')
    const { found, scope } = await kind.find(
      { groups: ['web', 'api', 'idle'] },
      { now: Date.now(), read: singleRead() }
    )
    expect(found).toEqual([
      expect.objectContaining({
        ref: { kind: 'instance-refresh', id: running, parent: 'web' },
        status: 'Baking',
        where: 'eu-central-1, 100% complete, 3 instances to update',
        commitFields: []
      })
    ])
    expect(found[0]?.startedAt).toEqual(expect.any(Number))
    expect(scope).toMatch(
      /^Read the newest instance refresh of 3 groups \(DescribeInstanceRefreshes; DescribeAutoScalingGroups for a group with none, to tell it from one that does not exist\)\. /
    )
    expect(scope).toContain('Auto Scaling group api: no instance refresh in progress; the newest, ')
    expect(scope).toContain('Auto Scaling group idle: no instance refresh in the last six weeks.')
    expect(fake.calls('DescribeInstanceRefreshes').map(c => c.body.MaxRecords)).toEqual([
      '1',
      '1',
      '1'
    ])
    expect(fake.calls('DescribeAutoScalingGroups').map(c => c.body.AutoScalingGroupNames)).toEqual([
      ['idle']
    ])
  })

  it('a refresh that has not begun (no StartTime) is dated now, so that a guard takes it', async () => {
    const pending = add({ groupName: 'queued', status: 'Pending', startTime: null })
    const kind = await load('instance-refresh')
    const now = Date.now()
    const { found } = await kind.find({ groups: ['queued'] }, { now, read: singleRead() })
    expect(found).toEqual([
      expect.objectContaining({ ref: expect.objectContaining({ id: pending }), startedAt: now })
    ])
  })

  it('an unknown group fails the find, or in a guard step is said and skipped; so when AWS answers it with an empty list', async () => {
    const kind = await load('instance-refresh')
    const strict = await kind
      .find({ groups: ['ghost'] }, { now: Date.now(), read: singleRead() })
      .catch(e => e)
    expect(strict).toBeInstanceOf(AwsCallError)
    expect(strict.message).toBe(
      'Could not find Auto Scaling group ghost: it does not exist in eu-central-1. Check the "auto-scaling-group" input (group names, not ARNs), the region and the account.'
    )
    const lenient = await kind.find(
      { groups: ['ghost'] },
      { now: Date.now(), read: singleRead(), lenient: true }
    )
    expect(lenient.found).toEqual([])
    expect(lenient.scope).toContain(
      'Auto Scaling group ghost does not exist yet: the job may create it.'
    )
    fake.setUnknownAutoScalingGroupAnswer('empty')
    const empty = await kind
      .find({ groups: ['ghost'] }, { now: Date.now(), read: singleRead() })
      .catch(e => e)
    expect(empty.message).toMatch(/^Could not find Auto Scaling group ghost: it does not exist/)
    expect(fake.calls('DescribeAutoScalingGroups')).toHaveLength(1)
  })

  it('reads statuses by ID, one call per group; an ID or a group AWS does not know is its own error', async () => {
    const a = add({ groupName: 'g1' })
    const b = add({ groupName: 'g2', status: 'Cancelling' })
    const kind = await load('instance-refresh')
    const unknownId = '00000000-0000-4000-8000-000000000000'
    const reads = await kind.readStatuses([
      ref(a, 'g1'),
      ref(unknownId, 'g1'),
      ref(b, 'g2'),
      ref(unknownId.replace(/0$/, '1'), 'gone')
    ])
    expect(reads.get(a)).toMatchObject({ status: 'InProgress', terminal: false })
    expect(reads.get(b)).toMatchObject({ status: 'Cancelling', terminal: false })
    expect(String(reads.get(unknownId))).toContain(
      `Auto Scaling does not show instance refresh ${unknownId} in group g1`
    )
    expect(reads.get(unknownId.replace(/0$/, '1'))).toMatchObject({ name: 'ValidationError' })
    expect(
      fake
        .calls('DescribeInstanceRefreshes')
        .map(c => [c.body.AutoScalingGroupName, c.body.InstanceRefreshIds])
        .sort()
    ).toEqual([
      ['g1', [a, unknownId]],
      ['g2', [b]],
      ['gone', [unknownId.replace(/0$/, '1')]]
    ])
  })

  it('a rollback Auto Scaling cannot make (IrreversibleInstanceRefresh) is a cancel, with a warning', async () => {
    const id = add({
      groupName: 'latest',
      desiredConfiguration: { LaunchTemplate: { LaunchTemplateName: 'lt', Version: '$Default' } }
    })
    const kind = await load('instance-refresh')
    const result = await kind.stop(ref(id, 'latest'), {})
    expect(result).toMatchObject({ status: 'Pending', targetStatus: 'InProgress' })
    expect(result.warning?.title).toBe('Cancelled, not rolled back')
    expect(result.statusMessage).toMatch(
      /^Auto Scaling cannot roll this instance refresh back \(IrreversibleInstanceRefresh: The instance refresh cannot be rolled back: the Auto Scaling group uses the launch template version \$Default\.\), so it was cancelled instead/
    )
    expect(fake.calls().map(c => [c.operation, c.error])).toEqual([
      ['DescribeInstanceRefreshes', null],
      ['RollbackInstanceRefresh', 'IrreversibleInstanceRefresh'],
      ['CancelInstanceRefresh', null]
    ])
  })

  it('gives the IAM action that was missing: the rollback, the cancel, the read of groups', async () => {
    const kind = await load('instance-refresh')
    const denied = (operation: string) =>
      fake.fault({
        operation,
        type: 'error',
        errorType: 'AccessDenied',
        status: 403,
        message: 'User is not authorized to perform this action'
      })
    const id = add({ groupName: 'locked' })
    denied('RollbackInstanceRefresh')
    const rollback = await kind.stop(ref(id, 'locked'), {}).catch(e => e)
    expect(rollback.message).toContain('needs the IAM action autoscaling:RollbackInstanceRefresh')
    denied('CancelInstanceRefresh')
    const cancel = await kind.stop(ref(id, 'locked'), { rollback: false }).catch(e => e)
    expect(cancel.message).toContain('needs the IAM action autoscaling:CancelInstanceRefresh')
    fake.addAutoScalingGroup({ name: 'quiet', region: REGION })
    denied('DescribeAutoScalingGroups')
    const find = await kind
      .find({ groups: ['quiet'] }, { now: Date.now(), read: singleRead() })
      .catch(e => e)
    expect(find.message).toMatch(
      /^Could not find the instance refreshes of Auto Scaling group quiet: AccessDenied: .*needs the IAM action autoscaling:DescribeAutoScalingGroups/
    )
  })
})

describe('beanstalk-update (real SDK, fake AWS over awsQuery)', () => {
  const TARGET = 'beanstalk-update'
  const add = (opts: Parameters<typeof fake.addEnvironment>[0] = {}) =>
    fake.addEnvironment({ region: REGION, applicationName: 'shop', ...opts })
  const ref = (id: string) => ({ kind: TARGET, id, parent: fake.get(id)?.environmentName })
  const ctx = () => ({ now: Date.now(), read: singleRead() })

  it('aborts by environment ID: Pending, and the wait reads it Aborting, then Ready on the previous version', async () => {
    const id = add({
      environmentName: 'web-prod',
      versionLabel: 'v42',
      previousVersionLabel: 'v41'
    })
    const kind = await load(TARGET)
    const result = await kind.stop(ref(id), {})
    expect(result).toMatchObject({ status: 'Pending', ref: { id } })
    expect(result.statusMessage).toMatch(/^Elastic Beanstalk accepted the abort/)
    expect(fake.calls('AbortEnvironmentUpdate').map(c => [c.body, c.signingService])).toEqual([
      [{ EnvironmentId: id }, 'elasticbeanstalk']
    ])
    expect((await kind.readStatuses([ref(id)])).get(id)).toMatchObject({
      status: 'Aborting',
      terminal: false
    })
    const ended = (await kind.readStatuses([ref(id)])).get(id)
    expect(ended).toMatchObject({
      status: 'Ready',
      terminal: true,
      stopped: true,
      detail: 'version v41, health Green (Ok)',
      followUpMessage: 'It now runs version v41; health Green (Ok).'
    })
    // Healthy: no DescribeEvents call.
    expect(fake.calls('DescribeEvents')).toHaveLength(0)
  })

  it('nothing to abort: the refusal is confirmed by a read; at rest is AlreadyCompleted, Aborting is Pending', async () => {
    const kind = await load(TARGET)
    const rest = add({ environmentName: 'web-rest', status: 'Ready', versionLabel: 'v7' })
    expect(await kind.stop(ref(rest), {})).toMatchObject({
      status: 'AlreadyCompleted',
      targetStatus: 'Ready',
      statusMessage: expect.stringMatching(
        /^No update to abort: the environment is Ready \(version v7, health Green \(Ok\)\); Elastic Beanstalk answered InvalidParameterValue: Environment named web-rest is in an invalid state/
      )
    })
    const aborting = add({ environmentName: 'web-aborting', status: 'Aborting', reads: 3 })
    expect(await kind.stop(ref(aborting), {})).toMatchObject({
      status: 'Pending',
      targetStatus: 'Aborting',
      statusMessage: expect.stringMatching(/^The environment is already Aborting/)
    })
    expect(fake.calls('DescribeEnvironments').map(c => c.body.EnvironmentIds)).toEqual([
      [rest],
      [aborting]
    ])
  })

  it('past the point of abort when the abort is sent (it got there since the find), or unknown: an error that says so, never AlreadyCompleted', async () => {
    const kind = await load(TARGET)
    const cleanup = add({ environmentName: 'web-cleanup', abortable: false, versionLabel: 'v9' })
    const notStoppable = await kind.stop(ref(cleanup), {}).catch(e => e)
    expect(notStoppable).toBeInstanceOf(AwsCallError)
    expect(notStoppable.message).toMatch(
      /^Not aborted: Elastic Beanstalk environment web-cleanup is Updating, but its update can no longer be aborted .* it will end on its own on version v9\./
    )
    const unknown = await kind.stop({ kind: TARGET, id: 'e-0000000000' }, {}).catch(e => e)
    expect(unknown.message).toMatch(
      /^Could not abort the update of Elastic Beanstalk environment e-0000000000: Elastic Beanstalk finds no environment e-0000000000 in eu-central-1 \(InvalidParameterValue: No Environment found for EnvironmentId = 'e-0000000000'\.\)/
    )
  })

  it('ends Ready but Red: a failure naming the ERROR events since the abort (DescribeEvents, Severity ERROR)', async () => {
    const id = add({
      environmentName: 'web-red',
      reads: 0,
      abortEndsHealth: 'Red',
      abortErrors: ['Instance i-0abc failed its health check.']
    })
    const kind = await load(TARGET)
    const before = Date.now()
    await kind.stop(ref(id), {})
    const read = (await kind.readStatuses([ref(id)])).get(id)
    expect(read).toMatchObject({ status: 'Ready', terminal: true, stopped: false })
    expect((read as { failure: string }).failure).toContain(
      'ERROR and FATAL events since the abort: ERROR: Instance i-0abc failed its health check.'
    )
    const [events] = fake.calls('DescribeEvents')
    expect(events?.body).toMatchObject({ EnvironmentId: id, Severity: 'ERROR' })
    // From the abort's time, less a minute for the clocks.
    const start = Date.parse(String(events?.body.StartTime))
    expect(start).toBeGreaterThanOrEqual(before - 61_000)
    expect(start).toBeLessThanOrEqual(before - 59_000)
  })

  it('reads many environments in one DescribeEnvironments call; one AWS does not know is its own error', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => add({ environmentName: `many-${i + 10}` }))
    const kind = await load(TARGET)
    const reads = await kind.readStatuses([...ids, 'e-0000000000'].map(ref))
    expect(
      fake.calls('DescribeEnvironments').map(c => (c.body.EnvironmentIds as string[]).length)
    ).toEqual([31])
    expect(fake.calls('DescribeEnvironments')[0]?.body.IncludeDeleted).toBe('true')
    expect(reads.get(ids[4]!)).toMatchObject({ status: 'Updating', terminal: false })
    expect(String(reads.get('e-0000000000'))).toContain(
      'Elastic Beanstalk does not find environment e-0000000000'
    )
  })

  it('finds by name and ID: what is updating, says what is not, and fails naming what does not exist', async () => {
    const web = add({ environmentName: 'find-web', versionLabel: 'web-1a2b3c4' })
    const api = add({ environmentName: 'find-api', status: 'Ready', versionLabel: 'api-9' })
    const kind = await load(TARGET)
    const { found, scope } = await kind.find({ environments: ['find-web', api] }, ctx())
    expect(found).toEqual([
      expect.objectContaining({
        ref: { kind: TARGET, id: web, parent: 'find-web' },
        status: 'Updating',
        where: 'application shop',
        commitFields: [{ label: 'version label', value: 'web-1a2b3c4' }],
        runKey: `${web}:web-1a2b3c4`
      })
    ])
    expect(scope).toBe(
      'Read 2 environments (DescribeEnvironments, by name and ID). No update to abort: find-api is Ready on version api-9.'
    )
    // Past the point of abort: not taken, said in the log (and in a warning, in the e2e tests).
    add({ environmentName: 'find-late', abortable: false, versionLabel: 'v9' })
    const late = await kind.find({ environments: ['find-late'] }, ctx())
    expect(late.found).toEqual([])
    expect(late.scope).toContain(
      'No update to abort: find-late is Updating on version v9, but its update can no longer be aborted'
    )
    // Named by its name and by its ID: one environment, read and taken once.
    const twice = await kind.find({ environments: ['find-web', web] }, ctx())
    expect(twice.found.map(f => f.ref.id)).toEqual([web])
    const missing = await kind
      .find({ environments: ['find-web', 'find-nope'] }, ctx())
      .catch(e => e)
    expect(missing).toBeInstanceOf(AwsCallError)
    expect(missing.message).toMatch(
      /^Could not find Elastic Beanstalk environment find-nope in eu-central-1: it does not exist \(or was terminated\), or the credentials may not describe it \(/
    )
    // A guard's main step: the job may be about to create it.
    const lenient = await kind.find({ environments: ['find-nope'] }, { ...ctx(), lenient: true })
    expect(lenient.scope).toContain(
      'Environment find-nope does not exist yet: the job may create it.'
    )
    // With an application, only its environments.
    const other = await kind
      .find({ environments: ['find-web'], application: 'blog' }, ctx())
      .catch(e => e)
    expect(other.message).toContain(
      'Could not find Elastic Beanstalk environment find-web of application blog'
    )
  })

  it('finds by application over every page (100 a page): only updates that can be aborted', async () => {
    const abortable = Array.from({ length: 120 }, (_, i) =>
      add({ environmentName: `app-${i + 100}` })
    )
    add({ environmentName: 'app-cleanup', abortable: false })
    add({ environmentName: 'app-ready', status: 'Ready' })
    add({ environmentName: 'other-app', applicationName: 'blog' })
    const kind = await load(TARGET)
    const { found, scope } = await kind.find({ application: 'shop' }, ctx())
    expect(found.map(f => f.ref.id).sort()).toEqual([...abortable].sort())
    expect(
      fake.calls('DescribeEnvironments').map(c => [c.body.MaxRecords, c.body.IncludeDeleted])
    ).toEqual([
      ['100', 'false'],
      ['100', 'false']
    ])
    expect(scope).toContain('Read the 122 environments of application shop (DescribeEnvironments)')
    expect(scope).toContain(
      'Left alone: app-cleanup is Updating on version v2, but its update can no longer be aborted'
    )
    expect(scope).toContain('No update under way: app-ready (Ready).')
    // Found: no DescribeApplications call.
    expect(fake.calls('DescribeApplications')).toHaveLength(0)
  })

  it('finds by application with no environment: DescribeApplications tells an empty application from an unknown one', async () => {
    fake.addBeanstalkApplication({ name: 'empty-app', region: REGION })
    const kind = await load(TARGET)
    const empty = await kind.find({ application: 'empty-app' }, ctx())
    expect(empty).toEqual({
      found: [],
      scope:
        'Application empty-app has no environment in eu-central-1 (DescribeEnvironments, DescribeApplications): no update to abort.'
    })
    expect(fake.calls('DescribeApplications').map(c => c.body)).toEqual([
      { ApplicationNames: ['empty-app'] }
    ])
    const unknown = await kind.find({ application: 'shpo' }, ctx()).catch(e => e)
    expect(unknown).toBeInstanceOf(AwsCallError)
    expect(unknown.message).toMatch(
      /^Could not find Elastic Beanstalk application shpo in eu-central-1: it does not exist, or the credentials may not describe it .*Check the "application" input, the region and the account\./
    )
    // A guard's main step: the job may be about to create it.
    const lenient = await kind.find({ application: 'shpo' }, { ...ctx(), lenient: true })
    expect(lenient).toEqual({
      found: [],
      scope: 'Application shpo does not exist yet in eu-central-1: the job may create it.'
    })
    // DescribeApplications denied: the hint names its permission.
    fake.fault({
      operation: 'DescribeApplications',
      type: 'error',
      status: 403,
      errorType: 'AccessDeniedException',
      message: 'not authorized'
    })
    const denied = await kind.find({ application: 'shpo' }, ctx()).catch(e => e)
    expect(denied).toBeInstanceOf(AwsCallError)
    expect(denied.message).toContain('elasticbeanstalk:DescribeApplications')
  })

  it('a Red rollback whose events cannot be read: the failure says so, and names DescribeEvents', async () => {
    const id = add({ environmentName: 'web-noevents', reads: 0, abortEndsHealth: 'Red' })
    const kind = await load(TARGET)
    await kind.stop(ref(id), {})
    fake.fault({
      operation: 'DescribeEvents',
      type: 'error',
      status: 403,
      errorType: 'AccessDeniedException',
      message: 'not authorized'
    })
    const read = (await kind.readStatuses([ref(id)])).get(id)
    expect(read).toMatchObject({ status: 'Ready', stopped: false })
    expect((read as { failure: string }).failure).toContain(
      '(its events could not be read: AccessDeniedException; the role needs elasticbeanstalk:DescribeEvents)'
    )
  })

  it('an accepted abort, found first: target-status is the status the find read', async () => {
    const id = add({ environmentName: 'web-found' })
    const kind = await load(TARGET)
    const { found } = await kind.find({ environments: ['web-found'] }, ctx())
    expect(found.map(f => f.ref.id)).toEqual([id])
    expect(await kind.stop(found[0]!.ref, {})).toMatchObject({
      status: 'Pending',
      targetStatus: 'Updating'
    })
  })

  it("InsufficientPrivilegesException: the hint names the services' permissions the abort needs", async () => {
    const id = add({ environmentName: 'web-denied' })
    fake.fault({
      operation: 'AbortEnvironmentUpdate',
      type: 'error',
      status: 403,
      errorType: 'InsufficientPrivilegesException',
      message: 'Access Denied'
    })
    const error = await (await load(TARGET)).stop(ref(id), {}).catch(e => e)
    expect(error).toBeInstanceOf(AwsCallError)
    expect(error.message).toMatch(
      /^Could not stop Elastic Beanstalk environment update e-[a-z0-9]{10} of environment web-denied: InsufficientPrivilegesException: Access Denied .*elasticbeanstalk:AbortEnvironmentUpdate to abort.* an environment without an operations role.*cloudformation:CancelUpdateStack/
    )
  })
})
