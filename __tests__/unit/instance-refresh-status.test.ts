// What one DescribeInstanceRefreshes answer means for the action (pure: no SDK call), and how the
// kind reads its inputs and links a refresh.
import { describe, expect, it } from '@jest/globals'
import { progressOf, snapshotOf } from '../../src/kinds/autoscaling/status.js'
import { declarationOf } from '../../src/kinds/registry.js'
import { InputError } from '../../src/errors.js'
import { parseSettings } from '../../src/settings.js'

const refresh = (Status: string, extra: Record<string, unknown> = {}) =>
  snapshotOf({ Status, PercentageComplete: 40, InstancesToUpdate: 3, ...extra })

describe('instance refresh status', () => {
  it.each([
    ['Pending', false, false],
    ['InProgress', false, false],
    ['Baking', false, false],
    ['Cancelling', false, false],
    ['RollbackInProgress', false, false],
    ['Successful', true, false],
    ['Failed', true, false],
    ['Cancelled', true, true],
    ['RollbackSuccessful', true, true],
    ['RollbackFailed', true, false],
    ['SomethingNew', false, false]
  ])('%s: terminal %s, stopped %s', (status, terminal, stopped) => {
    expect(refresh(status)).toMatchObject({ status, terminal, stopped })
  })

  it('RollbackFailed and Failed carry the StatusReason, why the step fails and where to look', () => {
    const failed = refresh('RollbackFailed', {
      StatusReason: 'i-0abc failed its health checks',
      RollbackDetails: {
        RollbackReason: 'Rollback started by an alarm',
        PercentageCompleteOnRollback: 60
      }
    })
    expect(failed.failure).toBe(
      'The rollback failed: i-0abc failed its health checks (rollback: Rollback started by an alarm). ' +
        "The group may run instances of both configurations: read the group's Instance refresh and Activity tabs in the EC2 console (the link in the log), then start an instance refresh with the configuration you want."
    )
    expect(refresh('Failed', { StatusReason: 'launch failed' }).failure).toMatch(
      /^The instance refresh failed rather than stopping: launch failed\. .*Activity tab/
    )
    expect(refresh('RollbackFailed').failure).toContain('Auto Scaling gave no reason')
    for (const status of ['Successful', 'Cancelled', 'RollbackSuccessful'])
      expect(refresh(status).failure).toBeUndefined()
  })

  it('says the percentage and the instances left, and that a rollback takes the percentage back down', () => {
    expect(progressOf({ Status: 'InProgress', PercentageComplete: 40, InstancesToUpdate: 1 })).toBe(
      '40% complete, 1 instance to update'
    )
    const details = { PercentageCompleteOnRollback: 60, InstancesToUpdateOnRollback: 2 }
    expect(
      progressOf({
        Status: 'RollbackInProgress',
        PercentageComplete: 30,
        InstancesToUpdate: 2,
        RollbackDetails: details
      })
    ).toBe(
      'rollback: 30% complete, going back down to 0 (60% when the rollback began), 2 instances the refresh had not replaced'
    )
    expect(
      progressOf({ Status: 'RollbackSuccessful', PercentageComplete: 0, RollbackDetails: details })
    ).toBe('rolled back from 60% complete')
    expect(
      progressOf({ Status: 'RollbackFailed', PercentageComplete: 20, RollbackDetails: details })
    ).toBe('the rollback stopped at 20% complete (60% when the rollback began)')
    expect(progressOf({ Status: 'Pending' })).toBe('')
  })

  it("keeps AWS's reason on one line in the detail, where it cannot start a workflow command", () => {
    expect(refresh('InProgress', { StatusReason: 'Waiting\n::add-mask::x' }).detail).toBe(
      '40% complete, 3 instances to update; Waiting ::add-mask::x'
    )
  })
})

describe('the instance-refresh kind', () => {
  const kind = declarationOf('instance-refresh')
  const parse = (inputs: Record<string, string>) =>
    parseSettings(name => ({ target: 'instance-refresh', ...inputs })[name] ?? '', {
      AWS_REGION: 'eu-west-1'
    })
  const problems = (inputs: Record<string, string>): string[] => {
    try {
      parse(inputs)
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      return (error as InputError).problems
    }
    throw new Error('expected an InputError')
  }

  it('finds by group names, each once; rollback tri-state', () => {
    const s = parse({ 'auto-scaling-group': 'web, api\nweb  batch-1.prod' })
    expect(s.find).toEqual({ groups: ['web', 'api', 'batch-1.prod'] })
    expect(s.releases).toEqual([])
    expect(s.options).toEqual({})
    expect(parse({ 'auto-scaling-group': 'web', rollback: 'false' }).options).toEqual({
      rollback: false
    })
    expect(parse({ 'auto-scaling-group': 'web', rollback: 'true' }).options).toEqual({
      rollback: true
    })
  })

  it('refuses names Auto Scaling would refuse, and says what to give for an ARN', () => {
    expect(problems({ 'auto-scaling-group': 'a:b' })).toEqual([
      'Input "auto-scaling-group" must be Auto Scaling group names (1 to 255 printable ASCII characters, no colon); got "a:b".'
    ])
    expect(problems({ 'auto-scaling-group': 'x'.repeat(256) })[0]).toMatch(/must be Auto Scaling/)
    const arn =
      'arn:aws:autoscaling:eu-west-1:123456789012:autoScalingGroup:0b1c2d3e-1111-2222-3333-444455556666:autoScalingGroupName/web-prod'
    expect(problems({ 'auto-scaling-group': arn })[0]).toMatch(
      /That is the ARN of a group: give its name, "web-prod"\.$/
    )
    expect(problems({})).toEqual([
      'Input "auto-scaling-group" is required with target: instance-refresh: one or more Auto Scaling group names, separated by newlines, commas or spaces.'
    ])
    expect(problems({ 'auto-scaling-group': 'web', commit: 'abcdef1' })[0]).toMatch(
      /^Input "commit" does not apply to target: instance-refresh/
    )
    expect(problems({ 'auto-scaling-group': 'web', id: 'd-ABCD12345' })[0]).toMatch(
      /^Input "id" does not apply to target: instance-refresh/
    )
  })

  it("links the group's Instance refresh tab, in each partition's console", () => {
    const ref = {
      kind: 'instance-refresh',
      id: '0b1c2d3e-1111-2222-3333-444455556666',
      parent: 'web;x'
    }
    expect(kind.consoleUrl(ref, 'eu-west-1')).toBe(
      'https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#AutoScalingGroupDetails:id=web%3Bx;view=instanceRefresh'
    )
    expect(kind.consoleUrl(ref, 'cn-north-1')).toMatch(/^https:\/\/console\.amazonaws\.cn\/ec2\//)
    expect(kind.consoleUrl(ref, 'us-gov-west-1')).toMatch(
      /^https:\/\/console\.amazonaws-us-gov\.com\/ec2\//
    )
  })

  it('names the stop it makes, for the log and the guard', () => {
    expect(kind.optionWords({})).toEqual(['rolled back'])
    expect(kind.optionWords({ rollback: false })).toEqual(['cancelled, not rolled back'])
    expect(kind.optionLines({ rollback: false })[0]).toMatch(/^Stop: CancelInstanceRefresh/)
    expect(kind.optionLines({})[0]).toMatch(/^Stop: RollbackInstanceRefresh/)
  })
})
