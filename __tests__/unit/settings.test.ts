import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { parseSettings } from '../../src/settings.js'

const DEPLOYMENT_ID = 'd-ABCD12345'
const EXECUTION_ID = '3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1'
const BUILD_ID = `my-project:${EXECUTION_ID}`

const rollbackOf = (s: { options: unknown }) => (s.options as { rollback?: boolean }).rollback

/** The runner fills action.yml defaults in; inputs a workflow leaves out arrive as ''. */
function parse(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = { AWS_REGION: 'eu-west-1' }
) {
  return parseSettings(name => inputs[name] ?? '', env)
}

function problemsOf(inputs: Record<string, string>, env?: NodeJS.ProcessEnv): string[] {
  try {
    parse(inputs, env)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as InputError).problems
  }
  throw new Error('expected an InputError')
}

describe('parseSettings: valid inputs', () => {
  it('reads a deployment stop with defaults', () => {
    expect(parse({ target: 'deployment', id: DEPLOYMENT_ID })).toEqual({
      kind: 'deployment',
      releases: [{ kind: 'deployment', id: DEPLOYMENT_ID }],
      // The kind's own options, from its own inputs (kinds/codedeploy).
      options: { waitForRollback: true },
      maxReleases: 25,
      dryRun: false,
      guard: false,
      failIfNotRunning: false,
      region: 'eu-west-1',
      allowedAccountIds: [],
      wait: false,
      waitTimeoutMs: 30 * 60_000,
      pollIntervalMs: 5_000,
      warnings: []
    })
  })

  it('reads allowed-account-ids: separated by commas, spaces or new lines, each once', () => {
    expect(
      parse({
        target: 'deployment',
        id: DEPLOYMENT_ID,
        'allowed-account-ids': '111111111111, 222222222222\n111111111111'
      }).allowedAccountIds
    ).toEqual(['111111111111', '222222222222'])
  })

  it('keeps rollback tri-state: empty, true, false', () => {
    expect(
      rollbackOf(parse({ target: 'deployment', id: DEPLOYMENT_ID, rollback: '' }))
    ).toBeUndefined()
    expect(rollbackOf(parse({ target: 'deployment', id: DEPLOYMENT_ID, rollback: 'true' }))).toBe(
      true
    )
    expect(rollbackOf(parse({ target: 'deployment', id: DEPLOYMENT_ID, rollback: 'FALSE' }))).toBe(
      false
    )
  })

  it('reads a pipeline stop with its name, abandon and reason', () => {
    const s = parse({
      target: 'pipeline',
      id: EXECUTION_ID,
      'pipeline-name': 'my.pipe@prod_1-x',
      abandon: 'True',
      reason: 'Bad canary'
    })
    expect(s.releases).toEqual([{ kind: 'pipeline', id: EXECUTION_ID, parent: 'my.pipe@prod_1-x' }])
    expect(s.options).toEqual({ abandon: true, reason: 'Bad canary' })
  })

  it('reads builds and build batches', () => {
    expect(parse({ target: 'build', id: BUILD_ID }).releases[0]).toEqual({
      kind: 'build',
      id: BUILD_ID
    })
    expect(parse({ target: 'build-batch', id: BUILD_ID }).releases[0]).toEqual({
      kind: 'build-batch',
      id: BUILD_ID
    })
  })

  it('takes the region from the input, then AWS_REGION, then AWS_DEFAULT_REGION', () => {
    const env = { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'us-west-2' }
    expect(parse({ target: 'build', id: BUILD_ID, 'aws-region': 'ap-south-1' }, env).region).toBe(
      'ap-south-1'
    )
    expect(parse({ target: 'build', id: BUILD_ID }, env).region).toBe('eu-west-1')
    expect(
      parse({ target: 'build', id: BUILD_ID }, { AWS_DEFAULT_REGION: 'us-west-2' }).region
    ).toBe('us-west-2')
    expect(parse({ target: 'build', id: BUILD_ID }, { AWS_REGION: 'us-gov-west-1' }).region).toBe(
      'us-gov-west-1'
    )
    expect(parse({ target: 'build', id: BUILD_ID }, { AWS_REGION: 'cn-north-1' }).region).toBe(
      'cn-north-1'
    )
  })

  it('reads the wait inputs', () => {
    const s = parse({
      target: 'build',
      id: BUILD_ID,
      wait: 'true',
      'wait-timeout': '1h30m',
      'poll-interval': '2'
    })
    expect(s).toMatchObject({ wait: true, waitTimeoutMs: 5_400_000, pollIntervalMs: 2_000 })
    expect(
      parse({ target: 'deployment', id: DEPLOYMENT_ID, 'wait-for-rollback': 'false' }).options
    ).toEqual({ waitForRollback: false })
  })

  it('warns about inputs that do not apply to the target', () => {
    expect(
      parse({
        target: 'build',
        id: BUILD_ID,
        rollback: 'true',
        abandon: 'true',
        reason: 'r'
      }).warnings
    ).toEqual([
      'Input "rollback" applies to CodeDeploy deployments, ECS service deployments, CloudFormation stacks, EC2 Auto Scaling instance refreshes and Elastic Beanstalk environment updates only; it is ignored with target: build.',
      'Input "abandon" applies to CodePipeline executions only; it is ignored with target: build.',
      'Input "reason" applies to CodePipeline executions only; it is ignored with target: build.'
    ])
    // action.yml's defaults arrive with every target: they are not "given".
    expect(
      parse({ target: 'build', id: BUILD_ID, abandon: 'false', 'wait-for-rollback': 'true' })
        .warnings
    ).toEqual([])
    expect(parse({ target: 'deployment', id: DEPLOYMENT_ID, rollback: 'false' }).warnings).toEqual(
      []
    )
  })

  it('accepts a reason of exactly 200 characters, counting characters not bytes', () => {
    const s = parse({
      target: 'pipeline',
      id: EXECUTION_ID,
      'pipeline-name': 'p1',
      reason: 'é'.repeat(200)
    })
    expect((s.options as { reason: string }).reason).toHaveLength(200)
  })
})

describe('parseSettings: bad input names the input and what it accepts', () => {
  it('target missing or unknown', () => {
    expect(problemsOf({ id: DEPLOYMENT_ID })).toEqual([
      'Input "target" is required: one of deployment, pipeline, build, build-batch, ecs-deployment, stack, instance-refresh, beanstalk-update.'
    ])
    expect(problemsOf({ target: 'Deployment', id: DEPLOYMENT_ID })).toEqual([
      'Input "target" must be one of deployment, pipeline, build, build-batch, ecs-deployment, stack, instance-refresh, beanstalk-update; got "Deployment".'
    ])
  })

  it('id missing', () => {
    expect(problemsOf({ target: 'deployment' })[0]).toMatch(
      /^Input "id" is required unless a name is given: a CodeDeploy deployment ID.*; or give "application"/
    )
    expect(problemsOf({ target: 'build-batch' })[0]).toMatch(
      /or give "project" to stop the project's running build batches\.$/
    )
  })

  it.each([
    ['deployment', 'D-ABC', /^Input "id" must be a CodeDeploy deployment ID/],
    ['deployment', 'd-', /^Input "id" must be a CodeDeploy deployment ID/],
    [
      'pipeline',
      EXECUTION_ID.toUpperCase(),
      /^Input "id" must be a pipeline execution ID: a lower-case UUID/
    ],
    ['build', 'my-project', /^Input "id" must be a CodeBuild build ID: "<project>:<uuid>"/],
    ['build-batch', 'my-project:not-a-uuid', /^Input "id" must be a CodeBuild build batch ID/]
  ])('id of the wrong shape for %s: %s', (target, id, message) => {
    const inputs: Record<string, string> = { target, id }
    if (target === 'pipeline') inputs['pipeline-name'] = 'p'
    expect(problemsOf(inputs)).toEqual([expect.stringMatching(message)])
  })

  it('hints at the target when the id fits another kind', () => {
    expect(problemsOf({ target: 'build', id: DEPLOYMENT_ID })[0]).toContain(
      'It looks like the ID of a deployment: check "target".'
    )
    expect(problemsOf({ target: 'build', id: EXECUTION_ID })[0]).toContain('ID of a pipeline')
  })

  it('hints at the ID part when given an ARN', () => {
    const arn = `arn:aws:codebuild:eu-west-1:123456789012:build/${BUILD_ID}`
    expect(problemsOf({ target: 'build', id: arn })[0]).toContain(
      `That is an ARN: give the ID part, "${BUILD_ID}".`
    )
  })

  it('pipeline-name missing or invalid with target pipeline', () => {
    expect(problemsOf({ target: 'pipeline', id: EXECUTION_ID })).toEqual([
      'Input "pipeline-name" is required with target: pipeline (1-100 characters of A-Z a-z 0-9 . @ _ -): ' +
        'with "id", the pipeline of those executions; without, the pipeline whose running executions to stop.'
    ])
    expect(
      problemsOf({ target: 'pipeline', id: EXECUTION_ID, 'pipeline-name': 'my pipe' })[0]
    ).toMatch(/^Input "pipeline-name" must be 1-100 characters/)
    expect(
      problemsOf({ target: 'pipeline', id: EXECUTION_ID, 'pipeline-name': 'p'.repeat(101) })
    ).toHaveLength(1)
  })

  it('reason over 200 characters', () => {
    expect(
      problemsOf({
        target: 'pipeline',
        id: EXECUTION_ID,
        'pipeline-name': 'p1',
        reason: 'x'.repeat(201)
      })
    ).toEqual(['Input "reason" accepts at most 200 characters; got 201.'])
  })

  it.each([
    ['rollback', { target: 'deployment', id: DEPLOYMENT_ID }],
    ['abandon', { target: 'pipeline', id: EXECUTION_ID, 'pipeline-name': 'p1' }],
    ['fail-if-not-running', { target: 'build', id: BUILD_ID }]
  ])('%s that is not true/false', (name, inputs) => {
    expect(problemsOf({ ...inputs, [name]: 'yes' })).toEqual([
      expect.stringMatching(new RegExp(`^Input "${name}" must be true or false.*; got "yes"\\.$`))
    ])
  })

  it('no region at all, or a malformed one', () => {
    expect(problemsOf({ target: 'build', id: BUILD_ID }, {})[0]).toMatch(
      /^No AWS region: set the "aws-region" input, or AWS_REGION \/ AWS_DEFAULT_REGION/
    )
    expect(problemsOf({ target: 'build', id: BUILD_ID, 'aws-region': 'Frankfurt' })[0]).toBe(
      'Input "aws-region" must be an AWS region code like us-east-1; got "Frankfurt".'
    )
    expect(
      problemsOf({ target: 'build', id: BUILD_ID }, { AWS_DEFAULT_REGION: 'us east 1' })[0]
    ).toMatch(/^AWS_DEFAULT_REGION must be an AWS region code/)
  })

  it.each(['wait', 'wait-for-rollback'])('%s that is not true/false', name => {
    expect(problemsOf({ target: 'deployment', id: DEPLOYMENT_ID, [name]: 'maybe' })[0]).toMatch(
      new RegExp(`^Input "${name}" must be true or false; got "maybe"\\.$`)
    )
  })

  it.each([
    [
      'wait-timeout',
      'soon',
      'Input "wait-timeout" must be a duration like 90s, 15m, 1h, 1h30m or plain seconds; got "soon".'
    ],
    ['wait-timeout', '0', 'Input "wait-timeout" must be between 1s and 86400s; got "0".'],
    ['wait-timeout', '25h', 'Input "wait-timeout" must be between 1s and 86400s; got "25h".'],
    [
      'poll-interval',
      '500ms',
      'Input "poll-interval" must be a duration like 90s, 15m, 1h, 1h30m or plain seconds; got "500ms".'
    ],
    ['poll-interval', '0s', 'Input "poll-interval" must be between 1s and 3600s; got "0s".']
  ])('%s: %j', (name, value, message) => {
    expect(problemsOf({ target: 'build', id: BUILD_ID, [name]: value })).toEqual([message])
  })

  it('lists every problem at once, in one error', () => {
    const problems = problemsOf({ target: 'pipeline', id: 'nope', abandon: 'maybe' }, {})
    expect(problems.map(p => p.split(' ')[1])).toEqual([
      '"pipeline-name"',
      '"abandon"',
      '"id"',
      'AWS'
    ]) // "No AWS region"
  })

  it('keeps pasted text on one line in the message', () => {
    const [problem] = problemsOf({ target: 'deployment\n::add-mask::x', id: DEPLOYMENT_ID })
    expect(problem).not.toMatch(/\n/)
  })
})

describe('parseSettings: several IDs and finding by name', () => {
  const OTHER_BUILD = `my-project:${'0'.repeat(8)}-7cf7-4c6a-9c0e-0b2a5bb6e4a1`

  it('takes several IDs separated by newlines, commas or spaces, once each', () => {
    const s = parse({ target: 'build', id: `${BUILD_ID},\n ${OTHER_BUILD}  ${BUILD_ID}\n` })
    expect(s.releases).toEqual([
      { kind: 'build', id: BUILD_ID },
      { kind: 'build', id: OTHER_BUILD }
    ])
    expect(s.find).toBeUndefined()
  })

  it('names every ID of the wrong shape', () => {
    expect(problemsOf({ target: 'build', id: `${BUILD_ID}, nope, d-ABCD12345` })).toEqual([
      expect.stringMatching(
        /^Input "id" must be one or more of a CodeBuild build ID.*separated by newlines, commas or spaces; got "nope", "d-ABCD12345"\./
      )
    ])
  })

  it('finds deployments by application, and by deployment group', () => {
    expect(parse({ target: 'deployment', application: 'shop' })).toMatchObject({
      releases: [],
      find: { application: 'shop' }
    })
    const s = parse({
      target: 'deployment',
      application: 'shop',
      'deployment-group': 'prod',
      commit: 'ABCDEF0123'
    })
    expect(s.find).toEqual({ application: 'shop', deploymentGroup: 'prod' })
    expect(s.commit).toBe('abcdef0123')
  })

  it('finds pipeline executions by pipeline-name alone; with abandon, also Stopping ones', () => {
    expect(parse({ target: 'pipeline', 'pipeline-name': 'shop' }).find).toEqual({
      pipelineName: 'shop',
      includeStopping: false
    })
    expect(parse({ target: 'pipeline', 'pipeline-name': 'shop', abandon: 'true' }).find).toEqual({
      pipelineName: 'shop',
      includeStopping: true
    })
    // With an id, pipeline-name says whose execution it is: no find.
    expect(
      parse({ target: 'pipeline', 'pipeline-name': 'shop', id: EXECUTION_ID }).find
    ).toBeUndefined()
  })

  it('finds builds and build batches by project, with the IDs given as well', () => {
    expect(parse({ target: 'build-batch', project: 'web_1' }).find).toEqual({
      project: 'web_1'
    })
    const s = parse({ target: 'build', project: 'web', id: BUILD_ID })
    expect(s.releases).toEqual([{ kind: 'build', id: BUILD_ID }])
    expect(s.find).toEqual({ project: 'web' })
  })

  it('reads max-releases and dry-run', () => {
    const s = parse({ target: 'build', project: 'web', 'max-releases': '1000', 'dry-run': 'true' })
    expect(s).toMatchObject({ maxReleases: 1000, dryRun: true })
  })

  it.each([
    [
      { target: 'build', application: 'shop' },
      'Input "application" applies to target deployment or beanstalk-update only; got target: build.'
    ],
    [
      { target: 'deployment', project: 'web' },
      'Input "project" applies to target build or build-batch only; got target: deployment.'
    ],
    [
      { target: 'build', id: BUILD_ID, 'pipeline-name': 'p' },
      'Input "pipeline-name" applies to target pipeline only; got target: build.'
    ],
    [
      { target: 'deployment', 'deployment-group': 'prod' },
      'Input "deployment-group" needs "application" too: the CodeDeploy application the group belongs to.'
    ],
    [
      { target: 'build', project: 'w' },
      'Input "project" must be a CodeBuild project name: 2-255 of A-Z a-z 0-9 _ -, starting with a letter or digit; got "w".'
    ],
    [
      { target: 'deployment', application: 'shop\nprod' },
      'Input "application" must be a CodeDeploy application name of 1-100 characters; got "shop prod".'
    ],
    [
      { target: 'build', project: 'web', commit: 'abc12' },
      'Input "commit" must be a commit SHA, full or abbreviated to at least 7 hexadecimal digits (like ${{ github.sha }}); got "abc12".'
    ],
    [
      { target: 'build', project: 'web', commit: 'main' },
      'Input "commit" must be a commit SHA, full or abbreviated to at least 7 hexadecimal digits (like ${{ github.sha }}); got "main".'
    ],
    [
      { target: 'build', id: BUILD_ID, commit: 'abc1234' },
      'Input "commit" picks among the releases found by name, and no name input is given: give "project" to stop the project\'s running builds.'
    ],
    [
      { target: 'build', project: 'web', 'max-releases': '0' },
      'Input "max-releases" must be a whole number from 1 to 1000; got "0".'
    ],
    [
      { target: 'build', project: 'web', 'max-releases': '1001' },
      'Input "max-releases" must be a whole number from 1 to 1000; got "1001".'
    ],
    [
      { target: 'build', project: 'web', 'max-releases': '2.5' },
      'Input "max-releases" must be a whole number from 1 to 1000; got "2.5".'
    ],
    [
      { target: 'build', project: 'web', 'dry-run': 'yes' },
      'Input "dry-run" must be true or false; got "yes".'
    ]
  ])('%j', (inputs, message) => {
    // Alone, or beside "id is required" when the name given cannot find anything.
    expect(problemsOf(inputs)).toContain(message)
  })
})

describe('parseSettings: ECS service deployments', () => {
  const ARN = 'arn:aws:ecs:eu-west-1:123456789012:service-deployment/prod/web/ejGvqq2ilnbKT9qj0vLJe'

  it('reads deployment ARNs, and rollback false (ABORT) without a warning', () => {
    const s = parse({
      target: 'ecs-deployment',
      id: `${ARN}\n${ARN.replace(/e$/, 'f')}`,
      rollback: 'false'
    })
    expect(s.releases).toEqual([
      { kind: 'ecs-deployment', id: ARN },
      { kind: 'ecs-deployment', id: ARN.replace(/e$/, 'f') }
    ])
    expect(rollbackOf(s)).toBe(false)
    expect(s.warnings).toEqual([])
  })

  it('finds by service, in the default cluster or a named one (name or ARN)', () => {
    expect(parse({ target: 'ecs-deployment', service: 'web' }).find).toEqual({
      service: 'web'
    })
    const cluster = 'arn:aws:ecs:eu-west-1:123456789012:cluster/prod'
    expect(parse({ target: 'ecs-deployment', service: 'web', cluster }).find).toEqual({
      service: 'web',
      cluster
    })
  })

  it('says what to give instead of a service ARN, a commit or a cluster alone', () => {
    expect(
      problemsOf({
        target: 'ecs-deployment',
        id: 'arn:aws:ecs:eu-west-1:123456789012:service/prod/web'
      })[0]
    ).toContain('That is the ARN of an ECS service, not of one of its deployments')
    expect(
      problemsOf({ target: 'ecs-deployment', service: 'web', commit: 'abcdef1' })[0]
    ).toContain('an ECS service deployment records no commit')
    expect(problemsOf({ target: 'ecs-deployment', cluster: 'prod' })).toContain(
      'Input "cluster" needs "service" too: the ECS service whose running deployments to stop.'
    )
  })

  it('an ECS deployment ARN given to another target points at target: ecs-deployment', () => {
    expect(problemsOf({ target: 'build', id: ARN })[0]).toContain(
      'It looks like the ID of a ecs-deployment: check "target".'
    )
  })
})

describe('parseSettings: Elastic Beanstalk environment updates', () => {
  const ENV_ID = 'e-abcde12345'

  it('finds by environment names and IDs, each once, and by application', () => {
    const s = parse({
      target: 'beanstalk-update',
      environment: `shop-prod, ${ENV_ID}\nshop-prod`
    })
    expect(s).toMatchObject({
      kind: 'beanstalk-update',
      releases: [],
      find: { environments: ['shop-prod', ENV_ID] },
      options: {},
      warnings: []
    })
    expect(parse({ target: 'beanstalk-update', application: 'shop' }).find).toEqual({
      application: 'shop'
    })
    expect(
      parse({ target: 'beanstalk-update', application: 'shop', environment: 'web1' }).find
    ).toEqual({ environments: ['web1'], application: 'shop' })
  })

  it('takes a commit; the application input is shared with CodeDeploy, each reading it its own way', () => {
    const s = parse({ target: 'beanstalk-update', application: 'shop', commit: 'ABCDEF1' })
    expect(s.commit).toBe('abcdef1')
    expect(parse({ target: 'deployment', application: 'shop' }).find).toEqual({
      application: 'shop'
    })
    expect(problemsOf({ target: 'deployment', environment: 'web1' })).toContain(
      'Input "environment" applies to target beanstalk-update only; got target: deployment.'
    )
  })

  it('rollback: false cannot be honoured: a warning, not a failure; true and empty say nothing', () => {
    const s = parse({ target: 'beanstalk-update', environment: 'web1', rollback: 'false' })
    expect(s.warnings).toEqual([
      expect.stringMatching(
        /^Input "rollback: false" cannot be honoured with target: beanstalk-update: AbortEnvironmentUpdate always rolls the environment back/
      )
    ])
    expect(
      parse({ target: 'beanstalk-update', environment: 'web1', rollback: 'true' }).warnings
    ).toEqual([])
    expect(parse({ target: 'beanstalk-update', environment: 'web1' }).warnings).toEqual([])
  })

  it.each([
    [{}, 'Input "environment" or "application" is required with target: beanstalk-update'],
    [{ environment: 'web' }, 'Input "environment" must be Elastic Beanstalk environment names'],
    [{ environment: '-web1' }, 'Input "environment" must be Elastic Beanstalk environment names'],
    [
      { environment: 'x'.repeat(41) },
      'Input "environment" must be Elastic Beanstalk environment names'
    ],
    [{ environment: 'web_1' }, 'Input "environment" must be Elastic Beanstalk environment names'],
    [{ environment: 'web1', id: ENV_ID }, 'Input "id" does not apply to target: beanstalk-update'],
    [
      { application: 'shop\nprod' },
      'Input "application" must be an Elastic Beanstalk application name of 1-100 characters; got "shop prod".'
    ],
    [{ environment: 'web1', rollback: 'no' }, 'Input "rollback" must be true or false (or empty)'],
    [{ id: ENV_ID, commit: 'abcdef1' }, 'Input "id" does not apply to target: beanstalk-update']
  ])('%j', (inputs, message) => {
    expect(problemsOf({ target: 'beanstalk-update', ...inputs }).join('\n')).toContain(message)
  })

  it('an environment ID given as "id" to another target is not taken for one of its IDs', () => {
    expect(problemsOf({ target: 'build', id: ENV_ID })[0]).toMatch(
      /^Input "id" must be a CodeBuild build ID/
    )
  })
})
