// EC2 Auto Scaling as the fake serves it (awsQuery: form-encoded requests, XML answers), proven
// with the aws CLI, an independent client: every operation the instance-refresh kind calls, with
// the errors it relies on, as the botocore model in ../shared/reference/models/autoscaling says.
import { describe, expect, it } from '@jest/globals'
import { ACCESS_KEY_ID, aws, fake, useAwsCli } from '../support/aws-cli.js'

useAwsCli()

const asg = (...args: string[]) => aws('autoscaling', ...args)
const describeRefreshes = async (group: string, ...more: string[]) =>
  (await asg('describe-instance-refreshes', '--auto-scaling-group-name', group, ...more)).json
const statusOf = async (group: string) =>
  (await describeRefreshes(group)).InstanceRefreshes[0] as Record<string, unknown>

describe('describe-instance-refreshes', () => {
  it('lists a group’s refreshes newest first, with timestamps in ISO 8601 and the desired configuration', async () => {
    const old = fake.addInstanceRefresh({
      groupName: 'cli-web',
      region: 'eu-west-1',
      status: 'Successful',
      percentageComplete: 100,
      instancesToUpdate: 0,
      startTime: Date.now() - 86_400_000
    })
    const now = fake.addInstanceRefresh({ groupName: 'cli-web', percentageComplete: 25 })
    const out = await describeRefreshes('cli-web')
    expect(
      out.InstanceRefreshes.map((r: { InstanceRefreshId: string }) => r.InstanceRefreshId)
    ).toEqual([now, old])
    expect(out.NextToken).toBeUndefined()
    expect(out.InstanceRefreshes[0]).toMatchObject({
      AutoScalingGroupName: 'cli-web',
      Status: 'InProgress',
      PercentageComplete: 25,
      InstancesToUpdate: 3,
      Strategy: 'Rolling',
      DesiredConfiguration: { LaunchTemplate: { LaunchTemplateName: 'cli-web-lt', Version: '2' } }
    })
    expect(out.InstanceRefreshes[0].StartTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/)
    expect(out.InstanceRefreshes[0].EndTime).toBeUndefined()
    expect(out.InstanceRefreshes[1]).toMatchObject({
      Status: 'Successful',
      PercentageComplete: 100
    })
    expect(out.InstanceRefreshes[1].EndTime).toMatch(/^\d{4}-/)

    const byId = await describeRefreshes('cli-web', '--instance-refresh-ids', old)
    expect(byId.InstanceRefreshes).toHaveLength(1)
    expect(byId.InstanceRefreshes[0].InstanceRefreshId).toBe(old)
  })

  it('pages with --max-records and NextToken (at most 100); a foreign token is InvalidNextToken', async () => {
    const ids = [1, 2, 3].map(() =>
      fake.addInstanceRefresh({ groupName: 'cli-paged', status: 'Cancelled' })
    )
    const first = await describeRefreshes('cli-paged', '--max-records', '2')
    expect(first.InstanceRefreshes).toHaveLength(2)
    expect(typeof first.NextToken).toBe('string')
    const second = await describeRefreshes(
      'cli-paged',
      '--max-records',
      '2',
      '--next-token',
      first.NextToken
    )
    expect(
      second.InstanceRefreshes.map((r: { InstanceRefreshId: string }) => r.InstanceRefreshId)
    ).toEqual([ids[0]])
    expect(second.NextToken).toBeUndefined()

    fake.addInstanceRefresh({ groupName: 'cli-other', status: 'Cancelled' })
    const foreign = await asg(
      'describe-instance-refreshes',
      '--auto-scaling-group-name',
      'cli-other',
      '--max-records',
      '2',
      '--next-token',
      first.NextToken
    )
    expect(foreign.stderr).toContain(
      'An error occurred (InvalidNextToken) when calling the DescribeInstanceRefreshes operation'
    )
    const tooMany = await asg(
      'describe-instance-refreshes',
      '--auto-scaling-group-name',
      'cli-paged',
      '--max-records',
      '101'
    )
    expect(tooMany.code).not.toBe(0)
    expect(tooMany.stderr).toContain('(ValidationError)')
    expect(tooMany.stderr).toContain('Member must have value between 1 and 100')
  })

  it('a group that does not exist: ValidationError, or (the other answer the model allows) an empty list', async () => {
    const unknown = await asg(
      'describe-instance-refreshes',
      '--auto-scaling-group-name',
      'cli-nope'
    )
    expect(unknown.code).not.toBe(0)
    expect(unknown.stderr).toContain(
      'An error occurred (ValidationError) when calling the DescribeInstanceRefreshes operation: AutoScalingGroup name not found - AutoScalingGroup cli-nope not found'
    )
    fake.setUnknownAutoScalingGroupAnswer('empty')
    try {
      expect(await describeRefreshes('cli-nope')).toEqual({ InstanceRefreshes: [] })
    } finally {
      fake.setUnknownAutoScalingGroupAnswer('ValidationError')
    }
  })
})

describe('rollback-instance-refresh', () => {
  it('answers the refresh ID; reads show RollbackInProgress with the percentage going back down, then RollbackSuccessful', async () => {
    const id = fake.addInstanceRefresh({ groupName: 'cli-roll', percentageComplete: 60, reads: 2 })
    const rollback = await asg('rollback-instance-refresh', '--auto-scaling-group-name', 'cli-roll')
    expect(rollback.code).toBe(0)
    expect(rollback.json).toEqual({ InstanceRefreshId: id })
    expect(fake.calls('RollbackInstanceRefresh').at(-1)?.body).toEqual({
      AutoScalingGroupName: 'cli-roll'
    })
    const reads = []
    for (let i = 0; i < 3; i++) reads.push(await statusOf('cli-roll'))
    expect(reads.map(r => [r.Status, r.PercentageComplete])).toEqual([
      ['RollbackInProgress', 40],
      ['RollbackInProgress', 20],
      ['RollbackSuccessful', 0]
    ])
    expect(reads[0]?.RollbackDetails).toMatchObject({
      PercentageCompleteOnRollback: 60,
      InstancesToUpdateOnRollback: 3,
      RollbackReason: expect.any(String),
      RollbackStartTime: expect.stringMatching(/^\d{4}-/)
    })
    expect(reads[2]?.EndTime).toMatch(/^\d{4}-/)
    const again = await asg('rollback-instance-refresh', '--auto-scaling-group-name', 'cli-roll')
    expect(again.stderr).toContain(
      'An error occurred (ActiveInstanceRefreshNotFound) when calling the RollbackInstanceRefresh operation'
    )
  })

  it('a rollback that fails ends RollbackFailed with its StatusReason', async () => {
    fake.addInstanceRefresh({
      groupName: 'cli-rollfail',
      reads: 0,
      rollbackEndsAs: 'RollbackFailed',
      rollbackFailureReason: 'Launching a new instance failed: the AMI is no longer available.'
    })
    expect(
      (await asg('rollback-instance-refresh', '--auto-scaling-group-name', 'cli-rollfail')).code
    ).toBe(0)
    expect(await statusOf('cli-rollfail')).toMatchObject({
      Status: 'RollbackFailed',
      StatusReason: 'Launching a new instance failed: the AMI is no longer available.'
    })
  })

  it.each([
    [
      'without a desired configuration',
      { desiredConfiguration: null },
      /without a desired configuration/
    ],
    [
      'with $Latest',
      {
        desiredConfiguration: { LaunchTemplate: { LaunchTemplateName: 'lt', Version: '$Latest' } }
      },
      /launch template version \$Latest/
    ],
    [
      'with an AMI from a Systems Manager parameter',
      { imageFromSsmParameter: true },
      /Systems Manager parameter/
    ]
  ])(
    'IrreversibleInstanceRefresh %s; the refresh is untouched and can still be cancelled',
    async (_what, opts, why) => {
      const group = `cli-irr-${Math.random().toString(36).slice(2, 8)}`
      fake.addInstanceRefresh({ groupName: group, ...opts })
      const r = await asg('rollback-instance-refresh', '--auto-scaling-group-name', group)
      expect(r.code).not.toBe(0)
      expect(r.stderr).toContain(
        'An error occurred (IrreversibleInstanceRefresh) when calling the RollbackInstanceRefresh operation'
      )
      expect(r.stderr).toMatch(why)
      expect((await statusOf(group)).Status).toBe('InProgress')
      expect((await asg('cancel-instance-refresh', '--auto-scaling-group-name', group)).code).toBe(
        0
      )
    }
  )
})

describe('cancel-instance-refresh', () => {
  it('answers the refresh ID; reads show Cancelling, then Cancelled; the CLI’s --no-wait-for-transitioning-instances arrives as false', async () => {
    const id = fake.addInstanceRefresh({ groupName: 'cli-cancel', status: 'Baking' })
    const cancel = await asg(
      'cancel-instance-refresh',
      '--auto-scaling-group-name',
      'cli-cancel',
      '--no-wait-for-transitioning-instances'
    )
    expect(cancel.json).toEqual({ InstanceRefreshId: id })
    expect(fake.calls('CancelInstanceRefresh').at(-1)?.body).toEqual({
      AutoScalingGroupName: 'cli-cancel',
      WaitForTransitioningInstances: 'false'
    })
    expect((await statusOf('cli-cancel')).Status).toBe('Cancelling')
    const done = await statusOf('cli-cancel')
    expect(done).toMatchObject({ Status: 'Cancelled', PercentageComplete: 40 })
    expect(done.EndTime).toMatch(/^\d{4}-/)
    const again = await asg('cancel-instance-refresh', '--auto-scaling-group-name', 'cli-cancel')
    expect(again.stderr).toContain(
      'An error occurred (ActiveInstanceRefreshNotFound) when calling the CancelInstanceRefresh operation'
    )
  })

  it('cancels a rollback in progress too, as the model says; a refresh may finish before the cancel takes effect', async () => {
    fake.addInstanceRefresh({ groupName: 'cli-cancel-rollback', reads: 3 })
    await asg('rollback-instance-refresh', '--auto-scaling-group-name', 'cli-cancel-rollback')
    expect((await statusOf('cli-cancel-rollback')).Status).toBe('RollbackInProgress')
    expect(
      (await asg('cancel-instance-refresh', '--auto-scaling-group-name', 'cli-cancel-rollback'))
        .code
    ).toBe(0)
    expect((await statusOf('cli-cancel-rollback')).Status).toBe('Cancelling')

    fake.addInstanceRefresh({ groupName: 'cli-quick', reads: 0, cancelEndsAs: 'Successful' })
    await asg('cancel-instance-refresh', '--auto-scaling-group-name', 'cli-quick')
    expect(await statusOf('cli-quick')).toMatchObject({
      Status: 'Successful',
      PercentageComplete: 100,
      InstancesToUpdate: 0
    })
  })

  it('a refresh that ends on its own: the reads show it, and a stop then finds nothing active', async () => {
    fake.addInstanceRefresh({ groupName: 'cli-ends', finishesAfterReads: 1, finishesAs: 'Failed' })
    expect((await statusOf('cli-ends')).Status).toBe('InProgress')
    expect(await statusOf('cli-ends')).toMatchObject({
      Status: 'Failed',
      StatusReason: expect.stringContaining('failed to launch')
    })
    const r = await asg('rollback-instance-refresh', '--auto-scaling-group-name', 'cli-ends')
    expect(r.stderr).toContain('(ActiveInstanceRefreshNotFound)')
  })

  it('another caller stops it after the reads given: the reads show Cancelling or RollbackInProgress, and a stop then finds nothing active', async () => {
    const cancelled = fake.addInstanceRefresh({
      groupName: 'cli-others',
      stoppedByOthersAfterReads: 1
    })
    expect((await statusOf('cli-others')).Status).toBe('InProgress')
    expect((await statusOf('cli-others')).Status).toBe('Cancelling')
    const r = await asg('rollback-instance-refresh', '--auto-scaling-group-name', 'cli-others')
    expect(r.stderr).toContain('(ActiveInstanceRefreshNotFound)')
    expect((await statusOf('cli-others')).Status).toBe('Cancelled')
    expect(fake.get(cancelled)?.calls).toEqual(['CancelInstanceRefresh (another caller)'])

    fake.addInstanceRefresh({
      groupName: 'cli-others-rb',
      stoppedByOthersAfterReads: 0,
      stoppedByOthersWith: 'RollbackInstanceRefresh'
    })
    expect(await statusOf('cli-others-rb')).toMatchObject({
      Status: 'RollbackInProgress',
      RollbackDetails: { PercentageCompleteOnRollback: 40 }
    })
    expect((await statusOf('cli-others-rb')).Status).toBe('RollbackSuccessful')
  })

  it('no refresh is added newer than an active one: AWS starts none while one is active', () => {
    const active = fake.addInstanceRefresh({ groupName: 'cli-one' })
    for (const status of ['InProgress', 'Successful', 'Cancelled'])
      expect(() => fake.addInstanceRefresh({ groupName: 'cli-one', status })).toThrow(
        new RegExp(`has an active instance refresh already \\(${active}, InProgress\\)`)
      )
  })

  it('an unknown group: ValidationError naming it', async () => {
    const r = await asg('cancel-instance-refresh', '--auto-scaling-group-name', 'cli-ghost')
    expect(r.stderr).toContain(
      'An error occurred (ValidationError) when calling the CancelInstanceRefresh operation: AutoScalingGroup name not found - AutoScalingGroup cli-ghost not found'
    )
  })
})

describe('describe-auto-scaling-groups', () => {
  it('returns the groups named that exist (sorted by name), without instances when asked; more than 50 names is refused', async () => {
    fake.addAutoScalingGroup({ name: 'cli-g-b', region: 'eu-west-1' })
    fake.addInstanceRefresh({ groupName: 'cli-g-a', region: 'eu-west-1' })
    const out = (
      await asg(
        'describe-auto-scaling-groups',
        '--auto-scaling-group-names',
        'cli-g-b',
        'cli-g-missing',
        'cli-g-a',
        '--no-include-instances'
      )
    ).json
    expect(
      out.AutoScalingGroups.map((g: { AutoScalingGroupName: string }) => g.AutoScalingGroupName)
    ).toEqual(['cli-g-a', 'cli-g-b'])
    expect(out.AutoScalingGroups[0]).toMatchObject({
      AutoScalingGroupARN: expect.stringMatching(
        /^arn:aws:autoscaling:eu-west-1:123456789012:autoScalingGroup:[0-9a-f-]{36}:autoScalingGroupName\/cli-g-a$/
      ),
      MinSize: 1,
      MaxSize: 6,
      DesiredCapacity: 3,
      LaunchTemplate: { LaunchTemplateName: 'cli-g-a-lt' }
    })
    expect(out.AutoScalingGroups[0].Instances).toBeUndefined()
    expect(fake.calls('DescribeAutoScalingGroups').at(-1)?.body).toMatchObject({
      IncludeInstances: 'false'
    })
    const many = Array.from({ length: 51 }, (_, i) => `cli-n${i}`)
    const refused = await asg('describe-auto-scaling-groups', '--auto-scaling-group-names', ...many)
    expect(refused.stderr).toContain('(ValidationError)')
  })
})

describe('faults of Auto Scaling', () => {
  it('ResourceContention is an HTTP 500 that is the sender’s fault, and the CLI retries it', async () => {
    const id = fake.addInstanceRefresh({ groupName: 'cli-busy', contention: 2 })
    const r = await asg('rollback-instance-refresh', '--auto-scaling-group-name', 'cli-busy')
    expect(r.json).toEqual({ InstanceRefreshId: id })
    expect(
      fake
        .calls('RollbackInstanceRefresh')
        .slice(-3)
        .map(c => [c.status, c.error])
    ).toEqual([
      [500, 'ResourceContention'],
      [500, 'ResourceContention'],
      [200, null]
    ])
    // On the wire: <Type>Sender</Type>, as the model's senderFault says, with the 500.
    fake.addAutoScalingGroup({ name: 'cli-busy-raw', contention: 1 })
    const raw = await fetch(fake.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization:
          'AWS4-HMAC-SHA256 Credential=AKIDRAW/20250101/eu-west-1/autoscaling/aws4_request, SignedHeaders=host, Signature=abcdef'
      },
      body: 'Action=CancelInstanceRefresh&Version=2011-01-01&AutoScalingGroupName=cli-busy-raw'
    })
    expect(raw.status).toBe(500)
    const xml = await raw.text()
    expect(xml).toContain(
      '<ErrorResponse xmlns="http://autoscaling.amazonaws.com/doc/2011-01-01/">'
    )
    expect(xml).toContain('<Type>Sender</Type><Code>ResourceContention</Code>')
  })

  it('throttling answers Throttling, and LimitExceeded reaches the CLI by its code', async () => {
    fake.addInstanceRefresh({ groupName: 'cli-throttled' })
    fake.fault({ operation: 'DescribeInstanceRefreshes', type: 'throttle', times: 2 })
    expect((await statusOf('cli-throttled')).Status).toBe('InProgress')
    expect(
      fake
        .calls('DescribeInstanceRefreshes')
        .slice(-3)
        .map(c => c.error)
    ).toEqual(['Throttling', 'Throttling', null])
    fake.fault({
      operation: 'CancelInstanceRefresh',
      type: 'error',
      errorType: 'LimitExceeded',
      message: 'You have reached a limit.'
    })
    const limited = await asg(
      'cancel-instance-refresh',
      '--auto-scaling-group-name',
      'cli-throttled'
    )
    expect(limited.stderr).toContain(
      'An error occurred (LimitExceeded) when calling the CancelInstanceRefresh operation: You have reached a limit.'
    )
  })

  it('every request was signed for eu-west-1 and autoscaling, with the CLI credentials', () => {
    const mine = fake.requests.filter(
      r => r.service === 'autoscaling' && r.accessKeyId !== 'AKIDRAW'
    )
    expect(mine.length).toBeGreaterThan(10)
    for (const r of mine)
      expect(r).toMatchObject({
        region: 'eu-west-1',
        accessKeyId: ACCESS_KEY_ID,
        signingService: 'autoscaling',
        userAgent: expect.stringMatching(/^aws-cli\//)
      })
  })
})
