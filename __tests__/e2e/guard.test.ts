// A guard: the main step records what to stop; the post step, run as the runner runs it (same
// inputs, the saved state as STATE_ variables), stops what the job started. Releases appear in the
// fake AWS between the two steps, as the job's own steps would start them.
import { describe, expect, it } from '@jest/globals'
import { cancelOnCall, fake, stoppedIds, runOnFake, useFakeAws } from '../support/fake-aws.js'
import {
  annotations,
  errorAnnotations,
  workflowCommands,
  type ActionRun,
  type RunOptions
} from '../../scripts/action-runner.js'
import { NO_ENV_KEYS } from '../../scripts/credential-sources.js'

useFakeAws()

const SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'
const OTHER_SHA = 'ffffffffffffffffffffffffffffffffffffffff'
const HOUR = 3_600_000

function step(inputs: Record<string, string>, options: Partial<RunOptions> = {}) {
  return runOnFake(inputs, options)
}

/** Finished builds of project web: the project exists, as it does before a job's first build. */
function projectWeb(): void {
  fake.addBuild({ projectName: 'web', status: 'SUCCEEDED', startTime: Date.now() - 2 * HOUR })
}

/**
 * The main step of a guard, which runs the find its post step will run and calls no stop, then
 * returns the post step to run. The requests of the main step are forgotten.
 */
async function guard(inputs: Record<string, string>) {
  const main = await step({ ...inputs, guard: 'true' })
  expect(main.code).toBe(0)
  expect(main.outputs.status).toBe('Guarding')
  expect(fake.requests.filter(r => r.operation.startsWith('Stop'))).toHaveLength(0)
  fake.clearRequests()
  return {
    main,
    post: (options: Partial<RunOptions> = {}) =>
      step({ ...inputs, guard: 'true' }, { ...options, state: main.state })
  }
}

describe('guard: main step', () => {
  it('runs the find once, records the state and the baseline, logs what it leaves alone', async () => {
    projectWeb()
    const other = fake.addBuild({ projectName: 'web', startTime: Date.now() - 20_000 })
    const main = await step({ target: 'build', project: 'web', commit: SHA, guard: 'true' })
    expect(main.code).toBe(0)
    const state = JSON.parse(main.state.guard!)
    expect(state.settings).toMatchObject({ kind: 'build', find: { project: 'web' }, commit: SHA })
    expect(state.baseline).toEqual([other])
    expect(Math.abs(state.startedAt - Date.now())).toBeLessThan(60_000)
    expect(main.state.isPost).toBe('true')
    // One find: a page of the list and one batched read; no stop, no wait.
    expect(fake.calls().map(c => c.operation)).toEqual(['ListBuildsForProject', 'BatchGetBuilds'])
    expect(main.stdout).toContain(
      `Guarding the CodeBuild builds of project web for commit ${SHA} started from now on: if this job fails or is cancelled, the post step stops them.`
    )
    expect(main.stdout).toContain(
      `1 CodeBuild build already running is not this job's: the post step leaves it alone. CodeBuild build ${other} (IN_PROGRESS in project web, started 2`
    )
    expect(main.outputs).toMatchObject({ status: 'Guarding', count: '0', releases: '[]' })
    expect(main.summary).toContain('<h3>Guard: Stop AWS release if the job fails — ')
    expect(main.summary).toContain(`<li>CodeBuild build ${other}`)
  })

  it('fails on bad input like a stop, and records nothing to guard', async () => {
    const main = await step({ target: 'build', project: 'web', commit: 'main', guard: 'true' })
    expect(main.code).toBe(1)
    expect(errorAnnotations(main.stdout)[0]).toMatch(/^Input "commit" must be a commit SHA/)
    expect(main.outputs.status).toBe('Failed')
    expect(main.state.guard).toBeUndefined()
    const post = await step(
      { target: 'build', project: 'web', guard: 'true' },
      { state: main.state }
    )
    expect(post).toMatchObject({ code: 0, stdout: '', outputs: {} })
    expect(fake.requests).toHaveLength(0)
  })

  /**
   * The main step fails now, while it can be fixed. Its post step then has nothing to do, except
   * stop the IDs given: those releases were started before the guard.
   */
  async function failsFast(inputs: Record<string, string>, env: RunOptions['env'] = {}) {
    const main = await step({ ...inputs, guard: 'true' }, { env })
    expect(main.code).toBe(1)
    expect(main.outputs).toMatchObject({ status: 'Failed', count: '0', releases: '[]' })
    if (inputs.id) {
      const saved = JSON.parse(main.state.guard!)
      expect(saved.settings.find).toBeUndefined()
      expect(saved.settings.releases.map((r: { id: string }) => r.id)).toEqual([inputs.id])
    } else expect(main.state.guard).toBeUndefined()
    expect(main.summary).toContain('<h3>Guard: Stop AWS release if the job fails — ')
    expect(fake.requests.filter(r => r.operation.startsWith('Stop'))).toHaveLength(0)
    const errors = annotations(main.stdout).filter(a => a.level === 'error')
    expect(errors).toHaveLength(1)
    return errors[0]!.message
  }

  it('no credentials: fails, saying to put configure-aws-credentials before the guard step', async () => {
    projectWeb()
    const message = await failsFast({ target: 'build', project: 'web' }, NO_ENV_KEYS)
    expect(message).toMatch(
      /^No AWS credentials were found .*put aws-actions\/configure-aws-credentials before the guard step/
    )
    expect(fake.requests).toHaveLength(0)
  })

  it('no credentials with IDs only: fails as well', async () => {
    const id = fake.addBuild({ projectName: 'web' })
    const message = await failsFast({ target: 'build', id }, NO_ENV_KEYS)
    expect(message).toMatch(
      /before the guard step.* the post step still stops the 1 CodeBuild build given by ID\.$/
    )
  })

  it('an ID AWS does not know (a wrong pipeline-name): fails naming both, before the job goes on', async () => {
    const id = fake.addPipelineExecution({ pipelineName: 'shop-staging' })
    fake.addPipelineExecution({ pipelineName: 'shop-prod', status: 'Succeeded' })
    const message = await failsFast({ target: 'pipeline', id, 'pipeline-name': 'shop-prod' })
    expect(message).toMatch(
      new RegExp(
        `^Could not read the status of CodePipeline execution ${id} of pipeline shop-prod: PipelineExecutionNotFoundException`
      )
    )
  })

  it('a misspelled name with an ID given: the main step fails, and the post step still stops the ID', async () => {
    projectWeb()
    const given = fake.addBuild({ projectName: 'web' })
    const inputs = { target: 'build', id: given, project: 'wbe', guard: 'true' }
    const message = await failsFast(inputs)
    expect(message).toMatch(
      /ResourceNotFoundException: .*the post step still stops the 1 CodeBuild build given by ID\.$/
    )
    const main = await step(inputs)
    fake.clearRequests()
    const post = await step(inputs, { state: main.state })
    expect(post.code).toBe(0)
    expect(stoppedIds('StopBuild')).toEqual([given])
    // Only the ID: the find that failed is not run again in the post step.
    expect(fake.calls('ListBuildsForProject')).toHaveLength(0)
  })

  it('a misspelled name: fails naming the input', async () => {
    projectWeb()
    const message = await failsFast({ target: 'build', project: 'wbe' })
    expect(message).toMatch(
      /^Could not find the running builds of project wbe: ResourceNotFoundException: .*Check the "project" input.*fix it now/
    )
  })

  it('a misspelled deployment group: fails naming the inputs', async () => {
    fake.addDeployment({
      applicationName: 'shop',
      deploymentGroupName: 'prod',
      status: 'Succeeded'
    })
    const message = await failsFast({
      target: 'deployment',
      application: 'shop',
      'deployment-group': 'pord'
    })
    expect(message).toMatch(/DeploymentGroupDoesNotExistException: .*"deployment-group"/)
  })

  it('a role without the list permission: fails naming the IAM action', async () => {
    projectWeb()
    fake.fault({
      operation: 'ListBuildsForProject',
      type: 'error',
      errorType: 'AccessDeniedException',
      message: 'User is not authorized to perform: codebuild:ListBuildsForProject'
    })
    const message = await failsFast({ target: 'build', project: 'web' })
    expect(message).toMatch(
      /AccessDeniedException: .*needs the IAM action codebuild:ListBuildsForProject/
    )
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
    expect(r.summary).toContain(
      '<h3>Guard: Stop AWS release after the job failed or was cancelled — '
    )
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
    expect(r.stdout).toContain('it was already running when the guard step ran')
    expect(r.stdout).toMatch(/Guard: waiting 4m00s at most, not 30m00s/)
    expect(JSON.parse(r.outputs.releases!)).toEqual([
      expect.objectContaining({ id: ours, status: 'Succeeded', rollbackStatus: 'Succeeded' })
    ])
  })

  it("leaves alone a release another run started 25 s before the guard, and stops the job's own", async () => {
    projectWeb()
    const theirs = fake.addBuild({ projectName: 'web', startTime: Date.now() - 25_000 })
    const { post } = await guard({ target: 'build', project: 'web' })
    const ours = fake.addBuild({ projectName: 'web' })
    const r = await post()
    expect(r.code).toBe(0)
    expect(stoppedIds('StopBuild')).toEqual([ours])
    expect(fake.get(theirs)?.stopCount).toBe(0)
    expect(r.stdout).toContain(
      `Passed over CodeBuild build ${theirs}: IN_PROGRESS in project web, started 2`
    )
    expect(r.stdout).toMatch(
      / s ago; it was already running when the guard step ran, so it is not this job's\.$/m
    )
  })

  it('a release the guard step did not see: taken within the minute of clock allowance, passed over before it', async () => {
    projectWeb()
    const { post } = await guard({ target: 'build', project: 'web' })
    // Listed only now (AWS's listing lagged, or the clocks differ): dated before the guard step.
    const within = fake.addBuild({ projectName: 'web', startTime: Date.now() - 30_000 })
    const before = fake.addBuild({ projectName: 'web', startTime: Date.now() - 2 * 60_000 })
    const r = await post()
    expect(r.code).toBe(0)
    expect(stoppedIds('StopBuild')).toEqual([within])
    expect(fake.get(before)?.stopCount).toBe(0)
    expect(r.stdout).toContain(`Passed over CodeBuild build ${before}`)
    expect(r.stdout).toContain("before this job's guard step")
  })

  it('by pipeline name with reason', async () => {
    fake.addPipelineExecution({ pipelineName: 'shop', status: 'Succeeded' })
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
        message:
          "No running CodeBuild build started by this job found for project web; nothing to stop. 1 CodeBuild build running was left alone: not this job's (see the log)."
      })
    ])
    expect(fake.calls('StopBuild')).toHaveLength(0)
  })

  it('dry run: reports what it would stop, stops nothing', async () => {
    projectWeb()
    const { post } = await guard({ target: 'build', project: 'web', 'dry-run': 'true' })
    const id = fake.addBuild({ projectName: 'web' })
    const r = await post()
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'WouldStop', ids: id })
    expect(fake.calls('StopBuild')).toHaveLength(0)
    expect(r.summary).toContain(
      '<h3>Guard: Stop AWS release after the job failed or was cancelled (dry run) — '
    )
  })

  it('fails the post step when a stop failed', async () => {
    projectWeb()
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

  it("a throttled find rides it out: the job's build is still stopped", async () => {
    projectWeb()
    const { post } = await guard({ target: 'build', project: 'web' })
    const ours = fake.addBuild({ projectName: 'web' })
    // More than the SDK's 3 quick attempts: the find keeps trying after a backoff.
    fake.fault({ operation: 'ListBuildsForProject', type: 'throttle', times: 4 })
    const r = await post()
    expect(r.code).toBe(0)
    expect(stoppedIds('StopBuild')).toEqual([ours])
    expect(r.stdout).toMatch(
      /AWS throttled ListBuildsForProject \(ThrottlingException\); trying again/
    )
  })

  it('an ID given with a name: never in the baseline, stopped by the post step', async () => {
    projectWeb()
    const given = fake.addBuild({ projectName: 'web' })
    const { main, post } = await guard({ target: 'build', id: given, project: 'web' })
    expect(JSON.parse(main.state.guard!).baseline).toEqual([])
    expect(main.stdout).not.toContain('not this job')
    const r = await post()
    expect(r.code).toBe(0)
    expect(stoppedIds('StopBuild')).toEqual([given])
    expect(r.stdout).not.toContain(`Passed over CodeBuild build ${given}`)
  })

  it('recorded IDs are stopped even when the find is denied; the step then fails naming the find', async () => {
    projectWeb()
    const given = fake.addBuild({ projectName: 'web' })
    const { post } = await guard({ target: 'build', id: given, project: 'web' })
    fake.fault({
      operation: 'ListBuildsForProject',
      type: 'error',
      errorType: 'AccessDeniedException',
      message: 'denied'
    })
    const r = await post()
    expect(r.code).toBe(1)
    expect(stoppedIds('StopBuild')).toEqual([given])
    expect(r.outputs).toMatchObject({ status: 'Failed', ids: given })
    expect(errorAnnotations(r.stdout)).toEqual([
      expect.stringMatching(
        /^Could not find the running builds of project web: AccessDeniedException: denied.*codebuild:ListBuildsForProject.* given by ID were still acted on: 1 stop requested\.$/
      )
    ])
  })

  it('without credentials: one error with the fix, outputs set', async () => {
    projectWeb()
    const { post } = await guard({ target: 'build', project: 'web' })
    fake.addBuild({ projectName: 'web' })
    const r = await post({ env: NO_ENV_KEYS })
    expect(r.code).toBe(1)
    expect(errorAnnotations(r.stdout)).toEqual([
      expect.stringMatching(
        /^No AWS credentials were found .*aws-actions\/configure-aws-credentials/
      )
    ])
    expect(r.outputs).toMatchObject({ status: 'Failed', releases: '[]' })
  })

  it('on SIGINT, finishes the stop calls it has sent and reports', async () => {
    projectWeb()
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

  it('on SIGINT during a slow find: reports within 2 s, outputs and summary set', async () => {
    projectWeb()
    const { post } = await guard({ target: 'build', project: 'web' })
    fake.addBuild({ projectName: 'web' })
    fake.fault({ operation: 'ListBuildsForProject', type: 'delay', delayMs: 20_000 })
    const cancel = cancelOnCall('ListBuildsForProject')
    const r = await post({ onSpawn: cancel.onSpawn })
    expect(cancel.times.signalledAt).toBeGreaterThan(0)
    expect(cancel.times.exitedAt - cancel.times.signalledAt).toBeLessThan(2000)
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ status: 'Failed', count: '0', releases: '[]' })
    expect(r.outputs['status-message']).toMatch(/cancelled during the find/)
    expect(r.summary).toContain('cancelled during the find')
    expect(fake.calls('StopBuild')).toHaveLength(0)
  })
})

describe('a defect', () => {
  it('still sets the outputs to Failed and writes a summary (here: a post step whose state is not JSON)', async () => {
    const r = await step(
      { target: 'build', project: 'web', guard: 'true' },
      { state: { isPost: 'true', guard: '{not json' } }
    )
    expect(r.code).toBe(1)
    expect(annotations(r.stdout).map(a => a.title)).toEqual(['Unexpected error'])
    expect(r.outputs).toMatchObject({ status: 'Failed', releases: '[]' })
    expect(r.outputs['status-message']).toMatch(/^Unexpected error: SyntaxError/)
    expect(r.summary).toContain('<h3>Stop AWS release: unexpected error</h3>')
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
