// Finding releases by name and commit, stopping many at once, dry run and the cap: the bundled
// action as the runner runs it, against the fake AWS.
import { describe, expect, it } from '@jest/globals'
import { fake, stoppedIds, useFakeAws } from '../support/fake-aws.js'
import {
  annotations,
  errorAnnotations,
  runAction,
  type RunOptions
} from '../../scripts/action-runner.js'

useFakeAws()

const SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'
const OTHER_SHA = 'ffffffffffffffffffffffffffffffffffffffff'

function run(inputs: Record<string, string>, env: RunOptions['env'] = {}) {
  return runAction({ inputs, env: { AWS_ENDPOINT_URL: fake.url, ...env } })
}

type Release = { kind: string; id: string; status: string; statusMessage: string } & Record<
  string,
  string
>
const releasesOf = (outputs: Record<string, string>): Release[] =>
  JSON.parse(outputs.releases ?? '[]')
const sorted = (ids: string[]) => [...ids].sort()
const notices = (stdout: string) => annotations(stdout).filter(a => a.level === 'notice')

describe('find CodeDeploy deployments', () => {
  it('by deployment group and commit: stops only that commit, rolls back, waits for each', async () => {
    const group = { applicationName: 'shop', deploymentGroupName: 'prod' }
    const github = fake.addDeployment({
      ...group,
      revision: { gitHubLocation: { repository: 'acme/shop', commitId: SHA } }
    })
    const s3 = fake.addDeployment({
      ...group,
      status: 'Queued',
      revision: {
        s3Location: { bucket: 'b', key: `shop/${SHA.slice(0, 8)}/app.zip`, bundleType: 'zip' }
      }
    })
    const described = fake.addDeployment({
      ...group,
      revision: { s3Location: { bucket: 'b', key: 'shop/latest.zip', bundleType: 'zip' } },
      description: `Release ${SHA.slice(0, 12)} from GitHub Actions`
    })
    const other = fake.addDeployment({
      ...group,
      revision: { gitHubLocation: { repository: 'acme/shop', commitId: OTHER_SHA } }
    })
    const canary = fake.addDeployment({ applicationName: 'shop', deploymentGroupName: 'canary' })
    fake.addDeployment({
      ...group,
      status: 'Succeeded',
      revision: { gitHubLocation: { commitId: SHA } }
    })

    const r = await run({
      target: 'deployment',
      application: 'shop',
      'deployment-group': 'prod',
      commit: SHA,
      rollback: 'true',
      wait: 'true',
      'poll-interval': '1s'
    })
    expect(r.code).toBe(0)
    expect(stoppedIds('StopDeployment', 'deploymentId')).toEqual(sorted([github, s3, described]))
    expect(fake.calls('StopDeployment').every(c => c.body.autoRollbackEnabled === true)).toBe(true)
    expect(fake.get(other)?.status).toBe('InProgress')
    expect(fake.get(canary)?.status).toBe('InProgress')
    expect(r.outputs).toMatchObject({ status: 'Succeeded', count: '3', id: '' })
    expect(sorted(r.outputs.ids!.split(','))).toEqual(sorted([github, s3, described]))
    const releases = releasesOf(r.outputs)
    expect(releases.map(x => [x.status, x.targetStatus, x.rollbackStatus])).toEqual([
      ['Succeeded', 'Stopped', 'Succeeded'],
      ['Succeeded', 'Stopped', 'Succeeded'],
      ['Succeeded', 'Stopped', 'Succeeded']
    ])
    for (const x of releases) expect(x.rollbackDeploymentId).toMatch(/^d-[A-Z0-9]{9}$/)
    // Why each one matched, in the find group.
    expect(r.stdout).toContain(
      `::group::Find running CodeDeploy deployments of deployment group prod of application shop for commit ${SHA}`
    )
    expect(r.stdout).toContain(`Found CodeDeploy deployment ${github}: InProgress in shop/prod`)
    expect(r.stdout).toContain(`matches its GitHub commitId ${SHA}`)
    expect(r.stdout).toContain(`Found CodeDeploy deployment ${s3}: Queued in shop/prod`)
    expect(r.stdout).toContain(`matches its S3 key shop/${SHA.slice(0, 8)}/app.zip`)
    expect(r.stdout).toContain(
      `matches its description Release ${SHA.slice(0, 12)} from GitHub Actions`
    )
    expect(r.stdout).toContain(`Passed over CodeDeploy deployment ${other}`)
    expect(r.stdout).toMatch(/^\[\d+s\] 3 stopped and rolled back$/m)
    expect(r.summary).toContain('<p><strong>3 CodeDeploy deployments: 3 stopped.</strong></p>')
    // Status reads are batched: one BatchGetDeployments per round for all three.
    expect(
      fake.calls('BatchGetDeployments').every(c => (c.body.deploymentIds as string[]).length <= 25)
    ).toBe(true)
  })

  it('by application alone: every deployment group', async () => {
    const prod = fake.addDeployment({ applicationName: 'shop', deploymentGroupName: 'prod' })
    const canary = fake.addDeployment({
      applicationName: 'shop',
      deploymentGroupName: 'canary',
      status: 'Baking'
    })
    const r = await run({ target: 'deployment', application: 'shop' })
    expect(r.code).toBe(0)
    expect(stoppedIds('StopDeployment', 'deploymentId')).toEqual(sorted([prod, canary]))
    expect(fake.calls('ListDeploymentGroups')).toHaveLength(1)
    expect(r.outputs).toMatchObject({ status: 'Pending', count: '2' })
    expect(r.outputs['status-message']).toBe('2 CodeDeploy deployments: 2 stop requested.')
  })
})

describe('find pipeline executions', () => {
  it('InProgress executions of the pipeline for the commit; Stopping ones only with abandon', async () => {
    const a = fake.addPipelineExecution({
      pipelineName: 'shop',
      sourceRevisions: [{ actionName: 'Source', revisionId: SHA }]
    })
    const b = fake.addPipelineExecution({
      pipelineName: 'shop',
      sourceRevisions: [
        { actionName: 'Infra', revisionId: OTHER_SHA },
        { actionName: 'App', revisionId: SHA }
      ]
    })
    const stopping = fake.addPipelineExecution({
      pipelineName: 'shop',
      status: 'Stopping',
      sourceRevisions: [{ actionName: 'Source', revisionId: SHA }]
    })
    const other = fake.addPipelineExecution({
      pipelineName: 'shop',
      sourceRevisions: [{ actionName: 'Source', revisionId: OTHER_SHA }]
    })
    const r = await run({
      target: 'pipeline',
      'pipeline-name': 'shop',
      commit: SHA.slice(0, 7),
      reason: 'bad build'
    })
    expect(r.code).toBe(0)
    expect(stoppedIds('StopPipelineExecution', 'pipelineExecutionId')).toEqual(sorted([a, b]))
    expect(
      fake
        .calls('StopPipelineExecution')
        .every(c => c.body.reason === 'bad build' && c.body.abandon === false)
    ).toBe(true)
    expect(r.stdout).toContain('matches its source revision of action App')
    expect(fake.get(other)?.status).toBe('InProgress')
    expect(releasesOf(r.outputs).map(x => x.pipelineName)).toEqual(['shop', 'shop'])

    fake.clearRequests()
    const escalate = await run({
      target: 'pipeline',
      'pipeline-name': 'shop',
      commit: SHA,
      abandon: 'true'
    })
    expect(escalate.code).toBe(0)
    // a and b are Stopping now; with abandon all three are escalated.
    expect(stoppedIds('StopPipelineExecution', 'pipelineExecutionId')).toEqual(
      sorted([a, b, stopping])
    )
    expect(fake.calls('StopPipelineExecution').every(c => c.body.abandon === true)).toBe(true)
  })
})

describe('find CodeBuild builds and batches', () => {
  it('builds of the project for the commit: resolvedSourceVersion or sourceVersion', async () => {
    const resolved = fake.addBuild({
      projectName: 'web',
      resolvedSourceVersion: SHA,
      sourceVersion: 'main'
    })
    const asked = fake.addBuild({ projectName: 'web', sourceVersion: `refs/heads/main^{${SHA}}` })
    const other = fake.addBuild({ projectName: 'web', resolvedSourceVersion: OTHER_SHA })
    fake.addBuild({ projectName: 'web', status: 'SUCCEEDED', resolvedSourceVersion: SHA })
    const r = await run({ target: 'build', project: 'web', commit: SHA })
    expect(r.code).toBe(0)
    expect(stoppedIds('StopBuild')).toEqual(sorted([resolved, asked]))
    expect(r.stdout).toContain('matches its resolvedSourceVersion')
    expect(r.stdout).toContain('matches its sourceVersion refs/heads/main^{')
    expect(fake.get(other)?.stopCount).toBe(0)
    expect(r.stdout).toMatch(/Builds are read back to 44 h ago at most/)
  })

  it('build batches of the project', async () => {
    const one = fake.addBuildBatch({ projectName: 'matrix' })
    const two = fake.addBuildBatch({ projectName: 'matrix', stopImmediately: true })
    fake.addBuildBatch({ projectName: 'matrix', status: 'FAILED' })
    const r = await run({ target: 'build-batch', project: 'matrix' })
    expect(r.code).toBe(0)
    expect(stoppedIds('StopBuildBatch')).toEqual(sorted([one, two]))
    expect(r.outputs['status-message']).toBe(
      '2 CodeBuild build batches: 1 stopped, 1 stop requested.'
    )
  })
})

describe('nothing running, dry run, the cap', () => {
  it('nothing running: NothingRunning and a notice; fails with fail-if-not-running', async () => {
    fake.addBuild({ projectName: 'web', status: 'SUCCEEDED' })
    const r = await run({ target: 'build', project: 'web', commit: SHA })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({
      status: 'NothingRunning',
      count: '0',
      ids: '',
      releases: '[]'
    })
    expect(notices(r.stdout)).toEqual([
      {
        level: 'notice',
        title: 'Nothing running',
        message: `No running CodeBuild build found for project web for commit ${SHA}; nothing to stop.`
      }
    ])
    expect(r.summary).toContain('nothing to stop')

    const strict = await run({ target: 'build', project: 'web', 'fail-if-not-running': 'true' })
    expect(strict.code).toBe(1)
    expect(errorAnnotations(strict.stdout)[0]).toMatch(
      /nothing to stop\. fail-if-not-running is true\.$/
    )
    expect(fake.calls('StopBuild')).toHaveLength(0)
  })

  it('dry run: finds, reports WouldStop, and makes no stop call', async () => {
    const found = [fake.addBuild({ projectName: 'web' }), fake.addBuild({ projectName: 'web' })]
    const finished = fake.addBuild({ projectName: 'web', status: 'FAILED' })
    const r = await run({ target: 'build', project: 'web', id: finished, 'dry-run': 'true' })
    expect(r.code).toBe(0)
    expect(
      fake
        .calls()
        .map(c => c.operation)
        .filter(op => op.startsWith('Stop'))
    ).toEqual([])
    expect(fake.calls().every(c => /^(List|BatchGet)/.test(c.operation))).toBe(true)
    expect(r.outputs).toMatchObject({ status: 'WouldStop', count: '3' })
    expect(releasesOf(r.outputs).map(x => [x.id, x.status, x.targetStatus])).toEqual([
      [finished, 'AlreadyCompleted', 'FAILED'],
      [found[1], 'WouldStop', 'IN_PROGRESS'],
      [found[0], 'WouldStop', 'IN_PROGRESS']
    ])
    expect(r.stdout).toContain('::group::Dry run: what would be stopped')
    expect(r.summary).toContain('<h3>Stop AWS release (dry run) — ')
    expect(r.summary).toContain('3 CodeBuild builds: 1 already finished, 2 would be stopped.')
    for (const id of found) expect(fake.get(id)?.status).toBe('IN_PROGRESS')
  })

  it('the cap: fails before stopping any when more match than max-releases', async () => {
    for (let i = 0; i < 4; i++) fake.addBuild({ projectName: 'web' })
    const r = await run({ target: 'build', project: 'web', 'max-releases': '3' })
    expect(r.code).toBe(1)
    expect(fake.calls('StopBuild')).toHaveLength(0)
    expect(errorAnnotations(r.stdout)[0]).toMatch(
      /^4 CodeBuild builds match, more than max-releases \(3\); nothing was stopped\. .*raise "max-releases"/
    )
    expect(r.outputs).toMatchObject({ status: 'Failed', count: '0' })
  })

  it('the default cap is 25', async () => {
    for (let i = 0; i < 26; i++)
      fake.addDeployment({ applicationName: 'shop', deploymentGroupName: 'prod' })
    const r = await run({ target: 'deployment', application: 'shop', 'deployment-group': 'prod' })
    expect(r.code).toBe(1)
    expect(fake.calls('StopDeployment')).toHaveLength(0)
    expect(errorAnnotations(r.stdout)[0]).toMatch(
      /^26 CodeDeploy deployments match, more than max-releases \(25\)/
    )
  })
})

describe('several releases at once', () => {
  it('several IDs with one unknown: the others stop, the step fails naming it', async () => {
    const a = fake.addBuild({ projectName: 'web' })
    const b = fake.addBuild({ projectName: 'web' })
    const unknown = 'web:3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1'
    const r = await run({ target: 'build', id: `${a}\n${unknown}, ${b}` })
    expect(r.code).toBe(1)
    expect(stoppedIds('StopBuild').filter(id => id !== unknown)).toEqual(sorted([a, b]))
    expect(r.outputs).toMatchObject({ status: 'Failed', count: '3' })
    expect(releasesOf(r.outputs).map(x => [x.id, x.status])).toEqual([
      [a, 'Pending'],
      [unknown, 'Failed'],
      [b, 'Pending']
    ])
    expect(annotations(r.stdout).map(a => [a.level, a.title])).toEqual([
      ['error', `Stop failed: CodeBuild build ${unknown}`]
    ])
    const errors = errorAnnotations(r.stdout)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(
      new RegExp(`^Could not stop CodeBuild build ${unknown}: ResourceNotFoundException`)
    )
    expect(r.outputs['status-message']).toBe('3 CodeBuild builds: 2 stop requested, 1 failed.')
  })

  it('20 slow stops run at once: every one is sent before the first is answered', async () => {
    const ids = Array.from({ length: 20 }, () =>
      fake.addBuild({ projectName: 'web', stopImmediately: true })
    )
    fake.fault({ operation: 'StopBuild', type: 'delay', delayMs: 1500, times: 20 })
    const r = await run({ target: 'build', project: 'web' })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('Succeeded')
    const stops = fake.calls('StopBuild')
    expect(sorted(stops.map(c => String(c.body.id)))).toEqual(sorted(ids))
    const lastSent = Math.max(...stops.map(c => c.at))
    const firstAnswered = Math.min(...stops.map(c => c.answeredAt ?? Infinity))
    expect(lastSent).toBeLessThan(firstAnswered)
  })

  it('AWS throttling stops at 4 a second: every release still stops, none fails', async () => {
    const ids = Array.from({ length: 16 }, () =>
      fake.addBuild({ projectName: 'web', stopImmediately: true })
    )
    fake.rateLimit({ operation: 'StopBuild', perSecond: 4, burst: 4 })
    const r = await run({ target: 'build', project: 'web' })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'Succeeded', count: '16' })
    for (const id of ids) expect(fake.get(id)?.status).toBe('STOPPED')
    expect(fake.calls('StopBuild').filter(c => c.fault === 'rate-limit').length).toBeGreaterThan(0)
    expect(releasesOf(r.outputs).every(x => x.status === 'Succeeded')).toBe(true)
  })

  it('waits on 40 builds with one BatchGetBuilds a round', async () => {
    const ids = Array.from({ length: 40 }, (_, i) =>
      fake.addBuild({ projectName: 'web', stopReads: i % 3 })
    )
    const r = await run({
      target: 'build',
      project: 'web',
      'max-releases': '40',
      wait: 'true',
      'poll-interval': '1s'
    })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'Succeeded', count: '40' })
    for (const id of ids) expect(fake.get(id)?.status).toBe('STOPPED')
    const waitReads = fake.calls('BatchGetBuilds').slice(1) // the first one was the find's
    // Rounds at 0 s, 1 s and 2 s: the 14, 13 and 13 builds of stopReads 0, 1 and 2 end in turn,
    // and each round reads only those still running.
    expect(waitReads.map(c => (c.body.ids as string[]).length)).toEqual([40, 26, 13])
    expect(r.stdout).toMatch(/^\[0s\] 14 stopped, 26 stopping$/m)
    expect(r.stdout).toMatch(/^\[\d+s\] 40 stopped$/m)
  })

  it('waits on 30 deployments and their rollbacks, 25 IDs a BatchGetDeployments', async () => {
    const ids = Array.from({ length: 30 }, () =>
      fake.addDeployment({
        applicationName: 'shop',
        deploymentGroupName: 'prod',
        rollback: { status: 'Succeeded', reads: 1 }
      })
    )
    const r = await run({
      target: 'deployment',
      application: 'shop',
      'deployment-group': 'prod',
      'max-releases': '30',
      rollback: 'true',
      wait: 'true',
      'poll-interval': '1s'
    })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'Succeeded', count: '30' })
    const releases = releasesOf(r.outputs)
    expect(sorted(releases.map(x => x.id))).toEqual(sorted(ids))
    expect(releases.every(x => x.rollbackStatus === 'Succeeded')).toBe(true)
    const sizes = fake
      .calls('BatchGetDeployments')
      .map(c => (c.body.deploymentIds as string[]).length)
    expect(Math.max(...sizes)).toBe(25)
    // The find's read, then 4 rounds of 30 (still InProgress; Stopped, naming the rollback; the
    // rollback InProgress; the rollback Succeeded): 2 calls each.
    // (The two calls of a round are sent together, so their order may vary.)
    expect(sizes.sort((a, b) => a - b)).toEqual([5, 5, 5, 5, 5, 25, 25, 25, 25, 25])
    expect(r.stdout).toMatch(/^\[\d+s\] 30 stopped and rolled back$/m)
  })
})
