import type { ReleaseKind } from '../../src/kinds/contract.js'
import { declarationOf } from '../../src/kinds/registry.js'
import { describe, expect, it } from '@jest/globals'
import { selectReleases } from '../../src/find/select.js'
import { AwsCallError } from '../../src/errors.js'
import { singleRead } from '../../src/read-retry.js'
import type { FoundRelease } from '../../src/release.js'

const NOW = 1_800_000_000_000
const SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'

function kindFinding(found: FoundRelease[] | Error): ReleaseKind {
  return {
    declaration: declarationOf('deployment'),
    stop: async () => {
      throw new Error('not used')
    },
    readStatuses: async () => new Map(),
    checkCredentials: async () => undefined,
    find: async () => {
      if (found instanceof Error) throw found
      return { found, scope: 'Listed the running deployments of shop/prod.' }
    }
  }
}

const release = (id: string, extra: Partial<FoundRelease> = {}): FoundRelease => ({
  ref: { kind: 'deployment', id },
  status: 'InProgress',
  startedAt: NOW - 120_000,
  where: 'shop/prod',
  commitFields: [],
  ...extra
})

const find = { application: 'shop', includeStopping: false }
const read = singleRead()

describe('selectReleases', () => {
  it('takes the IDs given, without a find when no name is given', async () => {
    const kind = kindFinding([release('d-FOUND0001')])
    const selection = await selectReleases(
      kind,
      { releases: [{ kind: 'deployment', id: 'd-GIVEN0001' }] },
      { now: NOW, read }
    )
    expect(selection).toEqual({
      targets: [{ ref: { kind: 'deployment', id: 'd-GIVEN0001' } }],
      lines: [],
      running: [],
      leftAlone: 0,
      passedOver: []
    })
  })

  it('adds what the find turned up, once, saying why each was taken', async () => {
    const kind = kindFinding([release('d-GIVEN0001'), release('d-FOUND0001', { status: 'Ready' })])
    const selection = await selectReleases(
      kind,
      { releases: [{ kind: 'deployment', id: 'd-GIVEN0001' }], find },
      { now: NOW, read }
    )
    expect(selection.targets.map(t => [t.ref.id, t.foundStatus])).toEqual([
      ['d-GIVEN0001', undefined],
      ['d-FOUND0001', 'Ready']
    ])
    expect(selection.lines).toEqual([
      'Listed the running deployments of shop/prod.',
      'Found CodeDeploy deployment d-FOUND0001: Ready in shop/prod, started 2 min ago.'
    ])
  })

  it('keeps only the commit asked for, and says which field matched or what it saw', async () => {
    const kind = kindFinding([
      release('d-MATCH0001', { commitFields: [{ label: 'S3 key', value: 'shop-1a2b3c4.zip' }] }),
      release('d-OTHER0001', {
        commitFields: [{ label: 'GitHub commitId', value: 'f'.repeat(40) }]
      }),
      release('d-NONE00001')
    ])
    const selection = await selectReleases(
      kind,
      { releases: [], find, commit: SHA },
      { now: NOW, read }
    )
    expect(selection.targets.map(t => t.ref.id)).toEqual(['d-MATCH0001'])
    expect(selection.lines).toEqual([
      'Listed the running deployments of shop/prod.',
      `Found CodeDeploy deployment d-MATCH0001: InProgress in shop/prod, started 2 min ago; commit ${SHA} matches its S3 key shop-1a2b3c4.zip.`,
      `Passed over CodeDeploy deployment d-OTHER0001: InProgress in shop/prod, not of commit ${SHA} (GitHub commitId ${'f'.repeat(40)}).`,
      `Passed over CodeDeploy deployment d-NONE00001: InProgress in shop/prod, not of commit ${SHA} (it names no commit).`
    ])
  })

  it("in a guard's post step: passes over the baseline whatever its age, and unseen releases from before the guard less the skew", async () => {
    const guardAt = NOW - 600_000
    const kind = kindFinding([
      // Seen running by the guard step: another run's, even though it started just now.
      release('d-SEEN00001', { startedAt: guardAt - 5_000 }),
      // Not seen, started within the skew allowance: this job's.
      release('d-SKEW00001', { startedAt: guardAt - 30_000 }),
      // Not seen, started before the allowance: not this job's.
      release('d-OLD000001', { startedAt: guardAt - 90_000 }),
      release('d-NEW000001', { startedAt: NOW - 1_000 })
    ])
    const selection = await selectReleases(
      kind,
      { releases: [], find },
      {
        now: NOW,
        read,
        guard: { baseline: ['d-SEEN00001'], startedSince: guardAt - 60_000 }
      }
    )
    expect(selection.targets.map(t => t.ref.id)).toEqual(['d-SKEW00001', 'd-NEW000001'])
    expect(selection.running.map(r => r.ref.id)).toHaveLength(4)
    expect(selection.leftAlone).toBe(2)
    expect(selection.lines).toContain(
      "Passed over CodeDeploy deployment d-SEEN00001: InProgress in shop/prod, started 10 min ago; it was already running when the guard step ran, so it is not this job's."
    )
    expect(selection.lines).toContain(
      "Passed over CodeDeploy deployment d-OLD000001: InProgress in shop/prod, started 12 min ago, before this job's guard step."
    )
  })

  it('an ID given is taken even when a guard would pass it over, and logged once', async () => {
    const kind = kindFinding([release('d-GIVEN0001', { startedAt: NOW - 3_600_000 })])
    const selection = await selectReleases(
      kind,
      { releases: [{ kind: 'deployment', id: 'd-GIVEN0001' }], find },
      { now: NOW, read, guard: { baseline: ['d-GIVEN0001'], startedSince: NOW - 60_000 } }
    )
    expect(selection.targets.map(t => t.ref.id)).toEqual(['d-GIVEN0001'])
    expect(selection.lines).toEqual(['Listed the running deployments of shop/prod.'])
    expect(selection.leftAlone).toBe(0)
  })

  it('a find that fails keeps the IDs given and says why, without throwing', async () => {
    const failure = new AwsCallError(
      'Could not find the running deployments of shop: AccessDeniedException: no.',
      'AccessDeniedException',
      null
    )
    const selection = await selectReleases(
      kindFinding(failure),
      { releases: [{ kind: 'deployment', id: 'd-GIVEN0001' }], find },
      { now: NOW, read }
    )
    expect(selection.targets.map(t => t.ref.id)).toEqual(['d-GIVEN0001'])
    expect(selection.failure).toEqual({ message: failure.message, cancelled: false })
  })

  it('a find cut short by a cancel says so', async () => {
    const cancel = new AbortController()
    cancel.abort()
    const selection = await selectReleases(
      kindFinding(new Error('This operation was aborted')),
      { releases: [], find },
      { now: NOW, read, signal: cancel.signal }
    )
    expect(selection.failure).toEqual({
      message: 'The job was cancelled during the find: it did not finish.',
      cancelled: true
    })
  })
})
