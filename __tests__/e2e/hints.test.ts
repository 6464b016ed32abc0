// Every message that says what to check names the inputs of the kind at hand: a CodeDeploy ID
// refused never sends anyone to "pipeline-name", an ID of the other CodeBuild kind names the right
// target, and the cap names the inputs that narrow that kind's find. The bundle, against the fake.
import { describe, expect, it } from '@jest/globals'
import { runAction } from '../../scripts/action-runner.js'
import { fake, useFakeAws } from '../support/fake-aws.js'

useFakeAws()

async function failed(inputs: Record<string, string>): Promise<string> {
  const run = await runAction({ inputs, env: { AWS_ENDPOINT_URL: fake.url } })
  expect([run.code, run.outputs.status]).toEqual([1, 'Failed'])
  return run.outputs['status-message'] ?? ''
}

describe('hints fitted to the kind', () => {
  it('a CodeDeploy ID AWS does not know: check the ID, never "pipeline-name"', async () => {
    const message = await failed({ target: 'deployment', id: 'd-NOSUCH123' })
    expect(message).toMatch(/DeploymentDoesNotExistException: .*Check the ID, the region/)
    expect(message).not.toMatch(/pipeline-name/)
  })

  it('a CodeDeploy ID AWS rejects: check the "id" input, never "pipeline-name"', async () => {
    fake.fault({
      operation: 'StopDeployment',
      type: 'error',
      errorType: 'InvalidDeploymentIdException',
      message: 'Specified DeploymentId is not in the valid format: d-BAD'
    })
    const message = await failed({ target: 'deployment', id: fake.addDeployment() })
    expect(message).toMatch(/AWS rejected the request: check the "id" input\.$/)
    expect(message).not.toMatch(/pipeline-name/)
  })

  it("a build's ID with target: build-batch says to use target: build", async () => {
    const build = fake.addBuild({ projectName: 'web' })
    const message = await failed({ target: 'build-batch', id: build })
    expect(message).toMatch(
      new RegExp(
        `ResourceNotFoundException: .* ${build} is the ID of a CodeBuild build: use target: build\\.$`
      )
    )
  })

  it("a build batch's ID with target: build says to use target: build-batch", async () => {
    const batch = fake.addBuildBatch({ projectName: 'web' })
    const message = await failed({ target: 'build', id: batch })
    expect(message).toMatch(
      new RegExp(`${batch} is the ID of a CodeBuild build batch: use target: build-batch\\.$`)
    )
  })

  it('an ID of neither: the refusal says to check the ID, naming no other target', async () => {
    const message = await failed({
      target: 'build',
      id: 'web:3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1'
    })
    expect(message).toMatch(/Check the ID, the region/)
    expect(message).not.toMatch(/use target/)
  })

  it('a pipeline-name that names no pipeline: check "pipeline-name"', async () => {
    const id = fake.addPipelineExecution({ pipelineName: 'shop' })
    const message = await failed({ target: 'pipeline', id, 'pipeline-name': 'shpo' })
    expect(message).toMatch(/PipelineNotFoundException: .*check the "pipeline-name" input/)
  })

  it('an old-style ECS deployment ID says where the service deployment ARN is found', async () => {
    const message = await failed({ target: 'ecs-deployment', id: 'ecs-svc/1234567890123456789' })
    expect(message).toMatch(/^Input "id" must be an ECS service deployment ARN/)
    expect(message).toMatch(
      /the ID of a deployment as DescribeServices lists it .*aws ecs list-service-deployments --cluster <cluster> --service <service>.*Deployments tab/
    )
  })

  it.each([
    [
      'deployment',
      { application: 'shop' },
      () => fake.addDeployment({ applicationName: 'shop' }),
      'add "commit" or a deployment group'
    ],
    [
      'pipeline',
      { 'pipeline-name': 'shop' },
      () => fake.addPipelineExecution({ pipelineName: 'shop' }),
      'add "commit"'
    ],
    ['build', { project: 'web' }, () => fake.addBuild({ projectName: 'web' }), 'add "commit"'],
    [
      'ecs-deployment',
      { cluster: 'shop', service: 'web' },
      () =>
        fake.addServiceDeployment({ clusterName: 'shop', serviceName: 'web', region: 'eu-west-1' }),
      'give the deployment ARNs in "id"'
    ]
  ])(
    'the cap with target: %s names its own narrowing inputs',
    async (target, find, add, narrow) => {
      add()
      add()
      const message = await failed({ target, ...find, 'max-releases': '1' })
      expect(message).toContain(`Narrow the inputs (${narrow}), or raise "max-releases"`)
    }
  )
})
