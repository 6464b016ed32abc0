// npm run demo shows each step as a person reads it on the run's page, and counts what happened
// without mixing up the stop and a CodeDeploy rollback deployment.
import { describe, expect, it } from '@jest/globals'
import {
  callList,
  countEach,
  noteRollbacks,
  outcome,
  renderLog,
  renderOutputs,
  renderSummary,
  withBlock
} from '../../scripts/demo.js'

describe('the demo', () => {
  it('shows the log as the run’s page does: groups opened, annotations unescaped, no commands', () => {
    const log = [
      '::add-mask::s3cr3t',
      '::group::Stop 2 ECS service deployments',
      'Region eu-west-1.',
      '::debug::Stop result: {"status":"Pending"}',
      ':\u200b:error::not a command, defused by the action',
      '::endgroup::',
      '::error title=ROLLBACK_FAILED%3A ECS service deployment arn%3Aaws%3Aecs%2C x::first line%0Asecond 100%25%0D',
      '::warning::no title',
      '::stop-commands::tok',
      '::error::shown as it is',
      '::tok::',
      '::notice title=Done::ok',
      ''
    ].join('\n')
    expect(renderLog(log)).toEqual([
      '▾ Stop 2 ECS service deployments',
      '  Region eu-west-1.',
      '  ::error::not a command, defused by the action',
      'Error: ROLLBACK_FAILED: ECS service deployment arn:aws:ecs, x — first line',
      '       second 100%',
      'Warning: no title',
      '::error::shown as it is',
      'Notice: Done — ok'
    ])
  })

  it('counts each status on its own', () => {
    expect(countEach(['Failed', 'Succeeded'])).toBe('1 Succeeded, 1 Failed')
    expect(countEach(['Succeeded', 'Succeeded', 'Pending'])).toBe('2 Succeeded, 1 Pending')
    expect(countEach([])).toBe('')
  })

  it('names the stop and the rollback deployment apart', () => {
    const releases = [
      { status: 'Succeeded', rollbackDeploymentId: 'd-ROLLBACK1', rollbackStatus: 'Succeeded' },
      { status: 'Failed', rollbackDeploymentId: 'd-ROLLBACK2', rollbackStatus: 'Failed' }
    ]
    expect(outcome(1, releases)).toBe(
      'the step failed; stop: 1 Succeeded, 1 Failed; rollback deployments: 1 Succeeded, 1 Failed'
    )
    expect(outcome(0, [{ status: 'Pending' }])).toBe('the step succeeded; stop: 1 Pending')
    expect(
      noteRollbacks(
        [
          '  [1s] CodeDeploy deployment d-STOPPED01: Stopped (instances: 3 skipped)',
          '  [3s] CodeDeploy deployment d-ROLLBACK1: Succeeded (instances: 3 succeeded)'
        ],
        releases
      )
    ).toEqual([
      '  [1s] CodeDeploy deployment d-STOPPED01: Stopped (instances: 3 skipped)',
      '  [3s] CodeDeploy deployment d-ROLLBACK1: Succeeded (instances: 3 succeeded)  ← the rollback deployment'
    ])

    const outputs = renderOutputs({
      status: 'Succeeded',
      count: '1',
      releases: JSON.stringify([{ kind: 'deployment', id: 'd-STOPPED01', status: 'Succeeded' }]),
      'rollback-deployment-id': 'd-ROLLBACK1',
      'rollback-status': 'Succeeded',
      'target-status': ''
    })
    expect(outputs).toEqual([
      expect.stringMatching(/^status +Succeeded {2}← of the stop: /),
      'count                   1',
      'releases                JSON, 1 object (kind, id, status)',
      'rollback-deployment-id  d-ROLLBACK1',
      'rollback-status         Succeeded  ← of the rollback deployment d-ROLLBACK1, not of the stop',
      '(empty: target-status)'
    ])
  })

  it('shows the job summary as text, a block per release', () => {
    const html =
      '<h3>Stop AWS release</h3>\n<p>1 CodeDeploy deployment: 1 stopped.</p>\n' +
      '<table><tr><th>Kind</th><th>ID</th><th>Status</th><th>Rollback</th><th>Message</th><th>Console</th></tr>' +
      '<tr><td>CodeDeploy deployment</td><td><code>d-STOPPED01</code></td><td>Succeeded</td>' +
      '<td><code>d-ROLLBACK1</code> Succeeded</td><td>It&#39;s &lt;Stopped&gt;.</td>' +
      '<td><a href="https://console.example/d?a=1&amp;b=2">Open in the AWS console</a></td></tr></table>'
    expect(renderSummary(html)).toEqual([
      '### Stop AWS release',
      '1 CodeDeploy deployment: 1 stopped.',
      '',
      'CodeDeploy deployment d-STOPPED01',
      '  Status: Succeeded (← of the stop) · Rollback: d-ROLLBACK1 Succeeded',
      "  It's <Stopped>.",
      '  Open in the AWS console: https://console.example/d?a=1&b=2'
    ])
    expect(renderSummary('')).toEqual(['(none)'])
  })

  it('writes the step as a workflow does, and folds repeated calls', () => {
    expect(withBlock({ target: 'stack', stack: 'A B', reason: 'why: this' })).toEqual([
      '- uses: owner/stop-aws-release@v1',
      '  with:',
      '    target: stack',
      '    stack: A B',
      '    reason: "why: this"'
    ])
    expect(callList(['StopBuild', 'BatchGetBuilds', 'BatchGetBuilds', 'StopBuild'])).toBe(
      'StopBuild, BatchGetBuilds ×2, StopBuild'
    )
    expect(callList([])).toBe('none')
  })
})
