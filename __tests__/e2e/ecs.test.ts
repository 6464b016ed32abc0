// ECS service deployments: the bundled action, spawned as the runner spawns it, against the fake
// AWS speaking ECS (AmazonEC2ContainerServiceV20141113) over HTTP.
import { describe, expect, it } from '@jest/globals'
import { fake, runOnFake, useFakeAws } from '../support/fake-aws.js'
import { annotations, errorAnnotations, type RunOptions } from '../../scripts/action-runner.js'

useFakeAws()

const REGION = 'eu-west-1'

function run(inputs: Record<string, string>, options: Partial<RunOptions> = {}) {
  return runOnFake({ target: 'ecs-deployment', ...inputs }, options)
}

const add = (opts: Parameters<typeof fake.addServiceDeployment>[0] = {}) =>
  fake.addServiceDeployment({ region: REGION, clusterName: 'prod', serviceName: 'web', ...opts })

const stopTypes = () =>
  fake.calls('StopServiceDeployment').map(c => [c.body.serviceDeploymentArn, c.body.stopType])

describe('ECS service deployment by ARN', () => {
  it('stops with ROLLBACK by default: Pending, with the console link and the ARN', async () => {
    const arn = add()
    const r = await run({ id: arn })
    expect(r.code).toBe(0)
    expect(stopTypes()).toEqual([[arn, 'ROLLBACK']])
    expect(r.outputs).toMatchObject({
      status: 'Pending',
      'status-message':
        'ECS accepted the stop (ROLLBACK): it rolls the service back to its previous revision.',
      id: arn,
      ids: arn,
      count: '1'
    })
    const [release] = JSON.parse(r.outputs.releases ?? '[]')
    expect(release).toMatchObject({
      kind: 'ecs-deployment',
      id: arn,
      consoleUrl: `https://${REGION}.console.aws.amazon.com/ecs/v2/clusters/prod/services/web/deployments?region=${REGION}`
    })
    expect(r.stdout).toContain('Stop ECS service deployment')
  })

  it('rollback: false stops with ABORT', async () => {
    const arn = add()
    const r = await run({ id: arn, rollback: 'false' })
    expect(r.code).toBe(0)
    expect(stopTypes()).toEqual([[arn, 'ABORT']])
    expect(r.outputs['status-message']).toMatch(/^ECS accepted the stop \(ABORT\)/)
  })

  it('with wait, ROLLBACK ends ROLLBACK_SUCCESSFUL: Succeeded, target-status verbatim', async () => {
    const arn = add({ stopReads: 1 })
    const r = await run({ id: arn, wait: 'true', 'poll-interval': '1s' })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'Succeeded', 'target-status': 'ROLLBACK_SUCCESSFUL' })
    expect(r.stdout).toContain('ROLLBACK_IN_PROGRESS')
    expect(fake.calls('DescribeServiceDeployments').length).toBeGreaterThanOrEqual(2)
  })

  it('with wait, ABORT ends STOPPED: Succeeded', async () => {
    const arn = add()
    const r = await run({ id: arn, rollback: 'false', wait: 'true', 'poll-interval': '1s' })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'Succeeded', 'target-status': 'STOPPED' })
  })

  it('with wait, ROLLBACK_FAILED fails the step naming it and where to look', async () => {
    const arn = add({ rollbackEndsAs: 'ROLLBACK_FAILED' })
    const r = await run({ id: arn, wait: 'true', 'poll-interval': '1s' })
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ status: 'Failed', 'target-status': 'ROLLBACK_FAILED' })
    const [error] = annotations(r.stdout).filter(a => a.level === 'error')
    expect(error?.title).toBe(`ROLLBACK_FAILED: ECS service deployment ${arn}`)
    expect(error?.message).toMatch(
      /ended ROLLBACK_FAILED after the stop: ECS could not roll the service back/
    )
    expect(error?.message).toContain("Check the service's Deployments and Events tabs")
  })

  it('with wait, SUCCESSFUL reached after the stop is AlreadyCompleted, with a warning', async () => {
    const arn = add({ rollbackEndsAs: 'SUCCESSFUL' })
    const r = await run({ id: arn, wait: 'true', 'poll-interval': '1s' })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'AlreadyCompleted', 'target-status': 'SUCCESSFUL' })
    expect(annotations(r.stdout).map(a => [a.level, a.title])).toEqual([
      ['warning', `Finished before the stop: ECS service deployment ${arn}`]
    ])
  })

  it('a deployment that had already finished: ECS refuses the stop, the step reports AlreadyCompleted', async () => {
    const arn = add({ status: 'SUCCESSFUL' })
    const r = await run({ id: arn })
    expect(r.code).toBe(0)
    expect(fake.calls('StopServiceDeployment')[0]?.error).toBe('ConflictException')
    expect(r.outputs).toMatchObject({ status: 'AlreadyCompleted', 'target-status': 'SUCCESSFUL' })
    expect(r.outputs['status-message']).toMatch(
      /^The service deployment had already ended SUCCESSFUL; ECS refused the stop \(ConflictException: /
    )
    expect(annotations(r.stdout)[0]).toMatchObject({
      level: 'notice',
      title: `Already finished: ECS service deployment ${arn}`
    })
  })

  it('an unknown ARN fails clearly, naming the ARN, the region and the account', async () => {
    const arn = add().replace(/[^/]+$/, 'nosuchdeployment00000')
    const r = await run({ id: arn })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('Failed')
    const [error] = errorAnnotations(r.stdout)
    expect(error).toMatch(
      new RegExp(
        `^Could not stop ECS service deployment ${arn.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: ServiceDeploymentNotFoundException: `
      )
    )
    expect(error).toContain(`Check the ID, the region (${REGION})`)
  })
})

describe('ECS service deployments by cluster and service', () => {
  it('stops the PENDING and IN_PROGRESS deployments of the service, not the finished one or another service', async () => {
    const a = add({ status: 'PENDING' })
    const b = add()
    add({ status: 'SUCCESSFUL' })
    add({ serviceName: 'api' })
    const r = await run({ cluster: 'prod', service: 'web', wait: 'true', 'poll-interval': '1s' })
    expect(r.code).toBe(0)
    expect(fake.calls('ListServiceDeployments')[0]?.body).toMatchObject({
      cluster: 'prod',
      service: 'web',
      status: ['PENDING', 'IN_PROGRESS']
    })
    expect(
      stopTypes()
        .map(([arn]) => arn)
        .sort()
    ).toEqual([a, b].sort())
    expect(r.outputs).toMatchObject({ status: 'Succeeded', count: '2' })
    expect(r.stdout).toContain('service web in cluster prod')
  })

  it('a dry run lists what would stop and stops nothing', async () => {
    const arn = add()
    const r = await run({ cluster: 'prod', service: 'web', 'dry-run': 'true' })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'WouldStop', count: '1', ids: arn })
    expect(fake.calls('StopServiceDeployment')).toHaveLength(0)
  })

  it('an unknown service fails clearly, naming the inputs to check', async () => {
    add()
    const r = await run({ cluster: 'prod', service: 'nope' })
    expect(r.code).toBe(1)
    expect(errorAnnotations(r.stdout)[0]).toMatch(
      /^Could not find the running deployments of service nope in cluster prod: ServiceNotFoundException: .*Check the "service" and "cluster" inputs/
    )
  })
})

describe('ECS guard', () => {
  it("the post step of a failed job rolls back the deployment started after the guard, never another run's", async () => {
    // Another run's deployment, started 20 s before this job's guard step: commit cannot narrow
    // an ECS find, so only the guard's baseline keeps it from being rolled back.
    const theirs = add({ createdAt: Date.now() - 20_000 })
    const inputs = { cluster: 'prod', service: 'web', guard: 'true' }
    const main = await run(inputs)
    expect(main.code).toBe(0)
    expect(main.outputs.status).toBe('Guarding')
    expect(fake.calls().map(c => c.operation)).toEqual(['ListServiceDeployments'])
    expect(JSON.parse(main.state.guard!).baseline).toEqual([theirs])
    const started = add()
    const post = await run(inputs, { state: main.state })
    expect(post.code).toBe(0)
    expect(stopTypes()).toEqual([[started, 'ROLLBACK']])
    expect(fake.get(theirs)?.stopCount).toBe(0)
    expect(post.stdout).toContain('::group::Guard: ')
  })

  it('the main step fails at once for a service that does not exist', async () => {
    add()
    const main = await run({ cluster: 'prod', service: 'wbe', guard: 'true' })
    expect(main.code).toBe(1)
    expect(main.state.guard).toBeUndefined()
    expect(errorAnnotations(main.stdout)[0]).toMatch(
      /ServiceNotFoundException: .*Check the "service" and "cluster" inputs/
    )
  })
})

describe('ECS bad input, before any AWS call', () => {
  it.each([
    [
      'a service ARN as id',
      { id: 'arn:aws:ecs:eu-west-1:123456789012:service/prod/web' },
      'That is the ARN of an ECS service, not of one of its deployments: give "service"'
    ],
    [
      'a CodeDeploy ID as id',
      { id: 'd-ABCD12345' },
      'It looks like the ID of a deployment: check "target"'
    ],
    [
      'commit with ecs-deployment',
      { service: 'web', commit: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d' },
      'Input "commit" does not apply to target: ecs-deployment'
    ],
    ['cluster without service', { cluster: 'prod' }, 'Input "cluster" needs "service" too'],
    [
      'neither id nor service',
      {},
      'Input "id" is required unless a name is given: an ECS service deployment ARN'
    ],
    [
      'a bad service name',
      { service: 'web app' },
      'Input "service" must be an ECS service name or ARN'
    ],
    [
      'service with another target',
      { target: 'build', service: 'web', project: 'p' },
      'Input "service" applies to target ecs-deployment only'
    ]
  ] as [string, Record<string, string>, string][])('%s', async (_what, inputs, message) => {
    const r = await run(inputs)
    expect(r.code).toBe(1)
    expect(annotations(r.stdout).map(a => a.title)).toEqual(['Bad input: nothing was stopped'])
    expect(errorAnnotations(r.stdout)[0]).toContain(message)
    expect(fake.requests).toHaveLength(0)
  })
})
