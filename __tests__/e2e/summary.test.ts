// The job summary says what and where: a heading with the kind, the names or IDs and the commit;
// under it the region, the account when known, the step and the mode; statuses that read at a
// glance; and, when a find passed releases over, which and why. The bundle, against the fake.
import { describe, expect, it } from '@jest/globals'
import { type RunOptions } from '../../scripts/action-runner.js'
import { fake, runOnFake, useFakeAws } from '../support/fake-aws.js'

useFakeAws()

const SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'
const OTHER_SHA = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432'

function step(inputs: Record<string, string>, options: Partial<RunOptions> = {}) {
  return runOnFake(inputs, options)
}

/** The text of the summary's first <h3> and of the line under it. */
function top(summary: string): { heading: string; scope: string } {
  return {
    heading: /<h3>(.*?)<\/h3>/.exec(summary)?.[1] ?? '',
    scope: /<p><sub>(.*?)<\/sub><\/p>/.exec(summary)?.[1] ?? ''
  }
}

describe('the job summary', () => {
  it('heading: the kind, the name and the commit (short); under it the region, account and step', async () => {
    fake.addDeployment({
      applicationName: 'shop',
      deploymentGroupName: 'prod',
      revision: {
        revisionType: 'GitHub',
        gitHubLocation: { repository: 'acme/shop', commitId: SHA }
      }
    })
    const r = await step(
      {
        target: 'deployment',
        application: 'shop',
        'deployment-group': 'prod',
        commit: SHA,
        'allowed-account-ids': '123456789012'
      },
      { env: { GITHUB_ACTION: 'stop-shop' } }
    )
    expect(r.code).toBe(0)
    // A release found by name says where it runs, under its ID.
    expect(r.summary).toMatch(/<code>d-\w+<\/code><\/a><br><sub>shop\/prod<\/sub><\/td>/)
    expect(top(r.summary)).toEqual({
      heading:
        'Stop AWS release — CodeDeploy deployments of deployment group prod of application shop for commit 1a2b3c4',
      scope: 'AWS region eu-west-1 · account 123456789012 · step <code>stop-shop</code>'
    })
  })

  it('two steps of one job are told apart: each names its own releases and step', async () => {
    const build = fake.addBuild({ projectName: 'web' })
    const batch = fake.addBuildBatch({ projectName: 'web' })
    const first = await step(
      { target: 'build', id: build },
      { env: { GITHUB_ACTION: 'stop-build' } }
    )
    const second = await step(
      { target: 'build-batch', id: batch },
      { env: { GITHUB_ACTION: '__owner_stop-aws-release' } }
    )
    expect(top(first.summary)).toEqual({
      heading: `Stop AWS release — CodeBuild build ${build}`,
      scope: 'AWS region eu-west-1 · step <code>stop-build</code>'
    })
    // A step without an id: the runner's own name for it (__…) says nothing, so it is left out.
    expect(top(second.summary)).toEqual({
      heading: `Stop AWS release — CodeBuild build batch ${batch}`,
      scope: 'AWS region eu-west-1'
    })
  })

  it('statuses read at a glance, and a column that would only say "—" is left out', async () => {
    const stopped = fake.addBuild({ projectName: 'web', stopImmediately: true })
    const stopping = fake.addBuild({ projectName: 'web' })
    const finished = fake.addBuild({ projectName: 'web', status: 'SUCCEEDED' })
    const r = await step({ target: 'build', id: [stopped, stopping, finished].join(',') })
    expect(top(r.summary).heading).toBe(
      `Stop AWS release — CodeBuild builds ${stopped}, ${stopping}, ${finished}`
    )
    expect(r.summary).toContain(
      '<p><strong>3 CodeBuild builds: 1 stopped, 1 stop requested, 1 already finished.</strong></p>'
    )
    const status = (id: string): string =>
      new RegExp(`title="${id}"><code>[^<]*</code></a></td><td>([^<]*)</td>`).exec(
        r.summary
      )?.[1] ?? ''
    expect([status(stopped), status(stopping), status(finished)]).toEqual([
      '✅ Stopped',
      '⏳ Still stopping',
      '⚪ Already finished'
    ])
    // No wait, no rollback: no Rollback or Took column.
    expect(r.summary).toContain(
      '<th>Release</th><th>Status</th><th>AWS status</th><th>Details</th>'
    )
  })

  it('a failed stop and a dry run say so in the Status cell', async () => {
    const id = fake.addBuild({ projectName: 'web' })
    fake.fault({
      operation: 'StopBuild',
      type: 'error',
      status: 400,
      errorType: 'InvalidInputException',
      message: 'no'
    })
    const failed = await step({ target: 'build', id })
    expect(failed.summary).toContain('<td>❌ Failed</td>')
    const dry = await step({ target: 'build', project: 'web', 'dry-run': 'true' })
    expect(top(dry.summary).heading).toBe(
      'Stop AWS release (dry run) — CodeBuild builds of project web'
    )
    expect(dry.summary).toContain('<td>🔎 Would stop</td>')
  })

  it('a long ARN reads by its resource part, linked, with the whole ARN in its title', async () => {
    const arn = fake.addServiceDeployment({
      clusterName: 'shop',
      serviceName: 'web',
      region: 'eu-west-1'
    })
    const r = await step({ target: 'ecs-deployment', id: arn })
    const resource = arn.split(':').slice(5).join(':')
    expect(resource).toMatch(/^service-deployment\/shop\/web\//)
    expect(r.summary).toContain(`title="${arn}"><code>${resource}</code></a>`)
  })

  it('nothing running: says what was passed over and why', async () => {
    fake.addBuild({ projectName: 'web', sourceVersion: OTHER_SHA })
    const r = await step({ target: 'build', project: 'web', commit: SHA })
    expect(r.outputs.status).toBe('NothingRunning')
    expect(top(r.summary).heading).toBe(
      'Stop AWS release — CodeBuild builds of project web for commit 1a2b3c4'
    )
    expect(r.summary).toMatch(
      /<details open><summary>Passed over: 1<\/summary><ul><li>Passed over CodeBuild build web:[^<]*: IN_PROGRESS in project web, not of commit 1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d \(sourceVersion 9f8e7d6c[^<]*\)\.<\/li><\/ul><\/details>/
    )
  })

  it("a guard's two steps each say which they are", async () => {
    fake.addBuild({ projectName: 'web', status: 'SUCCEEDED' })
    const inputs = { target: 'build', project: 'web', guard: 'true' }
    const main = await step(inputs)
    expect(top(main.summary)).toEqual({
      heading: 'Guard: Stop AWS release if the job fails — CodeBuild builds of project web',
      scope: 'guard, main step: nothing is stopped now · AWS region eu-west-1'
    })
    fake.addBuild({ projectName: 'web' })
    const post = await step(inputs, { state: main.state })
    expect(top(post.summary)).toEqual({
      heading:
        'Guard: Stop AWS release after the job failed or was cancelled — CodeBuild builds of project web',
      scope: 'guard, post step: only what this job started · AWS region eu-west-1'
    })
  })
})
