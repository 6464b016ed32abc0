import { describe, expect, it } from '@jest/globals'
import { currentRun, defaultReason, type RunInfo } from '../../src/run-context.js'

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
    expect(defaultReason(run, 200)).toBe(
      'Stopped from GitHub Actions run https://github.com/acme/web/actions/runs/123456789 ' +
        '(acme/web, workflow "Deploy", run 123456789 attempt 2, by octocat)'
    )
  })

  it('is cut to 200 characters without losing the run URL', () => {
    const reason = defaultReason({ ...run, workflow: 'W'.repeat(300) }, 200)
    expect([...reason]).toHaveLength(200)
    expect(reason).toContain('https://github.com/acme/web/actions/runs/123456789')
    expect(reason.endsWith('...')).toBe(true)
  })

  it('says where it came from outside GitHub Actions', () => {
    expect(defaultReason(undefined, 200)).toBe('Stopped by the stop-aws-release GitHub Action.')
  })
})

describe('currentRun', () => {
  const env = {
    GITHUB_SERVER_URL: 'https://ghe.example.com',
    GITHUB_REPOSITORY: 'acme/web',
    GITHUB_WORKFLOW: 'Deploy',
    GITHUB_RUN_ID: '123456789',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_ACTOR: 'octocat'
  }

  it("reads the run from the runner's default variables", () => {
    expect(currentRun(env)).toEqual({ ...run, serverUrl: 'https://ghe.example.com' })
  })

  it('defaults the server to github.com and the attempt to 1, as the runner would set them', () => {
    const { GITHUB_SERVER_URL, GITHUB_RUN_ATTEMPT, ...rest } = env
    void GITHUB_SERVER_URL
    void GITHUB_RUN_ATTEMPT
    expect(currentRun(rest)).toMatchObject({ serverUrl: 'https://github.com', runAttempt: 1 })
  })

  it('is undefined outside GitHub Actions or with a run ID that is not a number', () => {
    expect(currentRun({})).toBeUndefined()
    expect(currentRun({ ...env, GITHUB_RUN_ID: 'abc' })).toBeUndefined()
    expect(currentRun({ ...env, GITHUB_REPOSITORY: '' })).toBeUndefined()
  })
})
