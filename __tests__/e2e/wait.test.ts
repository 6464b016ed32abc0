// wait: true, end to end: the bundled action polls the fake AWS until the release has ended.
import { describe, expect, it } from '@jest/globals'
import { fake, useFakeAws } from '../support/fake-aws.js'
import {
  annotations,
  errorAnnotations,
  runAction,
  type RunOptions
} from '../../scripts/action-runner.js'

useFakeAws()

const WAIT = { wait: 'true', 'poll-interval': '1s' }

function run(inputs: Record<string, string>, extra: Partial<RunOptions> = {}) {
  return runAction({
    inputs: { ...WAIT, ...inputs },
    ...extra,
    env: { AWS_ENDPOINT_URL: fake.url, ...extra.env }
  })
}

/** Status reads made, and the least time between two of them, in ms. */
function readPacing(operation: string, id?: string) {
  const calls = fake.calls(operation).filter(c => !id || JSON.stringify(c.body).includes(id))
  // With fewer than two reads there is no gap, and Math.min() of nothing would pass any bound.
  if (calls.length < 2)
    throw new Error(`readPacing needs 2 reads of ${operation}; got ${calls.length}`)
  const gaps = calls.slice(1).map((c, i) => c.at - calls[i]!.at)
  return { count: calls.length, minGap: Math.min(...gaps) }
}

describe('deployment', () => {
  it('waits for Stopped, then for the rollback deployment, and reports both', async () => {
    const id = fake.addDeployment({ rollback: { status: 'Succeeded', reads: 1 } })
    const r = await run({ target: 'deployment', id, rollback: 'true' })
    expect(r.code).toBe(0)
    const rollbackId = r.outputs['rollback-deployment-id']
    expect(rollbackId).toMatch(/^d-[A-Z0-9]{9}$/)
    expect(rollbackId).not.toBe(id)
    expect(r.outputs).toMatchObject({
      status: 'Succeeded',
      'target-status': 'Stopped',
      'rollback-status': 'Succeeded'
    })
    expect(fake.get(rollbackId!)?.creator).toBe('codeDeployRollback')
    // Progress: each change once, with the time elapsed and the instance counts.
    expect(r.stdout).toMatch(
      /^\[\d+s\] CodeDeploy deployment d-\w+: InProgress \(instances: .+\)$/m
    )
    expect(r.stdout).toMatch(/^\[\d+s\] CodeDeploy deployment d-\w+: Stopped/m)
    expect(r.stdout).toMatch(
      new RegExp(`^\\[\\d+s\\] CodeDeploy deployment ${rollbackId}: Succeeded`, 'm')
    )
    expect(r.summary).toContain('<th>Rollback</th><th>Took</th>')
    // The rollback deployment is linked to its own page in the console.
    expect(r.summary).toContain(
      `<a href="https://eu-west-1.console.aws.amazon.com/codesuite/codedeploy/deployments/${rollbackId}?region=eu-west-1"><code>${rollbackId}</code></a> ✅ Succeeded`
    )
    expect(readPacing('BatchGetDeployments', id).minGap).toBeGreaterThanOrEqual(950)
  })

  it('fails, naming the rollback, when the rollback ends Failed', async () => {
    const id = fake.addDeployment({ rollback: { status: 'Failed', reads: 1 } })
    const r = await run({ target: 'deployment', id, rollback: 'true' })
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ status: 'Succeeded', 'rollback-status': 'Failed' })
    expect(annotations(r.stdout).map(a => [a.level, a.title])).toEqual([
      ['error', `Rollback Failed: CodeDeploy deployment ${id}`]
    ])
    // The row says Stopped (it was), so the summary's line says why the step failed.
    expect(r.summary).toContain(
      `<p><strong>1 CodeDeploy deployment: 1 stopped. The step failed (Rollback Failed: CodeDeploy deployment ${id}).</strong></p>`
    )
    expect(r.summary).toContain('</a> ❌ Failed</td>')
    expect(errorAnnotations(r.stdout)[0]).toMatch(
      new RegExp(
        `^The rollback deployment ${r.outputs['rollback-deployment-id']} of CodeDeploy deployment ${id} ended Failed`
      )
    )
  })

  it('reports the rollback without waiting for it when wait-for-rollback is false', async () => {
    const id = fake.addDeployment({
      autoRollbackOnStop: true,
      rollback: { status: 'Failed', reads: 5 }
    })
    const r = await run({ target: 'deployment', id, 'wait-for-rollback': 'false' })
    expect(r.code).toBe(0)
    expect(r.outputs['rollback-deployment-id']).toMatch(/^d-/)
    expect(r.outputs['rollback-status']).toBe('')
    expect(
      fake
        .calls('BatchGetDeployments')
        .filter(c => JSON.stringify(c.body).includes(r.outputs['rollback-deployment-id']!))
    ).toHaveLength(0)
  })

  it('reports AlreadyCompleted with a warning when it finished on its own', async () => {
    const id = fake.addDeployment({ endsAs: 'Succeeded' })
    const r = await run({ target: 'deployment', id })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'AlreadyCompleted', 'target-status': 'Succeeded' })
    expect(annotations(r.stdout)).toEqual([
      {
        level: 'warning',
        title: `Finished before the stop: CodeDeploy deployment ${id}`,
        message: expect.stringMatching(
          /^CodeDeploy deployment d-\w+ finished on its own with Succeeded before the stop took effect/
        )
      }
    ])
  })

  it('fails it with fail-if-not-running', async () => {
    const id = fake.addDeployment({ endsAs: 'Failed' })
    const r = await run({ target: 'deployment', id, 'fail-if-not-running': 'true' })
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ status: 'AlreadyCompleted', 'target-status': 'Failed' })
  })

  it('reads an already finished deployment once, without looking for a rollback', async () => {
    const id = fake.addDeployment({ status: 'Stopped' })
    const r = await run({ target: 'deployment', id })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'AlreadyCompleted', 'target-status': 'Stopped' })
    expect(fake.calls('BatchGetDeployments')).toHaveLength(1)
  })

  it('does not look for a rollback with rollback: false', async () => {
    const id = fake.addDeployment()
    const r = await run({ target: 'deployment', id, rollback: 'false' })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'Succeeded', 'rollback-deployment-id': '' })
    expect(fake.calls('BatchGetDeployments')).toHaveLength(2)
  })

  it('ends the wait at once, with the IAM action, when a read is denied', async () => {
    const id = fake.addDeployment({ stopReads: 10 })
    fake.fault({
      operation: 'BatchGetDeployments',
      type: 'error',
      errorType: 'AccessDeniedException',
      message: 'no',
      times: 10
    })
    const r = await run({ target: 'deployment', id })
    expect(r.code).toBe(1)
    expect(fake.calls('BatchGetDeployments')).toHaveLength(1)
    expect(errorAnnotations(r.stdout)[0]).toMatch(
      /^Could not read the status of CodeDeploy deployment d-\w+: AccessDeniedException: no.*codedeploy:BatchGetDeployments/
    )
  })
})

describe('pipeline', () => {
  it('waits through Stopping, saying which stage and action is still running', async () => {
    const id = fake.addPipelineExecution({
      pipelineName: 'shop',
      stopReads: 2,
      runningStage: 'Deploy'
    })
    const r = await run({ target: 'pipeline', id, 'pipeline-name': 'shop' })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'Succeeded', 'target-status': 'Stopped' })
    expect(r.stdout).toMatch(
      /^\[\d+s\] CodePipeline execution .* of pipeline shop: Stopping \(stage Deploy: action \w+ InProgress\)$/m
    )
    // One GetPipelineState per read while Stopping, none after.
    expect(fake.calls('GetPipelineState').length).toBe(
      fake.calls('GetPipelineExecution').length - 1
    )
  })

  it('an execution that ends Succeeded on its own is AlreadyCompleted, never stopped', async () => {
    const id = fake.addPipelineExecution({ pipelineName: 'shop', endsAs: 'Succeeded' })
    const r = await run({ target: 'pipeline', id, 'pipeline-name': 'shop' })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'AlreadyCompleted', 'target-status': 'Succeeded' })
    expect(annotations(r.stdout).map(a => [a.level, a.title])).toEqual([
      ['warning', `Finished before the stop: CodePipeline execution ${id} of pipeline shop`]
    ])
  })

  it('waits when a stop was already under way', async () => {
    const id = fake.addPipelineExecution({ pipelineName: 'shop', status: 'Stopping' })
    const r = await run({ target: 'pipeline', id, 'pipeline-name': 'shop' })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'Succeeded', 'target-status': 'Stopped' })
  })
})

describe.each([
  ['build', 'addBuild', 'BatchGetBuilds'],
  ['build-batch', 'addBuildBatch', 'BatchGetBuildBatches']
] as const)('%s', (target, add, read) => {
  it('waits from IN_PROGRESS to STOPPED, showing the phase', async () => {
    const id = fake[add]({ stopReads: 2 })
    const r = await run({ target, id })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'Succeeded', 'target-status': 'STOPPED' })
    expect(r.stdout).toMatch(/: IN_PROGRESS \(phase \w+\)$/m)
    const pacing = readPacing(read)
    expect(pacing.count).toBe(3)
    expect(pacing.minGap).toBeGreaterThanOrEqual(950)
  })

  it('reports a build that finished on its own as AlreadyCompleted', async () => {
    const id = fake[add]({ endsAs: 'SUCCEEDED' })
    const r = await run({ target, id })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'AlreadyCompleted', 'target-status': 'SUCCEEDED' })
  })
})

describe('bounds', () => {
  it('times out past wait-timeout, with outputs from the last state seen', async () => {
    const id = fake.addBuild({ stopReads: 1000 })
    const r = await run({ target: 'build', id, 'wait-timeout': '3s' })
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ status: 'Pending', 'target-status': 'IN_PROGRESS', id })
    expect(errorAnnotations(r.stdout)[0]).toMatch(
      /^Timed out after 3s waiting for CodeBuild build .* to stop; last seen: IN_PROGRESS \(phase \w+\)\.$/
    )
    // At most one read per poll-interval: reads at 0, 1, 2 and 3 s.
    expect(readPacing('BatchGetBuilds').count).toBeLessThanOrEqual(4)
    expect(r.summary).toContain('Timed out after 3s')
  })

  it('absorbs throttling while polling', async () => {
    const id = fake.addBuild({ stopReads: 1 })
    fake.fault({ operation: 'BatchGetBuilds', type: 'throttle', times: 2 })
    fake.fault({ operation: 'BatchGetBuilds', type: 'server-error', times: 1 })
    const r = await run({ target: 'build', id }, { env: { AWS_MAX_ATTEMPTS: '1' } })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('Succeeded')
    expect(fake.calls('BatchGetBuilds').map(c => c.fault)).toEqual([
      'throttle',
      'throttle',
      'server-error',
      null,
      null
    ])
  })

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'on %s mid-wait: stops polling, reports, exits within 2 s',
    async signal => {
      const id = fake.addDeployment({ stopReads: 1000 })
      let signalledAt = 0
      const r = await run(
        { target: 'deployment', id, 'wait-timeout': '10m' },
        {
          onSpawn: (child, stdout) => {
            const timer = setInterval(() => {
              if (/^\[\d+s\] CodeDeploy deployment/m.test(stdout())) {
                clearInterval(timer)
                signalledAt = performance.now()
                child.kill(signal)
              }
            }, 20)
          }
        }
      )
      const exitAfterSignalMs = performance.now() - signalledAt
      expect(signalledAt).toBeGreaterThan(0)
      expect(exitAfterSignalMs).toBeLessThan(2000)
      expect(r.signal).toBeNull()
      expect(r.code).toBe(1)
      expect(r.stdout).toContain(`Received ${signal}`)
      expect(r.outputs).toMatchObject({ status: 'Pending', 'target-status': 'InProgress', id })
      expect(errorAnnotations(r.stdout)[0]).toMatch(
        /^Cancelled while waiting for CodeDeploy deployment .* last seen: InProgress/
      )
      expect(r.summary).toContain('Cancelled while waiting')
      expect(fake.calls('StopDeployment')).toHaveLength(1)
    }
  )
})
