// A guard: the main step records what to stop; the post step, run as the runner runs it (same
// inputs, the saved state as STATE_ variables), stops what the job started. Releases appear in the
// fake AWS between the two steps, as the job's own steps would start them.
import { describe, expect, it } from '@jest/globals'
import { fake, stoppedIds, useFakeAws } from '../support/fake-aws.js'
import {
  annotations,
  errorAnnotations,
  runAction,
  workflowCommands,
  type ActionRun,
  type RunOptions
} from '../../scripts/action-runner.js'

useFakeAws()

const SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'
const OTHER_SHA = 'ffffffffffffffffffffffffffffffffffffffff'
const HOUR = 3_600_000

function step(inputs: Record<string, string>, options: Partial<RunOptions> = {}) {
  return runAction({ inputs, ...options, env: { AWS_ENDPOINT_URL: fake.url, ...options.env } })
}

/** The main step of a guard, which must make no AWS call, then returns the post step to run. */
async function guard(inputs: Record<string, string>) {
  const main = await step({ ...inputs, guard: 'true' })
  expect(main.code).toBe(0)
  expect(main.outputs.status).toBe('Guarding')
  expect(fake.requests).toHaveLength(0)
  return {
    main,
    post: (options: Partial<RunOptions> = {}) =>
      step({ ...inputs, guard: 'true' }, { ...options, state: main.state })
  }
}

describe('guard: main step', () => {
  it('validates as a stop would, records the state, logs one line, makes no AWS call', async () => {
    const { main } = await guard({ target: 'build', project: 'web', commit: SHA })
    const state = JSON.parse(main.state.guard!)
    expect(state.settings).toMatchObject({ kind: 'build', find: { project: 'web' }, commit: SHA })
    expect(Math.abs(state.startedAt - Date.now())).toBeLessThan(60_000)
    expect(main.state.isPost).toBe('true')
    expect(main.stdout.trim().split('\n')).toEqual([
      `Guarding the CodeBuild builds of project web for commit ${SHA} started from now on: if this job fails or is cancelled, the post step stops them.`
    ])
  })

  it('fails on bad input like a stop, and records nothing to guard', async () => {
    const main = await step({ target: 'build', project: 'web', commit: 'main', guard: 'true' })
    expect(main.code).toBe(1)
    expect(errorAnnotations(main.stdout)[0]).toMatch(/^Input "commit" must be a commit SHA/)
    expect(main.state.guard).toBeUndefined()
    const post = await step(
      { target: 'build', project: 'web', guard: 'true' },
      { state: main.state }
    )
    expect(post).toMatchObject({ code: 0, stdout: '', outputs: {} })
    expect(fake.requests).toHaveLength(0)
  })
})

describe('guard: post step', () => {
  it('by ID: stops the recorded release', async () => {
    const id = fake.addBuild({ projectName: 'web' })
    const { post } = await guard({ target: 'build', id })
    const r = await post()
    expect(r.code).toBe(0)
    expect(stoppedIds('StopBuild')).toEqual([id])
    expect(r.stdout).toContain('::group::Guard: Stop CodeBuild build')
    expect(r.summary).toContain('<h3>Guard: Stop AWS release</h3>')
  })

  it('by deployment group with commit and rollback: only what this job started, of that commit', async () => {
    const group = { applicationName: 'shop', deploymentGroupName: 'prod' }
    const github = (commitId: string) => ({ gitHubLocation: { repository: 'acme/shop', commitId } })
    const before = fake.addDeployment({
      ...group,
      revision: github(SHA),
      createTime: Date.now() - HOUR
    })
    const { post } = await guard({
      target: 'deployment',
      application: 'shop',
      'deployment-group': 'prod',
      commit: SHA,
      rollback: 'true',
      wait: 'true',
      'poll-interval': '1s'
    })
    // The job's deploy step starts its release, and another run starts one of another commit.
    const ours = fake.addDeployment({ ...group, revision: github(SHA) })
    const theirs = fake.addDeployment({ ...group, revision: github(OTHER_SHA) })
    const r = await post()
    expect(r.code).toBe(0)
    expect(stoppedIds('StopDeployment', 'deploymentId')).toEqual([ours])
    expect(fake.calls('StopDeployment')[0]?.body.autoRollbackEnabled).toBe(true)
    expect(fake.get(before)?.status).toBe('InProgress')
    expect(fake.get(theirs)?.status).toBe('InProgress')
    expect(r.stdout).toContain(`Passed over CodeDeploy deployment ${before}`)
    expect(r.stdout).toContain("before this job's guard")
    expect(r.stdout).toMatch(/Guard: waiting 4m00s at most, not 30m00s/)
    expect(JSON.parse(r.outputs.releases!)).toEqual([
      expect.objectContaining({ id: ours, status: 'Succeeded', rollbackStatus: 'Succeeded' })
    ])
  })

  it('by pipeline name with reason', async () => {
    const { post } = await guard({
      target: 'pipeline',
      'pipeline-name': 'shop',
      reason: 'deploy job failed'
    })
    const id = fake.addPipelineExecution({ pipelineName: 'shop' })
    const r = await post()
    expect(r.code).toBe(0)
    expect(fake.calls('StopPipelineExecution').map(c => c.body)).toEqual([
      { pipelineName: 'shop', pipelineExecutionId: id, abandon: false, reason: 'deploy job failed' }
    ])
  })

  it('by project: every build the job started', async () => {
    const old = fake.addBuild({ projectName: 'web', startTime: Date.now() - HOUR })
    const { post } = await guard({ target: 'build', project: 'web' })
    const ids = [fake.addBuild({ projectName: 'web' }), fake.addBuild({ projectName: 'web' })]
    const r = await post()
    expect(r.code).toBe(0)
    expect(stoppedIds('StopBuild')).toEqual(ids.sort())
    expect(fake.get(old)?.stopCount).toBe(0)
    expect(r.outputs['status-message']).toBe('2 CodeBuild builds: 2 stop requested.')
  })

  it('nothing started during the job: a notice, exit 0, no stop call', async () => {
    fake.addBuild({ projectName: 'web', startTime: Date.now() - HOUR })
    const { post } = await guard({ target: 'build', project: 'web' })
    const r = await post()
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('NothingRunning')
    expect(annotations(r.stdout)).toEqual([
      expect.objectContaining({
        level: 'notice',
        title: 'Guard: Nothing running',
        message: expect.stringContaining('No running CodeBuild build found for project web')
      })
    ])
    expect(fake.calls('StopBuild')).toHaveLength(0)
  })

  it('dry run: reports what it would stop, stops nothing', async () => {
    const { post } = await guard({ target: 'build', project: 'web', 'dry-run': 'true' })
    const id = fake.addBuild({ projectName: 'web' })
    const r = await post()
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'WouldStop', ids: id })
    expect(fake.calls('StopBuild')).toHaveLength(0)
    expect(r.summary).toContain('<h3>Guard: Stop AWS release (dry run)</h3>')
  })

  it('fails the post step when a stop failed', async () => {
    const { post } = await guard({ target: 'build', project: 'web' })
    fake.addBuild({ projectName: 'web' })
    fake.fault({
      operation: 'StopBuild',
      type: 'error',
      errorType: 'AccessDeniedException',
      message: 'no'
    })
    const r = await post()
    expect(r.code).toBe(1)
    expect(errorAnnotations(r.stdout)[0]).toMatch(/AccessDeniedException: no.*codebuild:StopBuild/)
  })

  it('without credentials, says where the guard must go', async () => {
    const { post } = await guard({ target: 'build', project: 'web' })
    fake.addBuild({ projectName: 'web' })
    const r = await post({
      env: {
        AWS_ACCESS_KEY_ID: undefined,
        AWS_SECRET_ACCESS_KEY: undefined,
        AWS_SESSION_TOKEN: undefined
      }
    })
    expect(r.code).toBe(1)
    expect(errorAnnotations(r.stdout)[0]).toMatch(
      /No AWS credentials were found: add aws-actions\/configure-aws-credentials before this step \(for a guard, before the guard step/
    )
  })

  it('on SIGINT, finishes the stop calls it has sent and reports', async () => {
    const { post } = await guard({ target: 'build', project: 'web' })
    const ids = [1, 2, 3].map(() => fake.addBuild({ projectName: 'web', stopImmediately: true }))
    fake.fault({ operation: 'StopBuild', type: 'delay', delayMs: 1000, times: 3 })
    let signalledAt = 0
    const r: ActionRun = await post({
      onSpawn: (child, stdout) => {
        const timer = setInterval(() => {
          if (fake.calls('StopBuild').length === 3) {
            clearInterval(timer)
            signalledAt = Date.now()
            child.kill('SIGINT')
          }
        }, 10)
        child.on('exit', () => clearInterval(timer))
        void stdout
      }
    })
    expect(signalledAt).toBeGreaterThan(0)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Received SIGINT')
    // All three stops were answered, and reported.
    for (const id of ids) expect(fake.get(id)?.status).toBe('STOPPED')
    expect(r.outputs).toMatchObject({ status: 'Succeeded', count: '3' })
  })
})

describe('a plain stop in a job that fails later', () => {
  it('its post step makes no AWS call, prints nothing, sets nothing, exits 0', async () => {
    const id = fake.addBuild()
    const main = await step({ target: 'build', id })
    expect(main.code).toBe(0)
    expect(main.state).toEqual({ isPost: 'true' })
    fake.clearRequests()
    const post = await step({ target: 'build', id }, { state: main.state })
    expect(post).toMatchObject({ code: 0, stdout: '', stderr: '', outputs: {}, summary: '' })
    expect(workflowCommands(post.stdout)).toEqual([])
    expect(fake.requests).toHaveLength(0)
  })
})
