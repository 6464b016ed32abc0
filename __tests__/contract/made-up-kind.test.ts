// The contract of a kind, proven with a kind the action does not have: a made-up "fleet rollout"
// declared here (its declaration, and a client that keeps its releases in memory), added to the
// registry's list beside the real kinds, and run through every phase as the main and post steps
// run them: settings, find with a commit, the cap, stop, dry run, wait with a follow-up, and the
// guard. No shared code knows it: if a phase named a kind, this kind would not work.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { KindClient, KindDeclaration } from '../../src/kinds/contract.js'
import type { FoundRelease, ReleaseSnapshot } from '../../src/release.js'
import { annotations, parseFileCommands } from '../../scripts/action-runner.js'
import { FakeClock } from '../support/fake-clock.js'

interface FleetQuery {
  fleet: string
}
interface FleetOptions {
  drain: boolean
}

/** One rollout in memory: its status moves only when it is stopped and then read. */
interface Rollout {
  id: string
  fleet: string
  version: string
  status: 'ROLLING' | 'HALTING' | 'HALTED' | 'DONE'
  startedAt: number
  undoId?: string
}

const rollouts = new Map<string, Rollout>()
const calls: string[] = []

const client: KindClient<FleetQuery, FleetOptions> = {
  async stop(ref, options) {
    calls.push(`stop ${ref.id} drain=${options.drain}`)
    const r = rollouts.get(ref.id)
    if (!r) throw new Error(`no rollout ${ref.id}`)
    if (r.status !== 'ROLLING')
      return {
        ref,
        status: 'AlreadyCompleted',
        statusMessage: `It is ${r.status}.`,
        consoleUrl: ''
      }
    r.status = 'HALTING'
    // A fleet that cannot drain is halted without: otherwise than the options asked, so it warns.
    if (options.drain && r.version === 'undrainable')
      return {
        ref,
        status: 'Pending',
        statusMessage: 'Halting, without draining.',
        consoleUrl: `fleet://${ref.id}`,
        warning: { title: 'Halted without draining', message: 'This fleet cannot drain.' }
      }
    return { ref, status: 'Pending', statusMessage: 'Halting.', consoleUrl: `fleet://${ref.id}` }
  },
  async readStatuses(refs) {
    calls.push(`read ${refs.map(r => r.id).join(',')}`)
    const reads = new Map<string, ReleaseSnapshot | Error>()
    for (const ref of refs) {
      const r = rollouts.get(ref.id)
      if (!r) {
        reads.set(ref.id, Object.assign(new Error('gone'), { name: 'ResourceNotFoundException' }))
        continue
      }
      if (r.status === 'HALTING') {
        // Halted at this read; the undo rollout the halt started is named with it.
        r.status = 'HALTED'
        r.undoId = `${r.id}-undo`
        rollouts.set(r.undoId, { ...r, id: r.undoId, status: 'DONE', undoId: undefined })
      }
      reads.set(ref.id, {
        status: r.status,
        terminal: r.status === 'HALTED' || r.status === 'DONE',
        stopped: r.status === 'HALTED',
        detail: '',
        ...(r.undoId ? { followUpId: r.undoId } : {})
      })
    }
    return reads
  },
  async find(query, ctx) {
    const found = await ctx.read('ListRollouts', async () =>
      [...rollouts.values()].filter(r => r.fleet === query.fleet && r.status === 'ROLLING')
    )
    calls.push(`find ${query.fleet}`)
    return {
      found: found.map((r): FoundRelease => ({
        ref: { kind: 'fleet-rollout', id: r.id },
        status: r.status,
        startedAt: r.startedAt,
        where: `fleet ${r.fleet}`,
        commitFields: [{ label: 'version', value: r.version }]
      })),
      scope: `Listed the rollouts of fleet ${query.fleet}.`
    }
  },
  checkCredentials: async () => undefined
}

const fleetRollout: KindDeclaration<FleetQuery, FleetOptions> = {
  target: 'fleet-rollout',
  label: 'fleet rollout',
  plural: 'fleet rollouts',
  id: { pattern: /^fr-[a-z0-9]+$/, accepts: 'a fleet rollout ID: "fr-" then letters and digits' },
  idInputs: 'the "id" input',
  inputs: [
    { name: 'project', role: 'find' },
    { name: 'abandon', role: 'option', default: 'false' }
  ],
  readInputs(ctx) {
    const fleet = ctx.name('project', /^[a-z]+$/, 'a fleet name of lower-case letters')
    return {
      ...(fleet !== '' ? { find: { fleet } } : {}),
      options: { drain: ctx.bool('abandon', false) ?? false }
    }
  },
  findAlternative: 'give "project" (the fleet) to stop its running rollouts',
  commit: { applies: true },
  describeQuery: q => `fleet ${q.fleet}`,
  narrow: 'add "commit"',
  consoleUrl: ref => `fleet://${ref.id}`,
  permissions: { stop: 'fleet:HaltRollout', read: 'fleet:GetRollouts', find: [] },
  notFoundErrors: [],
  optionLines: o => [`Drain: ${o.drain}`],
  optionWords: o => [`drain: ${o.drain}`],
  followUp: {
    noun: 'undo rollout',
    startedBy: 'The fleet',
    expected: () => true,
    extraReads: 1,
    waitFor: () => true,
    succeeded: status => status === 'DONE',
    failedHint: 'check the fleet.'
  },
  load: async () => client
}

// The registry's list, with the made-up kind beside the real ones: the only thing replaced.
jest.unstable_mockModule('../../src/kinds/registry.js', async () => {
  const { kindList } = await import('../../src/kinds/kind-list.js')
  const { codeDeployDeployment } = await import('../../src/kinds/codedeploy/index.js')
  const { codePipelineExecution } = await import('../../src/kinds/codepipeline/index.js')
  const { codeBuildBuild, codeBuildBatch } = await import('../../src/kinds/codebuild/index.js')
  const { ecsServiceDeployment } = await import('../../src/kinds/ecs/index.js')
  const { cloudFormationStack } = await import('../../src/kinds/cloudformation/index.js')
  const { autoScalingInstanceRefresh } = await import('../../src/kinds/autoscaling/index.js')
  const DECLARATIONS = [
    codeDeployDeployment,
    codePipelineExecution,
    codeBuildBuild,
    codeBuildBatch,
    ecsServiceDeployment,
    cloudFormationStack,
    autoScalingInstanceRefresh,
    fleetRollout
  ] as KindDeclaration[]
  return { DECLARATIONS, ...kindList(DECLARATIONS) }
})
const { run } = await import('../../src/main.js')
const { runGuardPost } = await import('../../src/guard/guard-post.js')
const { parseSettings } = await import('../../src/settings.js')

const SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'
let dir = ''
const SUMMARY = join(await mkdtemp(join(tmpdir(), 'made-up-kind-summary-')), 'summary')
const saved = { ...process.env }
let clock: FakeClock

/** Runs a step in this process as the runner would (inputs, files), returning what it wrote. */
async function step(inputs: Record<string, string>, state: Record<string, string> = {}) {
  for (const key of Object.keys(process.env))
    if (/^(INPUT|STATE)_/.test(key)) delete process.env[key]
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value
  for (const [name, value] of Object.entries(state)) process.env[`STATE_${name}`] = value
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE']) {
    process.env[name] = join(dir, name)
    await writeFile(join(dir, name), '')
  }
  // @actions/core's summary keeps the first path it was given, for the life of the process.
  process.env.GITHUB_STEP_SUMMARY = SUMMARY
  await writeFile(SUMMARY, '')
  const printed: string[] = []
  const write = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk))
      return true
    })
  process.exitCode = 0
  const deps = { clock, cancel: new AbortController().signal }
  try {
    if (Object.keys(state).length > 0) await runGuardPost(deps)
    else await run(deps)
  } finally {
    write.mockRestore()
  }
  const code = process.exitCode
  process.exitCode = 0
  return {
    code,
    stdout: printed.join(''),
    outputs: parseFileCommands(await readFile(join(dir, 'GITHUB_OUTPUT'), 'utf8')),
    state: parseFileCommands(await readFile(join(dir, 'GITHUB_STATE'), 'utf8')),
    summary: await readFile(SUMMARY, 'utf8')
  }
}

function rollout(id: string, version: string, fleet = 'blue', startedAt = clock.now()): string {
  rollouts.set(id, { id, fleet, version, status: 'ROLLING', startedAt })
  return id
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'made-up-kind-'))
  clock = new FakeClock()
  clock.time = Date.now()
  rollouts.clear()
  calls.length = 0
  process.env.AWS_REGION = 'eu-west-1'
})
afterEach(async () => {
  process.env = { ...saved }
  await rm(dir, { recursive: true, force: true })
})

describe('a made-up kind, declared in the test, through every phase', () => {
  it('settings: its target, its ID shape and its inputs; its find input is refused for another target', async () => {
    const bad = await step({ target: 'fleet-rollout', id: 'd-ABCD12345' })
    expect(bad.code).toBe(1)
    expect(bad.outputs['status-message']).toBe(
      'Input "id" must be a fleet rollout ID: "fr-" then letters and digits; got "d-ABCD12345". It looks like the ID of a deployment: check "target".'
    )
    const none = await step({ target: 'fleet-rollout' })
    expect(none.outputs['status-message']).toBe(
      'Input "id" is required unless a name is given: a fleet rollout ID: "fr-" then letters and digits; or give "project" (the fleet) to stop its running rollouts.'
    )
    const unknown = await step({ target: 'nope', id: 'x' })
    expect(unknown.outputs['status-message']).toMatch(/one of deployment, .*, fleet-rollout;/)
    const elsewhere = await step({ target: 'deployment', id: 'd-ABCD12345', project: 'blue' })
    expect(elsewhere.outputs['status-message']).toBe(
      'Input "project" applies to target build or build-batch or fleet-rollout only; got target: deployment.'
    )
    expect(calls).toEqual([])
  })

  it('find with a commit, stop, wait with its follow-up: only the rollout of the commit', async () => {
    const ours = rollout('fr-ours', `web-${SHA.slice(0, 7)}`)
    rollout('fr-theirs', 'web-ffffffff')
    const r = await step({ target: 'fleet-rollout', project: 'blue', commit: SHA, wait: 'true' })
    expect(r.stdout.split('\n').filter(l => l.startsWith('::error'))).toEqual([])
    expect(r.code).toBe(0)
    expect(calls.filter(c => c.startsWith('stop'))).toEqual([`stop ${ours} drain=false`])
    expect(r.stdout).toContain(
      `Found fleet rollout ${ours}: ROLLING in fleet blue, started 0 s ago; commit ${SHA} matches its version web-1a2b3c4.`
    )
    expect(r.stdout).toContain('Passed over fleet rollout fr-theirs')
    expect(r.stdout).toContain('Drain: false')
    expect(r.outputs).toMatchObject({
      status: 'Succeeded',
      id: ours,
      'target-status': 'HALTED',
      'rollback-deployment-id': `${ours}-undo`,
      'rollback-status': 'DONE'
    })
    expect(r.summary).toContain('<h3>Stop AWS release — ')
    expect(rollouts.get('fr-theirs')?.status).toBe('ROLLING')
  })

  it('the cap: more matches than max-releases stops none', async () => {
    rollout('fr-one', 'v1')
    rollout('fr-two', 'v2')
    const r = await step({ target: 'fleet-rollout', project: 'blue', 'max-releases': '1' })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('Failed')
    expect(r.outputs['status-message']).toMatch(
      /^2 fleet rollouts match, more than max-releases \(1\); nothing was stopped\. Narrow the inputs \(add "commit"\)/
    )
    expect(calls.filter(c => c.startsWith('stop'))).toEqual([])
  })

  it('a stop that did otherwise than asked says so in a warning, titled with the release', async () => {
    rollout('fr-stiff', 'undrainable')
    const r = await step({ target: 'fleet-rollout', id: 'fr-stiff', abandon: 'true' })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({
      status: 'Pending',
      'status-message': 'Halting, without draining.'
    })
    expect(annotations(r.stdout)).toEqual([
      {
        level: 'warning',
        title: 'Halted without draining: fleet rollout fr-stiff',
        message: 'This fleet cannot drain.'
      }
    ])
  })

  it('dry run: what would be stopped, no stop', async () => {
    rollout('fr-one', 'v1')
    const r = await step({ target: 'fleet-rollout', id: 'fr-one', 'dry-run': 'true' })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ status: 'WouldStop', ids: 'fr-one' })
    expect(calls).toEqual(['read fr-one'])
  })

  it("the guard: the main step checks the find and keeps a baseline; the post step stops only the job's", async () => {
    const theirs = rollout('fr-theirs', 'v1', 'blue', clock.now() - 10_000)
    const main = await step({
      target: 'fleet-rollout',
      project: 'blue',
      guard: 'true',
      abandon: 'true'
    })
    expect(main.code).toBe(0)
    expect(main.outputs.status).toBe('Guarding')
    expect(main.stdout).toContain('(drain: true)')
    expect(main.stdout).toContain("1 fleet rollout already running is not this job's")
    expect(calls).toEqual(['find blue'])
    const ours = rollout('fr-ours', 'v2')
    const post = await step(
      { target: 'fleet-rollout', project: 'blue', guard: 'true', abandon: 'true' },
      main.state
    )
    expect(post.code).toBe(0)
    expect(calls.filter(c => c.startsWith('stop'))).toEqual([`stop ${ours} drain=true`])
    expect(rollouts.get(theirs)?.status).toBe('ROLLING')
    expect(post.summary).toContain(
      '<h3>Guard: Stop AWS release after the job failed or was cancelled — '
    )
  })
})

describe('the messages about inputs come from the declarations', () => {
  it('an option of the made-up kind given with another target names every kind that uses it', () => {
    const settings = parseSettings(
      name => ({ target: 'deployment', id: 'd-ABCD12345', abandon: 'true' })[name] ?? '',
      { AWS_REGION: 'eu-west-1' }
    )
    expect(settings.warnings).toEqual([
      'Input "abandon" applies to CodePipeline executions and fleet rollouts only; it is ignored with target: deployment.'
    ])
  })
})
