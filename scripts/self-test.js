// @ts-check
// npm run self-test: runs .github/workflows/self-test.yml on this machine, job by job and step by
// step, as the GitHub runner runs it, so that the workflow and this script cannot check different
// things. What it does like the runner:
// - jobs in `needs` order, each with its own RUNNER_TEMP; `if:` with always(), success(),
//   failure(), cancelled(); continue-on-error on steps and jobs;
// - `run:` steps with `bash -e`, `uses: ./…` actions with node24 (INPUT_ variables with the
//   action.yml defaults), GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE files and the steps context;
// - post steps after the main steps, in reverse order, with their post-if and saved state;
// - at the end of a job, every process its steps left behind is ended;
// - a GitHub API stand-in that answers the one request the workflow makes (this run's jobs and
//   their steps' conclusions), from what happened here.
// What it does not do: actions/checkout (the workspace is this clone) and actions/setup-node
// (node24 from node_modules is put first on PATH) are taken as done; any other remote action, or
// an expression it does not know, is an error rather than a silent difference.
import { execFileSync, spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'
import { inputEnv, NODE24, parseFileCommands, ROOT } from './action-runner.js'

const WORKFLOW = '.github/workflows/self-test.yml'
const TOKEN = `local-token-${randomUUID()}`
const RUN = { id: String(Date.now()), attempt: '1', repository: 'local/stop-aws-release' }

/**
 * @typedef {{ name?: string, id?: string, if?: string, uses?: string, run?: string,
 *   with?: Record<string, unknown>, env?: Record<string, unknown>, 'continue-on-error'?: boolean }} Step
 * @typedef {{ name?: string, needs?: string | string[], if?: string, env?: Record<string, unknown>,
 *   'continue-on-error'?: boolean, steps: Step[] }} Job
 * @typedef {{ outcome: string, conclusion: string, outputs: Record<string, string> }} StepResult
 * @typedef {{ name: string, conclusion: string }} StepRecord
 * @typedef {{ name: string, result: string, steps: StepRecord[] }} JobRecord
 * @typedef {{ steps: Record<string, StepResult>, env: Record<string, string>,
 *   needs: Record<string, { result: string }>, status: 'success' | 'failure' }} Context
 */

/** @type {{ name?: string, env?: Record<string, unknown>, jobs: Record<string, Job> }} */
const workflow = parse(readFileSync(join(ROOT, WORKFLOW), 'utf8'))
/** @type {Record<string, JobRecord>} */
const records = {}
const api = await githubApiStandIn()
const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()

let failed = false
try {
  for (const id of jobOrder(workflow.jobs)) {
    const job = /** @type {Job} */ (workflow.jobs[id])
    const record = await runJob(id, job)
    records[id] = record
    const allowed = job['continue-on-error'] === true
    console.log(`\n== job ${id}: ${record.result}${allowed ? ' (continue-on-error)' : ''}`)
    if (record.result === 'failure' && !allowed) failed = true
  }
} finally {
  api.close()
}
console.log(`\nself-test: ${failed ? 'FAILED' : 'passed'} (${WORKFLOW}, run here)`)
process.exit(failed ? 1 : 0)

/**
 * @param {Record<string, Job>} jobs
 * @returns {string[]}
 */
function jobOrder(jobs) {
  /** @type {string[]} */
  const order = []
  const visit = (/** @type {string} */ id, /** @type {string[]} */ path) => {
    if (order.includes(id)) return
    if (path.includes(id)) throw new Error(`needs cycle: ${[...path, id].join(' -> ')}`)
    for (const need of needsOf(jobs[id])) visit(need, [...path, id])
    order.push(id)
  }
  for (const id of Object.keys(jobs)) visit(id, [])
  return order
}

/** @param {Job | undefined} job */
function needsOf(job) {
  return job?.needs === undefined ? [] : [job.needs].flat()
}

/**
 * @param {string} id
 * @param {Job} job
 * @returns {Promise<JobRecord>}
 */
async function runJob(id, job) {
  const name = job.name ?? id
  /** @type {Context} */
  const ctx = {
    steps: {},
    env: {},
    needs: Object.fromEntries(
      needsOf(job).map(n => [n, { result: records[n]?.result ?? 'skipped' }])
    ),
    status: 'success'
  }
  // A job's `if:` sees its needs: success() is false when one of them did not succeed. Its steps
  // then start from success.
  const needsFailed = needsOf(job).some(n => records[n]?.result !== 'success')
  if (!condition(job.if ?? 'success()', { ...ctx, status: needsFailed ? 'failure' : 'success' })) {
    console.log(`\n== job ${id}: skipped (if: ${job.if ?? 'success()'})`)
    return { name, result: 'skipped', steps: [] }
  }
  console.log(`\n== job ${id}: ${name}`)
  const temp = await mkdtemp(join(tmpdir(), `self-test-${id}-`))
  /** @type {StepRecord[]} */
  const steps = []
  /** @type {{ name: string, run: () => Promise<boolean>, postIf: string }[]} */
  const posts = []
  /** @type {number[]} */
  const groups = []
  ctx.env = { ...strings(workflow.env, ctx), ...strings(job.env, ctx) }
  try {
    for (const [i, step] of job.steps.entries()) {
      const stepName =
        step.name ?? (step.uses ? `Run ${step.uses}` : `Run ${step.run?.split('\n')[0]}`)
      const runs = condition(step.if ?? 'success()', ctx)
      if (!runs) {
        console.log(`-- ${stepName}: skipped`)
        steps.push({ name: stepName, conclusion: 'skipped' })
        continue
      }
      console.log(`-- ${stepName}`)
      const files = await stepFiles(temp, i)
      const env = { ...baseEnv(temp), ...ctx.env, ...strings(step.env, ctx), ...files }
      let ok
      /** @type {Record<string, string>} */
      let outputs = {}
      if (step.run !== undefined) {
        ok = await spawnStep('bash', ['-e', '-c', expand(step.run, ctx)], env, groups)
      } else if (step.uses?.startsWith('./')) {
        const action = actionAt(step.uses)
        const inputs = inputEnv(strings(step.with, ctx), action.inputs)
        ok = await spawnStep(action.node, [action.main], { ...env, ...inputs }, groups)
        if (action.post) {
          const post = action.post
          const state = parseFileCommands(await readFile(files.GITHUB_STATE, 'utf8'))
          posts.push({
            name: `Post ${stepName}`,
            postIf: action.postIf,
            run: async () => {
              const postFiles = await stepFiles(temp, `post-${i}`)
              const stateEnv = Object.fromEntries(
                Object.entries(state).map(([k, v]) => [`STATE_${k}`, v])
              )
              return spawnStep(
                action.node,
                [post],
                { ...baseEnv(temp), ...ctx.env, ...inputs, ...stateEnv, ...postFiles },
                groups
              )
            }
          })
        }
      } else if (/^actions\/(checkout|setup-node)@[0-9a-f]{40}$/.test(step.uses ?? '')) {
        console.log(
          `   (here: ${step.uses?.startsWith('actions/checkout') ? 'the workspace is this clone' : `node24 is ${NODE24}`})`
        )
        ok = true
      } else {
        throw new Error(`${WORKFLOW}: the local run cannot do "${step.uses}"`)
      }
      outputs = parseFileCommands(await readFile(files.GITHUB_OUTPUT, 'utf8'))
      Object.assign(ctx.env, parseFileCommands(await readFile(files.GITHUB_ENV, 'utf8')))
      const outcome = ok ? 'success' : 'failure'
      const conclusion = ok || step['continue-on-error'] ? 'success' : 'failure'
      if (step.id) ctx.steps[step.id] = { outcome, conclusion, outputs }
      if (conclusion === 'failure') ctx.status = 'failure'
      steps.push({ name: stepName, conclusion })
      console.log(`   ${outcome}`)
    }
    for (const post of posts.reverse()) {
      if (!condition(post.postIf, ctx)) {
        console.log(`-- ${post.name}: skipped (post-if: ${post.postIf})`)
        continue
      }
      console.log(`-- ${post.name}`)
      const ok = await post.run()
      steps.push({ name: post.name, conclusion: ok ? 'success' : 'failure' })
      if (!ok) ctx.status = 'failure'
      console.log(`   ${ok ? 'success' : 'failure'}`)
    }
  } finally {
    // The runner ends the processes a job leaves behind (the fake AWS started in the background).
    for (const pgid of groups) {
      try {
        process.kill(-pgid, 'SIGTERM')
      } catch {
        // already gone
      }
    }
    await rm(temp, { recursive: true, force: true })
  }
  return { name, result: ctx.status, steps }
}

/**
 * Runs one step's process in a process group of its own, streaming its output.
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} env
 * @param {number[]} groups
 */
function spawnStep(command, args, env, groups) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    if (child.pid) groups.push(child.pid)
    const indent = (/** @type {Buffer} */ d) => d.toString().replace(/^(?=.)/gm, '   | ')
    child.stdout.on('data', d => process.stdout.write(indent(d)))
    child.stderr.on('data', d => process.stdout.write(indent(d)))
    child.on('error', reject)
    child.on('close', code => resolve(code === 0))
  })
}

/**
 * @param {string} temp
 * @param {number | string} n
 */
async function stepFiles(temp, n) {
  const files = {
    GITHUB_OUTPUT: join(temp, `output-${n}`),
    GITHUB_ENV: join(temp, `env-${n}`),
    GITHUB_STATE: join(temp, `state-${n}`),
    GITHUB_PATH: join(temp, `path-${n}`),
    GITHUB_STEP_SUMMARY: join(temp, `summary-${n}`)
  }
  await Promise.all(Object.values(files).map(f => writeFile(f, '')))
  return files
}

/** @param {string} temp */
function baseEnv(temp) {
  return {
    // setup-node with .node-version (24): node24 first on PATH.
    PATH: `${dirname(NODE24)}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    HOME: process.env.HOME ?? temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ROOT,
    GITHUB_REPOSITORY: RUN.repository,
    GITHUB_REPOSITORY_OWNER: RUN.repository.split('/')[0] ?? '',
    GITHUB_RUN_ID: RUN.id,
    GITHUB_RUN_ATTEMPT: RUN.attempt,
    GITHUB_RUN_NUMBER: '1',
    GITHUB_SHA: sha,
    GITHUB_WORKFLOW: workflow.name ?? 'Self-test',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_ACTOR: 'local',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: api.url,
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: temp
  }
}

/**
 * A local action: its action.yml, the node that runs it, and its main and post files.
 * @param {string} uses
 */
function actionAt(uses) {
  const dir = join(ROOT, uses)
  /** @type {{ inputs?: Record<string, { default?: string }>, runs: { using: string, main: string, post?: string, 'post-if'?: string } }} */
  const yml = parse(readFileSync(join(dir, 'action.yml'), 'utf8'))
  if (yml.runs.using !== 'node24')
    throw new Error(`${uses}: runs.using ${yml.runs.using} is not run here`)
  return {
    node: NODE24,
    inputs: yml.inputs ?? {},
    main: join(dir, yml.runs.main),
    post: yml.runs.post ? join(dir, yml.runs.post) : undefined,
    postIf: yml.runs['post-if'] ?? 'always()'
  }
}

/**
 * A map from the workflow with every value a string and its expressions expanded.
 * @param {Record<string, unknown> | undefined} map
 * @param {Context} ctx
 * @returns {Record<string, string>}
 */
function strings(map, ctx) {
  return Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [k, expand(String(v), ctx)]))
}

/**
 * Replaces each ${{ … }} with its value. Only the lookups this workflow uses are known.
 * @param {string} text
 * @param {Context} ctx
 */
function expand(text, ctx) {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr) => lookup(expr, ctx))
}

/**
 * @param {string} expr
 * @param {Context} ctx
 */
function lookup(expr, ctx) {
  let m
  if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr))) {
    return ctx.steps[m[1] ?? '']?.outputs[m[2] ?? ''] ?? ''
  }
  if ((m = /^steps\.([\w-]+)\.(outcome|conclusion)$/.exec(expr))) {
    return ctx.steps[m[1] ?? '']?.[/** @type {'outcome' | 'conclusion'} */ (m[2])] ?? ''
  }
  if ((m = /^env\.(\w+)$/.exec(expr))) return ctx.env[m[1] ?? ''] ?? ''
  if ((m = /^needs\.([\w-]+)\.result$/.exec(expr))) return ctx.needs[m[1] ?? '']?.result ?? ''
  if (expr === 'github.token' || expr === 'secrets.GITHUB_TOKEN') return TOKEN
  if (expr === 'github.sha') return sha
  if (expr === 'github.run_id') return RUN.id
  if (expr === 'github.repository') return RUN.repository
  throw new Error(`${WORKFLOW}: the local run does not know the expression \${{ ${expr} }}`)
}

/**
 * An `if:` made of status functions joined by || or &&, as this workflow and action.yml use.
 * @param {string} text
 * @param {Context} ctx
 */
function condition(text, ctx) {
  const expr = text.replace(/^\$\{\{\s*|\s*\}\}$/g, '').trim()
  return expr.split('||').some(any =>
    any.split('&&').every(term => {
      const t = term.trim()
      const negated = t.startsWith('!')
      const fn = t.replace(/^!/, '').trim()
      /** @type {Record<string, boolean>} */
      const values = {
        'always()': true,
        'success()': ctx.status === 'success',
        'failure()': ctx.status === 'failure',
        'cancelled()': false
      }
      if (!(fn in values))
        throw new Error(`${WORKFLOW}: the local run does not know the condition "${t}"`)
      return negated ? !values[fn] : values[fn]
    })
  )
}

/**
 * The GitHub API stand-in: GET /repos/{repo}/actions/runs/{id}/attempts/{n}/jobs, from the jobs
 * recorded so far, in the shape GitHub answers (name, conclusion, steps with name and conclusion).
 */
async function githubApiStandIn() {
  const server = createServer((req, res) => {
    const path = `/repos/${RUN.repository}/actions/runs/${RUN.id}/attempts/${RUN.attempt}/jobs`
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      res.writeHead(401, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ message: 'Bad credentials' }))
    } else if (req.method === 'GET' && url.pathname === path) {
      const jobs = Object.values(records).map(j => ({
        name: j.name,
        conclusion: j.result,
        steps: j.steps.map((s, i) => ({ number: i + 1, name: s.name, conclusion: s.conclusion }))
      }))
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ total_count: jobs.length, jobs }))
    } else {
      res.writeHead(404, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ message: `Not Found (the stand-in answers only GET ${path})` }))
    }
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('no address')
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() }
}
