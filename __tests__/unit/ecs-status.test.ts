// What one DescribeServiceDeployments answer means for the action (pure: no SDK call).
import { describe, expect, it } from '@jest/globals'
import { snapshotOf } from '../../src/kinds/ecs/ecs-deployment-client.js'

const deployment = (status: string, extra: Record<string, unknown> = {}) =>
  snapshotOf({
    status: status as never,
    targetServiceRevision: { runningTaskCount: 1, pendingTaskCount: 2, requestedTaskCount: 4 },
    ...extra
  })

describe('ECS service deployment status', () => {
  it.each([
    ['PENDING', false, false],
    ['IN_PROGRESS', false, false],
    ['STOP_REQUESTED', false, false],
    ['ROLLBACK_REQUESTED', false, false],
    ['ROLLBACK_IN_PROGRESS', false, false],
    ['SUCCESSFUL', true, false],
    ['STOPPED', true, true],
    ['ROLLBACK_SUCCESSFUL', true, true],
    ['ROLLBACK_FAILED', true, false]
  ])('%s: terminal %s, stopped %s', (status, terminal, stopped) => {
    expect(deployment(status)).toMatchObject({ status, terminal, stopped })
  })

  it('ROLLBACK_FAILED carries why the step must fail and where to look', () => {
    expect(deployment('ROLLBACK_FAILED').failure).toMatch(
      /may be left between revisions.*Deployments and Events tabs/
    )
    expect(deployment('ROLLBACK_SUCCESSFUL').failure).toBeUndefined()
  })

  it("details the new revision's tasks and ECS's reason, on one line", () => {
    expect(
      deployment('IN_PROGRESS', { statusReason: 'circuit breaker\n::warning::x' }).detail
    ).toBe('new revision: 1 running, 2 pending of 4; circuit breaker ::warning::x')
  })
})
