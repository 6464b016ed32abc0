// Finding releases at the worst moment: throttled and failing list calls, a find that is denied
// while IDs were given, a cancel during a slow find, and problems that are not about one release.
// The bundled action as the runner runs it, against the fake AWS with faults.
import { describe, expect, it } from '@jest/globals'
import { cancelOnCall, fake, stoppedIds, runOnFake, useFakeAws } from '../support/fake-aws.js'
import { annotations, errorAnnotations, type RunOptions } from '../../scripts/action-runner.js'

useFakeAws()

const UUID = '3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1'

function run(inputs: Record<string, string>, options: Partial<RunOptions> = {}) {
  return runOnFake(inputs, options)
}

/** The most requests of an operation the fake had under way at once. */
function mostAtOnce(operation: string): number {
  const calls = fake.calls(operation)
  return Math.max(
    ...calls.map(c => calls.filter(o => o.at <= c.at && (o.answeredAt ?? Infinity) > c.at).length)
  )
}

describe('a find rides out throttling and passing faults', () => {
  it('150 running builds, ListBuildsForProject throttled 3 times: every build is stopped', async () => {
    const ids = Array.from({ length: 150 }, () => fake.addBuild({ projectName: 'api' }))
    fake.fault({ operation: 'ListBuildsForProject', type: 'throttle', times: 3 })
    const r = await run({ target: 'build', project: 'api', 'max-releases': '200' })
    expect(r.code).toBe(0)
    expect(stoppedIds('StopBuild')).toEqual([...ids].sort())
    expect(r.outputs).toMatchObject({ status: 'Pending', count: '150' })
  })

  it('a later page throttled past the SDK attempts, and 5xx on the batched read: still found', async () => {
    const ids = Array.from({ length: 150 }, () => fake.addBuild({ projectName: 'api' }))
    fake.fault({ operation: 'ListBuildsForProject', type: 'throttle', page: 'next', times: 4 })
    fake.fault({
      operation: 'BatchGetBuilds',
      type: 'server-error',
      status: 503,
      skip: 1,
      times: 4
    })
    const r = await run({ target: 'build', project: 'api', 'max-releases': '200' })
    expect(r.code).toBe(0)
    expect(stoppedIds('StopBuild')).toHaveLength(ids.length)
    // The first page went through at once; the second was throttled four times, then read.
    expect(
      fake.calls('ListBuildsForProject').map(c => [c.body.nextToken !== undefined, c.fault])
    ).toEqual([
      [false, null],
      [true, 'throttle'],
      [true, 'throttle'],
      [true, 'throttle'],
      [true, 'throttle'],
      [true, null]
    ])
    // Each backoff of the find's own retries is logged, not each SDK attempt.
    expect(r.stdout).toMatch(
      /^AWS throttled ListBuildsForProject \(ThrottlingException\); trying again for up to 1m\d\ds more\.$/m
    )
  })

  it('an application of 12 deployment groups: ListDeployments at most 4 at once', async () => {
    const ids = Array.from({ length: 12 }, (_, i) =>
      fake.addDeployment({ applicationName: 'shop', deploymentGroupName: `group-${i}` })
    )
    fake.fault({ operation: 'ListDeployments', type: 'delay', delayMs: 100, times: 12 })
    const r = await run({ target: 'deployment', application: 'shop' })
    expect(r.code).toBe(0)
    expect(stoppedIds('StopDeployment', 'deploymentId')).toEqual([...ids].sort())
    expect(fake.calls('ListDeployments')).toHaveLength(12)
    expect(mostAtOnce('ListDeployments')).toBeLessThanOrEqual(4)
    expect(mostAtOnce('ListDeployments')).toBeGreaterThan(1)
  })
})

describe('IDs given with id are stopped whatever happens to the find', () => {
  it('build: ListBuildsForProject denied; the given build is stopped and the step fails naming the find', async () => {
    const given = fake.addBuild({ projectName: 'api' })
    fake.addBuild({ projectName: 'api' })
    fake.fault({
      operation: 'ListBuildsForProject',
      type: 'error',
      errorType: 'AccessDeniedException',
      message: 'not authorized'
    })
    const r = await run({ target: 'build', id: given, project: 'api' })
    expect(r.code).toBe(1)
    expect(stoppedIds('StopBuild')).toEqual([given])
    expect(r.outputs).toMatchObject({ status: 'Failed', count: '1', ids: given })
    expect(JSON.parse(r.outputs.releases!)).toEqual([
      expect.objectContaining({ id: given, status: 'Pending' })
    ])
    expect(annotations(r.stdout).filter(a => a.level === 'error')).toEqual([
      {
        level: 'error',
        title: 'Could not find: CodeBuild builds of project api',
        message: expect.stringMatching(
          /^Could not find the running builds of project api: AccessDeniedException: not authorized.*codebuild:ListBuildsForProject.*The 1 CodeBuild build given by ID were still acted on: 1 stop requested\.$/
        )
      }
    ])
    expect(r.summary).toContain('AccessDeniedException')
  })

  it('deployment: ListDeploymentGroups denied; the given deployment is stopped', async () => {
    const given = fake.addDeployment({ applicationName: 'shop' })
    fake.fault({
      operation: 'ListDeploymentGroups',
      type: 'error',
      errorType: 'AccessDeniedException',
      message: 'no'
    })
    const r = await run({ target: 'deployment', id: given, application: 'shop' })
    expect(r.code).toBe(1)
    expect(stoppedIds('StopDeployment', 'deploymentId')).toEqual([given])
    expect(errorAnnotations(r.stdout)[0]).toMatch(/codedeploy:ListDeploymentGroups/)
  })
})

describe('every failure sets the outputs and writes a summary', () => {
  async function failed(inputs: Record<string, string>) {
    const r = await run(inputs)
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ status: 'Failed', count: '0', ids: '', releases: '[]' })
    expect(JSON.parse(r.outputs.releases!)).toEqual([])
    expect(r.summary).toContain('<h3>Stop AWS release — ')
    expect(r.summary).toContain(`<p><strong>Failed: `)
    return r
  }

  it('a name that matches nothing', async () => {
    fake.addDeployment({ applicationName: 'shop' })
    const r = await failed({ target: 'deployment', application: 'shopp' })
    expect(r.outputs['status-message']).toMatch(
      /ApplicationDoesNotExistException: .*Check the "application" and "deployment-group" inputs/
    )
  })

  it('a find that is denied', async () => {
    fake.addPipelineExecution({ pipelineName: 'shop' })
    fake.fault({
      operation: 'ListPipelineExecutions',
      type: 'error',
      errorType: 'AccessDeniedException',
      message: 'no'
    })
    const r = await failed({ target: 'pipeline', 'pipeline-name': 'shop' })
    expect(r.outputs['status-message']).toMatch(/codepipeline:ListPipelineExecutions/)
  })

  it('the max-releases cap', async () => {
    for (let i = 0; i < 3; i++) fake.addBuild({ projectName: 'api' })
    const r = await failed({ target: 'build', project: 'api', 'max-releases': '2' })
    expect(r.outputs['status-message']).toMatch(
      /^3 CodeBuild builds match, more than max-releases \(2\)/
    )
    expect(fake.calls('StopBuild')).toHaveLength(0)
  })

  it('no credentials, found by name', async () => {
    const r = await run(
      { target: 'build', project: 'api' },
      {
        env: {
          AWS_ACCESS_KEY_ID: undefined,
          AWS_SECRET_ACCESS_KEY: undefined,
          AWS_SESSION_TOKEN: undefined
        }
      }
    )
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ status: 'Failed', releases: '[]' })
    expect(r.summary).toContain('No AWS credentials were found')
  })
})

describe('a cancel during a slow find', () => {
  it('aborts the call in flight and reports within 2 s, with outputs and summary', async () => {
    fake.addBuild({ projectName: 'api' })
    fake.fault({ operation: 'ListBuildsForProject', type: 'delay', delayMs: 20_000 })
    const cancel = cancelOnCall('ListBuildsForProject')
    const r = await run({ target: 'build', project: 'api' }, { onSpawn: cancel.onSpawn })
    expect(cancel.times.signalledAt).toBeGreaterThan(0)
    expect(cancel.times.exitedAt - cancel.times.signalledAt).toBeLessThan(2000)
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ status: 'Failed', count: '0', releases: '[]' })
    expect(r.outputs['status-message']).toBe(
      'The job was cancelled during the find: it did not finish. Nothing was stopped.'
    )
    expect(annotations(r.stdout).map(a => a.title)).toEqual([
      'Find cancelled: CodeBuild builds of project api'
    ])
    expect(r.summary).toContain('cancelled during the find')
  })
})

describe('a cancel during a slow find, with IDs given', () => {
  it('no stop starts after the cancel: the IDs are reported not stopped, in one annotation', async () => {
    const given = [fake.addBuild({ projectName: 'api' }), fake.addBuild({ projectName: 'api' })]
    fake.fault({ operation: 'ListBuildsForProject', type: 'delay', delayMs: 20_000 })
    const cancel = cancelOnCall('ListBuildsForProject', 'SIGTERM')
    const r = await run(
      { target: 'build', id: given.join(','), project: 'api' },
      { onSpawn: cancel.onSpawn }
    )
    expect(r.code).toBe(1)
    expect(fake.calls('StopBuild')).toHaveLength(0)
    expect(annotations(r.stdout).filter(a => a.level === 'error')).toHaveLength(1)
    expect(r.outputs['status-message']).toBe(
      'The job was cancelled during the find: it did not finish. Nothing was stopped, not even the 2 CodeBuild builds given by ID.'
    )
    expect(JSON.parse(r.outputs.releases!)).toEqual(
      given.map(id => expect.objectContaining({ id, status: 'Failed' }))
    )
  })
})

describe('a problem common to every release is reported once', () => {
  it('endpoint unreachable with 5 IDs: one annotation with the fix, each release Failed', async () => {
    const ids = Array.from({ length: 5 }, (_, i) => `api:${UUID.slice(0, -1)}${i}`)
    // Port 9 (discard) has no listener here: every call is refused.
    const r = await run(
      { target: 'build', id: ids.join(',') },
      { env: { AWS_ENDPOINT_URL: 'http://127.0.0.1:9' } }
    )
    expect(r.code).toBe(1)
    const errors = annotations(r.stdout).filter(a => a.level === 'error')
    expect(errors).toEqual([
      {
        level: 'error',
        title: '5 CodeBuild builds failed alike: ECONNREFUSED',
        message: expect.stringMatching(
          /^The same problem for 5 CodeBuild builds \(api:.*\): ECONNREFUSED: .*AWS could not be reached: check the network, the region and any AWS_ENDPOINT_URL setting\.$/
        )
      }
    ])
    expect(JSON.parse(r.outputs.releases!)).toEqual(
      ids.map(id => expect.objectContaining({ id, status: 'Failed' }))
    )
  })

  it('a problem of one release is still its own annotation', async () => {
    const found = fake.addBuild()
    const missing = `demo-project:${UUID}`
    const r = await run({ target: 'build', id: `${found} ${missing}` })
    expect(r.code).toBe(1)
    expect(
      annotations(r.stdout)
        .filter(a => a.level === 'error')
        .map(a => a.title)
    ).toEqual([`Stop failed: CodeBuild build ${missing}`])
  })
})
