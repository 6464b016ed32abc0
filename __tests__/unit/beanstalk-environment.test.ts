// What one DescribeEnvironments answer means for the action (pure: no SDK call): which
// environments a find takes, what tells one update from another, and how the wait judges an
// environment after the abort.
import { describe, expect, it } from '@jest/globals'
import { matchCommit } from '../../src/find/commit.js'
import {
  environmentCommitFields,
  foundOf,
  leftAloneWords,
  pastAbort,
  pastAbortWords,
  runKeyOf,
  snapshotOf,
  takenByApplication,
  takenByName,
  type EnvironmentView
} from '../../src/kinds/elasticbeanstalk/environment.js'
import { declarationOf } from '../../src/kinds/registry.js'

const env = (extra: EnvironmentView = {}): EnvironmentView => ({
  EnvironmentId: 'e-abcde12345',
  EnvironmentName: 'shop-prod',
  ApplicationName: 'shop',
  VersionLabel: 'v41',
  Status: 'Ready',
  AbortableOperationInProgress: false,
  Health: 'Green',
  HealthStatus: 'Ok',
  DateUpdated: new Date('2025-06-01T10:00:00Z'),
  ...extra
})

describe('the wait: status, end, and health', () => {
  it.each([
    ['Updating', false, false],
    ['Aborting', false, false],
    ['Launching', false, false],
    ['LinkingFrom', false, false],
    ['LinkingTo', false, false],
    ['Terminating', false, false],
    ['Ready', true, true],
    ['Terminated', true, false]
  ])('%s: terminal %s, stopped %s', (Status, terminal, stopped) => {
    expect(snapshotOf(env({ Status }))).toMatchObject({ status: Status, terminal, stopped })
  })

  it('Ready and healthy: stopped, and it says which version it runs now', () => {
    const s = snapshotOf(env())
    expect(s).toMatchObject({ stopped: true, detail: 'version v41, health Green (Ok)' })
    expect(s.failure).toBeUndefined()
    expect(s.followUpMessage).toBe('It now runs version v41; health Green (Ok).')
  })

  it('Ready but Yellow or Grey: still stopped; Yellow is worth a look', () => {
    const yellow = snapshotOf(env({ Health: 'Yellow', HealthStatus: 'Warning' }))
    expect(yellow.stopped).toBe(true)
    expect(yellow.followUpMessage).toBe(
      "It now runs version v41; health Yellow (Warning): worth a look on the environment's Health page."
    )
    expect(snapshotOf(env({ Health: 'Grey', HealthStatus: 'NoData' })).stopped).toBe(true)
  })

  it.each([
    ['Red', 'Severe'],
    ['Red', undefined],
    ['Green', 'Severe'],
    ['Yellow', 'Degraded']
  ])(
    'Ready but %s (%s): a failure, naming the events since the abort and what to do',
    (Health, HealthStatus) => {
      const s = snapshotOf(env({ Health, HealthStatus }), [
        { Severity: 'ERROR', Message: 'Failed to deploy application.' },
        { Severity: 'FATAL', Message: 'line one\n::add-mask::x' }
      ])
      expect(s).toMatchObject({ terminal: true, stopped: false })
      expect(s.failureTitle).toMatch(/^Rolled back, but /)
      expect(s.failure).toContain('the abort rolled the environment back to version v41, but it is')
      expect(s.failure).toContain(
        'ERROR and FATAL events since the abort: ERROR: Failed to deploy application.; FATAL: line one ::add-mask::x.'
      )
      expect(s.failure).toContain('Elastic Beanstalk has no "rollback failed" status')
      expect(s.failure).not.toMatch(/\n/)
      expect(s.followUpMessage).toBeUndefined()
    }
  )

  it('Ready but Red, its events unreadable: the failure says why and which permission it needs', () => {
    const s = snapshotOf(env({ Health: 'Red', HealthStatus: 'Severe' }), [], {
      error: 'AccessDenied',
      permission: 'elasticbeanstalk:DescribeEvents'
    })
    expect(s.failure).toContain(
      'but it is Red (Severe) (its events could not be read: AccessDenied; the role needs elasticbeanstalk:DescribeEvents). '
    )
    expect(s.failure).not.toContain('events since the abort:')
  })

  it('Ready but Red with no event read: the failure still says so, without an empty list', () => {
    const s = snapshotOf(env({ Health: 'Red', HealthStatus: 'Severe' }))
    expect(s.failureTitle).toBe('Rolled back, but Red (Severe)')
    expect(s.failure).not.toContain('events since the abort')
  })

  it('Terminated while rolling back: a failure that says it runs nothing any more', () => {
    expect(snapshotOf(env({ Status: 'Terminated' })).failure).toMatch(
      /^the environment was terminated while the abort rolled it back: it runs nothing any more/
    )
  })

  it('an update past the point of abort says so in its detail', () => {
    expect(snapshotOf(env({ Status: 'Updating', HealthStatus: 'Info' })).detail).toBe(
      'version v41, health Green (Info), no longer abortable'
    )
  })
})

describe('the find', () => {
  it.each([
    ['Updating', true, true, true],
    // Past the point of abort: taken by neither (nothing to abort; a warning says so).
    ['Updating', false, false, false],
    ['Aborting', false, true, false],
    ['Ready', false, false, false],
    ['Launching', false, false, false],
    ['Terminating', false, false, false],
    ['Terminated', false, false, false]
  ])(
    '%s, abortable %s: by name %s, by application %s',
    (Status, AbortableOperationInProgress, byName, byApplication) => {
      const e = env({ Status, AbortableOperationInProgress })
      expect(takenByName(e)).toBe(byName)
      expect(takenByApplication(e)).toBe(byApplication)
    }
  )

  it('past the point of abort: only Updating and not abortable, with a warning that says it ends on its own', () => {
    expect(pastAbort(env({ Status: 'Updating' }))).toBe(true)
    expect(pastAbort(env({ Status: 'Updating', AbortableOperationInProgress: true }))).toBe(false)
    expect(pastAbort(env({ Status: 'Aborting' }))).toBe(false)
    expect(pastAbort(env())).toBe(false)
    expect(pastAbortWords(env({ Status: 'Updating' }))).toMatch(
      /^Not aborted: Elastic Beanstalk environment shop-prod is Updating, but its update can no longer be aborted .*It will end on its own on version v41\./
    )
  })

  it('says why it left an environment alone', () => {
    expect(leftAloneWords(env())).toBe('shop-prod is Ready on version v41')
    expect(leftAloneWords(env({ Status: 'Updating' }))).toBe(
      'shop-prod is Updating on version v41, but its update can no longer be aborted (AbortableOperationInProgress is false)'
    )
    expect(leftAloneWords(env({ Status: 'Aborting' }))).toBe(
      'shop-prod is already Aborting on version v41'
    )
  })

  it('a found update: the environment ID, its name beside it, the time of its update', () => {
    expect(foundOf(env({ Status: 'Updating', AbortableOperationInProgress: true }))).toEqual({
      ref: { kind: 'beanstalk-update', id: 'e-abcde12345', parent: 'shop-prod' },
      status: 'Updating',
      startedAt: Date.parse('2025-06-01T10:00:00Z'),
      where: 'application shop',
      commitFields: [{ label: 'version label', value: 'v41' }],
      runKey: 'e-abcde12345:v41'
    })
  })

  it("the guard's key: the same update keeps it, another version's update has another", () => {
    const running = env({ Status: 'Updating', VersionLabel: 'web-1a2b3c4' })
    // Health, abortability and DateUpdated may change while it runs: the key does not.
    expect(
      runKeyOf({
        ...running,
        AbortableOperationInProgress: false,
        Health: 'Yellow',
        DateUpdated: new Date()
      })
    ).toBe(runKeyOf(running))
    expect(runKeyOf({ ...running, VersionLabel: 'web-9f8e7d6' })).not.toBe(runKeyOf(running))
    expect(runKeyOf({ ...running, EnvironmentId: 'e-zzzzz99999' })).not.toBe(runKeyOf(running))
  })

  it('commit: the version label names it, as beanstalk-deploy users set it', () => {
    const sha = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'
    for (const label of [sha, `web-${sha.slice(0, 7)}`, `${sha.slice(0, 12)}-2025-06-01`])
      expect(matchCommit(environmentCommitFields(env({ VersionLabel: label })), sha)).toEqual({
        label: 'version label',
        value: label
      })
    expect(
      matchCommit(environmentCommitFields(env({ VersionLabel: 'release-42' })), sha)
    ).toBeUndefined()
    expect(environmentCommitFields(env({ VersionLabel: undefined }))).toEqual([])
  })
})

describe('the declaration', () => {
  const kind = declarationOf('beanstalk-update')

  it("links the environment's dashboard, in each partition's console", () => {
    const ref = { kind: 'beanstalk-update', id: 'e-abcde12345', parent: 'shop-prod' }
    expect(kind.consoleUrl(ref, 'eu-west-1')).toBe(
      'https://eu-west-1.console.aws.amazon.com/elasticbeanstalk/home?region=eu-west-1#/environment/dashboard?environmentId=e-abcde12345'
    )
    expect(kind.consoleUrl(ref, 'cn-north-1')).toMatch(
      /^https:\/\/console\.amazonaws\.cn\/elasticbeanstalk\/home\?region=cn-north-1#/
    )
  })

  it("tells Elastic Beanstalk's two InvalidParameterValue apart", () => {
    const hint = kind.errorHints?.InvalidParameterValue
    expect(typeof hint).toBe('function')
    const of = hint as (region: string, message: string) => string
    expect(of('eu-west-1', "No Environment found for EnvironmentName = 'web'.")).toMatch(
      /^Check the "environment" input .* the region \(eu-west-1\)/
    )
    expect(
      of(
        'eu-west-1',
        'Environment named web is in an invalid state for this operation. Must be pending deployment.'
      )
    ).toBe('The environment has no update in progress that can be aborted.')
    expect(of('eu-west-1', 'Something else.')).toBe('')
  })

  it('names what it finds', () => {
    expect(kind.describeQuery({ environments: ['web1'] })).toBe('environment web1')
    expect(kind.describeQuery({ environments: ['web1', 'e-abcde12345'] })).toBe(
      'environments web1, e-abcde12345'
    )
    expect(kind.describeQuery({ application: 'shop' })).toBe('application shop')
    expect(kind.describeQuery({ environments: ['web1'], application: 'shop' })).toBe(
      'environment web1 of application shop'
    )
  })
})
