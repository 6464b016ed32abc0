import { describe, expect, it } from '@jest/globals'
import { selectReleases } from '../../src/find/select.js'
import type { FoundRelease, ReleaseKind } from '../../src/release.js'

const NOW = 1_800_000_000_000
const SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'

function kindFinding(found: FoundRelease[]): ReleaseKind {
  return {
    kind: 'deployment',
    stopPermission: 'codedeploy:StopDeployment',
    readPermission: 'codedeploy:BatchGetDeployments',
    stop: async () => {
      throw new Error('not used')
    },
    readStatuses: async () => new Map(),
    find: async () => ({ found, scope: 'Listed the running deployments of shop/prod.' })
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

describe('selectReleases', () => {
  it('takes the IDs given, without a find when no name is given', async () => {
    const kind = kindFinding([release('d-FOUND0001')])
    const selection = await selectReleases(
      kind,
      { releases: [{ kind: 'deployment', id: 'd-GIVEN0001' }] },
      { now: NOW }
    )
    expect(selection).toEqual({
      targets: [{ ref: { kind: 'deployment', id: 'd-GIVEN0001' } }],
      lines: []
    })
  })

  it('adds what the find turned up, once, saying why each was taken', async () => {
    const kind = kindFinding([release('d-GIVEN0001'), release('d-FOUND0001', { status: 'Ready' })])
    const selection = await selectReleases(
      kind,
      { releases: [{ kind: 'deployment', id: 'd-GIVEN0001' }], find },
      { now: NOW }
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
    const selection = await selectReleases(kind, { releases: [], find, commit: SHA }, { now: NOW })
    expect(selection.targets.map(t => t.ref.id)).toEqual(['d-MATCH0001'])
    expect(selection.lines).toEqual([
      'Listed the running deployments of shop/prod.',
      `Found CodeDeploy deployment d-MATCH0001: InProgress in shop/prod, started 2 min ago; commit ${SHA} matches its S3 key shop-1a2b3c4.zip.`,
      `Passed over CodeDeploy deployment d-OTHER0001: InProgress in shop/prod, not of commit ${SHA} (GitHub commitId ${'f'.repeat(40)}).`,
      `Passed over CodeDeploy deployment d-NONE00001: InProgress in shop/prod, not of commit ${SHA} (it names no commit).`
    ])
  })

  it('passes over what started before a given time', async () => {
    const kind = kindFinding([
      release('d-OLD000001', { startedAt: NOW - 3_600_000 }),
      release('d-NEW000001', { startedAt: NOW - 1_000 })
    ])
    const selection = await selectReleases(
      kind,
      { releases: [], find },
      { now: NOW, startedSince: NOW - 60_000 }
    )
    expect(selection.targets.map(t => t.ref.id)).toEqual(['d-NEW000001'])
  })
})
