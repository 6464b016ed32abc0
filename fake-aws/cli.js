#!/usr/bin/env node
// @ts-check
// Runs the fake AWS on its own, for trying the action (or the aws CLI) by hand:
//   node fake-aws/cli.js [--port 4599] [--host 127.0.0.1] [--seed] [--log]
// Everything it does lives in server.js; this file only parses arguments and prints.
import { parseArgs } from 'node:util'
import { startFakeAws } from './server.js'

const USAGE = `usage: node fake-aws/cli.js [--port N (default 4599; 0 = any free port)] [--host H] [--seed] [--log]
  --seed  add one running release of each kind and print what names it: a CodeDeploy deployment,
          a CodePipeline execution, a CodeBuild build and build batch, an ECS service deployment
          (with its cluster and service), a CloudFormation stack update in progress, an
          EC2 Auto Scaling instance refresh (with its group), and an Elastic Beanstalk
          environment being updated
  --log   print one line per AWS request`

const OPTIONS = /** @type {const} */ ({
  port: { type: 'string', default: '4599' },
  host: { type: 'string', default: '127.0.0.1' },
  seed: { type: 'boolean', default: false },
  log: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false }
})
function parse() {
  try {
    return parseArgs({ options: OPTIONS, strict: true }).values
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`)
    process.exit(2)
  }
}
const args = parse()
if (args.help) {
  console.log(USAGE)
  process.exit(0)
}
const port = Number(args.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be 0-65535, got ${args.port}\n${USAGE}`)
  process.exit(2)
}

/** @type {import('./server.js').FakeAws | undefined} */
let fake
// Handlers first: a stop signal that arrives while starting up must still exit cleanly (0).
let stopping = false
/** @param {NodeJS.Signals} signal */
async function stop(signal) {
  if (stopping) return
  stopping = true
  if (args.log) console.log(`fake-aws: ${signal}, closing`)
  // Never hang on a misbehaving client: the exit is what the person asked for.
  setTimeout(() => process.exit(0), 2000).unref()
  await fake?.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)

try {
  fake = await startFakeAws({ port, host: args.host, log: args.log })
} catch (err) {
  console.error(
    `fake-aws: cannot listen on ${args.host}:${port}: ${err instanceof Error ? err.message : String(err)}`
  )
  process.exit(1)
}

const region = 'us-east-1'
console.log(`fake-aws listening on ${fake.url}`)
console.log(`export AWS_ENDPOINT_URL=${fake.url}`)
console.log(`export AWS_REGION=${region} AWS_DEFAULT_REGION=${region}`)
console.log('export AWS_ACCESS_KEY_ID=fake-access-key AWS_SECRET_ACCESS_KEY=fake-secret-key')
console.log('export AWS_EC2_METADATA_DISABLED=true')
if (args.seed) {
  console.log(`deployment-id: ${fake.addDeployment()}`)
  const executionId = fake.addPipelineExecution()
  console.log(`pipeline-name: ${fake.get(executionId)?.pipelineName}`)
  console.log(`pipeline-execution-id: ${executionId}`)
  console.log(`build-id: ${fake.addBuild()}`)
  console.log(`build-batch-id: ${fake.addBuildBatch()}`)
  const serviceDeploymentArn = fake.addServiceDeployment({ region })
  const serviceDeployment = fake.get(serviceDeploymentArn)
  console.log(`ecs-cluster: ${serviceDeployment?.clusterName}`)
  console.log(`ecs-service: ${serviceDeployment?.serviceName}`)
  console.log(`ecs-service-deployment-arn: ${serviceDeploymentArn}`)
  const stackId = fake.addStack({ region })
  console.log(`stack-name: ${fake.get(stackId)?.stackName}`)
  console.log(`stack-id: ${stackId}`)
  const refreshId = fake.addInstanceRefresh({ region })
  console.log(`auto-scaling-group: ${fake.get(refreshId)?.groupName}`)
  console.log(`instance-refresh-id: ${refreshId}`)
  const environmentId = fake.addEnvironment({ region })
  console.log(`beanstalk-environment-name: ${fake.get(environmentId)?.environmentName}`)
  console.log(`beanstalk-environment-id: ${environmentId}`)
}
console.log(
  `admin: curl ${fake.url}/__fake/state (also /__fake/requests, POST /__fake/reset ...: every route in fake-aws/README.md)`
)
console.log('Ctrl+C stops it')
