// Elastic Beanstalk environment updates (target: beanstalk-update), the bundled action as the
// runner runs it, against the fake AWS speaking awsQuery: abort by name, by ID and by application,
// with a commit, the wait to each end, several at once and the cap, dry run, guard, bad input.
import { describe, expect, it } from '@jest/globals'
import { fake, runOnFake, useFakeAws } from '../support/fake-aws.js'
import {
  annotations,
  errorAnnotations,
  workflowCommands,
  type RunOptions
} from '../../scripts/action-runner.js'

useFakeAws()

const SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'
const REGION = 'eu-west-1'
const wait = { wait: 'true', 'poll-interval': '1s' }

function run(inputs: Record<string, string>, options: Partial<RunOptions> = {}) {
  return runOnFake({ target: 'beanstalk-update', ...inputs }, options)
}

const environment = (opts: Parameters<typeof fake.addEnvironment>[0] = {}) =>
  fake.addEnvironment({ region: REGION, applicationName: 'shop', ...opts })
const aborts = () =>
  fake
    .calls('AbortEnvironmentUpdate')
    .filter(c => !c.fault)
    .map(c => c.body.EnvironmentId)

describe('an update in progress', () => {
  it('by name, with wait: aborts it, waits until Ready, and says which version it runs now', async () => {
    const id = environment({
      environmentName: 'shop-prod',
      versionLabel: `shop-${SHA.slice(0, 7)}`,
      previousVersionLabel: 'shop-0f0f0f0'
    })
    const r = await run({ environment: 'shop-prod', ...wait })
    expect(r.code).toBe(0)
    expect(aborts()).toEqual([id])
    expect(r.outputs).toMatchObject({
      status: 'Succeeded',
      id,
      ids: id,
      'target-status': 'Ready'
    })
    expect(r.outputs['status-message']).toMatch(
      new RegExp(
        `^Elastic Beanstalk environment update ${id} of environment shop-prod is Ready \\(after \\d+s\\)\\. It now runs version shop-0f0f0f0; health Green \\(Ok\\)\\.$`
      )
    )
    expect(r.stdout).toMatch(
      /^\[\d+s\] Elastic Beanstalk environment update e-\w+ of environment shop-prod: Aborting \(version shop-1a2b3c4, health Green \(Info\)\)$/m
    )
    expect(r.stdout).toMatch(
      /^\[\d+s\] Elastic Beanstalk environment update e-\w+ of environment shop-prod: Ready \(version shop-0f0f0f0, health Green \(Ok\)\)$/m
    )
    const [release] = JSON.parse(r.outputs.releases!)
    expect(release).toMatchObject({
      kind: 'beanstalk-update',
      id,
      environmentName: 'shop-prod',
      status: 'Succeeded',
      targetStatus: 'Ready',
      consoleUrl: `https://eu-west-1.console.aws.amazon.com/elasticbeanstalk/home?region=eu-west-1#/environment/dashboard?environmentId=${id}`
    })
    expect(fake.get(id)).toMatchObject({ status: 'Ready', versionLabel: 'shop-0f0f0f0' })
    expect(r.summary).toContain('shop-prod')
  })

  it('by environment ID, without wait: Pending; the abort rolls back in the same batches', async () => {
    const id = environment({ environmentName: 'shop-api' })
    const r = await run({ environment: id })
    expect(r.code).toBe(0)
    // target-status: as the find read it (the abort answers nothing).
    expect(r.outputs).toMatchObject({ status: 'Pending', id, 'target-status': 'Updating' })
    expect(r.outputs['status-message']).toMatch(
      /^Elastic Beanstalk accepted the abort: the environment rolls back to the version and configuration it ran before, in the same batches as the update/
    )
    expect(fake.calls('DescribeEnvironments')[0]?.body).toMatchObject({
      EnvironmentIds: [id],
      IncludeDeleted: 'false'
    })
    expect(aborts()).toEqual([id])
  })

  it('ends Ready but Red: the step fails, naming the ERROR events since the abort', async () => {
    const id = environment({
      environmentName: 'shop-red',
      reads: 0,
      abortEndsHealth: 'Red',
      abortErrors: [
        'During an aborted deployment, some instances may have deployed the new application version.'
      ]
    })
    const r = await run({ environment: 'shop-red', ...wait })
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ status: 'Failed', 'target-status': 'Ready' })
    const [error] = annotations(r.stdout).filter(a => a.level === 'error')
    expect(error?.title).toBe(
      `Rolled back, but Red (Severe): Elastic Beanstalk environment update ${id} of environment shop-red`
    )
    expect(error?.message).toContain(
      'ended Ready after the stop: the abort rolled the environment back to version v1, but it is Red (Severe). ERROR and FATAL events since the abort: ERROR: During an aborted deployment, some instances may have deployed the new application version.'
    )
    expect(error?.message).toContain('Elastic Beanstalk has no "rollback failed" status')
    expect(fake.calls('DescribeEvents').map(c => c.body.Severity)).toEqual(['ERROR'])
  })

  it('it finished before the abort took effect: AlreadyCompleted, confirmed by a read', async () => {
    const id = environment({ environmentName: 'shop-quick', finishesAfterReads: 1 })
    const r = await run({ environment: 'shop-quick', ...wait })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'AlreadyCompleted', 'target-status': 'Ready' })
    expect(r.outputs['status-message']).toMatch(
      /^No update to abort: the environment is Ready \(version v2, health Green \(Ok\)\); Elastic Beanstalk answered InvalidParameterValue: .*Must be pending deployment\./
    )
    expect(fake.calls('AbortEnvironmentUpdate').map(c => c.error)).toEqual([
      'InvalidParameterValue'
    ])
    expect(fake.get(id)?.status).toBe('Ready')
  })

  it('past the point of abort (the last batch is cleaning up): nothing to abort, with a warning that it will end on its own', async () => {
    environment({ environmentName: 'shop-late', abortable: false, versionLabel: 'v9' })
    const r = await run({ environment: 'shop-late' })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'NothingRunning', count: '0' })
    expect(r.stdout).toContain(
      'No update to abort: shop-late is Updating on version v9, but its update can no longer be aborted'
    )
    expect(annotations(r.stdout).filter(a => a.level === 'warning')).toEqual([
      expect.objectContaining({
        title: 'Cannot abort: Elastic Beanstalk environment shop-late',
        message: expect.stringMatching(
          /^Not aborted: Elastic Beanstalk environment shop-late is Updating, but its update can no longer be aborted .*It will end on its own on version v9\./
        )
      })
    ])
    expect(errorAnnotations(r.stdout)).toEqual([])
    expect(fake.calls('AbortEnvironmentUpdate')).toHaveLength(0)
    // By application, the same: left alone, the same warning, not a failure.
    const byApp = await run({ application: 'shop' })
    expect(byApp.code).toBe(0)
    expect(byApp.outputs.status).toBe('NothingRunning')
    expect(
      annotations(byApp.stdout)
        .filter(a => a.level === 'warning')
        .map(a => a.title)
    ).toEqual(['Cannot abort: Elastic Beanstalk environment shop-late'])
  })

  it('rollback: false is a warning (an abort always rolls back); the abort is still sent', async () => {
    const id = environment({ environmentName: 'shop-norb' })
    const r = await run({ environment: 'shop-norb', rollback: 'false' })
    expect(r.code).toBe(0)
    expect(aborts()).toEqual([id])
    expect(annotations(r.stdout).filter(a => a.level === 'warning')).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          /^Input "rollback: false" cannot be honoured with target: beanstalk-update: AbortEnvironmentUpdate always rolls the environment back/
        )
      })
    ])
  })

  it('throttled DescribeEnvironments while waiting: the wait rides it out', async () => {
    environment({ environmentName: 'shop-busy', reads: 2 })
    fake.fault({ operation: 'DescribeEnvironments', type: 'throttle', skip: 1, times: 4 })
    const r = await run({ environment: 'shop-busy', ...wait })
    expect(r.code).toBe(0)
    expect(r.outputs['target-status']).toBe('Ready')
    expect(
      fake.calls('DescribeEnvironments').filter(c => c.error === 'Throttling').length
    ).toBeGreaterThan(0)
  })
})

describe('nothing to abort, or nothing of that name', () => {
  it('an environment at rest, found by name: NothingRunning with a notice, no abort sent', async () => {
    environment({ environmentName: 'shop-idle', status: 'Ready', versionLabel: 'v12' })
    const r = await run({ environment: 'shop-idle' })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'NothingRunning', count: '0', releases: '[]' })
    expect(r.stdout).toContain('No update to abort: shop-idle is Ready on version v12.')
    expect(fake.calls('AbortEnvironmentUpdate')).toHaveLength(0)
    const failing = await run({ environment: 'shop-idle', 'fail-if-not-running': 'true' })
    expect(failing.code).toBe(1)
    expect(failing.outputs.status).toBe('NothingRunning')
  })

  it('an unknown environment: the step fails naming it', async () => {
    environment({ environmentName: 'shop-web' })
    const r = await run({ environment: 'shop-web, shop-wbe' })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('Failed')
    expect(errorAnnotations(r.stdout)[0]).toMatch(
      /^Could not find Elastic Beanstalk environment shop-wbe in eu-west-1: .*Check the "environment" input, the region and the account\./
    )
    expect(fake.calls('AbortEnvironmentUpdate')).toHaveLength(0)
  })
})

describe('an application by name', () => {
  it('an unknown application: the step fails naming it', async () => {
    environment({ environmentName: 'shop-web' })
    const r = await run({ application: 'shpo' })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('Failed')
    expect(errorAnnotations(r.stdout)[0]).toMatch(
      /^Could not find Elastic Beanstalk application shpo in eu-west-1: it does not exist, or the credentials may not describe it .*Check the "application" input, the region and the account\./
    )
    expect(fake.calls('DescribeApplications').map(c => c.body.ApplicationNames)).toEqual([['shpo']])
    expect(fake.calls('AbortEnvironmentUpdate')).toHaveLength(0)
  })

  it('an application with no environment updating, or none at all: NothingRunning', async () => {
    environment({ environmentName: 'shop-idle', status: 'Ready' })
    const idle = await run({ application: 'shop' })
    expect(idle.code).toBe(0)
    expect(idle.outputs).toMatchObject({ status: 'NothingRunning', count: '0' })
    expect(idle.stdout).toContain('No update under way: shop-idle (Ready).')
    fake.addBeanstalkApplication({ name: 'shop-next', region: REGION })
    const empty = await run({ application: 'shop-next' })
    expect(empty.code).toBe(0)
    expect(empty.outputs.status).toBe('NothingRunning')
    expect(empty.stdout).toContain(
      'Application shop-next has no environment in eu-west-1 (DescribeEnvironments, DescribeApplications): no update to abort.'
    )
    expect(fake.calls('AbortEnvironmentUpdate')).toHaveLength(0)
  })
})

describe('by application, with a commit, several at once', () => {
  it('by application: every update that can be aborted, and the log says why each other was left', async () => {
    const web = environment({ environmentName: 'shop-web' })
    const api = environment({ environmentName: 'shop-api' })
    const late = environment({ environmentName: 'shop-late', abortable: false })
    environment({ environmentName: 'shop-idle', status: 'Ready' })
    const blog = environment({ environmentName: 'blog-web', applicationName: 'blog' })
    const r = await run({ application: 'shop', ...wait })
    expect(r.code).toBe(0)
    expect(aborts().sort()).toEqual([web, api].sort())
    expect(r.outputs).toMatchObject({ status: 'Succeeded', count: '2' })
    expect(r.stdout).toContain(
      'Left alone: shop-late is Updating on version v2, but its update can no longer be aborted'
    )
    expect(r.stdout).toContain('No update under way: shop-idle (Ready).')
    expect(r.stdout).toMatch(/\[\d+s\] 2 stopped$/m)
    expect(fake.get(late)?.status).toBe('Updating')
    expect(fake.get(blog)?.status).toBe('Updating')
  })

  it('with commit: the environments whose version label names it (as beanstalk-deploy users set it)', async () => {
    const full = environment({ environmentName: 'shop-eu', versionLabel: SHA })
    const short = environment({
      environmentName: 'shop-us',
      versionLabel: `shop-${SHA.slice(0, 7)}-1717000000`
    })
    const other = environment({ environmentName: 'shop-ap', versionLabel: `shop-${'f'.repeat(7)}` })
    const r = await run({ application: 'shop', commit: SHA })
    expect(r.code).toBe(0)
    expect(aborts().sort()).toEqual([full, short].sort())
    expect(fake.get(other)?.status).toBe('Updating')
    expect(r.stdout).toContain(`commit ${SHA} matches its version label ${SHA}`)
    expect(r.stdout).toMatch(
      /Passed over Elastic Beanstalk environment update e-\w+ of environment shop-ap: Updating in application shop, not of commit .* \(version label shop-fffffff\)\./
    )
  })

  it('the cap: more than max-releases aborts none', async () => {
    environment({ environmentName: 'cap-one' })
    environment({ environmentName: 'cap-two' })
    const r = await run({ environment: 'cap-one cap-two', 'max-releases': '1' })
    expect(r.code).toBe(1)
    expect(r.outputs['status-message']).toMatch(
      /^2 Elastic Beanstalk environment updates match, more than max-releases \(1\); nothing was stopped\. Narrow the inputs \(add "commit", or name the environments in "environment"\)/
    )
    expect(fake.calls('AbortEnvironmentUpdate')).toHaveLength(0)
  })

  it('dry run: would abort the updates, makes no abort call', async () => {
    environment({ environmentName: 'dry-one' })
    environment({ environmentName: 'dry-two' })
    const r = await run({ application: 'shop', 'dry-run': 'true' })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'WouldStop', count: '2' })
    expect(JSON.parse(r.outputs.releases!).map((x: { status: string }) => x.status)).toEqual([
      'WouldStop',
      'WouldStop'
    ])
    expect(fake.calls('AbortEnvironmentUpdate')).toHaveLength(0)
  })
})

describe('text from AWS and bad input', () => {
  it('hostile version labels and event messages never start a workflow command, and are escaped in the summary', async () => {
    environment({
      environmentName: 'shop-evil',
      previousVersionLabel: 'v1\n::add-mask::secret',
      reads: 0,
      abortEndsHealth: 'Red',
      abortErrors: ['bad\n::stop-commands::x\n<script>alert(1)</script>']
    })
    const r = await run({ environment: 'shop-evil', ...wait })
    expect(r.code).toBe(1)
    expect(r.stdout).not.toMatch(/^\s*::(add-mask|stop-commands)/m)
    expect(workflowCommands(r.stdout).every(l => /^::(error|debug|group|endgroup)/.test(l))).toBe(
      true
    )
    expect(r.summary).not.toContain('<script>')
    expect(r.summary).toContain('&lt;script&gt;')
  })

  it.each([
    [{}, 'Input "environment" or "application" is required with target: beanstalk-update'],
    [{ environment: 'web' }, 'Input "environment" must be Elastic Beanstalk environment names'],
    [
      { environment: 'shop-web', id: 'e-abcde12345' },
      'Input "id" does not apply to target: beanstalk-update'
    ],
    [{ environment: 'shop-web', commit: 'main' }, 'Input "commit" must be a commit SHA'],
    [
      { environment: 'shop-web', project: 'web' },
      'Input "project" applies to target build or build-batch only'
    ]
  ])('%j', async (inputs, message) => {
    const r = await run(inputs)
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('Failed')
    expect(errorAnnotations(r.stdout)[0]).toContain(message)
    expect(fake.requests).toHaveLength(0)
  })
})

describe('guard', () => {
  it('leaves alone the update another run had started, and aborts the one this job started', async () => {
    // Another run's deploy, 20 s before this job's guard step; this job's environment is at rest.
    const theirs = environment({
      environmentName: 'shop-shared',
      versionLabel: 'shop-aaaaaaa',
      updatedAt: Date.now() - 20_000
    })
    const ours = environment({ environmentName: 'shop-mine', status: 'Ready', versionLabel: 'v1' })
    const inputs = { environment: 'shop-shared shop-mine', guard: 'true', ...wait }
    const main = await run(inputs)
    expect(main.code).toBe(0)
    expect(main.outputs.status).toBe('Guarding')
    expect(main.stdout).toContain(
      "1 Elastic Beanstalk environment update already running is not this job's"
    )
    expect(fake.calls().map(c => c.operation)).toEqual(['DescribeEnvironments'])
    // The job's deploy step (beanstalk-deploy) starts an update of its environment, then fails.
    fake.updateEnvironment('shop-mine', `shop-${SHA.slice(0, 7)}`)
    const post = await run(inputs, { state: main.state })
    expect(post.code).toBe(0)
    expect(aborts()).toEqual([ours])
    expect(fake.get(theirs)?.status).toBe('Updating')
    expect(fake.get(ours)).toMatchObject({ status: 'Ready', versionLabel: 'v1' })
    expect(post.stdout).toMatch(
      /Passed over Elastic Beanstalk environment update e-\w+ of environment shop-shared: Updating in application shop, started 2\d s ago; the guard step saw this same operation, so it is not this job's\./
    )
  })

  it('an environment the job will create may not exist yet at the guard step: said, not an error', async () => {
    const main = await run({ environment: 'shop-new', guard: 'true' })
    expect(main.code).toBe(0)
    expect(main.stdout).toContain('Environment shop-new does not exist yet: the job may create it.')
  })
})
