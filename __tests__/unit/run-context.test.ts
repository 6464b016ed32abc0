import { describe, expect, it } from '@jest/globals'
import { defaultReason, type RunInfo } from '../../src/run-context.js'

const run: RunInfo = {
  serverUrl: 'https://github.com',
  repository: 'acme/web',
  workflow: 'Deploy',
  runId: 123456789,
  runAttempt: 2,
  actor: 'octocat'
}

describe('defaultReason', () => {
  it('leads back to the workflow run', () => {
    expect(defaultReason(run)).toBe(
      'Stopped from GitHub Actions run https://github.com/acme/web/actions/runs/123456789 ' +
        '(acme/web, workflow "Deploy", run 123456789 attempt 2, by octocat)'
    )
  })

  it('is cut to 200 characters without losing the run URL', () => {
    const reason = defaultReason({ ...run, workflow: 'W'.repeat(300) })
    expect([...reason]).toHaveLength(200)
    expect(reason).toContain('https://github.com/acme/web/actions/runs/123456789')
    expect(reason.endsWith('...')).toBe(true)
  })

  it('says where it came from outside GitHub Actions', () => {
    expect(defaultReason(undefined)).toBe('Stopped by the stop-aws-release GitHub Action.')
  })
})
