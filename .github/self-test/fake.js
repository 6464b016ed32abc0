// @ts-check
// The self-test's handle on the project's fake AWS (fake-aws/), from workflow steps. Plain node,
// no dependencies, so the workflow needs no npm install.
//   node .github/self-test/fake.js start                 start it on a free port; print the
//                                                        AWS_ENDPOINT_URL=… and FAKE_URL=… lines
//                                                        for $GITHUB_ENV
//   node .github/self-test/fake.js add KIND JSON          add a running release; print its ID
//                                                        (KIND: deployments, pipeline-executions,
//                                                        builds, build-batches, environments...:
//                                                        the fake's admin routes)
//   node .github/self-test/fake.js status ID              print the release's status in the fake
//   node .github/self-test/fake.js expect-stopped KIND FIELD=VALUE
//                                                        fail unless every release of KIND with
//                                                        FIELD=VALUE had a stop call
import { spawn } from 'node:child_process'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const [command, ...args] = process.argv.slice(2)
const root = join(import.meta.dirname, '../..')

async function start() {
  const temp = process.env.RUNNER_TEMP
  if (!temp) throw new Error('RUNNER_TEMP is not set: run this from a workflow step')
  const log = join(temp, 'fake-aws.log')
  const out = openSync(log, 'w')
  // Not detached: the runner ends it with the job's other processes when the job ends.
  const child = spawn(process.execPath, [join(root, 'fake-aws/cli.js'), '--port', '0', '--log'], {
    stdio: ['ignore', out, out]
  })
  child.unref()
  closeSync(out)
  for (let i = 0; i < 100; i++) {
    const url = /fake-aws listening on (http:\/\/\S+)/.exec(readFileSync(log, 'utf8'))?.[1]
    if (url) {
      console.log(`AWS_ENDPOINT_URL=${url}`)
      console.log(`FAKE_URL=${url}/__fake`)
      return
    }
    if (child.exitCode !== null) break
    await sleep(100)
  }
  throw new Error(`the fake AWS did not start:\n${readFileSync(log, 'utf8')}`)
}

/** @param {string} path @param {unknown} [body] */
async function admin(path, body) {
  const base = process.env.FAKE_URL
  if (!base) throw new Error('FAKE_URL is not set: run "fake.js start" first')
  const response = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  /** @type {any} */
  const json = await response.json()
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

/** @type {Record<string, string>} */
const STATE_KEYS = {
  deployments: 'deployments',
  'pipeline-executions': 'pipelineExecutions',
  builds: 'builds',
  'build-batches': 'buildBatches'
}

try {
  if (command === 'start') await start()
  else if (command === 'add' && args[0]) {
    console.log((await admin(`/${args[0]}`, JSON.parse(args[1] ?? '{}'))).id)
  } else if (command === 'status' && args[0]) {
    console.log((await admin(`/releases/${encodeURIComponent(args[0])}`)).status)
  } else if (command === 'expect-stopped' && args[0] && args[1]?.includes('=')) {
    const key = STATE_KEYS[args[0]]
    if (!key) throw new Error(`unknown kind ${args[0]}`)
    const [field, value] = args[1].split('=')
    const state = await admin('/state')
    /** @type {{ id: string, status: string, stopCount: number }[]} */
    const releases = state[key].filter((/** @type {any} */ r) => r[field ?? ''] === value)
    if (releases.length === 0) throw new Error(`no ${args[0]} with ${args[1]} in the fake AWS`)
    for (const r of releases) console.log(`${r.id}: ${r.status}, ${r.stopCount} stop call(s)`)
    const missed = releases.filter(r => !(r.stopCount > 0))
    if (missed.length > 0) {
      throw new Error(`not stopped: ${missed.map(r => r.id).join(', ')}`)
    }
  } else {
    throw new Error(`usage: see the top of ${import.meta.filename}`)
  }
} catch (error) {
  console.error(`fake.js ${command}: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
