import { describe, expect, it } from '@jest/globals'
import type { ReleaseKind, ReleaseRef, ReleaseSnapshot, StopResult } from '../../src/release.js'
import {
  applyWait,
  ROLLBACK_LOOKS,
  waitForStop,
  type WaitReport,
  type WaitSettings
} from '../../src/wait-for-stop.js'
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

/** AWS as seen through readStatus: a script of answers per release ID; the last answer repeats. */
function scriptedKind(clock: FakeClock, script: Record<string, (ReleaseSnapshot | Error)[]>) {
  const reads: { id: string; at: number }[] = []
  const kind: ReleaseKind = {
    kind: 'deployment',
    stopPermission: 'codedeploy:StopDeployment',
    readPermission: 'codedeploy:GetDeployment',
    stop: async () => {
      throw new Error('not used')
    },
    readStatus: async ref => {
      reads.push({ id: ref.id, at: clock.now() })
      const answers = script[ref.id] ?? []
      const next = answers.length > 1 ? answers.shift() : answers[0]
      if (!next) throw new Error(`no script for ${ref.id}`)
      if (next instanceof Error) throw next
      return next
    }
  }
  return { kind, reads }
}

const settings: WaitSettings = {
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
      [DEPLOYMENT.id]: [snap('InProgress'), snap('Stopped', { rollbackDeploymentId: ROLLBACK_ID })],
      [ROLLBACK_ID]: [snap('InProgress'), snap('InProgress'), snap('Succeeded')]
    })
    const report = await waitForStop(kind, DEPLOYMENT, settings, deps(clock))
    expect(report).toEqual({
      end: 'done',
      last: snap('Stopped', { rollbackDeploymentId: ROLLBACK_ID }),
      rollback: { id: ROLLBACK_ID, end: 'done', last: snap('Succeeded') },
      elapsedMs: 15_000
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
        snap('Stopped', { rollbackDeploymentId: ROLLBACK_ID })
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
      [DEPLOYMENT.id]: [snap('Stopped', { rollbackDeploymentId: ROLLBACK_ID })]
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
        snap('Stopped', { rollbackDeploymentId: ROLLBACK_ID })
      ],
      [ROLLBACK_ID]: [snap('Succeeded')]
    })
    expect((await waitForStop(kind, DEPLOYMENT, settings, deps(clock))).end).toBe('done')
  })

  it('ends at once, with context, on access denied', async () => {
    const clock = new FakeClock()
    const denied = Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' })
    const { kind } = scriptedKind(clock, { [DEPLOYMENT.id]: [snap('InProgress'), denied] })
    await expect(waitForStop(kind, DEPLOYMENT, settings, deps(clock))).rejects.toThrow(
      /^Could not read the status of CodeDeploy deployment d-AAAAAAAAA: AccessDeniedException: not authorized\. .*codedeploy:GetDeployment/
    )
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
