// @ts-check
// npm run bench [-- --runs N] [--scale-runs N] [--write docs/benchmark.md] [--start-up-only]
// Measures one stop, process start to exit, as the runner runs the action (node24 dist/index.js),
// beside node's own start-up, the same SDK call alone (scripts/bare-stop.js), the floor (the same
// StopBuild signed by hand over node:http, scripts/floor-stop.js) and the aws CLI's own entry script
// (not pyenv's shim) making the same call against the same fake AWS, and for a build stop the SDK
// alone bundled as the action is (bare-stop.js through scripts/build.js), which splits the time
// between the floor and the action into the SDK's and the action's own. The headline is the action ÷
// the floor. Medians of N runs (default 15). Then waits for one release of each kind and counts the API calls.
// Then the scale row: 200 builds found by project and stopped against a StopBuild rate limit of 25
// a second, beside that limit's floor and a shell loop of aws codebuild stop-build.
import { execFile, spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { cpus, loadavg, tmpdir } from 'node:os'
import { promisify } from 'node:util'
import { startFakeAws } from '../fake-aws/server.js'
import { FAKE_CREDENTIALS, NODE24, ROOT, RUNNER_ENV, runAction } from './action-runner.js'
import { bundle } from './build.js'
import { CREDENTIAL_SOURCES, startCredentialSources } from './credential-sources.js'

const args = process.argv.slice(2)
const runs = Math.max(5, Number(valueOf('--runs') ?? 15))
const scaleRuns = Math.max(1, Number(valueOf('--scale-runs') ?? 3))
const SCALE = { builds: 200, perSecond: 25, cliSample: 10 }
const writeTo = valueOf('--write')
const REGION = 'eu-west-1'

const fake = await startFakeAws()
const cli = await awsCli()
// The SDK alone, bundled as dist/ is: the same script, through the action's bundler settings.
const bundledDir = await mkdtemp(join(tmpdir(), 'stop-aws-release-bench-'))
process.on('exit', () => rmSync(bundledDir, { recursive: true, force: true }))
await bundle(join(ROOT, 'scripts/bare-stop.js'), bundledDir, [namedImportsOnly()])
const BUNDLED_BARE = join(bundledDir, 'bare-stop.js')
/** @type {string[]} */
const lines = []
const say = (/** @type {string} */ line = '') => {
  lines.push(line)
  console.log(line)
}

let stacks = 0
let groups = 0
let environments = 0
try {
  await checkFloorSignature()
  /** @type {{ kind: string, add: () => string, inputs: (id: string) => Record<string, string>, cli: (id: string) => string[] }[]} */
  const kinds = [
    {
      kind: 'deployment',
      add: () => fake.addDeployment(),
      inputs: id => ({ target: 'deployment', id }),
      cli: id => ['deploy', 'stop-deployment', '--deployment-id', id]
    },
    {
      kind: 'pipeline',
      add: () => fake.addPipelineExecution({ pipelineName: 'bench' }),
      inputs: id => ({ target: 'pipeline', id, 'pipeline-name': 'bench', reason: 'bench' }),
      cli: id => [
        'codepipeline',
        'stop-pipeline-execution',
        '--pipeline-name',
        'bench',
        '--pipeline-execution-id',
        id,
        '--reason',
        'bench'
      ]
    },
    {
      kind: 'build',
      add: () => fake.addBuild(),
      inputs: id => ({ target: 'build', id }),
      cli: id => ['codebuild', 'stop-build', '--id', id]
    },
    {
      kind: 'build-batch',
      add: () => fake.addBuildBatch(),
      inputs: id => ({ target: 'build-batch', id }),
      cli: id => ['codebuild', 'stop-build-batch', '--id', id]
    },
    {
      kind: 'ecs-deployment',
      add: () => fake.addServiceDeployment({ region: REGION }),
      inputs: id => ({ target: 'ecs-deployment', id }),
      cli: id => [
        'ecs',
        'stop-service-deployment',
        '--service-deployment-arn',
        id,
        '--stop-type',
        'ROLLBACK'
      ]
    },
    {
      kind: 'stack',
      // A stack is named, not given by ID: each run cancels the update of a stack of its own.
      add: () => fake.addStack({ stackName: `bench-${++stacks}`, region: REGION }),
      inputs: id => ({ target: 'stack', stack: id }),
      cli: id => ['cloudformation', 'cancel-update-stack', '--stack-name', id]
    },
    {
      kind: 'instance-refresh',
      // Named by its group: each run rolls back the refresh of a group of its own.
      add: () => {
        const group = `bench-asg-${++groups}`
        fake.addInstanceRefresh({ groupName: group, region: REGION })
        return group
      },
      inputs: group => ({ target: 'instance-refresh', 'auto-scaling-group': group }),
      cli: group => ['autoscaling', 'rollback-instance-refresh', '--auto-scaling-group-name', group]
    },
    {
      kind: 'beanstalk-update',
      // Named in its own input: each run aborts the update of an environment of its own.
      add: () =>
        fake.addEnvironment({ environmentName: `bench-${++environments}`, region: REGION }),
      inputs: id => ({ target: 'beanstalk-update', environment: id }),
      cli: id => ['elasticbeanstalk', 'abort-environment-update', '--environment-id', id]
    }
  ]

  say(`# Benchmark: one stop, process start to exit`)
  say()
  say(
    `Median of ${runs} runs each, every run a fresh process with no compile cache (as on a fresh runner), ` +
      `against the fake AWS on loopback. Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ` +
      `load average ${loadAverage()} as the table began (${loadHint()}).`
  )
  say(
    `Action: \`${await version(NODE24)} dist/index.js\` (node24, as action.yml says). ` +
      'SDK alone: scripts/bare-stop.js, the same SDK call from node_modules with nothing else; for a build stop also ' +
      'bundled as the action is (scripts/build.js), minified and split alike. ' +
      'Floor: scripts/floor-stop.js, the same StopBuild request signed by hand (SigV4 with node:crypto, ' +
      "checked against the SDK's signer before timing) and sent with node:http: no SDK, the least a node " +
      `process can do for the call (build stops only). CLI: ${cli ? `${cli.version}, ${cli.timed}` : 'not installed'}.`
  )
  say()
  const node24 = await median(() => timeCommand(NODE24, ['-e', '0']))
  const node20 = await median(() => timeCommand(process.execPath, ['-e', '0']))
  say(
    `| what | median ms | min ms | max ms | ÷ floor (median of pairs) | action ÷ aws CLI (median of pairs) |`
  )
  say(`| --- | ---: | ---: | ---: | ---: | ---: |`)
  say(row(`node24 -e 0 (baseline)`, node24))
  say(row(`node20 -e 0 (baseline)`, node20))
  /** @type {number[]} */
  const ratios = []
  /** @type {{ action: Stats, floor: Stats, sdk: Stats, ratio: number } | undefined} */
  let headline
  for (const k of kinds) {
    // They alternate, so that a slow moment of the machine falls on each alike; a ratio is the
    // median of the ratios of each round's pair.
    const withFloor = k.kind === 'build'
    const [action, bare, floor, bundled, viaCli, viaShim] = await interleaved([
      async () => {
        const run = await runAction({
          inputs: k.inputs(k.add()),
          env: { AWS_ENDPOINT_URL: fake.url }
        })
        if (run.code !== 0) throw new Error(`the action failed: ${run.stdout}${run.stderr}`)
        return run.elapsedMs
      },
      () => timeBare(k.kind, k.add()),
      withFloor ? () => timeFloor(k.add()) : undefined,
      withFloor ? () => timeBare(k.kind, k.add(), BUNDLED_BARE) : undefined,
      cli ? () => timeCli(k.cli(k.add())) : undefined,
      withFloor && cli?.shim ? () => timeCli(k.cli(k.add()), 'aws') : undefined
    ])
    if (!action || !bare) throw new Error('no timing for the action')
    const ratio = viaCli ? ratioOf(action, viaCli) : undefined
    if (ratio !== undefined) ratios.push(ratio)
    if (floor && bundled) headline = { action, floor, sdk: bundled, ratio: ratioOf(action, floor) }
    const toFloor = (/** @type {Stats} */ t) => (floor ? ratioOf(t, floor) : undefined)
    if (floor) say(row(`floor: StopBuild signed by hand, no SDK`, floor, 1))
    if (bundled)
      say(row(`SDK alone, bundled as the action is: stop ${k.kind}`, bundled, toFloor(bundled)))
    say(row(`action: stop ${k.kind}`, action, toFloor(action), ratio))
    say(row(`SDK alone (bare-stop.js): stop ${k.kind}`, bare, toFloor(bare)))
    const command = k.cli('ID').slice(0, 2).join(' ')
    if (viaCli) say(row(`aws CLI (${cli?.label}): ${command}`, viaCli, toFloor(viaCli)))
    if (viaShim)
      say(
        row(
          `aws through pyenv's shim (not used for the ratios): ${command}`,
          viaShim,
          toFloor(viaShim)
        )
      )
  }
  say()
  if (headline) {
    const { action, floor, sdk } = headline
    const ms = (/** @type {number} */ n) => `${n.toFixed(0)} ms`
    say(
      `**The action: ${headline.ratio.toFixed(2)}× the floor** (a build stop: ${ms(action.median)} ` +
        `against ${ms(floor.median)}, medians; the ratio is the median of the pairs). Of the ` +
        `${ms(action.median - floor.median)} between them, the SDK bundled as the action is takes ` +
        `${ms(sdk.median - floor.median)} more than the floor, and the action's own layer (inputs, logs, ` +
        `outputs, summary, @actions/core, every kind's declaration) ${ms(action.median - sdk.median)} more than that.`
    )
  }
  say(`Load average as the table ended: ${loadAverage()}.`)
  if (ratios.length > 0)
    say(
      `Largest ratio to the aws CLI (${cli?.label}), over the six kinds: ${Math.max(...ratios).toFixed(3)}×.`
    )
  await credentialSources()
  await downloadSize()
  if (args.includes('--start-up-only')) process.exit(0)

  say()
  say(`# API calls per waited release (poll-interval 1s)`)
  say()
  say(
    `| kind | stop calls | status reads | other reads | start to exit | reads allowed (1 + time ÷ interval) |`
  )
  say(`| --- | ---: | ---: | ---: | ---: | ---: |`)
  /** @type {{ kind: string, inputs: Record<string, string>, stop: string, read: string }[]} */
  const waited = [
    {
      kind: 'deployment',
      inputs: { id: fake.addDeployment({ stopReads: 2 }) },
      stop: 'StopDeployment',
      read: 'BatchGetDeployments'
    },
    {
      kind: 'pipeline',
      inputs: {
        id: fake.addPipelineExecution({ pipelineName: 'bench', stopReads: 2 }),
        'pipeline-name': 'bench'
      },
      stop: 'StopPipelineExecution',
      read: 'GetPipelineExecution'
    },
    {
      kind: 'build',
      inputs: { id: fake.addBuild({ stopReads: 2 }) },
      stop: 'StopBuild',
      read: 'BatchGetBuilds'
    },
    {
      kind: 'build-batch',
      inputs: { id: fake.addBuildBatch({ stopReads: 2 }) },
      stop: 'StopBuildBatch',
      read: 'BatchGetBuildBatches'
    },
    {
      kind: 'ecs-deployment',
      inputs: { id: fake.addServiceDeployment({ region: REGION, stopReads: 2 }) },
      stop: 'StopServiceDeployment',
      read: 'DescribeServiceDeployments'
    },
    {
      kind: 'stack',
      inputs: { stack: fake.addStack({ stackName: 'bench-waited', region: REGION, reads: 2 }) },
      stop: 'CancelUpdateStack',
      read: 'DescribeStacks'
    },
    {
      kind: 'instance-refresh',
      inputs: {
        'auto-scaling-group':
          fake.get(fake.addInstanceRefresh({ groupName: 'bench-waited', region: REGION, reads: 2 }))
            ?.groupName ?? ''
      },
      stop: 'RollbackInstanceRefresh',
      read: 'DescribeInstanceRefreshes'
    },
    {
      kind: 'beanstalk-update',
      inputs: {
        environment: fake.addEnvironment({
          environmentName: 'bench-waited',
          region: REGION,
          reads: 2
        })
      },
      stop: 'AbortEnvironmentUpdate',
      read: 'DescribeEnvironments'
    }
  ]
  for (const w of waited) {
    fake.clearRequests()
    const run = await runAction({
      inputs: {
        target: w.kind,
        wait: 'true',
        'poll-interval': '1s',
        'wait-for-rollback': 'false',
        ...w.inputs
      },
      env: { AWS_ENDPOINT_URL: fake.url }
    })
    if (run.code !== 0) throw new Error(`the action failed: ${run.stdout}${run.stderr}`)
    const calls = fake.requests.map(r => r.operation)
    const reads = calls.filter(c => c === w.read).length
    const stops = calls.filter(c => c === w.stop).length
    const others = calls.filter(c => c !== w.read && c !== w.stop)
    const named = [...new Set(others)].join(', ')
    const waitedMs = run.elapsedMs
    say(
      `| ${w.kind} | ${stops} | ${reads} (${w.read}) | ${others.length}${named ? ` (${named})` : ''} | ${(waitedMs / 1000).toFixed(1)} s | ${1 + Math.floor(waitedMs / 1000)} |`
    )
  }
  say()
  say(
    'Status reads: one per release per poll-interval, the first right after the stop. The fake ' +
      'settles each release two reads after the stop. GetPipelineState is read only while a pipeline ' +
      'is Stopping, to log which stage and action it still waits for.'
  )

  await guardCost()
  await scaleRow()
} finally {
  await fake.close()
}
if (writeTo) {
  // The measurements go between the markers; the text around them (what was tried) is kept.
  const [START, END] = ['<!-- bench:start -->', '<!-- bench:end -->']
  const old = await readFile(writeTo, 'utf8').catch(() => `${START}\n${END}\n`)
  const [before, rest] = old.includes(START) ? old.split(START) : ['', `${END}\n${old}`]
  const after = rest?.includes(END) ? rest.split(END)[1] : '\n'
  await writeFile(writeTo, `${before}${START}\n${lines.join('\n')}\n${END}${after}`)
  console.log(`\nwritten to ${writeTo}`)
}

/**
 * One build stop by where its credentials come from. The environment's keys are read by code in
 * the clients' chunks; the other sources load the credential chain built apart (scripts/build.js),
 * and web identity also the nested STS client, with its own copy of the SDK core, and a call to it.
 */
async function credentialSources() {
  const sources = await startCredentialSources()
  try {
    say()
    say('# Credentials: one build stop by where they come from')
    say()
    say(
      `Median of ${runs} alternating runs each. The stand-ins answer on loopback, as the fake AWS does.`
    )
    say()
    say('| credentials from | median ms | min ms | max ms |')
    say('| --- | ---: | ---: | ---: |')
    /** @type {Record<string, Record<string, string | undefined>>} */
    const cases = {
      'environment keys (configure-aws-credentials)': {},
      ...Object.fromEntries(CREDENTIAL_SOURCES.map(source => [source, sources.env(source)]))
    }
    const times = await interleaved(
      Object.values(cases).map(env => async () => {
        const run = await runAction({
          inputs: { target: 'build', id: fake.addBuild() },
          env: { AWS_ENDPOINT_URL: fake.url, ...env }
        })
        if (run.code !== 0) throw new Error(`the action failed: ${run.stdout}${run.stderr}`)
        return run.elapsedMs
      })
    )
    for (const [i, what] of Object.keys(cases).entries()) {
      const t = times[i]
      if (t) say(timesRow(what, t))
    }
  } finally {
    await sources.close()
  }
}

/**
 * What a guard adds to a job: its main step (credentials and one find: the SDK client loads and
 * lists the project's builds), and, when the job fails, how soon its post step sends the stop of a
 * build the job started (it first runs the same find).
 */
async function guardCost() {
  say()
  say('# The guard: what it costs a job')
  say()
  say(
    `Median of ${runs} runs each. Guard by project: the post step finds the build started after the guard, then stops it.`
  )
  say()
  say('| what | median ms | min ms | max ms |')
  say('| --- | ---: | ---: | ---: |')
  const inputs = { target: 'build', project: 'guarded', guard: 'true' }
  fake.addBuild({ projectName: 'guarded', status: 'SUCCEEDED' })
  /** @type {Record<string, string>} */
  let state = {}
  const [main] = await interleaved([
    async () => {
      const run = await runAction({ inputs, env: { AWS_ENDPOINT_URL: fake.url } })
      if (run.code !== 0 || run.outputs.status !== 'Guarding')
        throw new Error(`the guard failed: ${run.stdout}`)
      state = run.state
      return run.elapsedMs
    }
  ])
  if (!main) throw new Error('no timing')
  say(
    timesRow(
      'main step with guard: true (one find: ListBuildsForProject and BatchGetBuilds), start to exit',
      main
    )
  )
  const [post] = await interleaved([
    async () => {
      const id = fake.addBuild({ projectName: 'guarded' })
      const started = Date.now()
      const run = await runAction({ inputs, state, env: { AWS_ENDPOINT_URL: fake.url } })
      const stop = fake.calls('StopBuild').find(c => c.body.id === id)
      if (run.code !== 0 || !stop)
        throw new Error(`the post step did not stop ${id}: ${run.stdout}`)
      return stop.at - started
    }
  ])
  if (!post) throw new Error('no timing')
  say(
    timesRow(
      "guard's post step, start to its first stop call (after ListBuildsForProject and BatchGetBuilds)",
      post
    )
  )
  const [noop] = await interleaved([
    async () => {
      const before = fake.requests.length
      const run = await runAction({
        inputs: { target: 'build', id: fake.addBuild() },
        state: { isPost: 'true' },
        env: { AWS_ENDPOINT_URL: fake.url }
      })
      if (run.code !== 0 || fake.requests.length !== before)
        throw new Error('a plain post step acted')
      return run.elapsedMs
    }
  ])
  if (!noop) throw new Error('no timing')
  say(timesRow('post step of a step that was not a guard (does nothing), start to exit', noop))
}

/**
 * 200 running builds of one project, StopBuild limited to 25 calls a second (AWS's own limits are
 * of this order): the action finds and stops them all; the floor is what the limit allows.
 */
async function scaleRow() {
  const floorMs = (SCALE.builds / SCALE.perSecond) * 1000
  say()
  say(
    `# At scale: ${SCALE.builds} builds found by project, StopBuild throttled at ${SCALE.perSecond} a second`
  )
  say()
  say(
    `Median of ${scaleRuns} runs, process start to exit. The floor is what the rate limit allows: ` +
      `${SCALE.builds} ÷ ${SCALE.perSecond} = ${floorMs / 1000} s. The shell loop is timed on ${SCALE.cliSample} builds and scaled to ${SCALE.builds}.`
  )
  say()
  say(
    `| what | median s | min s | max s | ÷ floor | StopBuild calls throttled | builds not stopped |`
  )
  say(`| --- | ---: | ---: | ---: | ---: | ---: | ---: |`)
  const prepare = () => {
    fake.reset()
    fake.rateLimit({ operation: 'StopBuild', perSecond: SCALE.perSecond })
    return Array.from({ length: SCALE.builds }, () => fake.addBuild({ projectName: 'scale' }))
  }
  /** @param {Record<string, string>} env */
  const runScale = async env => {
    /** @type {number[]} */
    const times = []
    let throttled = 0
    let notStopped = 0
    for (let i = 0; i < scaleRuns; i++) {
      const ids = prepare()
      const run = await runAction({
        inputs: { target: 'build', project: 'scale', 'max-releases': String(SCALE.builds) },
        env: { AWS_ENDPOINT_URL: fake.url, ...env }
      })
      if (run.code !== 0) throw new Error(`the action failed: ${run.stdout}${run.stderr}`)
      times.push(run.elapsedMs)
      throttled = Math.max(throttled, fake.calls('StopBuild').filter(c => c.fault).length)
      notStopped = Math.max(notStopped, ids.filter(id => fake.get(id)?.stopCount === 0).length)
    }
    times.sort((a, b) => a - b)
    return { times, throttled, notStopped }
  }
  /** @param {string} what @param {{ times: number[], throttled: number, notStopped: number }} r */
  const line = (what, r) => {
    const mid = r.times[Math.floor(r.times.length / 2)] ?? 0
    const sec = (/** @type {number} */ ms) => (ms / 1000).toFixed(1)
    return `| ${what} | ${sec(mid)} | ${sec(r.times[0] ?? 0)} | ${sec(r.times.at(-1) ?? 0)} | ${(mid / floorMs).toFixed(2)}× | ${r.throttled} | ${r.notStopped} |`
  }
  say(
    `| floor (${SCALE.builds} ÷ ${SCALE.perSecond}/s) | ${(floorMs / 1000).toFixed(1)} | | | 1.00× | | |`
  )
  const adaptive = await runScale({})
  say(line('action (adaptive retry, the default)', adaptive))
  const sdkAdaptive = await runScale({ AWS_RETRY_MODE: 'adaptive' })
  say(line("action with AWS_RETRY_MODE=adaptive (the SDK's own limiter settings)", sdkAdaptive))
  const standard = await runScale({ AWS_RETRY_MODE: 'standard' })
  say(line('action with AWS_RETRY_MODE=standard', standard))
  if (cli) {
    const ids = prepare()
    const started = performance.now()
    for (const id of ids.slice(0, SCALE.cliSample))
      await timeCli(['codebuild', 'stop-build', '--id', id])
    const perCall = (performance.now() - started) / SCALE.cliSample
    const total = perCall * SCALE.builds
    say(
      `| shell loop of aws codebuild stop-build (${SCALE.cliSample} timed, ×${SCALE.builds / SCALE.cliSample}) | ${(total / 1000).toFixed(1)} | | | ${(total / floorMs).toFixed(2)}× | | |`
    )
  }
  say()
  const mid = (/** @type {number[]} */ t) => t[Math.floor(t.length / 2)] ?? 0
  say(
    `The action: ${(mid(adaptive.times) / floorMs).toFixed(2)}× the floor (target: at most 1.30×), ` +
      `${adaptive.notStopped === 0 ? 'every build stopped' : `${adaptive.notStopped} builds not stopped`}, ` +
      `${adaptive.throttled} StopBuild calls refused by the rate limit. In standard retry mode each call ` +
      `retries on its own schedule: ${(mid(standard.times) / floorMs).toFixed(2)}× the floor, with ` +
      `${standard.throttled} calls refused. Adaptive mode slows the whole client to the rate AWS allows, ` +
      "which leaves the account's shared limit to its other callers; with the SDK's own limiter settings " +
      `(back off to 0.7 of the throttled rate, regain it slowly) it takes ${(mid(sdkAdaptive.times) / floorMs).toFixed(2)}× the floor, ` +
      'so the action sets a shallower back-off (0.9) and a faster recovery (scale constant 2): src/kinds/support/adaptive-retry.ts.'
  )
}

/** @typedef {{ median: number, min: number, max: number, times: number[] }} Stats */

/**
 * @param {() => Promise<number>} measure
 * @returns {Promise<Stats>}
 */
async function median(measure) {
  const [stats] = await interleaved([measure])
  if (!stats) throw new Error('no timing')
  return stats
}

/**
 * Runs each measurement `runs` times, taking turns, after one warm-up run each (file cache). A
 * measurement left undefined is skipped, and so is its result.
 * @param {((() => Promise<number>) | undefined)[]} measures
 * @returns {Promise<(Stats | undefined)[]>}
 */
async function interleaved(measures) {
  for (const measure of measures) await measure?.()
  /** @type {number[][]} */
  const times = measures.map(() => [])
  for (let i = 0; i < runs; i++) {
    for (const [j, measure] of measures.entries()) if (measure) times[j]?.push(await measure())
  }
  return times.map(t =>
    t.length === 0
      ? undefined
      : { median: medianOf(t), min: Math.min(...t), max: Math.max(...t), times: t }
  )
}

/** @param {number[]} values */
function medianOf(values) {
  const sorted = [...values].sort((x, y) => x - y)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/**
 * bare-stop.js takes each client with \`const { Client, Command } = await import('@aws-sdk/client-…')\`.
 * Bundled as it is, a dynamic import keeps every export of the client (all its commands and their
 * schemas), which the action does not load: its kinds import the names they use, so the bundler
 * drops the rest. This plugin has the script's dynamic imports take only the names it uses, as
 * the action's kinds do.
 * @returns {import('esbuild').Plugin}
 */
function namedImportsOnly() {
  return {
    name: 'named-imports-only',
    setup(build) {
      build.onResolve({ filter: /^@aws-sdk\/client-/ }, async args => {
        if (args.kind !== 'dynamic-import' || !args.importer.endsWith('bare-stop.js'))
          return undefined
        const source = await readFile(args.importer, 'utf8')
        const names = [
          ...source.matchAll(/const \{([^}]*)\}\s*=\s*await import\('([^']+)'\)/g)
        ].flatMap(m => (m[2] === args.path ? (m[1] ?? '').split(',').map(n => n.trim()) : []))
        if (names.length === 0) throw new Error(`bare-stop.js: no names taken from ${args.path}`)
        return { path: args.path, namespace: 'named-imports-only', pluginData: names }
      })
      build.onLoad({ filter: /.*/, namespace: 'named-imports-only' }, args => ({
        contents: `export { ${[...new Set(args.pluginData)].join(', ')} } from '${args.path}'`,
        resolveDir: ROOT,
        loader: 'js'
      }))
    }
  }
}

/**
 * The action's time ÷ another's, as the median of each round's ratio.
 * @param {Stats} a
 * @param {Stats} b
 */
function ratioOf(a, b) {
  return medianOf(a.times.map((t, i) => t / (b.times[i] ?? NaN)))
}

/**
 * The floor's signature must be SigV4's: the fake AWS reads only its credential scope, so the
 * floor's signer is checked against the SDK's before it is timed.
 */
async function checkFloorSignature() {
  await promisify(execFile)(NODE24, [
    join(ROOT, 'scripts/floor-stop.js'),
    '--check-signature'
  ]).catch((/** @type {{ stdout?: string }} */ error) => {
    throw new Error(`scripts/floor-stop.js signs unlike the SDK:\n${error.stdout ?? error}`)
  })
}

/**
 * The floor, with the environment the action gets (minus the inputs).
 * @param {string} id a build's ID
 */
function timeFloor(id) {
  return timeCommand(NODE24, [join(ROOT, 'scripts/floor-stop.js'), id], {
    PATH: process.env.PATH ?? '',
    ...RUNNER_ENV,
    ...FAKE_CREDENTIALS,
    AWS_ENDPOINT_URL: fake.url
  })
}

/**
 * The bare SDK script, with the environment the action gets (minus the inputs).
 * @param {string} kind
 * @param {string} id
 * @param {string} [script] the script as it is, or bundled
 */
function timeBare(kind, id, script = join(ROOT, 'scripts/bare-stop.js')) {
  return timeCommand(NODE24, [script, kind, id, ...(kind === 'pipeline' ? ['bench'] : [])], {
    PATH: process.env.PATH ?? '',
    ...RUNNER_ENV,
    ...FAKE_CREDENTIALS,
    AWS_ENDPOINT_URL: fake.url
  })
}

/**
 * What a runner downloads for every job that uses the action: the repository at the action's
 * ref, as a compressed archive (git archive HEAD | gzip -9), and what dominates it.
 */
async function downloadSize() {
  /** @param {string[]} paths */
  const size = async paths => {
    const archive = await promisify(execFile)(
      'git',
      ['archive', '--format=tar', 'HEAD', '--', ...paths],
      {
        cwd: ROOT,
        encoding: 'buffer',
        maxBuffer: 1 << 30
      }
    )
    return gzipSync(archive.stdout, { level: 9 }).length
  }
  const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(0)} kB`
  const total = await size(['.'])
  const parts = [
    ['source maps (dist/**/*.map)', ['dist/*.map', 'dist/chunks/*.map']],
    ['bundle (dist/**/*.js)', ['dist/*.js', 'dist/chunks/*.js']],
    ['of which the credential chain beyond the environment', ['dist/chunks/credentials']],
    ['licenses (dist/licenses.txt)', ['dist/licenses.txt']],
    ['tests (__tests__/)', ['__tests__']],
    ['fake AWS (fake-aws/)', ['fake-aws']],
    ['lockfile (package-lock.json)', ['package-lock.json']],
    ['README and docs', ['README.md', 'docs']]
  ]
  say()
  say('# What a runner downloads: the repository at the ref, compressed')
  say()
  say('| part | gzip -9 |')
  say('| --- | ---: |')
  say(`| whole repository (git archive HEAD) | ${kb(total)} |`)
  for (const [what, paths] of parts)
    say(`| ${what} | ${kb(await size(/** @type {string[]} */ (paths)))} |`)
}

/**
 * A row of the tables without ratio columns.
 * @param {string} what
 * @param {Stats} t
 */
function timesRow(what, t) {
  const ms = (/** @type {number} */ n) => n.toFixed(0)
  return `| ${what} | ${ms(t.median)} | ${ms(t.min)} | ${ms(t.max)} |`
}

/**
 * A row of the start-up table.
 * @param {string} what
 * @param {Stats} t
 * @param {number} [toFloor]
 * @param {number} [toCli]
 */
function row(what, t, toFloor, toCli) {
  const ratio = (/** @type {number | undefined} */ r) => (r === undefined ? '' : `${r.toFixed(2)}×`)
  return `${timesRow(what, t)} ${ratio(toFloor)} | ${ratio(toCli)} |`
}

/**
 * @param {string} command
 * @param {string[]} argv
 * @param {Record<string, string>} [env]
 */
function timeCommand(command, argv, env = { PATH: process.env.PATH ?? '' }) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, argv, { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', d => (stderr += d))
    child.on('error', reject)
    child.on('close', code =>
      code === 0
        ? resolve(performance.now() - started)
        : reject(new Error(`${command} exited ${code}: ${stderr}`))
    )
  })
}

/**
 * The aws CLI as awsCli found it, or another command (pyenv's shim, for its own row).
 * @param {string[]} argv
 * @param {string} [command]
 */
function timeCli(argv, command = cli?.command ?? 'aws') {
  return timeCommand(command, ['--endpoint-url', fake.url, '--output', 'json', ...argv], {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    AWS_DEFAULT_REGION: REGION,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
    ...FAKE_CREDENTIALS
  })
}

/**
 * The aws CLI to time: its own entry script, run as its shebang says. Where \`aws\` is pyenv's shim
 * (a bash script that runs \`pyenv exec\`, about 300 ms of its own), \`pyenv which aws\` names the
 * entry script; without pyenv, \`aws\` on PATH is taken as it is (Debian's /usr/bin/aws is the
 * entry script itself).
 * @returns {Promise<{ command: string, version: string, label: string, timed: string, shim: boolean } | undefined>}
 */
async function awsCli() {
  const run = promisify(execFile)
  const entry = await run('pyenv', ['which', 'aws']).then(
    r => r.stdout.trim(),
    () => undefined
  )
  const command = entry || 'aws'
  try {
    const { stdout, stderr } = await run(command, ['--version'])
    const version = (stdout || stderr).trim().split(' ')[0] ?? 'aws'
    return entry
      ? {
          command,
          version,
          label: 'its entry script',
          timed: `timed as its own entry script ${entry} (\`pyenv which aws\`), not through pyenv's shim, which \`aws\` runs here`,
          shim: true
        }
      : {
          command,
          version,
          label: 'aws on PATH',
          timed: `timed as \`aws\` on PATH${await onPath('aws').then(p => (p ? ` (${p})` : ''))}: no pyenv here, so \`aws\` is taken as it is (Debian's /usr/bin/aws is the CLI's entry script itself)`,
          shim: false
        }
  } catch {
    return undefined
  }
}

/**
 * Where a command is found on PATH.
 * @param {string} name
 */
async function onPath(name) {
  const { access, constants } = await import('node:fs/promises')
  for (const dir of (process.env.PATH ?? '').split(':').filter(Boolean)) {
    const file = join(dir, name)
    if (
      await access(file, constants.X_OK).then(
        () => true,
        () => false
      )
    )
      return file
  }
  return undefined
}

function loadAverage() {
  return loadavg()
    .map(n => n.toFixed(2))
    .join(', ')
}

/** What the load average says of the timings, on this machine's cores. */
function loadHint() {
  const [oneMinute = 0] = loadavg()
  const cores = cpus().length
  return oneMinute < 0.5
    ? 'idle'
    : oneMinute < cores / 2
      ? `some other work on ${cores} cores`
      : `loaded: other work competes for the ${cores} cores, so every time is longer and noisier than on an idle machine`
}

/** @param {string} node */
async function version(node) {
  return `node ${(await promisify(execFile)(node, ['--version'])).stdout.trim()}`
}

/** @param {string} name */
function valueOf(name) {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
