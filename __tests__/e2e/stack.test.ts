// CloudFormation stacks (target: stack), the bundled action as the runner runs it, against the
// fake AWS speaking awsQuery: cancel an update and wait for its rollback, what a stack in each
// other state gets, several at once with a commit, the cap, dry run, throttling, hostile text,
// bad input, and the guard.
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

function run(inputs: Record<string, string>, options: Partial<RunOptions> = {}) {
  return runOnFake({ target: 'stack', ...inputs }, options)
}

const stack = (opts: Parameters<typeof fake.addStack>[0] = {}) =>
  fake.addStack({ region: REGION, ...opts })
const cancels = () => fake.calls('CancelUpdateStack').filter(c => !c.fault)

describe('an update in progress', () => {
  it('by name: cancels it with a token of the run, and waits until UPDATE_ROLLBACK_COMPLETE', async () => {
    const id = stack({ stackName: 'web' })
    const r = await run({ stack: 'web', wait: 'true', 'poll-interval': '1s' })
    expect(r.code).toBe(0)
    expect(cancels().map(c => c.body)).toEqual([
      {
        StackName: id,
        ClientRequestToken: expect.stringMatching(/^gh-4242-1-cancel-[0-9a-f]{16}$/)
      }
    ])
    expect(r.outputs).toMatchObject({
      status: 'Succeeded',
      id,
      'target-status': 'UPDATE_ROLLBACK_COMPLETE'
    })
    // Each change of status once, with the time elapsed.
    expect(r.stdout).toMatch(
      /^\[\d+s\] CloudFormation stack web: UPDATE_ROLLBACK_IN_PROGRESS \(User Initiated\)$/m
    )
    expect(r.stdout).toMatch(/^\[\d+s\] CloudFormation stack web: UPDATE_ROLLBACK_COMPLETE$/m)
    expect(fake.get(id)?.status).toBe('UPDATE_ROLLBACK_COMPLETE')
    // Never DescribeStacks without a name, which would list the whole account.
    expect(fake.calls('DescribeStacks').every(c => typeof c.body.StackName === 'string')).toBe(true)
  })

  it('by stack ID (ARN), without wait: Pending, and the link opens the stack', async () => {
    const id = stack({ stackName: 'api' })
    const r = await run({ stack: id })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'Pending', id })
    expect(JSON.parse(r.outputs.releases!)[0].consoleUrl).toBe(
      `https://eu-west-1.console.aws.amazon.com/cloudformation/home?region=eu-west-1#/stacks/stackinfo?stackId=${encodeURIComponent(id)}`
    )
    expect(cancels()).toHaveLength(1)
  })

  it('the rollback fails: the step fails naming the resources that failed and why, and what to do', async () => {
    stack({
      stackName: 'db',
      cancelEndsAs: 'UPDATE_ROLLBACK_FAILED',
      reads: 0,
      failedResources: [
        {
          LogicalResourceId: 'Database',
          ResourceType: 'AWS::RDS::DBInstance',
          ResourceStatusReason: 'DB instance is in incompatible-parameters state'
        }
      ]
    })
    const r = await run({ stack: 'db', wait: 'true', 'poll-interval': '1s' })
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ status: 'Failed', 'target-status': 'UPDATE_ROLLBACK_FAILED' })
    const [error] = errorAnnotations(r.stdout)
    expect(error).toContain(
      'The rollback failed: Database (AWS::RDS::DBInstance): DB instance is in incompatible-parameters state.'
    )
    expect(error).toContain('Continue update rollback')
    expect(error).toContain('never made here')
    expect(fake.calls('DescribeStackEvents')).toHaveLength(1)
  })

  it('it finished before the cancel took effect: AlreadyCompleted, with a warning', async () => {
    stack({ stackName: 'quick', cancelEndsAs: 'UPDATE_COMPLETE', reads: 0 })
    const r = await run({ stack: 'quick', wait: 'true', 'poll-interval': '1s' })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({
      status: 'AlreadyCompleted',
      'target-status': 'UPDATE_COMPLETE'
    })
    expect(annotations(r.stdout).map(a => a.level)).toEqual(['warning'])
  })

  it('throttled DescribeStacks while waiting: the wait rides it out', async () => {
    stack({ stackName: 'busy', reads: 2 })
    fake.fault({ operation: 'DescribeStacks', type: 'throttle', skip: 2, times: 4 })
    const r = await run({ stack: 'busy', wait: 'true', 'poll-interval': '1s' })
    expect(r.code).toBe(0)
    expect(r.outputs['target-status']).toBe('UPDATE_ROLLBACK_COMPLETE')
    expect(
      fake.calls('DescribeStacks').filter(c => c.error === 'Throttling').length
    ).toBeGreaterThan(0)
  })
})

describe('a stack in another state', () => {
  it('already finished (UPDATE_COMPLETE): AlreadyCompleted from the read, no cancel', async () => {
    stack({ stackName: 'done', status: 'UPDATE_COMPLETE' })
    const r = await run({ stack: 'done' })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({
      status: 'AlreadyCompleted',
      'target-status': 'UPDATE_COMPLETE'
    })
    expect(cancels()).toHaveLength(0)
  })

  it('already rolling back: nothing to call; with wait, waits for it', async () => {
    stack({ stackName: 'rolling', status: 'UPDATE_ROLLBACK_IN_PROGRESS' })
    const r = await run({ stack: 'rolling' })
    expect(r.outputs).toMatchObject({
      status: 'Pending',
      'target-status': 'UPDATE_ROLLBACK_IN_PROGRESS'
    })
    expect(r.outputs['status-message']).toMatch(/already rolling back/)
    expect(cancels()).toHaveLength(0)
  })

  it('unknown: the step fails naming it', async () => {
    const r = await run({ stack: 'nope' })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('Failed')
    expect(errorAnnotations(r.stdout)[0]).toMatch(
      /^Could not find CloudFormation stack nope: it does not exist in eu-west-1\. Check the "stack" input/
    )
  })

  it('CREATE_IN_PROGRESS without delete-creating-stack: not touched, the message names the input', async () => {
    const id = stack({ stackName: 'fresh', status: 'CREATE_IN_PROGRESS' })
    const r = await run({ stack: 'fresh' })
    expect(r.code).toBe(1)
    expect(fake.calls('DeleteStack')).toHaveLength(0)
    expect(errorAnnotations(r.stdout)[0]).toMatch(/set "delete-creating-stack: true" to delete it/)
    expect(fake.get(id)?.status).toBe('CREATE_IN_PROGRESS')
  })

  it('CREATE_IN_PROGRESS with delete-creating-stack: deleted, and waited for until DELETE_COMPLETE', async () => {
    const id = stack({ stackName: 'fresh2', status: 'CREATE_IN_PROGRESS', reads: 0 })
    const r = await run({
      stack: 'fresh2',
      'delete-creating-stack': 'true',
      wait: 'true',
      'poll-interval': '1s'
    })
    expect(r.code).toBe(0)
    expect(fake.calls('DeleteStack').map(c => c.body.StackName)).toEqual([id])
    expect(r.outputs).toMatchObject({ status: 'Succeeded', 'target-status': 'DELETE_COMPLETE' })
  })

  it('UPDATE_FAILED: reported without rollback; rolled back with rollback: true', async () => {
    const id = stack({ stackName: 'norb', status: 'UPDATE_FAILED', reads: 0 })
    const reported = await run({ stack: 'norb' })
    expect(reported.code).toBe(1)
    expect(errorAnnotations(reported.stdout)[0]).toMatch(/set "rollback: true" to roll it back/)
    expect(fake.calls('RollbackStack')).toHaveLength(0)
    const r = await run({ stack: 'norb', rollback: 'true', wait: 'true', 'poll-interval': '1s' })
    expect(r.code).toBe(0)
    expect(fake.calls('RollbackStack').map(c => c.body.StackName)).toEqual([id])
    expect(r.outputs).toMatchObject({
      status: 'Succeeded',
      'target-status': 'UPDATE_ROLLBACK_COMPLETE'
    })
  })

  it('a nested stack is refused, naming its root', async () => {
    const root = stack({ stackName: 'root', status: 'UPDATE_IN_PROGRESS' })
    stack({ stackName: 'root-Child-1ABC', parentId: root })
    const r = await run({ stack: 'root-Child-1ABC' })
    expect(r.code).toBe(1)
    expect(cancels()).toHaveLength(0)
    expect(errorAnnotations(r.stdout)[0]).toContain(
      `is a nested stack of root (${root}). Updates are cancelled from the root stack: name the root stack in "stack".`
    )
  })
})

describe('several stacks', () => {
  it('with commit: those whose tags or parameters name it', async () => {
    const byTag = stack({ stackName: 'a', tags: { commit: SHA } })
    const byParameter = stack({
      stackName: 'b',
      parameters: { ImageTag: `web-${SHA.slice(0, 7)}` }
    })
    const other = stack({ stackName: 'c', tags: { commit: 'f'.repeat(40) } })
    const r = await run({ stack: 'a, b\nc', commit: SHA })
    expect(r.code).toBe(0)
    expect(
      cancels()
        .map(c => c.body.StackName)
        .sort()
    ).toEqual([byTag, byParameter].sort())
    expect(fake.get(other)?.status).toBe('UPDATE_IN_PROGRESS')
    expect(r.stdout).toContain(`commit ${SHA} matches its tag commit ${SHA}`)
    expect(r.stdout).toContain(`matches its parameter ImageTag web-${SHA.slice(0, 7)}`)
    expect(r.stdout).toMatch(
      /Passed over CloudFormation stack c: UPDATE_IN_PROGRESS .*not of commit/
    )
  })

  it('the cap: more than max-releases stops none', async () => {
    stack({ stackName: 'x1' })
    stack({ stackName: 'x2' })
    const r = await run({ stack: 'x1 x2', 'max-releases': '1' })
    expect(r.code).toBe(1)
    expect(r.outputs['status-message']).toMatch(
      /Narrow the inputs \(name fewer stacks in "stack"\)/
    )
    expect(cancels()).toHaveLength(0)
  })

  it('dry run: would cancel the update, would not touch the finished one', async () => {
    stack({ stackName: 'd1' })
    stack({ stackName: 'd2', status: 'UPDATE_COMPLETE' })
    const r = await run({ stack: 'd1 d2', 'dry-run': 'true' })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.outputs.releases!).map((x: { status: string }) => x.status)).toEqual([
      'WouldStop',
      'AlreadyCompleted'
    ])
    expect(cancels()).toHaveLength(0)
  })
})

describe('text from AWS and bad input', () => {
  it('hostile status reasons and resource events never start a workflow command, and are escaped in the summary', async () => {
    stack({
      stackName: 'evil',
      cancelEndsAs: 'UPDATE_ROLLBACK_FAILED',
      reads: 0,
      failedResources: [
        {
          LogicalResourceId: 'X',
          ResourceType: 'AWS::S3::Bucket',
          ResourceStatusReason: 'bad\n::add-mask::secret\n<script>alert(1)</script>'
        }
      ]
    })
    const r = await run({ stack: 'evil', wait: 'true', 'poll-interval': '1s' })
    expect(r.code).toBe(1)
    // The text rides inside the action's own ::error:: and ::debug:: lines, escaped; no line of
    // its own is a command.
    expect(r.stdout).not.toMatch(/^\s*::(add-mask|stop-commands)/m)
    expect(workflowCommands(r.stdout).every(l => /^::(error|debug|group|endgroup)/.test(l))).toBe(
      true
    )
    expect(r.summary).not.toContain('<script>')
    expect(r.summary).toContain('&lt;script&gt;')
  })

  it.each([
    [{ stack: '' }, 'Input "stack" is required with target: stack'],
    [{ stack: 'web', id: 'd-ABCD12345' }, 'Input "id" does not apply to target: stack'],
    [{ stack: '1web' }, 'Input "stack" must be stack names'],
    [
      { stack: 'web', 'delete-creating-stack': 'maybe' },
      'Input "delete-creating-stack" must be true or false'
    ]
  ])('%j', async (inputs, message) => {
    const r = await run(inputs)
    expect(r.code).toBe(1)
    expect(errorAnnotations(r.stdout)[0]).toContain(message)
    expect(fake.requests).toHaveLength(0)
  })
})

describe('guard', () => {
  it('leaves alone the stack another run was updating, and cancels the one this job started', async () => {
    // Another run's update, 20 s before this job's guard step; this job's stack is at rest.
    const theirs = stack({ stackName: 'shared', updatedAt: Date.now() - 20_000 })
    const ours = stack({ stackName: 'mine', status: 'UPDATE_COMPLETE' })
    const inputs = { stack: 'shared mine', guard: 'true' }
    const main = await run(inputs)
    expect(main.code).toBe(0)
    expect(main.outputs.status).toBe('Guarding')
    expect(main.stdout).toContain("1 CloudFormation stack already running is not this job's")
    expect(fake.calls().map(c => c.operation)).toEqual(['DescribeStacks', 'DescribeStacks'])
    // The job's deploy step starts an update of its stack, then the job fails.
    fake.updateStack('mine')
    const post = await run(inputs, { state: main.state })
    expect(post.code).toBe(0)
    expect(cancels().map(c => c.body.StackName)).toEqual([ours])
    expect(fake.get(theirs)?.status).toBe('UPDATE_IN_PROGRESS')
    expect(post.stdout).toContain(
      'Passed over CloudFormation stack shared: UPDATE_IN_PROGRESS in eu-west-1 account 123456789012, started 2'
    )
    expect(post.stdout).toMatch(
      / s ago; the guard step saw this same operation, so it is not this job's\.$/m
    )
  })

  it('a stack the job will create may not exist yet at the guard step: said, not an error', async () => {
    const inputs = { stack: 'brand-new', guard: 'true', 'delete-creating-stack': 'true' }
    const main = await run(inputs)
    expect(main.code).toBe(0)
    expect(main.stdout).toContain('Stack brand-new does not exist yet: the job may create it.')
    stack({ stackName: 'brand-new', status: 'CREATE_IN_PROGRESS' })
    const post = await run(inputs, { state: main.state })
    expect(post.code).toBe(0)
    expect(fake.calls('DeleteStack')).toHaveLength(1)
  })
})
