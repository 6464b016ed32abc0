// @ts-check
// npm run demo: starts the fake AWS with running releases of each kind, runs the bundled action
// against them exactly as a runner would (by ID, then by name and commit, then a dry run), and
// prints what a workflow would see: the log, the outputs and the job summary.
import { startFakeAws } from '../fake-aws/server.js'
import { runAction } from './action-runner.js'

const fake = await startFakeAws()
const deployment = fake.addDeployment({ stopReads: 1, rollback: { status: 'Succeeded', reads: 1 } })
const execution = fake.addPipelineExecution({
  pipelineName: 'shop-prod',
  stopReads: 1,
  runningStage: 'Deploy'
})
const build = fake.addBuild({ projectName: 'shop-tests' })
const batch = fake.addBuildBatch({ projectName: 'shop-matrix', stopReads: 1 })
// A push of commit SHA started builds and deployments; an older commit's deployment still runs too.
const SHA = '8f14e45fceea167a5a36dedd4bea2543c0f1a2b3'
for (const [i, sourceVersion] of ['main', 'main', `pr/42`].entries())
  fake.addBuild({
    projectName: 'shop-web',
    resolvedSourceVersion: SHA,
    sourceVersion,
    stopReads: i
  })
fake.addBuild({ projectName: 'shop-web', status: 'SUCCEEDED', resolvedSourceVersion: SHA })
for (const group of ['prod-eu', 'prod-us'])
  fake.addDeployment({
    applicationName: 'shop',
    deploymentGroupName: group,
    revision: {
      s3Location: { bucket: 'shop-releases', key: `shop-${SHA.slice(0, 7)}.zip`, bundleType: 'zip' }
    },
    rollback: { status: 'Succeeded', reads: 1 }
  })
fake.addDeployment({
  applicationName: 'shop',
  deploymentGroupName: 'prod-eu',
  status: 'Queued',
  revision: { gitHubLocation: { repository: 'acme/shop', commitId: '0'.repeat(40) } }
})

const ecsDeployment = fake.addServiceDeployment({
  region: 'eu-west-1',
  clusterName: 'shop',
  serviceName: 'web'
})
fake.addServiceDeployment({ region: 'eu-west-1', clusterName: 'shop', serviceName: 'api' })
fake.addServiceDeployment({
  region: 'eu-west-1',
  clusterName: 'shop',
  serviceName: 'api',
  status: 'PENDING',
  rollbackEndsAs: 'ROLLBACK_FAILED'
})

// CloudFormation: CDK stacks updating, the service stack of this commit (tagged), the network stack
// of another.
fake.addStack({ stackName: 'ShopService', region: 'eu-west-1', tags: { commit: SHA } })
fake.addStack({ stackName: 'ShopNetwork', region: 'eu-west-1', tags: { commit: 'f'.repeat(40) } })

/** @type {{ title: string, inputs: Record<string, string>, fails?: true }[]} */
const scenarios = [
  {
    title: 'Stop a CodeDeploy deployment, roll it back, and wait for both',
    inputs: {
      target: 'deployment',
      id: deployment,
      rollback: 'true',
      wait: 'true',
      'poll-interval': '1s'
    }
  },
  {
    title: 'Stop a CodePipeline execution (default reason) and wait until Stopped',
    inputs: {
      target: 'pipeline',
      id: execution,
      'pipeline-name': 'shop-prod',
      wait: 'true',
      'poll-interval': '1s'
    }
  },
  {
    title: 'Stop a CodeBuild build without waiting',
    inputs: { target: 'build', id: build }
  },
  {
    title: 'Stop a CodeBuild build batch and wait',
    inputs: { target: 'build-batch', id: batch, wait: 'true', 'poll-interval': '1s' }
  },
  {
    title: 'Stop an ECS service deployment (ROLLBACK) and wait until ROLLBACK_SUCCESSFUL',
    inputs: { target: 'ecs-deployment', id: ecsDeployment, wait: 'true', 'poll-interval': '1s' }
  },
  {
    title:
      'Stop the running deployments of ECS service api in cluster shop, and wait (one rollback fails)',
    inputs: {
      target: 'ecs-deployment',
      cluster: 'shop',
      service: 'api',
      wait: 'true',
      'poll-interval': '1s'
    },
    // The step fails on purpose: a rollback that fails must fail it, naming where to look.
    fails: true
  },
  {
    title: `Dry run: what would stop everything of commit ${SHA.slice(0, 7)} in application shop`,
    inputs: { target: 'deployment', application: 'shop', commit: SHA, 'dry-run': 'true' }
  },
  {
    title: `Stop every deployment of commit ${SHA.slice(0, 7)} in application shop, roll back, wait`,
    inputs: {
      target: 'deployment',
      application: 'shop',
      commit: SHA,
      rollback: 'true',
      wait: 'true',
      'poll-interval': '1s'
    }
  },
  {
    title: `Cancel the CloudFormation stack updates of commit ${SHA.slice(0, 7)} and wait for the rollback`,
    inputs: {
      target: 'stack',
      stack: 'ShopService ShopNetwork',
      commit: SHA,
      wait: 'true',
      'poll-interval': '1s'
    }
  },
  {
    title: `Stop every build of project shop-web for commit ${SHA.slice(0, 7)}, and wait`,
    inputs: {
      target: 'build',
      project: 'shop-web',
      commit: SHA,
      wait: 'true',
      'poll-interval': '1s'
    }
  }
]

let failed = 0
/** @type {string[]} */
const statuses = []
try {
  for (const { title, inputs, fails } of scenarios) {
    const before = fake.requests.length
    const run = await runAction({ inputs, env: { AWS_ENDPOINT_URL: fake.url } })
    if ((run.code !== 0) !== (fails === true)) failed++
    statuses.push(
      `${inputs.target}${inputs.id ? '' : ' by name'}: ${run.outputs.status ?? 'no status'} (${run.outputs.count ?? 0})`
    )
    const calls = fake.requests.slice(before).map(r => r.operation)
    console.log(`\n=== ${title}`)
    console.log(`with: ${JSON.stringify(inputs)}`)
    console.log(`\n--- log (exit code ${run.code}, ${Math.round(run.elapsedMs)} ms)`)
    console.log(asRunnerShowsIt(run.stdout + run.stderr))
    console.log('--- outputs')
    for (const [name, value] of Object.entries(run.outputs)) console.log(`  ${name}: ${value}`)
    console.log(`--- AWS calls: ${calls.join(', ')}`)
    console.log('--- job summary')
    console.log(summaryAsText(run.summary))
  }
} finally {
  await fake.close()
}
// Succeeded means AWS showed the release stopped; Pending only that the stop was accepted.
console.log(`\nstatus per release: ${statuses.join(', ')}`)
console.log(
  failed === 0
    ? 'Every step ended as expected (one fails on purpose: an ECS rollback that failed).'
    : `${failed} step(s) did not end as expected.`
)
process.exitCode = failed === 0 ? 0 : 1

/**
 * The runner hides ::debug:: lines and turns the others into folds and annotations.
 * @param {string} log
 */
function asRunnerShowsIt(log) {
  return log
    .split('\n')
    .filter(l => l !== '' && !l.startsWith('::debug::') && l !== '::endgroup::')
    .map(l =>
      l
        .replace(/^::group::/, '▸ ')
        .replace(
          /^::(notice|warning|error)::/,
          (_m, kind) => `${kind[0].toUpperCase()}${kind.slice(1)}: `
        )
        .replace(/%0A/g, '\n  ')
    )
    .map(l => `  ${l}`)
    .join('\n')
}

/**
 * The summary is an HTML table: print it as aligned text.
 * @param {string} html
 */
function summaryAsText(html) {
  const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map(m =>
    [...(m[1] ?? '').matchAll(/<t[hd]>(.*?)<\/t[hd]>/g)].map(c =>
      (c[1] ?? '')
        .replace(/<a href="([^"]*)">[^<]*<\/a>/g, '$1')
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
    )
  )
  const header = rows[0] ?? []
  return rows
    .slice(1)
    .map(row => row.map((cell, i) => `  ${(header[i] ?? '').padEnd(14)} ${cell}`).join('\n'))
    .join('\n\n')
}
