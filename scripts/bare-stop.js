// @ts-check
// The SDK alone: a bare node script that makes the same SDK call as the action, with the SDK
// loaded from node_modules as it is published, and nothing else (no inputs, outputs, logging or
// bundle). The benchmark times it beside the action, the floor (floor-stop.js: the call without
// the SDK) and the aws CLI.
//   node scripts/bare-stop.js <deployment|pipeline|build|build-batch|ecs-deployment|stack|beanstalk-update|instance-refresh> <id> [pipeline-name]
// Region, endpoint and credentials come from the environment, as for the action.
const [kind, id, pipelineName] = process.argv.slice(2)
if (!kind || !id) {
  console.error('usage: node scripts/bare-stop.js <kind> <id> [pipeline-name]')
  process.exit(2)
}
switch (kind) {
  case 'deployment': {
    const { CodeDeployClient, StopDeploymentCommand } = await import('@aws-sdk/client-codedeploy')
    await new CodeDeployClient({}).send(new StopDeploymentCommand({ deploymentId: id }))
    break
  }
  case 'pipeline': {
    const { CodePipelineClient, StopPipelineExecutionCommand } =
      await import('@aws-sdk/client-codepipeline')
    await new CodePipelineClient({}).send(
      new StopPipelineExecutionCommand({ pipelineName, pipelineExecutionId: id, reason: 'bench' })
    )
    break
  }
  case 'build': {
    const { CodeBuildClient, StopBuildCommand } = await import('@aws-sdk/client-codebuild')
    await new CodeBuildClient({}).send(new StopBuildCommand({ id }))
    break
  }
  case 'build-batch': {
    const { CodeBuildClient, StopBuildBatchCommand } = await import('@aws-sdk/client-codebuild')
    await new CodeBuildClient({}).send(new StopBuildBatchCommand({ id }))
    break
  }
  case 'ecs-deployment': {
    const { ECSClient, StopServiceDeploymentCommand } = await import('@aws-sdk/client-ecs')
    await new ECSClient({}).send(
      new StopServiceDeploymentCommand({ serviceDeploymentArn: id, stopType: 'ROLLBACK' })
    )
    break
  }
  case 'stack': {
    const { CloudFormationClient, CancelUpdateStackCommand } =
      await import('@aws-sdk/client-cloudformation')
    await new CloudFormationClient({}).send(new CancelUpdateStackCommand({ StackName: id }))
    break
  }
  case 'beanstalk-update': {
    const { ElasticBeanstalkClient, AbortEnvironmentUpdateCommand } =
      await import('@aws-sdk/client-elastic-beanstalk')
    await new ElasticBeanstalkClient({}).send(
      new AbortEnvironmentUpdateCommand({ EnvironmentId: id })
    )
    break
  }
  case 'instance-refresh': {
    const { AutoScalingClient, RollbackInstanceRefreshCommand } =
      await import('@aws-sdk/client-auto-scaling')
    await new AutoScalingClient({}).send(
      new RollbackInstanceRefreshCommand({ AutoScalingGroupName: id })
    )
    break
  }
  default:
    console.error(`unknown kind ${kind}`)
    process.exit(2)
}
