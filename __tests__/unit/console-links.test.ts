import { describe, expect, it } from '@jest/globals'
import { projectOf } from '../../src/kinds/codebuild/index.js'
import { ecsDeploymentParts } from '../../src/kinds/ecs/index.js'
import { declarationOf } from '../../src/kinds/registry.js'
import type { ReleaseRef } from '../../src/release.js'

/** Each kind's declared link. */
const consoleUrl = (ref: ReleaseRef, region: string) =>
  declarationOf(ref.kind).consoleUrl(ref, region)

const UUID = '3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1'

describe('consoleUrl', () => {
  it('links each kind of release in its region', () => {
    expect(consoleUrl({ kind: 'deployment', id: 'd-ABCD12345' }, 'eu-west-1')).toBe(
      'https://eu-west-1.console.aws.amazon.com/codesuite/codedeploy/deployments/d-ABCD12345?region=eu-west-1'
    )
    expect(consoleUrl({ kind: 'pipeline', id: UUID, parent: 'web@prod' }, 'us-east-1')).toBe(
      `https://us-east-1.console.aws.amazon.com/codesuite/codepipeline/pipelines/web%40prod/executions/${UUID}/timeline?region=us-east-1`
    )
    expect(consoleUrl({ kind: 'build', id: `web:${UUID}` }, 'us-east-1')).toBe(
      `https://us-east-1.console.aws.amazon.com/codesuite/codebuild/projects/web/build/web%3A${UUID}/log?region=us-east-1`
    )
    expect(consoleUrl({ kind: 'build-batch', id: `web:${UUID}` }, 'us-east-1')).toContain(
      `/codebuild/projects/web/batch/web%3A${UUID}?region=us-east-1`
    )
  })

  it('uses the China and GovCloud consoles for their partitions', () => {
    expect(consoleUrl({ kind: 'deployment', id: 'd-X' }, 'cn-north-1')).toMatch(
      /^https:\/\/console\.amazonaws\.cn\//
    )
    expect(consoleUrl({ kind: 'deployment', id: 'd-X' }, 'us-gov-west-1')).toMatch(
      /^https:\/\/console\.amazonaws-us-gov\.com\//
    )
  })
})

describe('projectOf', () => {
  it('takes the project from a build ID', () => {
    expect(projectOf(`my-proj:${UUID}`)).toBe('my-proj')
  })
})

describe('ECS service deployments', () => {
  const arn =
    'arn:aws:ecs:eu-west-1:123456789012:service-deployment/prod-cluster/web_api/ejGvqq2ilnbKT9qj0vLJe'

  it('splits the ARN into cluster, service and ID', () => {
    expect(ecsDeploymentParts(arn)).toEqual({
      cluster: 'prod-cluster',
      service: 'web_api',
      id: 'ejGvqq2ilnbKT9qj0vLJe'
    })
  })

  it("links to the service's Deployments tab, in the right partition's console", () => {
    expect(consoleUrl({ kind: 'ecs-deployment', id: arn }, 'eu-west-1')).toBe(
      'https://eu-west-1.console.aws.amazon.com/ecs/v2/clusters/prod-cluster/services/web_api/deployments?region=eu-west-1'
    )
    expect(consoleUrl({ kind: 'ecs-deployment', id: arn }, 'cn-north-1')).toMatch(
      /^https:\/\/console\.amazonaws\.cn\/ecs\/v2\/clusters\/prod-cluster\//
    )
  })
})
