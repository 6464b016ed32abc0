// The bundled action, spawned as the runner spawns it, against the fake AWS over HTTP.
import { describe, expect, it } from '@jest/globals'
import { fake, useFakeAws } from '../support/fake-aws.js'
import { html } from '../../src/log.js'
import {
  annotations,
  errorAnnotations,
  runAction,
  workflowCommands,
  type RunOptions
} from '../../scripts/action-runner.js'

useFakeAws()

function run(inputs: Record<string, string>, env: RunOptions['env'] = {}) {
  return runAction({ inputs, env: { AWS_ENDPOINT_URL: fake.url, ...env } })
}

describe('deployment', () => {
  it('stops a running deployment: StopDeployment status and message verbatim', async () => {
    const id = fake.addDeployment()
    const r = await run({ target: 'deployment', id })
    expect(r.code).toBe(0)
    const message = 'Stopping Pending. Stopping to schedule commands in the deployment instances'
    const consoleUrl = `https://eu-west-1.console.aws.amazon.com/codesuite/codedeploy/deployments/${id}?region=eu-west-1`
    expect(r.outputs).toEqual({
      status: 'Pending',
      'status-message': message,
      'target-status': '',
      id,
      'rollback-deployment-id': '',
      'rollback-status': '',
      'aws-account-id': '',
      count: '1',
      ids: id,
      releases: JSON.stringify([
        {
          kind: 'deployment',
          id,
          status: 'Pending',
          statusMessage: message,
          targetStatus: '',
          rollbackDeploymentId: '',
          rollbackStatus: '',
          consoleUrl
        }
      ])
    })
    const stops = fake.calls('StopDeployment')
    expect(stops).toHaveLength(1)
    // rollback left empty: the field is absent, so the deployment group's setting applies
    expect(stops[0]?.body).toEqual({ deploymentId: id })
    expect(stops[0]?.region).toBe('eu-west-1')
    expect(r.stdout).toContain(
      `https://eu-west-1.console.aws.amazon.com/codesuite/codedeploy/deployments/${id}`
    )
  })

  it.each([
    ['true', true],
    ['false', false]
  ])('sends rollback: %s as autoRollbackEnabled', async (rollback, expected) => {
    const id = fake.addDeployment()
    const r = await run({ target: 'deployment', id, rollback })
    expect(r.code).toBe(0)
    expect(fake.calls('StopDeployment')[0]?.body).toEqual({
      deploymentId: id,
      autoRollbackEnabled: expected
    })
  })

  it('passes a Succeeded stop status through', async () => {
    const id = fake.addDeployment({ stopResponseStatus: 'Succeeded' })
    const r = await run({ target: 'deployment', id })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('Succeeded')
  })

  it('reports AlreadyCompleted with a notice and succeeds', async () => {
    const id = fake.addDeployment({ status: 'Succeeded' })
    const r = await run({ target: 'deployment', id })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('AlreadyCompleted')
    expect(r.outputs['status-message']).toContain(id)
    expect(annotations(r.stdout)).toEqual([
      {
        level: 'notice',
        title: `Already finished: CodeDeploy deployment ${id}`,
        message: expect.stringMatching(
          /^CodeDeploy deployment d-\w+ had already finished; nothing was stopped\./
        )
      }
    ])
  })

  it('fails on AlreadyCompleted with fail-if-not-running, outputs still set', async () => {
    const id = fake.addDeployment({ status: 'Stopped' })
    const r = await run({ target: 'deployment', id, 'fail-if-not-running': 'true' })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('AlreadyCompleted')
    expect(annotations(r.stdout)).toEqual([
      {
        level: 'error',
        title: `Not running: CodeDeploy deployment ${id}`,
        message: expect.stringContaining('was not running, and fail-if-not-running is true')
      }
    ])
  })

  it('fails clearly when the deployment does not exist', async () => {
    const r = await run({ target: 'deployment', id: 'd-NOTHERE00' })
    expect(r.code).toBe(1)
    expect(annotations(r.stdout).map(a => [a.level, a.title])).toEqual([
      ['error', 'Stop failed: CodeDeploy deployment d-NOTHERE00']
    ])
    const [error] = errorAnnotations(r.stdout)
    expect(error).toMatch(
      /^Could not stop CodeDeploy deployment d-NOTHERE00: DeploymentDoesNotExistException: /
    )
    expect(error).toContain(
      'Check the ID, the region (eu-west-1) and that the credentials are for the AWS account'
    )
    // The release is reported too: Failed, with the same message.
    expect(r.outputs.status).toBe('Failed')
    expect(JSON.parse(r.outputs.releases!)).toEqual([
      expect.objectContaining({ id: 'd-NOTHERE00', status: 'Failed', statusMessage: error })
    ])
  })

  it('names the IAM action when access is denied', async () => {
    const id = fake.addDeployment()
    fake.fault({
      operation: 'StopDeployment',
      type: 'error',
      errorType: 'AccessDeniedException',
      message:
        'User: arn:aws:sts::123456789012:assumed-role/ci/gh is not authorized to perform: codedeploy:StopDeployment'
    })
    const r = await run({ target: 'deployment', id })
    expect(r.code).toBe(1)
    const [error] = errorAnnotations(r.stdout)
    expect(error).toContain(
      `Could not stop CodeDeploy deployment ${id}: AccessDeniedException: User: arn:aws:sts`
    )
    expect(error).toContain('needs the IAM action codedeploy:StopDeployment')
    expect(fake.get(id)?.status).toBe('InProgress')
  })
})

describe('pipeline', () => {
  it('stops a running execution with abandon and reason', async () => {
    const id = fake.addPipelineExecution({ pipelineName: 'web-prod' })
    const r = await run({
      target: 'pipeline',
      id,
      'pipeline-name': 'web-prod',
      abandon: 'true',
      reason: 'Bad canary'
    })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('Pending')
    expect(r.outputs['status-message']).toContain('in-progress actions are abandoned')
    expect(fake.calls('StopPipelineExecution')[0]?.body).toEqual({
      pipelineName: 'web-prod',
      pipelineExecutionId: id,
      abandon: true,
      reason: 'Bad canary'
    })
  })

  it('sends a reason that leads back to the workflow run when none is given', async () => {
    const id = fake.addPipelineExecution({ pipelineName: 'web-prod' })
    const r = await run({ target: 'pipeline', id, 'pipeline-name': 'web-prod' })
    expect(r.code).toBe(0)
    const body = fake.calls('StopPipelineExecution')[0]?.body as {
      reason: string
      abandon: boolean
    }
    expect(body.abandon).toBe(false)
    expect(body.reason).toBe(
      'Stopped from GitHub Actions run https://github.com/acme/web/actions/runs/4242 ' +
        '(acme/web, workflow "Release", run 4242, by octocat)'
    )
  })

  it('treats a stop already under way as Pending, not a failure', async () => {
    const id = fake.addPipelineExecution({ pipelineName: 'web-prod', status: 'Stopping' })
    const r = await run({ target: 'pipeline', id, 'pipeline-name': 'web-prod' })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('Pending')
    expect(r.outputs['status-message']).toMatch(/^A stop is already under way: /)
  })

  it('reports AlreadyCompleted for an execution that is not stoppable, once a read showed it finished', async () => {
    const id = fake.addPipelineExecution({ pipelineName: 'web-prod', status: 'Succeeded' })
    const r = await run({ target: 'pipeline', id, 'pipeline-name': 'web-prod' })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'AlreadyCompleted', 'target-status': 'Succeeded' })
    expect(fake.calls().map(c => c.operation)).toEqual([
      'StopPipelineExecution',
      'GetPipelineExecution'
    ])
    expect(annotations(r.stdout).map(a => [a.level, a.title])).toEqual([
      ['notice', `Already finished: CodePipeline execution ${id} of pipeline web-prod`]
    ])
  })

  it('an execution of another pipeline (a wrong pipeline-name): Failed, naming both, never green', async () => {
    const id = fake.addPipelineExecution({ pipelineName: 'shop-staging' })
    fake.addPipelineExecution({ pipelineName: 'shop-prod', status: 'Succeeded' })
    const r = await run({ target: 'pipeline', id, 'pipeline-name': 'shop-prod' })
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ status: 'Failed', ids: id })
    expect(errorAnnotations(r.stdout)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Could not stop CodePipeline execution ${id} of pipeline shop-prod: execution ${id} is not in pipeline shop-prod\\. Check the "pipeline-name" input`
        )
      )
    ])
    expect(fake.get(id)?.status).toBe('InProgress')
  })

  it('a mistyped execution ID: Failed, saying it is not in the pipeline', async () => {
    fake.addPipelineExecution({ pipelineName: 'shop-prod' })
    const typo = '3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a2'
    const r = await run({ target: 'pipeline', id: typo, 'pipeline-name': 'shop-prod' })
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ status: 'Failed', id: typo })
    expect(r.outputs['status-message']).toContain(`execution ${typo} is not in pipeline shop-prod`)
  })

  it('fails clearly when the pipeline does not exist', async () => {
    const r = await run({
      target: 'pipeline',
      id: '3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1',
      'pipeline-name': 'nope'
    })
    expect(r.code).toBe(1)
    expect(errorAnnotations(r.stdout)[0]).toMatch(
      /^Could not stop CodePipeline execution 3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1 of pipeline nope: PipelineNotFoundException: .*check the "pipeline-name" input/
    )
  })
})

describe.each([
  ['build', 'addBuild', 'StopBuild'],
  ['build-batch', 'addBuildBatch', 'StopBuildBatch']
] as const)('%s', (target, add, operation) => {
  it('reports Pending while CodeBuild still shows IN_PROGRESS', async () => {
    const id = fake[add]()
    const r = await run({ target, id })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'Pending', 'target-status': 'IN_PROGRESS', id })
    expect(fake.calls(operation)[0]?.body).toEqual({ id })
  })

  it('reports Succeeded when CodeBuild answers STOPPED', async () => {
    const id = fake[add]({ stopImmediately: true })
    const r = await run({ target, id })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'Succeeded', 'target-status': 'STOPPED' })
  })

  it('reports AlreadyCompleted for a finished one', async () => {
    const id = fake[add]({ status: 'SUCCEEDED' })
    const r = await run({ target, id })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'AlreadyCompleted', 'target-status': 'SUCCEEDED' })
  })

  it('fails on a finished one with fail-if-not-running', async () => {
    const id = fake[add]({ status: 'FAILED' })
    const r = await run({ target, id, 'fail-if-not-running': 'true' })
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ status: 'AlreadyCompleted', 'target-status': 'FAILED' })
  })

  it('fails clearly when it does not exist', async () => {
    const r = await run({ target, id: 'ghost:3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1' })
    expect(r.code).toBe(1)
    expect(errorAnnotations(r.stdout)[0]).toMatch(
      /: ResourceNotFoundException: .*Check the ID, the region \(eu-west-1\)/
    )
  })
})

describe('inputs that do not apply', () => {
  it('are ignored with a warning, and the stop goes ahead', async () => {
    const id = fake.addBuild({ stopImmediately: true })
    const r = await run({ target: 'build', id, rollback: 'true', reason: 'x' })
    expect(r.code).toBe(0)
    expect(annotations(r.stdout)).toEqual([
      expect.objectContaining({
        level: 'warning',
        title: 'Input not used',
        message: expect.stringMatching(
          /^Input "rollback" applies to CodeDeploy deployments, ECS service deployments, CloudFormation stacks, EC2 Auto Scaling instance refreshes and Elastic Beanstalk environment updates only/
        )
      }),
      expect.objectContaining({
        level: 'warning',
        title: 'Input not used',
        message: expect.stringMatching(/^Input "reason" applies to CodePipeline executions only/)
      })
    ])
    expect(fake.calls('StopBuild')[0]?.body).toEqual({ id })
  })
})

describe('bad input fails before any AWS call', () => {
  const UUID = '3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1'
  it.each([
    ['no target', { id: 'd-ABCD12345' }, {}, 'Input "target" is required'],
    [
      'unknown target',
      { target: 'lambda', id: 'd-ABCD12345' },
      {},
      'Input "target" must be one of'
    ],
    ['no id', { target: 'deployment' }, {}, 'Input "id" is required'],
    [
      'deployment id shape',
      { target: 'deployment', id: 'ABCD' },
      {},
      'Input "id" must be a CodeDeploy deployment ID'
    ],
    [
      'pipeline id shape',
      { target: 'pipeline', id: 'd-ABCD12345', 'pipeline-name': 'p' },
      {},
      'Input "id" must be a pipeline execution ID'
    ],
    [
      'build id shape',
      { target: 'build', id: UUID },
      {},
      'Input "id" must be a CodeBuild build ID'
    ],
    [
      'batch id shape',
      { target: 'build-batch', id: 'p:1' },
      {},
      'Input "id" must be a CodeBuild build batch ID'
    ],
    ['no pipeline-name', { target: 'pipeline', id: UUID }, {}, 'Input "pipeline-name" is required'],
    [
      'bad pipeline-name',
      { target: 'pipeline', id: UUID, 'pipeline-name': 'a/b' },
      {},
      'Input "pipeline-name" must be'
    ],
    [
      'long reason',
      { target: 'pipeline', id: UUID, 'pipeline-name': 'p', reason: 'r'.repeat(201) },
      {},
      'Input "reason" accepts at most 200'
    ],
    [
      'bad rollback',
      { target: 'deployment', id: 'd-ABCD12345', rollback: 'yes' },
      {},
      'Input "rollback" must be true or false'
    ],
    [
      'bad abandon',
      { target: 'pipeline', id: UUID, 'pipeline-name': 'p', abandon: '1' },
      {},
      'Input "abandon" must be true or false'
    ],
    [
      'bad fail-if-not-running',
      { target: 'build', id: `p:${UUID}`, 'fail-if-not-running': 'on' },
      {},
      'Input "fail-if-not-running" must be true or false'
    ],
    [
      'no region',
      { target: 'build', id: `p:${UUID}` },
      { AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined },
      'No AWS region'
    ],
    [
      'bad region',
      { target: 'build', id: `p:${UUID}`, 'aws-region': 'EU' },
      {},
      'Input "aws-region" must be an AWS region code'
    ],
    [
      'bad wait',
      { target: 'build', id: `p:${UUID}`, wait: 'yes' },
      {},
      'Input "wait" must be true or false'
    ],
    [
      'bad wait-timeout',
      { target: 'build', id: `p:${UUID}`, wait: 'true', 'wait-timeout': '30 minutes' },
      {},
      'Input "wait-timeout" must be a duration like 90s, 15m, 1h'
    ],
    [
      'poll-interval under 1s',
      { target: 'build', id: `p:${UUID}`, wait: 'true', 'poll-interval': '0' },
      {},
      'Input "poll-interval" must be between 1s and 3600s'
    ],
    [
      'bad wait-for-rollback',
      { target: 'deployment', id: 'd-ABCD12345', wait: 'true', 'wait-for-rollback': 'no' },
      {},
      'Input "wait-for-rollback" must be true or false'
    ]
  ] as [string, Record<string, string>, Record<string, string | undefined>, string][])(
    '%s',
    async (_name, inputs, env, message) => {
      const r = await run(inputs, env)
      expect(r.code).toBe(1)
      const errors = annotations(r.stdout).filter(a => a.level === 'error')
      expect(errors.map(a => a.title)).toEqual(['Bad input: nothing was stopped'])
      expect(errors[0]?.message).toContain(message)
      expect(fake.requests).toHaveLength(0)
      // Every path sets the outputs: `status == 'Failed'` fires and fromJSON(releases) parses.
      expect(r.outputs).toMatchObject({ status: 'Failed', count: '0', ids: '', releases: '[]' })
      expect(r.outputs['status-message']).toContain(message)
      expect(r.summary).toContain('<h3>Stop AWS release: bad input</h3>')
      expect(r.summary).toContain(`<li>${html(message)}`)
    }
  )
})

describe('retries and endpoints', () => {
  it('retries throttling and 5xx answers (the SDK standard retry)', async () => {
    const id = fake.addBuild({ stopImmediately: true })
    fake.fault({ operation: 'StopBuild', type: 'throttle' })
    fake.fault({ operation: 'StopBuild', type: 'server-error', status: 503 })
    const r = await run({ target: 'build', id })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('Succeeded')
    expect(fake.calls('StopBuild').map(c => c.fault)).toEqual(['throttle', 'server-error', null])
  })

  it('retries a dropped connection', async () => {
    const id = fake.addDeployment()
    fake.fault({ operation: 'StopDeployment', type: 'drop' })
    const r = await run({ target: 'deployment', id })
    expect(r.code).toBe(0)
    expect(fake.calls('StopDeployment')).toHaveLength(2)
  })

  it('keeps trying a throttled stop past AWS_MAX_ATTEMPTS until it goes through', async () => {
    const id = fake.addBuild()
    fake.fault({ operation: 'StopBuild', type: 'throttle', times: 3 })
    const r = await run({ target: 'build', id }, { AWS_MAX_ATTEMPTS: '2' })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('Pending')
    // Two SDK attempts, throttled; then two more after the action's own pause: the last lands.
    expect(fake.calls('StopBuild').map(c => c.fault)).toEqual([
      'throttle',
      'throttle',
      'throttle',
      null
    ])
    expect(r.stdout).toContain('AWS throttled 1 stop call; each was tried again.')
  })

  it('no credentials with 5 IDs: one error with the fix, each release Failed in the outputs', async () => {
    const ids = Array.from({ length: 5 }, () => fake.addBuild())
    const r = await run(
      { target: 'build', id: ids.join('\n') },
      {
        AWS_ACCESS_KEY_ID: undefined,
        AWS_SECRET_ACCESS_KEY: undefined,
        AWS_SESSION_TOKEN: undefined
      }
    )
    expect(r.code).toBe(1)
    // One problem for the whole step, said once: not five identical annotations.
    expect(annotations(r.stdout)).toEqual([
      {
        level: 'error',
        title: 'No AWS credentials: nothing was stopped',
        message: expect.stringMatching(
          /^No AWS credentials were found \(.*\): add aws-actions\/configure-aws-credentials before this step\.$/
        )
      }
    ])
    expect(fake.requests).toHaveLength(0)
    expect(r.outputs).toMatchObject({ status: 'Failed', count: '5', ids: ids.join(',') })
    expect(JSON.parse(r.outputs.releases!)).toEqual(
      ids.map(id => expect.objectContaining({ id, status: 'Failed' }))
    )
    expect(r.summary).toContain('No AWS credentials were found')
  })

  it('honours AWS_ENDPOINT_URL_<SERVICE> over AWS_ENDPOINT_URL', async () => {
    const id = fake.addPipelineExecution({ pipelineName: 'p' })
    const r = await run(
      { target: 'pipeline', id, 'pipeline-name': 'p' },
      { AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_ENDPOINT_URL_CODEPIPELINE: fake.url }
    )
    expect(r.code).toBe(0)
    expect(fake.calls('StopPipelineExecution')).toHaveLength(1)
  })

  it('signs for the region given by the aws-region input', async () => {
    const id = fake.addBuild()
    const r = await run({ target: 'build', id, 'aws-region': 'ap-southeast-2' })
    expect(r.code).toBe(0)
    expect(fake.calls('StopBuild')[0]?.region).toBe('ap-southeast-2')
    expect(r.stdout).toContain('https://ap-southeast-2.console.aws.amazon.com/')
  })
})

describe('log, summary and credentials', () => {
  const hostile =
    'boom\n::add-mask::everything\r\n::stop-commands::x ##[error]fake <script>alert(1)</script>'

  it('never lets AWS text start a workflow command, and escapes it in the summary', async () => {
    const id = fake.addDeployment()
    fake.fault({
      operation: 'StopDeployment',
      type: 'error',
      errorType: 'InvalidDeploymentIdException',
      message: hostile
    })
    const r = await run(
      { target: 'deployment', id },
      { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' }
    )
    expect(r.code).toBe(1)
    for (const line of workflowCommands(r.stdout)) {
      expect(line).toMatch(/^::((group|endgroup|debug)|(error|warning|notice)( title=[^:]*)?)::/)
      expect(line).not.toContain('##[')
    }
    expect(r.summary).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(r.summary).not.toContain('<script>')
  })

  it('keeps input text from starting a workflow command', async () => {
    const id = fake.addPipelineExecution({ pipelineName: 'p' })
    const r = await run({
      target: 'pipeline',
      id,
      'pipeline-name': 'p',
      reason: 'x\n::add-mask::y ##[warning]z'
    })
    expect(r.code).toBe(0)
    for (const line of workflowCommands(r.stdout))
      expect(line).toMatch(/^::((group|endgroup|debug)|(error|warning|notice)( title=[^:]*)?)::/)
  })

  it('never prints credentials, even with debug logging', async () => {
    const id = fake.addDeployment()
    const r = await run(
      { target: 'deployment', id },
      { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' }
    )
    expect(r.code).toBe(0)
    const everything = r.stdout + r.stderr + r.summary + JSON.stringify(r.outputs)
    expect(everything).not.toContain('fake/Secret+Key')
    expect(everything).not.toContain('FakeSessionToken')
    expect(everything).not.toContain('AKIAFAKEKEY')
  })

  it('writes a job summary table: the release linked to the console, its status, what AWS showed', async () => {
    const id = fake.addBuild({ stopImmediately: true })
    const r = await run({ target: 'build', id })
    expect(r.summary).toContain(
      '<th>Release</th><th>Status</th><th>AWS status</th><th>Details</th>'
    )
    expect(r.summary).toContain(
      `<a href="https://eu-west-1.console.aws.amazon.com/codesuite/codebuild/projects/demo-project/build/${encodeURIComponent(id)}/log?region=eu-west-1" title="${id}"><code>${id}</code></a></td><td>✅ Stopped</td><td>STOPPED</td>`
    )
  })
})
