// The fake must speak the real wire protocol, not just whatever our own code sends: the aws CLI
// (botocore, Python; v1 or v2) is an independent client, so if it talks to the fake unaware, so will
// the SDK.
import { describe, expect, it } from '@jest/globals'
import { ACCESS_KEY_ID, aws, fake, UNKNOWN_BUILD, useAwsCli } from '../support/aws-cli.js'

useAwsCli()

describe('CodeDeploy through the aws CLI', () => {
  it('stop-deployment answers Pending; get-deployment shows InProgress, then Stopped', async () => {
    const id = fake.addDeployment()
    const stop = await aws('deploy', 'stop-deployment', '--deployment-id', id)
    expect(stop.json).toEqual({
      status: 'Pending',
      statusMessage: 'Stopping Pending. Stopping to schedule commands in the deployment instances'
    })

    const first = (await aws('deploy', 'get-deployment', '--deployment-id', id)).json.deploymentInfo
    expect(first).toMatchObject({ deploymentId: id, status: 'InProgress', creator: 'user' })
    // Printed as they came over the wire (see beforeAll): epoch seconds, as AWS sends them.
    expect(typeof first.createTime).toBe('number')
    expect(first.completeTime).toBeUndefined()

    const second = (await aws('deploy', 'get-deployment', '--deployment-id', id)).json
      .deploymentInfo
    expect(second.status).toBe('Stopped')
    expect(typeof second.completeTime).toBe('number')
    expect(second.rollbackInfo).toBeUndefined()
    const o = second.deploymentOverview
    expect(o.Pending + o.InProgress + o.Succeeded + o.Failed + o.Skipped + o.Ready).toBe(3)

    // The CLI leaves an unset boolean out, so the deployment group's own setting applies.
    expect(fake.calls('StopDeployment')[0]?.body).toEqual({ deploymentId: id })
    expect(fake.get(id)).not.toHaveProperty('autoRollbackEnabled')
  })

  it('--auto-rollback-enabled: the stopped deployment names a new rollback deployment', async () => {
    const id = fake.addDeployment({ stopReads: 0, rollback: { reads: 0 } })
    const stop = await aws(
      'deploy',
      'stop-deployment',
      '--deployment-id',
      id,
      '--auto-rollback-enabled'
    )
    expect(stop.json.status).toBe('Pending')
    expect(fake.calls('StopDeployment').at(-1)?.body).toEqual({
      deploymentId: id,
      autoRollbackEnabled: true
    })

    const stopped = (await aws('deploy', 'get-deployment', '--deployment-id', id)).json
      .deploymentInfo
    expect(stopped.status).toBe('Stopped')
    const rollbackId = stopped.rollbackInfo?.rollbackDeploymentId
    expect(rollbackId).toMatch(/^d-[A-Z0-9]{9}$/)
    expect(rollbackId).not.toBe(id)

    const rollback = (await aws('deploy', 'get-deployment', '--deployment-id', rollbackId)).json
      .deploymentInfo
    expect(rollback).toMatchObject({
      deploymentId: rollbackId,
      status: 'Succeeded',
      creator: 'codeDeployRollback',
      applicationName: stopped.applicationName,
      deploymentGroupName: stopped.deploymentGroupName,
      rollbackInfo: { rollbackTriggeringDeploymentId: id }
    })
  })

  it('an AWS error reaches the CLI as AWS would send it', async () => {
    const id = fake.addDeployment({ status: 'Succeeded' })
    const r = await aws('deploy', 'stop-deployment', '--deployment-id', id)
    expect(r.code).not.toBe(0)
    expect(r.stderr).toMatch(
      /An error occurred \(DeploymentAlreadyCompletedException\) when calling the StopDeployment operation: .+/
    )
    expect(r.stderr).toContain(id)
  })

  it('the CLI retries a throttled call by itself', async () => {
    const id = fake.addDeployment()
    fake.fault({ operation: 'GetDeployment', type: 'throttle', times: 2 })
    const r = await aws('deploy', 'get-deployment', '--deployment-id', id)
    expect(r.code).toBe(0)
    expect(r.json.deploymentInfo.status).toBe('InProgress')
    const gets = fake.calls('GetDeployment').filter(c => c.body.deploymentId === id)
    expect(gets.map(c => [c.fault, c.status, c.error])).toEqual([
      ['throttle', 400, 'ThrottlingException'],
      ['throttle', 400, 'ThrottlingException'],
      [null, 200, null]
    ])
  })
})

describe('CodePipeline through the aws CLI', () => {
  it('stop with a reason, a duplicate stop, an escalation to abandon, then Stopped', async () => {
    const pipelineName = 'cli-pipeline'
    const id = fake.addPipelineExecution({ pipelineName })
    const ids = ['--pipeline-name', pipelineName, '--pipeline-execution-id', id]

    const stop = await aws(
      'codepipeline',
      'stop-pipeline-execution',
      ...ids,
      '--reason',
      'cli test'
    )
    expect(stop.json).toEqual({ pipelineExecutionId: id })

    const again = await aws('codepipeline', 'stop-pipeline-execution', ...ids)
    expect(again.code).not.toBe(0)
    expect(again.stderr).toMatch(
      /An error occurred \(DuplicatedStopRequestException\) when calling the StopPipelineExecution operation: /
    )

    const abandon = await aws('codepipeline', 'stop-pipeline-execution', ...ids, '--abandon')
    expect(abandon.json).toEqual({ pipelineExecutionId: id })

    const get = await aws('codepipeline', 'get-pipeline-execution', ...ids)
    expect(get.json.pipelineExecution).toMatchObject({
      pipelineName,
      pipelineExecutionId: id,
      status: 'Stopped'
    })

    expect(fake.calls('StopPipelineExecution').map(c => c.body)).toEqual([
      { pipelineName, pipelineExecutionId: id, reason: 'cli test' },
      { pipelineName, pipelineExecutionId: id },
      { pipelineName, pipelineExecutionId: id, abandon: true }
    ])
    expect(fake.get(id)).toMatchObject({ abandon: true, reason: 'cli test', status: 'Stopped' })
  })
})

describe('CodeBuild through the aws CLI', () => {
  it('stop-build answers IN_PROGRESS; batch-get-builds shows it STOPPED on the next read', async () => {
    const id = fake.addBuild()
    const stop = await aws('codebuild', 'stop-build', '--id', id)
    expect(stop.json.build).toMatchObject({
      id,
      arn: `arn:aws:codebuild:eu-west-1:123456789012:build/${id}`,
      buildStatus: 'IN_PROGRESS',
      buildComplete: false
    })

    const first = await aws('codebuild', 'batch-get-builds', '--ids', id, UNKNOWN_BUILD)
    expect(first.json.builds.map((b: { buildStatus: string }) => b.buildStatus)).toEqual([
      'IN_PROGRESS'
    ])
    expect(first.json.buildsNotFound).toEqual([UNKNOWN_BUILD])

    const second = await aws('codebuild', 'batch-get-builds', '--ids', id)
    expect(second.json.builds[0]).toMatchObject({
      buildStatus: 'STOPPED',
      currentPhase: 'COMPLETED',
      buildComplete: true
    })
    expect(typeof second.json.builds[0].endTime).toBe('number')
  })

  it('stop-build-batch can already answer STOPPED; batch-get-build-batches agrees', async () => {
    const id = fake.addBuildBatch({ stopImmediately: true })
    const stop = await aws('codebuild', 'stop-build-batch', '--id', id)
    expect(stop.json.buildBatch).toMatchObject({ id, buildBatchStatus: 'STOPPED', complete: true })

    const get = await aws('codebuild', 'batch-get-build-batches', '--ids', id, UNKNOWN_BUILD)
    expect(get.json.buildBatches[0]).toMatchObject({
      id,
      arn: `arn:aws:codebuild:eu-west-1:123456789012:build-batch/${id}`,
      buildBatchStatus: 'STOPPED',
      complete: true
    })
    expect(get.json.buildBatchesNotFound).toEqual([UNKNOWN_BUILD])
  })
})

describe('ECS service deployments through the aws CLI', () => {
  it('stop-service-deployment (ROLLBACK), then describe-service-deployments until ROLLBACK_SUCCESSFUL', async () => {
    const arn = fake.addServiceDeployment({
      clusterName: 'prod',
      serviceName: 'web',
      region: 'eu-west-1'
    })
    expect(arn).toMatch(
      /^arn:aws:ecs:eu-west-1:123456789012:service-deployment\/prod\/web\/[A-Za-z0-9_-]{21}$/
    )
    const stop = await aws(
      'ecs',
      'stop-service-deployment',
      '--service-deployment-arn',
      arn,
      '--stop-type',
      'ROLLBACK'
    )
    expect(stop.code).toBe(0)
    expect(stop.json).toEqual({ serviceDeploymentArn: arn })
    const missing = arn.replace(/[^/]+$/, 'nosuchdeployment0000')

    const first = await aws(
      'ecs',
      'describe-service-deployments',
      '--service-deployment-arns',
      arn,
      missing
    )
    expect(first.json.serviceDeployments[0]).toMatchObject({
      serviceDeploymentArn: arn,
      serviceArn: 'arn:aws:ecs:eu-west-1:123456789012:service/prod/web',
      clusterArn: 'arn:aws:ecs:eu-west-1:123456789012:cluster/prod',
      status: 'ROLLBACK_IN_PROGRESS'
    })
    expect(typeof first.json.serviceDeployments[0].createdAt).toBe('number')
    expect(first.json.failures).toEqual([{ arn: missing, reason: 'MISSING' }])

    const second = await aws(
      'ecs',
      'describe-service-deployments',
      '--service-deployment-arns',
      arn
    )
    expect(second.json.serviceDeployments[0]).toMatchObject({
      status: 'ROLLBACK_SUCCESSFUL',
      rollback: { serviceRevisionArn: expect.stringContaining(':service-revision/prod/web/') }
    })
    expect(typeof second.json.serviceDeployments[0].finishedAt).toBe('number')

    // Stopping it again: the fake's choice for a finished deployment is ConflictException.
    const again = await aws('ecs', 'stop-service-deployment', '--service-deployment-arn', arn)
    expect(again.code).not.toBe(0)
    expect(again.stderr).toMatch(
      /\(ConflictException\) when calling the StopServiceDeployment operation/
    )
  })

  it('--stop-type ABORT ends STOPPED; an unknown ARN is ServiceDeploymentNotFoundException', async () => {
    const arn = fake.addServiceDeployment({ clusterName: 'prod', serviceName: 'api', stopReads: 0 })
    const stop = await aws(
      'ecs',
      'stop-service-deployment',
      '--service-deployment-arn',
      arn,
      '--stop-type',
      'ABORT'
    )
    expect(stop.code).toBe(0)
    const get = await aws('ecs', 'describe-service-deployments', '--service-deployment-arns', arn)
    expect(get.json.serviceDeployments[0].status).toBe('STOPPED')

    const unknown = await aws(
      'ecs',
      'stop-service-deployment',
      '--service-deployment-arn',
      arn.replace(/[^/]+$/, 'x0')
    )
    expect(unknown.stderr).toMatch(/\(ServiceDeploymentNotFoundException\)/)
  })

  it('list-service-deployments: --status filter, every page, the default cluster, unknown service; describe takes at most 20', async () => {
    const arns = Array.from({ length: 25 }, () =>
      fake.addServiceDeployment({ clusterName: 'batch', serviceName: 'worker' })
    )
    fake.addServiceDeployment({ clusterName: 'batch', serviceName: 'worker', status: 'SUCCESSFUL' })
    fake.addServiceDeployment({ serviceName: 'in-default' })

    // The model has no paginator for it, so the CLI shows one page and its nextToken.
    const listed: string[] = []
    let nextToken: string | undefined
    do {
      const page = await aws(
        'ecs',
        'list-service-deployments',
        '--cluster',
        'batch',
        '--service',
        'worker',
        '--status',
        'PENDING',
        'IN_PROGRESS',
        '--max-results',
        '10',
        ...(nextToken ? ['--next-token', nextToken] : [])
      )
      expect(page.code).toBe(0)
      listed.push(
        ...page.json.serviceDeployments.map(
          (d: { serviceDeploymentArn: string }) => d.serviceDeploymentArn
        )
      )
      nextToken = page.json.nextToken
    } while (nextToken)
    // All 25 running ones, newest first, none finished, in 3 pages.
    expect(listed).toEqual([...arns].reverse())
    expect(fake.calls('ListServiceDeployments')).toHaveLength(3)

    const byDefault = await aws('ecs', 'list-service-deployments', '--service', 'in-default')
    expect(byDefault.json.serviceDeployments[0].clusterArn).toMatch(/:cluster\/default$/)
    const noService = await aws(
      'ecs',
      'list-service-deployments',
      '--cluster',
      'batch',
      '--service',
      'nope'
    )
    expect(noService.stderr).toMatch(/\(ServiceNotFoundException\)/)

    const tooMany = await aws(
      'ecs',
      'describe-service-deployments',
      '--service-deployment-arns',
      ...arns.slice(0, 21)
    )
    expect(tooMany.stderr).toMatch(/\(InvalidParameterException\).*between 1 and 20/)
    const twenty = await aws(
      'ecs',
      'describe-service-deployments',
      '--service-deployment-arns',
      ...arns.slice(0, 20)
    )
    expect(twenty.json.serviceDeployments).toHaveLength(20)
  })
})

describe('finding releases through the aws CLI', () => {
  const SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'

  it('deploy: list-deployment-groups, list-deployments (paged), batch-get-deployments and its limit', async () => {
    const running = Array.from({ length: 105 }, () =>
      fake.addDeployment({ applicationName: 'cli-app', deploymentGroupName: 'prod' })
    )
    fake.addDeployment({
      applicationName: 'cli-app',
      deploymentGroupName: 'canary',
      status: 'Succeeded'
    })
    const groups = await aws('deploy', 'list-deployment-groups', '--application-name', 'cli-app')
    // (The CLI's paginator keeps only the list it pages through.)
    expect(groups.json.deploymentGroups).toEqual(['prod', 'canary'])

    // The CLI follows nextToken by itself: two pages of the fake's 100 come back as one list.
    const before = fake.calls('ListDeployments').length
    const listed = await aws(
      'deploy',
      'list-deployments',
      '--application-name',
      'cli-app',
      '--deployment-group-name',
      'prod',
      '--include-only-statuses',
      'InProgress',
      'Ready'
    )
    expect(listed.json.deployments).toEqual([...running].reverse())
    expect(fake.calls('ListDeployments').length - before).toBe(2)

    const tagged = fake.addDeployment({
      applicationName: 'cli-app',
      deploymentGroupName: 'prod',
      revision: { gitHubLocation: { repository: 'acme/shop', commitId: SHA } },
      description: 'from the CLI test'
    })
    const got = await aws(
      'deploy',
      'batch-get-deployments',
      '--deployment-ids',
      tagged,
      running[0]!
    )
    expect(got.json.deploymentsInfo).toHaveLength(2)
    expect(got.json.deploymentsInfo[0]).toMatchObject({
      deploymentId: tagged,
      revision: { revisionType: 'GitHub', gitHubLocation: { commitId: SHA } },
      description: 'from the CLI test'
    })
    expect(typeof got.json.deploymentsInfo[0].createTime).toBe('number')

    const tooMany = await aws(
      'deploy',
      'batch-get-deployments',
      '--deployment-ids',
      ...running.slice(0, 26)
    )
    expect(tooMany.code).not.toBe(0)
    expect(tooMany.stderr).toMatch(
      /\(BatchLimitExceededException\) when calling the BatchGetDeployments operation/
    )
  })

  it('codepipeline: list-pipeline-executions shows status, start time and source revisions', async () => {
    const id = fake.addPipelineExecution({
      pipelineName: 'cli-find',
      sourceRevisions: [{ actionName: 'Source', revisionId: SHA, revisionSummary: 'Fix it' }]
    })
    const r = await aws('codepipeline', 'list-pipeline-executions', '--pipeline-name', 'cli-find')
    expect(r.json.pipelineExecutionSummaries).toEqual([
      expect.objectContaining({
        pipelineExecutionId: id,
        status: 'InProgress',
        startTime: expect.any(Number),
        sourceRevisions: [{ actionName: 'Source', revisionId: SHA, revisionSummary: 'Fix it' }]
      })
    ])
  })

  it('codebuild: list-builds-for-project (paged), batch-get-builds, list-build-batches-for-project --filter', async () => {
    const builds = Array.from({ length: 120 }, () =>
      fake.addBuild({ projectName: 'cli-web', resolvedSourceVersion: SHA, sourceVersion: 'main' })
    )
    const listed = await aws('codebuild', 'list-builds-for-project', '--project-name', 'cli-web')
    expect(listed.json.ids).toEqual([...builds].reverse())
    const got = await aws(
      'codebuild',
      'batch-get-builds',
      '--ids',
      builds[0]!,
      'cli-web:3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1'
    )
    expect(got.json.builds[0]).toMatchObject({
      id: builds[0],
      resolvedSourceVersion: SHA,
      sourceVersion: 'main'
    })
    expect(got.json.buildsNotFound).toEqual(['cli-web:3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1'])
    // The model: setting a sort order on a project of more than 100 builds is an error.
    const sortedList = await aws(
      'codebuild',
      'list-builds-for-project',
      '--project-name',
      'cli-web',
      '--sort-order',
      'DESCENDING'
    )
    expect(sortedList.stderr).toMatch(/\(InvalidInputException\)/)

    const batch = fake.addBuildBatch({ projectName: 'cli-web' })
    fake.addBuildBatch({ projectName: 'cli-web', status: 'SUCCEEDED' })
    const batches = await aws(
      'codebuild',
      'list-build-batches-for-project',
      '--project-name',
      'cli-web',
      '--filter',
      'status=IN_PROGRESS'
    )
    expect(batches.json.ids).toEqual([batch])
  })

  it('a per-operation rate limit throttles the CLI, which retries until it gets through', async () => {
    const ids = Array.from({ length: 3 }, () => fake.addBuild({ projectName: 'cli-rate' }))
    fake.rateLimit({ operation: 'StopBuild', perSecond: 2, burst: 1 })
    for (const id of ids) {
      const r = await aws('codebuild', 'stop-build', '--id', id)
      expect(r.code).toBe(0)
    }
    const stops = fake.calls('StopBuild').filter(c => ids.includes(String(c.body.id)))
    expect(stops.filter(c => c.error === null)).toHaveLength(3)
    expect(fake.listRateLimits()).toEqual([
      { operation: 'StopBuild', perSecond: 2, burst: 1, throttled: stops.length - 3 }
    ])
  })
})

describe('CloudFormation (awsQuery: form-encoded requests, XML answers) through the aws CLI', () => {
  const cfn = (...args: string[]) => aws('cloudformation', ...args)

  it('describe-stacks by name and by stack ID; an unknown stack is ValidationError', async () => {
    const id = fake.addStack({
      stackName: 'cli-web',
      tags: { commit: '1a2b3c4d' },
      parameters: { Image: 'web-1a2b3c4' }
    })
    const byName = await cfn('describe-stacks', '--stack-name', 'cli-web')
    expect(byName.code).toBe(0)
    expect(byName.json.Stacks).toEqual([
      expect.objectContaining({
        StackId: id,
        StackName: 'cli-web',
        StackStatus: 'UPDATE_IN_PROGRESS',
        Tags: [{ Key: 'commit', Value: '1a2b3c4d' }],
        Parameters: [{ ParameterKey: 'Image', ParameterValue: 'web-1a2b3c4' }],
        LastOperations: [expect.objectContaining({ OperationType: 'UPDATE_STACK' })]
      })
    ])
    // Timestamps come over the wire in ISO 8601.
    expect(byName.json.Stacks[0].LastUpdatedTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/)
    const byId = await cfn('describe-stacks', '--stack-name', id)
    expect(byId.json.Stacks[0].StackName).toBe('cli-web')
    const unknown = await cfn('describe-stacks', '--stack-name', 'cli-nope')
    expect(unknown.code).not.toBe(0)
    expect(unknown.stderr).toContain(
      'An error occurred (ValidationError) when calling the DescribeStacks operation: Stack with id cli-nope does not exist'
    )
  })

  it('cancel-update-stack: accepted once (again with the same token), then refused; the rollback completes', async () => {
    const id = fake.addStack({ stackName: 'cli-cancel' })
    const cancel = await cfn(
      'cancel-update-stack',
      '--stack-name',
      'cli-cancel',
      '--client-request-token',
      'run-42-1-cli-cancel'
    )
    expect(cancel.code).toBe(0)
    expect(cancel.stdout.trim()).toBe('')
    const retry = await cfn(
      'cancel-update-stack',
      '--stack-name',
      id,
      '--client-request-token',
      'run-42-1-cli-cancel'
    )
    expect(retry.code).toBe(0)
    const again = await cfn('cancel-update-stack', '--stack-name', 'cli-cancel')
    expect(again.stderr).toContain(
      '(ValidationError) when calling the CancelUpdateStack operation: CancelUpdateStack cannot be called from current stack status'
    )
    const statuses = []
    for (let i = 0; i < 3; i++)
      statuses.push((await cfn('describe-stacks', '--stack-name', id)).json.Stacks[0].StackStatus)
    expect(statuses).toEqual([
      'UPDATE_ROLLBACK_IN_PROGRESS',
      'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS',
      'UPDATE_ROLLBACK_COMPLETE'
    ])
    const events = await cfn('describe-stack-events', '--stack-name', id)
    expect(events.json.StackEvents[0]).toMatchObject({
      StackId: id,
      LogicalResourceId: 'cli-cancel',
      ResourceStatus: 'UPDATE_ROLLBACK_COMPLETE'
    })
    expect(
      events.json.StackEvents.map((e: { ResourceStatusReason?: string }) => e.ResourceStatusReason)
    ).toContain('User Initiated')
  })

  it('a failed rollback names the resources in describe-stack-events; a token used for another stack is refused', async () => {
    const id = fake.addStack({
      stackName: 'cli-fails',
      cancelEndsAs: 'UPDATE_ROLLBACK_FAILED',
      reads: 0,
      failedResources: [
        {
          LogicalResourceId: 'Db',
          ResourceType: 'AWS::RDS::DBInstance',
          ResourceStatusReason: 'Database is in incompatible-parameters state'
        }
      ]
    })
    expect(
      (await cfn('cancel-update-stack', '--stack-name', id, '--client-request-token', 'tok-a')).code
    ).toBe(0)
    const stack = (await cfn('describe-stacks', '--stack-name', id)).json.Stacks[0]
    expect(stack).toMatchObject({
      StackStatus: 'UPDATE_ROLLBACK_FAILED',
      StackStatusReason: 'The following resource(s) failed to update: [Db].'
    })
    const events = (await cfn('describe-stack-events', '--stack-name', id)).json.StackEvents
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          LogicalResourceId: 'Db',
          ResourceType: 'AWS::RDS::DBInstance',
          ResourceStatus: 'UPDATE_FAILED',
          ResourceStatusReason: 'Database is in incompatible-parameters state'
        })
      ])
    )
    fake.addStack({ stackName: 'cli-other' })
    const reused = await cfn(
      'cancel-update-stack',
      '--stack-name',
      'cli-other',
      '--client-request-token',
      'tok-a'
    )
    expect(reused.stderr).toContain('(TokenAlreadyExistsException)')
  })

  it('rollback-stack from UPDATE_FAILED; delete-stack of a stack being created, refused during an update', async () => {
    const failed = fake.addStack({ stackName: 'cli-norollback', status: 'UPDATE_FAILED', reads: 0 })
    const rollback = await cfn('rollback-stack', '--stack-name', 'cli-norollback')
    expect(rollback.json).toMatchObject({ StackId: failed })
    expect((await cfn('describe-stacks', '--stack-name', failed)).json.Stacks[0].StackStatus).toBe(
      'UPDATE_ROLLBACK_COMPLETE'
    )
    const notFailed = await cfn('rollback-stack', '--stack-name', failed)
    expect(notFailed.stderr).toContain('(ValidationError)')

    const creating = fake.addStack({ stackName: 'cli-new', status: 'CREATE_IN_PROGRESS', reads: 0 })
    expect((await cfn('delete-stack', '--stack-name', 'cli-new')).code).toBe(0)
    expect(
      (await cfn('describe-stacks', '--stack-name', creating)).json.Stacks[0].StackStatus
    ).toBe('DELETE_COMPLETE')
    // Deleted: no longer found by name, still by stack ID.
    expect((await cfn('describe-stacks', '--stack-name', 'cli-new')).stderr).toContain(
      'Stack with id cli-new does not exist'
    )
    fake.addStack({ stackName: 'cli-updating' })
    const refused = await cfn('delete-stack', '--stack-name', 'cli-updating')
    expect(refused.stderr).toContain(
      'Stack [cli-updating] cannot be deleted while in status UPDATE_IN_PROGRESS'
    )
  })

  it('throttling answers Throttling, as awsQuery services do, and the CLI retries it', async () => {
    fake.addStack({ stackName: 'cli-throttled' })
    fake.fault({ operation: 'DescribeStacks', type: 'throttle', times: 2 })
    const r = await cfn('describe-stacks', '--stack-name', 'cli-throttled')
    expect(r.code).toBe(0)
    expect(
      fake
        .calls('DescribeStacks')
        .slice(-3)
        .map(c => [c.fault, c.error])
    ).toEqual([
      ['throttle', 'Throttling'],
      ['throttle', 'Throttling'],
      [null, null]
    ])
  })
})

describe('what the fake saw of the CLI', () => {
  it('every request was signed for eu-west-1 and its own service, with the CLI credentials', async () => {
    fake.addPipelineExecution({ pipelineName: 'seen' })
    const list = await aws('codepipeline', 'list-pipeline-executions', '--pipeline-name', 'seen')
    expect(list.json.pipelineExecutionSummaries).toHaveLength(1)

    expect(fake.requests.length).toBeGreaterThan(0)
    for (const r of fake.requests) {
      expect(r).toMatchObject({ region: 'eu-west-1', accessKeyId: ACCESS_KEY_ID })
      expect(r.signingService).toBe(r.service)
      expect(r.userAgent).toMatch(/^aws-cli\//)
      expect(['MissingAuthenticationTokenException', 'InvalidSignatureException']).not.toContain(
        r.error
      )
    }
  })
})

describe('STS (awsQuery) through the aws CLI', () => {
  it('get-caller-identity names the fake account, or the one set with setAccount', async () => {
    const who = await aws('sts', 'get-caller-identity')
    expect(who.code).toBe(0)
    expect(who.json).toEqual({
      UserId: 'AROAFAKEROLE00000001:stop-aws-release',
      Account: '123456789012',
      Arn: 'arn:aws:sts::123456789012:assumed-role/release-stopper/stop-aws-release'
    })
    fake.setAccount('210987654321')
    const other = await aws('sts', 'get-caller-identity')
    expect(other.json.Account).toBe('210987654321')
    expect(other.json.Arn).toBe(
      'arn:aws:sts::210987654321:assumed-role/release-stopper/stop-aws-release'
    )
  })

  it('an operation the fake does not serve is an error the CLI reads', async () => {
    const assume = await aws('sts', 'get-session-token')
    expect(assume.code).not.toBe(0)
    expect(assume.stderr).toMatch(
      /An error occurred \(\w+\) when calling the GetSessionToken operation/
    )
  })
})
