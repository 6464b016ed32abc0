import { describe, expect, it } from '@jest/globals'
import { CLOCK_SKEW_MS, GUARD_WAIT_CAP_MS, postPlan } from '../../src/guard/guard-post.js'
import type { GuardState } from '../../src/guard/guard.js'
import { parseSettings } from '../../src/settings.js'

const inputs: Record<string, string> = {
  target: 'build',
  project: 'web',
  wait: 'true',
  'wait-timeout': '30m',
  'aws-region': 'eu-west-1'
}
const settings = parseSettings(name => inputs[name] ?? '', {})
const state: GuardState = { startedAt: 1_800_000_000_000, baseline: ['web:1'], settings }

describe('postPlan', () => {
  it('caps the wait at 4 minutes: the cap is applied, not only logged', () => {
    const plan = postPlan(state)
    expect(plan.settings.waitTimeoutMs).toBe(GUARD_WAIT_CAP_MS)
    expect(GUARD_WAIT_CAP_MS).toBe(240_000)
    expect(plan.lines[1]).toBe(
      "Guard: waiting 4m00s at most, not 30m00s: a cancelled job's post steps get about 5 minutes in all."
    )
    // The saved state is not changed under the caller.
    expect(state.settings.waitTimeoutMs).toBe(1_800_000)
  })

  it('keeps a shorter wait as it is', () => {
    const plan = postPlan({ ...state, settings: { ...settings, waitTimeoutMs: 60_000 } })
    expect(plan.settings.waitTimeoutMs).toBe(60_000)
    expect(plan.lines).toHaveLength(1)
  })

  it('passes the baseline on, and allows one minute of clock difference for the rest', () => {
    const plan = postPlan(state)
    expect(CLOCK_SKEW_MS).toBe(60_000)
    expect(plan.guard).toEqual({ baseline: ['web:1'], startedSince: state.startedAt - 60_000 })
  })
})
