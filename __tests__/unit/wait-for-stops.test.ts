import type { ReleaseKind } from '../../src/kinds/contract.js'
import { declarationOf } from '../../src/kinds/registry.js'

/** CodeDeploy's declared polls to look for the rollback deployment's ID. */
const ROLLBACK_LOOKS = declarationOf('deployment').followUp?.extraReads ?? 0
import { describe, expect, it } from '@jest/globals'
import type { ReleaseRef, ReleaseSnapshot, StopResult } from '../../src/release.js'
import {
  applyWait,
  waitForStops,
  type WaitDeps,
  type WaitReport,
  type WaitSettings
} from '../../src/wait/wait-for-stops.js'
import { FakeClock } from '../support/fake-clock.js'

const DEPLOYMENT: ReleaseRef = { kind: 'deployment', id: 'd-AAAAAAAAA' }
const ROLLBACK_ID = 'd-RRRRRRRRR'

const snap = (status: string, extra: Partial<ReleaseSnapshot> = {}): ReleaseSnapshot => ({
  status,
  terminal: ['Succeeded', 'Failed', 'Stopped'].includes(status),
  stopped: status === 'Stopped',
  detail: '',
  ...extra
})

/**
 * AWS as seen through readStatuses: a script of answers per release ID (the last answer repeats).
 * An Error answer is that release's own error; `whole` errors fail the whole read, in turn.
 */
function scriptedKind(
  clock: FakeClock,
  script: Record<string, (ReleaseSnapshot | Error)[]>,
  whole: Error[] = []
) {
  const reads: { id: string; at: number }[] = []
  const calls: string[][] = []
  const kind: ReleaseKind = {
    declaration: declarationOf('deployment'),
    checkCredentials: async () => undefined,
    stop: async () => {
      throw new Error('not used')
    },
    find: async () => {
      throw new Error('not used')
    },
    readStatuses: async refs => {
      calls.push(refs.map(r => r.id))
      const failure = whole.shift()
      if (failure) throw failure
      return new Map(
        refs.map(ref => {
          reads.push({ id: ref.id, at: clock.now() })
          const answers = script[ref.id] ?? []
          const next = answers.length > 1 ? answers.shift() : answers[0]
          if (!next) throw new Error(`no script for ${ref.id}`)
          return [ref.id, next]
        })
      )
    }
  }
  return { kind, reads, calls }
}

/** The wait of one release, as a one-release stop makes it. */
async function waitForStop(
  kind: ReleaseKind,
  ref: ReleaseRef,
  s: WaitSettings & { expectRollback: boolean },
  d: WaitDeps
): Promise<WaitReport> {
  const [report] = await waitForStops(kind, [{ ref, expectRollback: s.expectRollback }], s, d)
  if (!report) throw new Error('no report')
  return report
}

const settings: WaitSettings & { expectRollback: boolean } = {
  timeoutMs: 60_000,
  intervalMs: 5_000,
  waitForRollback: true,
  expectRollback: true
}
const deps = (clock: FakeClock, signal = new AbortController().signal) => ({
  clock,
  signal,
  region: 'eu-west-1'
})

function throttled(): Error {
  return Object.assign(new Error('Rate exceeded'), {
    name: 'ThrottlingException',
    $metadata: { httpStatusCode: 400 }
  })
}

describe('waitForStop', () => {
  it('polls the deployment until Stopped, then its rollback until it ends', async () => {
    const clock = new FakeClock()
    const { kind, reads } = scriptedKind(clock, {
      [DEPLOYMENT.id]: [snap('InProgress'), snap('Stopped', { followUpId: ROLLBACK_ID })],
      [ROLLBACK_ID]: [snap('InProgress'), snap('InProgress'), snap('Succeeded')]
    })
    const report = await waitForStop(kind, DEPLOYMENT, settings, deps(clock))
    expect(report).toEqual({
      end: 'done',
      last: snap('Stopped', { followUpId: ROLLBACK_ID }),
      rollback: { id: ROLLBACK_ID, end: 'done', last: snap('Succeeded') },
      // The rollback is read from the round after the one that named it.
      elapsedMs: 20_000
    })
    expect(reads.map(r => r.id)).toEqual([
      DEPLOYMENT.id,
      DEPLOYMENT.id,
      ROLLBACK_ID,
      ROLLBACK_ID,
      ROLLBACK_ID
    ])
  })

  it('looks a few more polls for a rollback ID that comes late', async () => {
    const clock = new FakeClock()
    const { kind, reads } = scriptedKind(clock, {
      [DEPLOYMENT.id]: [
        snap('Stopped'),
        snap('Stopped'),
        snap('Stopped', { followUpId: ROLLBACK_ID })
      ],
      [ROLLBACK_ID]: [snap('Failed')]
    })
    const report = await waitForStop(kind, DEPLOYMENT, settings, deps(clock))
    expect(report.rollback).toEqual({ id: ROLLBACK_ID, end: 'done', last: snap('Failed') })
    const deploymentReads = reads.filter(r => r.id === DEPLOYMENT.id).map(r => r.at - reads[0]!.at)
    expect(deploymentReads).toEqual([0, 5_000, 10_000])
  })

  it(`gives up looking for a rollback after ${ROLLBACK_LOOKS} more polls`, async () => {
    const clock = new FakeClock()
    const { kind, reads } = scriptedKind(clock, { [DEPLOYMENT.id]: [snap('Stopped')] })
    const report = await waitForStop(kind, DEPLOYMENT, settings, deps(clock))
    expect(report.rollback).toBeUndefined()
    expect(reads).toHaveLength(1 + ROLLBACK_LOOKS)
  })

  it('does not look for a rollback it does not expect, nor wait for one without wait-for-rollback', async () => {
    const clock = new FakeClock()
    const noRollback = scriptedKind(clock, { [DEPLOYMENT.id]: [snap('Stopped')] })
    await waitForStop(
      noRollback.kind,
      DEPLOYMENT,
      { ...settings, expectRollback: false },
      deps(clock)
    )
    expect(noRollback.reads).toHaveLength(1)

    const named = scriptedKind(clock, {
      [DEPLOYMENT.id]: [snap('Stopped', { followUpId: ROLLBACK_ID })]
    })
    const report = await waitForStop(
      named.kind,
      DEPLOYMENT,
      { ...settings, waitForRollback: false },
      deps(clock)
    )
    expect(report.rollback).toEqual({ id: ROLLBACK_ID })
    expect(named.reads).toHaveLength(1)
  })

  it('absorbs throttling between polls', async () => {
    const clock = new FakeClock()
    const { kind } = scriptedKind(clock, {
      [DEPLOYMENT.id]: [
        snap('InProgress'),
        throttled(),
        throttled(),
        snap('Stopped', { followUpId: ROLLBACK_ID })
      ],
      [ROLLBACK_ID]: [snap('Succeeded')]
    })
    expect((await waitForStop(kind, DEPLOYMENT, settings, deps(clock))).end).toBe('done')
  })

  it('ends at once, with context, on access denied', async () => {
    const clock = new FakeClock()
    const denied = Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' })
    const { kind, calls } = scriptedKind(clock, { [DEPLOYMENT.id]: [snap('InProgress')] }, [
      throttled(),
      denied
    ])
    const report = await waitForStop(kind, DEPLOYMENT, settings, deps(clock))
    expect(report.error?.message).toMatch(
      /^Could not read the status of CodeDeploy deployment d-AAAAAAAAA: AccessDeniedException: not authorized\. .*codedeploy:BatchGetDeployments/
    )
    expect(calls).toHaveLength(2)
  })

  it('times out with the last state seen', async () => {
    const clock = new FakeClock()
    const { kind, reads } = scriptedKind(clock, {
      [DEPLOYMENT.id]: [snap('InProgress', { detail: 'instances: 1 in progress' })]
    })
    const report = await waitForStop(
      kind,
      DEPLOYMENT,
      { ...settings, timeoutMs: 20_000 },
      deps(clock)
    )
    expect(report).toMatchObject({
      end: 'timeout',
      last: { status: 'InProgress' },
      elapsedMs: 20_000
    })
    expect(reads).toHaveLength(5)
  })

  it('stops polling when cancelled', async () => {
    const clock = new FakeClock()
    const controller = new AbortController()
    clock.onSleep = c => {
      if (c.sleeps.length === 2) controller.abort()
    }
    const { kind, reads } = scriptedKind(clock, { [DEPLOYMENT.id]: [snap('InProgress')] })
    const report = await waitForStop(kind, DEPLOYMENT, settings, deps(clock, controller.signal))
    expect(report.end).toBe('cancelled')
    expect(reads).toHaveLength(2)
  })
})

describe('waitForStops: many releases', () => {
  const ids = ['d-AAAAAAAA1', 'd-AAAAAAAA2', 'd-AAAAAAAA3']
  const items = ids.map(id => ({ ref: { kind: 'deployment' as const, id }, expectRollback: false }))

  it('reads every release still running in one batched read per round', async () => {
    const clock = new FakeClock()
    const { kind, calls } = scriptedKind(clock, {
      [ids[0]!]: [snap('Stopped')],
      [ids[1]!]: [snap('InProgress'), snap('Stopped')],
      [ids[2]!]: [snap('InProgress'), snap('InProgress'), snap('Stopped')]
    })
    const reports = await waitForStops(kind, items, settings, deps(clock))
    expect(calls).toEqual([ids, ids.slice(1), ids.slice(2)])
    expect(reports.map(r => [r.end, r.last?.status, r.elapsedMs])).toEqual([
      ['done', 'Stopped', 0],
      ['done', 'Stopped', 5_000],
      ['done', 'Stopped', 10_000]
    ])
  })

  it('ends the wait of a release AWS does not find, and goes on with the others', async () => {
    const clock = new FakeClock()
    const missing = Object.assign(new Error('CodeDeploy does not find deployment'), {
      name: 'ResourceNotFoundException'
    })
    const { kind, calls } = scriptedKind(clock, {
      [ids[0]!]: [missing],
      [ids[1]!]: [snap('InProgress'), throttled(), snap('Stopped')],
      [ids[2]!]: [snap('Stopped')]
    })
    const reports = await waitForStops(kind, items, settings, deps(clock))
    expect(reports[0]?.error?.message).toMatch(
      /^Could not read the status of CodeDeploy deployment d-AAAAAAAA1: ResourceNotFoundException/
    )
    expect(reports[1]).toMatchObject({ end: 'done', last: { status: 'Stopped' } })
    expect(reports[2]).toMatchObject({ end: 'done', last: { status: 'Stopped' } })
    expect(calls).toEqual([ids, [ids[1]], [ids[1]]])
  })

  it('follows each rollback in the same batched reads', async () => {
    const clock = new FakeClock()
    const { kind, calls } = scriptedKind(clock, {
      [ids[0]!]: [snap('Stopped', { followUpId: 'd-RRRRRRRR1' })],
      [ids[1]!]: [snap('Stopped', { followUpId: 'd-RRRRRRRR2' })],
      'd-RRRRRRRR1': [snap('Succeeded')],
      'd-RRRRRRRR2': [snap('InProgress'), snap('Failed')]
    })
    const reports = await waitForStops(kind, items.slice(0, 2), settings, deps(clock))
    expect(calls).toEqual([ids.slice(0, 2), ['d-RRRRRRRR1', 'd-RRRRRRRR2'], ['d-RRRRRRRR2']])
    expect(reports.map(r => r.rollback?.last?.status)).toEqual(['Succeeded', 'Failed'])
  })

  it('times out every release still running with its own last state', async () => {
    const clock = new FakeClock()
    const { kind } = scriptedKind(clock, {
      [ids[0]!]: [snap('Stopped')],
      [ids[1]!]: [snap('InProgress')]
    })
    const reports = await waitForStops(
      kind,
      items.slice(0, 2),
      { ...settings, timeoutMs: 9_000 },
      deps(clock)
    )
    expect(reports.map(r => r.end)).toEqual(['done', 'timeout'])
    expect(reports[1]).toMatchObject({ last: { status: 'InProgress' }, elapsedMs: 9_000 })
  })
})

describe('applyWait', () => {
  const stop: StopResult = {
    ref: DEPLOYMENT,
    status: 'Pending',
    statusMessage: 'Stopping Pending.',
    consoleUrl: 'https://console/x'
  }
  const report = (r: Partial<WaitReport>): WaitReport => ({ end: 'done', elapsedMs: 42_000, ...r })

  it('reports Succeeded only when AWS showed it stopped', () => {
    const { result, problem, warning } = applyWait(stop, report({ last: snap('Stopped') }), 60_000)
    expect(result).toMatchObject({ status: 'Succeeded', targetStatus: 'Stopped', waitedMs: 42_000 })
    expect(result.statusMessage).toBe('CodeDeploy deployment d-AAAAAAAAA is Stopped (after 42s).')
    expect(problem).toBeUndefined()
    expect(warning).toBeUndefined()
  })

  it('a stop that did otherwise than asked keeps saying how, once AWS showed it stopped', () => {
    const otherwise = {
      ...stop,
      statusMessage: 'Cancelled instead of rolled back.',
      warning: { title: 'Cancelled, not rolled back', message: 'No rollback possible.' }
    }
    const { result } = applyWait(otherwise, report({ last: snap('Stopped') }), 60_000)
    expect(result.statusMessage).toBe(
      'CodeDeploy deployment d-AAAAAAAAA is Stopped (after 42s). Cancelled instead of rolled back.'
    )
    expect(result.warning).toEqual(otherwise.warning)
  })

  it('reports AlreadyCompleted with a warning when it finished on its own', () => {
    const { result, problem, warning } = applyWait(
      stop,
      report({ last: snap('Succeeded') }),
      60_000
    )
    expect(result).toMatchObject({ status: 'AlreadyCompleted', targetStatus: 'Succeeded' })
    expect(warning).toMatch(/finished on its own with Succeeded before the stop took effect/)
    expect(problem).toBeUndefined()
  })

  it('keeps AlreadyCompleted from the stop, with the status read', () => {
    const { result } = applyWait(
      { ...stop, status: 'AlreadyCompleted' },
      report({ last: snap('Stopped') }),
      60_000
    )
    expect(result).toMatchObject({ status: 'AlreadyCompleted', targetStatus: 'Stopped' })
  })

  it('fails when the stop itself went wrong, titled with the status or the words the kind gives', () => {
    const failed = snap('ROLLBACK_FAILED', { terminal: true, failure: 'the rollback failed.' })
    const plain = applyWait(stop, report({ last: failed }), 60_000)
    expect(plain).toMatchObject({
      result: { status: 'Failed', targetStatus: 'ROLLBACK_FAILED' },
      problem:
        'CodeDeploy deployment d-AAAAAAAAA ended ROLLBACK_FAILED after the stop: the rollback failed.',
      problemTitle: 'ROLLBACK_FAILED: CodeDeploy deployment d-AAAAAAAAA'
    })
    // Ready, but Red: "Ready" alone would read as good news.
    const red = snap('Ready', {
      terminal: true,
      failure: 'it is Red.',
      failureTitle: 'Rolled back, but Red (Severe)'
    })
    expect(applyWait(stop, report({ last: red }), 60_000)).toMatchObject({
      result: { status: 'Failed', targetStatus: 'Ready' },
      problemTitle: 'Rolled back, but Red (Severe): CodeDeploy deployment d-AAAAAAAAA'
    })
  })

  it('adds what the last read says of a stopped release without a follow-up', () => {
    const last = snap('Stopped', { followUpMessage: 'It now runs version v41.' })
    expect(applyWait(stop, report({ last }), 60_000).result.statusMessage).toBe(
      'CodeDeploy deployment d-AAAAAAAAA is Stopped (after 42s). It now runs version v41.'
    )
  })

  it('fails on timeout with Pending and the last state', () => {
    const last = snap('InProgress', { detail: 'instances: 2 in progress' })
    const { result, problem } = applyWait(stop, report({ end: 'timeout', last }), 90_000)
    expect(result).toMatchObject({ status: 'Pending', targetStatus: 'InProgress' })
    expect(problem).toBe(
      'Timed out after 1m30s waiting for CodeDeploy deployment d-AAAAAAAAA to stop; last seen: InProgress (instances: 2 in progress).'
    )
  })

  it('fails on cancel with Pending and the last state', () => {
    const { result, problem } = applyWait(stop, report({ end: 'cancelled' }), 90_000)
    expect(result.status).toBe('Pending')
    expect(problem).toMatch(/^Cancelled while waiting .* last seen: no status read got through\.$/)
  })

  it('outputs the rollback and fails when it ended Failed or Stopped', () => {
    for (const status of ['Failed', 'Stopped']) {
      const { result, problem } = applyWait(
        stop,
        report({
          last: snap('Stopped'),
          rollback: { id: ROLLBACK_ID, end: 'done', last: snap(status) }
        }),
        60_000
      )
      expect(result).toMatchObject({
        status: 'Succeeded',
        rollbackDeploymentId: ROLLBACK_ID,
        rollbackStatus: status
      })
      expect(problem).toBe(
        `The rollback deployment ${ROLLBACK_ID} of CodeDeploy deployment d-AAAAAAAAA ended ${status}: the previous version may not be fully restored. Check it in the CodeDeploy console.`
      )
    }
  })

  it('succeeds when the rollback Succeeded', () => {
    const { result, problem } = applyWait(
      stop,
      report({
        last: snap('Stopped'),
        rollback: { id: ROLLBACK_ID, end: 'done', last: snap('Succeeded') }
      }),
      60_000
    )
    expect(problem).toBeUndefined()
    expect(result.statusMessage).toContain(`Its rollback deployment ${ROLLBACK_ID} Succeeded.`)
  })

  it('fails when the rollback wait timed out', () => {
    const { problem } = applyWait(
      stop,
      report({
        last: snap('Stopped'),
        rollback: { id: ROLLBACK_ID, end: 'timeout', last: snap('InProgress') }
      }),
      60_000
    )
    expect(problem).toMatch(
      /^Timed out after 1m00s waiting for the rollback deployment d-RRRRRRRRR .* last seen: InProgress\.$/
    )
  })
})
