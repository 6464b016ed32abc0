// EC2 Auto Scaling instance refreshes (target: instance-refresh), the bundled action as the runner
// runs it, against the fake AWS speaking awsQuery: roll back the refresh in progress of a group by
// name and wait, cancel it, the cancel where a rollback is impossible, nothing to stop, an unknown
// group, the bad end of a wait, several groups and the cap, dry run, the guard, hostile text and
// bad input.
import { describe, expect, it } from '@jest/globals'
import { fake, runOnFake, useFakeAws } from '../support/fake-aws.js'
import {
  annotations,
  errorAnnotations,
  workflowCommands,
  type RunOptions
} from '../../scripts/action-runner.js'

useFakeAws()

const REGION = 'eu-west-1'
const wait = { wait: 'true', 'poll-interval': '1s' }

function run(inputs: Record<string, string>, options: Partial<RunOptions> = {}) {
  return runOnFake({ target: 'instance-refresh', ...inputs }, options)
}

const refresh = (opts: Parameters<typeof fake.addInstanceRefresh>[0] = {}) =>
  fake.addInstanceRefresh({ region: REGION, ...opts })
const accepted = (operation: string) =>
  fake
    .calls(operation)
    .filter(c => !c.fault && c.status === 200)
    .map(c => c.body.AutoScalingGroupName)
const stops = () => [
  ...fake.calls('RollbackInstanceRefresh'),
  ...fake.calls('CancelInstanceRefresh')
]
const releasesOf = (outputs: Record<string, string>) =>
  JSON.parse(outputs.releases ?? '[]') as Record<string, string>[]

describe('the refresh in progress of a group, by name', () => {
  it('rolls it back and waits for RollbackSuccessful, logging the percentage as it goes back down', async () => {
    const id = refresh({ groupName: 'web', percentageComplete: 60, instancesToUpdate: 2, reads: 2 })
    const r = await run({ 'auto-scaling-group': 'web', ...wait })
    expect(r.code).toBe(0)
    expect(accepted('RollbackInstanceRefresh')).toEqual(['web'])
    expect(fake.calls('CancelInstanceRefresh')).toHaveLength(0)
    expect(r.outputs).toMatchObject({
      status: 'Succeeded',
      id,
      ids: id,
      'target-status': 'RollbackSuccessful'
    })
    const [release] = releasesOf(r.outputs)
    expect(release).toMatchObject({
      kind: 'instance-refresh',
      id,
      autoScalingGroupName: 'web',
      status: 'Succeeded',
      consoleUrl:
        'https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#AutoScalingGroupDetails:id=web;view=instanceRefresh'
    })
    expect(r.stdout).toContain(
      `Found EC2 Auto Scaling instance refresh ${id} of Auto Scaling group web: InProgress in eu-west-1, 60% complete, 2 instances to update, started `
    )
    // Each change once, with the time elapsed: the percentage going back down, then the end.
    const what = `EC2 Auto Scaling instance refresh ${id} of Auto Scaling group web`
    expect(r.stdout).toMatch(
      new RegExp(
        `^\\[\\d+s\\] ${what}: RollbackInProgress \\(rollback: 40% complete, going back down to 0 \\(60% when the rollback began\\), 2 instances the refresh had not replaced\\)$`,
        'm'
      )
    )
    expect(r.stdout).toMatch(
      new RegExp(
        `^\\[\\d+s\\] ${what}: RollbackInProgress \\(rollback: 20% complete, going back down`,
        'm'
      )
    )
    expect(r.stdout).toMatch(
      new RegExp(
        `^\\[\\d+s\\] ${what}: RollbackSuccessful \\(rolled back from 60% complete\\)$`,
        'm'
      )
    )
    // The find reads the newest refresh only; the stop and the wait read this one, by ID.
    const reads = fake.calls('DescribeInstanceRefreshes').map(c => c.body)
    expect(reads[0]).toEqual({ AutoScalingGroupName: 'web', MaxRecords: '1' })
    expect(reads.slice(1).every(b => (b.InstanceRefreshIds as string[])?.[0] === id)).toBe(true)
    expect(fake.get(id)?.status).toBe('RollbackSuccessful')
  })

  it('rollback: false cancels it (the instances replaced keep the new configuration); without wait, Pending', async () => {
    const id = refresh({ groupName: 'api', status: 'Baking' })
    const r = await run({ 'auto-scaling-group': 'api', rollback: 'false' })
    expect(r.code).toBe(0)
    expect(accepted('CancelInstanceRefresh')).toEqual(['api'])
    expect(fake.calls('RollbackInstanceRefresh')).toHaveLength(0)
    expect(fake.calls('CancelInstanceRefresh')[0]?.body).toEqual({ AutoScalingGroupName: 'api' })
    expect(r.outputs).toMatchObject({ status: 'Pending', id, 'target-status': 'Baking' })
    expect(r.outputs['status-message']).toContain(
      'Auto Scaling accepted the cancel (CancelInstanceRefresh): no more instances are replaced; those already replaced keep the new configuration.'
    )
    expect(r.stdout).toContain('Stop: CancelInstanceRefresh (rollback: false)')
  })

  it('cancelled and waited for: Cancelled is Succeeded', async () => {
    refresh({ groupName: 'cancel-wait' })
    const r = await run({ 'auto-scaling-group': 'cancel-wait', rollback: 'false', ...wait })
    expect(r.outputs).toMatchObject({ status: 'Succeeded', 'target-status': 'Cancelled' })
  })
})

describe('where a rollback is impossible', () => {
  it.each([
    [
      'no desired configuration',
      { desiredConfiguration: null },
      'started without a desired configuration'
    ],
    [
      'the $Latest version of the launch template',
      {
        desiredConfiguration: {
          LaunchTemplate: { LaunchTemplateName: 'web-lt', Version: '$Latest' }
        }
      },
      'uses the launch template version $Latest'
    ],
    [
      'an AMI from a Systems Manager parameter',
      { imageFromSsmParameter: true },
      'Systems Manager parameter'
    ]
  ])('(%s): cancels instead, with a warning that gives AWS’s reason', async (_what, opts, why) => {
    const id = refresh({ groupName: 'irr', ...opts })
    const r = await run({ 'auto-scaling-group': 'irr', ...wait })
    expect(r.code).toBe(0)
    expect(fake.calls('RollbackInstanceRefresh').map(c => c.error)).toEqual([
      'IrreversibleInstanceRefresh'
    ])
    expect(accepted('CancelInstanceRefresh')).toEqual(['irr'])
    expect(r.outputs).toMatchObject({ status: 'Succeeded', 'target-status': 'Cancelled' })
    // The outputs and the summary keep saying it was cancelled, not rolled back.
    expect(r.outputs['status-message']).toMatch(
      /is Cancelled \(after \d+s\)\. Auto Scaling cannot roll this instance refresh back \(IrreversibleInstanceRefresh: .*\), so it was cancelled instead/
    )
    const warnings = annotations(r.stdout).filter(a => a.level === 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.title).toBe(
      `Cancelled, not rolled back: EC2 Auto Scaling instance refresh ${id} of Auto Scaling group irr`
    )
    expect(warnings[0]?.message).toContain('IrreversibleInstanceRefresh: ')
    expect(warnings[0]?.message).toContain(why)
    expect(warnings[0]?.message).toContain('those already replaced keep the new configuration')
  })

  it('the cancel fails too: the step fails naming both', async () => {
    refresh({ groupName: 'irr-denied', desiredConfiguration: null })
    fake.fault({
      operation: 'CancelInstanceRefresh',
      type: 'error',
      errorType: 'AccessDenied',
      status: 403,
      message: 'not authorized to perform: autoscaling:CancelInstanceRefresh'
    })
    const r = await run({ 'auto-scaling-group': 'irr-denied' })
    expect(r.code).toBe(1)
    const [error] = errorAnnotations(r.stdout)
    expect(error).toContain('needs the IAM action autoscaling:CancelInstanceRefresh')
    expect(error).toContain(
      'The cancel was sent because Auto Scaling cannot roll this refresh back: The instance refresh cannot be rolled back'
    )
  })
})

describe('nothing to stop', () => {
  it('the newest refresh has ended: NothingRunning, saying how it ended; no stop call', async () => {
    const old = refresh({ groupName: 'quiet', status: 'Successful', percentageComplete: 100 })
    fake.addAutoScalingGroup({ name: 'idle', region: REGION })
    const r = await run({ 'auto-scaling-group': 'quiet idle' })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'NothingRunning', count: '0', releases: '[]' })
    expect(stops()).toHaveLength(0)
    expect(r.stdout).toContain(
      `Auto Scaling group quiet: no instance refresh in progress; the newest, ${old}, ended Successful`
    )
    // A group with no refresh at all is told from one that does not exist by a read of the group.
    expect(r.stdout).toContain(
      'Auto Scaling group idle: no instance refresh in the last six weeks.'
    )
    expect(fake.calls('DescribeAutoScalingGroups').map(c => c.body)).toEqual([
      { AutoScalingGroupNames: ['idle'], IncludeInstances: 'false' }
    ])
    expect(annotations(r.stdout).map(a => a.level)).toEqual(['notice'])
    const strict = await run({ 'auto-scaling-group': 'quiet', 'fail-if-not-running': 'true' })
    expect(strict.code).toBe(1)
  })

  it('it ended between the find and the stop: AlreadyCompleted, from the stop’s read, with no call', async () => {
    refresh({ groupName: 'racy', finishesAfterReads: 1 })
    const r = await run({ 'auto-scaling-group': 'racy' })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'AlreadyCompleted', 'target-status': 'Successful' })
    expect(stops()).toHaveLength(0)
  })

  it('it ended just before the rollback call (ActiveInstanceRefreshNotFound): a read confirms it, AlreadyCompleted with its end', async () => {
    refresh({ groupName: 'racier', finishesAfterReads: 2, finishesAs: 'Failed' })
    const r = await run({ 'auto-scaling-group': 'racier' })
    expect(r.code).toBe(0)
    expect(fake.calls('RollbackInstanceRefresh').map(c => c.error)).toEqual([
      'ActiveInstanceRefreshNotFound'
    ])
    expect(r.outputs).toMatchObject({ status: 'AlreadyCompleted', 'target-status': 'Failed' })
    expect(r.outputs['status-message']).toMatch(
      /^The instance refresh had already ended Failed \(Instance refresh failed: .*\); nothing was stopped\. Auto Scaling answered the stop with ActiveInstanceRefreshNotFoundFault: No in-progress instance refresh/
    )
    expect(annotations(r.stdout).map(a => a.level)).toEqual(['notice'])
  })

  it('already being rolled back or cancelled when found: left as it is, NothingRunning, the log saying why', async () => {
    // A first step rolls one back; a person cancels the other (the cancel takes a few reads).
    const rolling = refresh({ groupName: 'rolling', reads: 3 })
    await run({ 'auto-scaling-group': 'rolling' })
    expect(fake.get(rolling)?.status).toBe('RollbackInProgress')
    const cancelling = refresh({ groupName: 'cancelling', status: 'Cancelling' })
    fake.clearRequests()
    const r = await run({ 'auto-scaling-group': 'rolling cancelling', rollback: 'false', ...wait })
    expect(r.code).toBe(0)
    expect(stops()).toHaveLength(0)
    expect(r.outputs).toMatchObject({ status: 'NothingRunning', count: '0', releases: '[]' })
    expect(r.stdout).toContain(
      `Auto Scaling group rolling: no instance refresh in progress; the newest, ${rolling}, is already being rolled back (RollbackInProgress, rollback: `
    )
    expect(r.stdout).toContain(
      `Auto Scaling group cancelling: no instance refresh in progress; the newest, ${cancelling}, is already being cancelled (Cancelling): left as it is.`
    )
    // Only the find's reads: nothing is waited for, and nothing is called.
    expect(fake.calls().every(c => c.operation === 'DescribeInstanceRefreshes')).toBe(true)
    expect(fake.get(rolling)?.status).toBe('RollbackInProgress')
  })
})

describe('stopped by someone else between the find and the stop', () => {
  it('cancelled when a rollback was asked: nothing called, a warning, and the message kept after the wait', async () => {
    const id = refresh({ groupName: 'theirs', stoppedByOthersAfterReads: 1 })
    const r = await run({ 'auto-scaling-group': 'theirs', ...wait })
    expect(r.code).toBe(0)
    expect(stops()).toHaveLength(0)
    expect(fake.get(id)?.calls).toEqual(['CancelInstanceRefresh (another caller)'])
    expect(r.outputs).toMatchObject({ status: 'Succeeded', 'target-status': 'Cancelled' })
    const said =
      'The instance refresh is already being cancelled (Cancelling: another run or a person cancelled it): nothing was called, and it is not rolled back; the instances already replaced keep the new configuration.'
    expect(r.outputs['status-message']).toMatch(/is Cancelled \(after \d+s\)\. /)
    expect(r.outputs['status-message']).toContain(said)
    const warnings = annotations(r.stdout).filter(a => a.level === 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.title).toBe(
      `Already being cancelled, not rolled back: EC2 Auto Scaling instance refresh ${id} of Auto Scaling group theirs`
    )
    expect(warnings[0]?.message).toContain(said)
  })

  it('cancelled between the stop’s read and its rollback call: the refusal is read again, with the same warning', async () => {
    const id = refresh({ groupName: 'late', stoppedByOthersAfterReads: 2 })
    const r = await run({ 'auto-scaling-group': 'late' })
    expect(r.code).toBe(0)
    expect(fake.calls('RollbackInstanceRefresh').map(c => c.error)).toEqual([
      'ActiveInstanceRefreshNotFound'
    ])
    expect(fake.calls('CancelInstanceRefresh')).toHaveLength(0)
    expect(r.outputs).toMatchObject({ status: 'Pending', 'target-status': 'Cancelling' })
    expect(r.outputs['status-message']).toMatch(
      /^The instance refresh is already being cancelled \(Cancelling: another run or a person cancelled it\): nothing was called, and it is not rolled back; .* Auto Scaling answered the stop with ActiveInstanceRefreshNotFoundFault/
    )
    const warnings = annotations(r.stdout).filter(a => a.level === 'warning')
    expect(warnings.map(w => w.title)).toEqual([
      `Already being cancelled, not rolled back: EC2 Auto Scaling instance refresh ${id} of Auto Scaling group late`
    ])
  })

  it('rolled back when rollback: false was asked: never cancelled, a warning, and the message kept after the wait', async () => {
    const id = refresh({
      groupName: 'rolled',
      stoppedByOthersAfterReads: 1,
      stoppedByOthersWith: 'RollbackInstanceRefresh'
    })
    const r = await run({ 'auto-scaling-group': 'rolled', rollback: 'false', ...wait })
    expect(r.code).toBe(0)
    expect(stops()).toHaveLength(0)
    expect(r.outputs).toMatchObject({ status: 'Succeeded', 'target-status': 'RollbackSuccessful' })
    expect(r.outputs['status-message']).toMatch(
      /is RollbackSuccessful \(after \d+s\)\. The instance refresh is already being rolled back \(RollbackInProgress, .*\): nothing was called\. It is not cancelled as asked \(rollback: false\)/
    )
    const warnings = annotations(r.stdout).filter(a => a.level === 'warning')
    expect(warnings.map(w => w.title)).toEqual([
      `Already being rolled back, not cancelled: EC2 Auto Scaling instance refresh ${id} of Auto Scaling group rolled`
    ])
  })

  it('rolled back when a rollback was asked: as asked, Pending with nothing called and no warning', async () => {
    refresh({
      groupName: 'same',
      stoppedByOthersAfterReads: 1,
      stoppedByOthersWith: 'RollbackInstanceRefresh'
    })
    const r = await run({ 'auto-scaling-group': 'same' })
    expect(r.code).toBe(0)
    expect(stops()).toHaveLength(0)
    expect(r.outputs).toMatchObject({ status: 'Pending', 'target-status': 'RollbackInProgress' })
    expect(r.outputs['status-message']).toMatch(
      /^The instance refresh is already being rolled back \(RollbackInProgress, .*\): nothing was called\.$/
    )
    expect(annotations(r.stdout).filter(a => a.level === 'warning')).toHaveLength(0)
  })
})

describe('an unknown group', () => {
  it('fails the step naming it, whether AWS answers ValidationError or an empty list', async () => {
    const r = await run({ 'auto-scaling-group': 'nope' })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('Failed')
    expect(errorAnnotations(r.stdout)[0]).toMatch(
      /^Could not find Auto Scaling group nope: it does not exist in eu-west-1\. Check the "auto-scaling-group" input/
    )
    fake.setUnknownAutoScalingGroupAnswer('empty')
    const empty = await run({ 'auto-scaling-group': 'nope' })
    expect(empty.code).toBe(1)
    expect(fake.calls('DescribeAutoScalingGroups')).toHaveLength(1)
    expect(errorAnnotations(empty.stdout)[0]).toMatch(
      /^Could not find Auto Scaling group nope: it does not exist/
    )
  })
})

describe('the bad end of a wait', () => {
  it('RollbackFailed fails the step with its StatusReason and where to look', async () => {
    refresh({
      groupName: 'db',
      reads: 0,
      rollbackEndsAs: 'RollbackFailed',
      rollbackFailureReason: 'Instance i-0123 failed its ELB health checks during the rollback.'
    })
    const r = await run({ 'auto-scaling-group': 'db', ...wait })
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ status: 'Failed', 'target-status': 'RollbackFailed' })
    const [error] = errorAnnotations(r.stdout)
    expect(error).toContain(
      'ended RollbackFailed after the stop: The rollback failed: Instance i-0123 failed its ELB health checks during the rollback.'
    )
    expect(error).toContain('Instance refresh and Activity tabs in the EC2 console')
  })

  it('Successful after the cancel (it finished first): AlreadyCompleted, with a warning', async () => {
    refresh({ groupName: 'quick', reads: 0, cancelEndsAs: 'Successful', status: 'Baking' })
    const r = await run({ 'auto-scaling-group': 'quick', rollback: 'false', ...wait })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'AlreadyCompleted', 'target-status': 'Successful' })
    expect(annotations(r.stdout).map(a => a.level)).toEqual(['warning'])
  })

  it('ResourceContention (HTTP 500) is retried', async () => {
    refresh({ groupName: 'busy', contention: 2 })
    const r = await run({ 'auto-scaling-group': 'busy', ...wait })
    expect(r.code).toBe(0)
    expect(r.outputs['target-status']).toBe('RollbackSuccessful')
    expect(fake.calls().filter(c => c.error === 'ResourceContention')).toHaveLength(2)
  })

  it('throttled reads while waiting are ridden out', async () => {
    refresh({ groupName: 'throttled', reads: 2 })
    fake.fault({ operation: 'DescribeInstanceRefreshes', type: 'throttle', skip: 2, times: 4 })
    const r = await run({ 'auto-scaling-group': 'throttled', ...wait })
    expect(r.code).toBe(0)
    expect(r.outputs['target-status']).toBe('RollbackSuccessful')
    expect(fake.calls().filter(c => c.error === 'Throttling')).toHaveLength(4)
  })
})

describe('several groups', () => {
  it('rolls back the refresh of each, and waits for all', async () => {
    const ids = ['a1', 'a2', 'a3'].map(g => refresh({ groupName: g }))
    refresh({ groupName: 'a4', status: 'Cancelled' })
    const r = await run({ 'auto-scaling-group': 'a1, a2\na3 a4', ...wait })
    expect(r.code).toBe(0)
    expect(accepted('RollbackInstanceRefresh').sort()).toEqual(['a1', 'a2', 'a3'])
    expect(r.outputs.count).toBe('3')
    expect(r.outputs.ids?.split(',').sort()).toEqual([...ids].sort())
    expect(
      releasesOf(r.outputs)
        .map(x => [x.autoScalingGroupName, x.status])
        .sort()
    ).toEqual([
      ['a1', 'Succeeded'],
      ['a2', 'Succeeded'],
      ['a3', 'Succeeded']
    ])
    expect(r.outputs['status-message']).toBe('3 EC2 Auto Scaling instance refreshes: 3 stopped.')
  })

  it('the cap: more than max-releases stops none', async () => {
    refresh({ groupName: 'c1' })
    refresh({ groupName: 'c2' })
    const r = await run({ 'auto-scaling-group': 'c1 c2', 'max-releases': '1' })
    expect(r.code).toBe(1)
    expect(r.outputs['status-message']).toMatch(
      /^2 EC2 Auto Scaling instance refreshes match, more than max-releases \(1\); nothing was stopped\. Narrow the inputs \(name fewer groups in "auto-scaling-group"\)/
    )
    expect(stops()).toHaveLength(0)
  })

  it('dry run: would stop the refreshes in progress, calls nothing that stops', async () => {
    refresh({ groupName: 'd1' })
    refresh({ groupName: 'd2', status: 'Pending' })
    const r = await run({ 'auto-scaling-group': 'd1 d2', 'dry-run': 'true' })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('WouldStop')
    expect(
      releasesOf(r.outputs)
        .map(x => x.targetStatus)
        .sort()
    ).toEqual(['InProgress', 'Pending'])
    expect(stops()).toHaveLength(0)
    expect(fake.calls().every(c => c.operation === 'DescribeInstanceRefreshes')).toBe(true)
  })
})

describe('guard', () => {
  it('leaves alone the refresh already running at the guard step, and rolls back the one the job started', async () => {
    // Another run's refresh of group shared, 20 s before this job's guard step; group mine is at rest.
    const theirs = refresh({ groupName: 'shared', startTime: Date.now() - 20_000 })
    refresh({ groupName: 'mine', status: 'Successful', startTime: Date.now() - 3_600_000 })
    const inputs = { 'auto-scaling-group': 'shared mine', guard: 'true' }
    const main = await run(inputs)
    expect(main.code).toBe(0)
    expect(main.outputs.status).toBe('Guarding')
    expect(main.stdout).toContain(
      "1 EC2 Auto Scaling instance refresh already running is not this job's"
    )
    expect(main.stdout).toContain('the post step stops them (rolled back)')
    expect(stops()).toHaveLength(0)
    // The job starts an instance refresh of its group (aws autoscaling start-instance-refresh), then fails.
    const ours = refresh({ groupName: 'mine' })
    const post = await run(inputs, { state: main.state })
    expect(post.code).toBe(0)
    expect(accepted('RollbackInstanceRefresh')).toEqual(['mine'])
    expect(post.outputs.ids).toBe(ours)
    expect(fake.get(theirs)?.status).toBe('InProgress')
    expect(post.stdout).toContain(
      `Passed over EC2 Auto Scaling instance refresh ${theirs} of Auto Scaling group shared: InProgress in eu-west-1, 40% complete, 3 instances to update, started 2`
    )
    expect(post.stdout).toContain(
      "it was already running when the guard step ran, so it is not this job's."
    )
  })

  it('a group the job will create may not exist yet at the guard step: said, not an error', async () => {
    const inputs = { 'auto-scaling-group': 'brand-new', guard: 'true', rollback: 'false' }
    const main = await run(inputs)
    expect(main.code).toBe(0)
    expect(main.stdout).toContain(
      'Auto Scaling group brand-new does not exist yet: the job may create it.'
    )
    refresh({ groupName: 'brand-new' })
    const post = await run(inputs, { state: main.state })
    expect(post.code).toBe(0)
    expect(accepted('CancelInstanceRefresh')).toEqual(['brand-new'])
  })
})

describe('text from AWS and bad input', () => {
  it('a hostile StatusReason never starts a workflow command, and is escaped in the summary', async () => {
    refresh({
      groupName: 'evil',
      reads: 0,
      rollbackEndsAs: 'RollbackFailed',
      rollbackFailureReason: 'bad\n::add-mask::secret\n<script>alert(1)</script>'
    })
    const r = await run({ 'auto-scaling-group': 'evil', ...wait })
    expect(r.code).toBe(1)
    expect(r.stdout).not.toMatch(/^\s*::(add-mask|stop-commands)/m)
    expect(workflowCommands(r.stdout).every(l => /^::(error|debug|group|endgroup)/.test(l))).toBe(
      true
    )
    expect(r.summary).not.toContain('<script>')
    expect(r.summary).toContain('&lt;script&gt;')
  })

  it.each([
    [
      { 'auto-scaling-group': '' },
      'Input "auto-scaling-group" is required with target: instance-refresh'
    ],
    [
      { 'auto-scaling-group': 'web', id: 'd-ABCD12345' },
      'Input "id" does not apply to target: instance-refresh'
    ],
    [
      { 'auto-scaling-group': 'web', commit: '1a2b3c4d' },
      'Input "commit" does not apply to target: instance-refresh: an instance refresh records no commit.'
    ],
    [
      { 'auto-scaling-group': 'a:b' },
      'Input "auto-scaling-group" must be Auto Scaling group names'
    ],
    [
      {
        'auto-scaling-group':
          'arn:aws:autoscaling:eu-west-1:123456789012:autoScalingGroup:0b1c2d3e-1111-2222-3333-444455556666:autoScalingGroupName/web'
      },
      'That is the ARN of a group: give its name, "web".'
    ],
    [{ 'auto-scaling-group': 'web', rollback: 'maybe' }, 'Input "rollback" must be true or false'],
    [
      { target: 'stack', stack: 'web', 'auto-scaling-group': 'web' },
      'Input "auto-scaling-group" applies to target instance-refresh only; got target: stack.'
    ]
  ])('%j', async (inputs, message) => {
    const r = await run(inputs)
    expect(r.code).toBe(1)
    expect(errorAnnotations(r.stdout)[0]).toContain(message)
    expect(fake.requests).toHaveLength(0)
  })
})
