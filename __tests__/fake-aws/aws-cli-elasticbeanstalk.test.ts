// Elastic Beanstalk as the fake serves it (awsQuery: form-encoded requests, XML answers in the
// "docs" namespace), proven with the aws CLI, an independent client: every operation the action
// calls, with the filters, pages and errors it relies on.
import { describe, expect, it } from '@jest/globals'
import { ACCESS_KEY_ID, aws, fake, useAwsCli } from '../support/aws-cli.js'

useAwsCli()

const eb = (...args: string[]) => aws('elasticbeanstalk', ...args)
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/

describe('describe-environments', () => {
  it('by name, by ID, by application and version label', async () => {
    const web = fake.addEnvironment({
      environmentName: 'cli-web',
      applicationName: 'cli-shop',
      versionLabel: 'web-1a2b3c4',
      region: 'eu-west-1'
    })
    const api = fake.addEnvironment({
      environmentName: 'cli-api',
      applicationName: 'cli-shop',
      status: 'Ready'
    })
    fake.addEnvironment({ environmentName: 'cli-other', applicationName: 'cli-blog' })

    const byName = await eb('describe-environments', '--environment-names', 'cli-web', 'cli-none')
    expect(byName.code).toBe(0)
    expect(byName.json.Environments).toEqual([
      expect.objectContaining({
        EnvironmentName: 'cli-web',
        EnvironmentId: web,
        ApplicationName: 'cli-shop',
        VersionLabel: 'web-1a2b3c4',
        Status: 'Updating',
        AbortableOperationInProgress: true,
        Health: 'Green',
        HealthStatus: 'Info',
        EnvironmentArn:
          'arn:aws:elasticbeanstalk:eu-west-1:123456789012:environment/cli-shop/cli-web'
      })
    ])
    expect(web).toMatch(/^e-[a-z0-9]{10}$/)
    // Timestamps come over the wire in ISO 8601; a boolean as true/false.
    expect(byName.json.Environments[0].DateUpdated).toMatch(ISO)

    const byId = await eb('describe-environments', '--environment-ids', api)
    expect(byId.json.Environments.map((e: { Status: string }) => e.Status)).toEqual(['Ready'])
    expect(byId.json.Environments[0].AbortableOperationInProgress).toBe(false)

    const byApp = await eb('describe-environments', '--application-name', 'cli-shop')
    expect(
      byApp.json.Environments.map((e: { EnvironmentName: string }) => e.EnvironmentName).sort()
    ).toEqual(['cli-api', 'cli-web'])
    const byLabel = await eb(
      'describe-environments',
      '--application-name',
      'cli-shop',
      '--version-label',
      'web-1a2b3c4'
    )
    expect(
      byLabel.json.Environments.map((e: { EnvironmentId: string }) => e.EnvironmentId)
    ).toEqual([web])
  })

  it('an ID no environment has is left out, not an error', async () => {
    const none = await eb('describe-environments', '--environment-ids', 'e-0000000000')
    expect(none).toMatchObject({ code: 0, json: { Environments: [] } })
  })

  it('pages with MaxRecords and NextToken: the CLI follows the tokens to the end', async () => {
    for (const n of [1, 2, 3])
      fake.addEnvironment({ environmentName: `cli-page-${n}`, applicationName: 'cli-paged' })
    fake.clearRequests()
    const all = await eb(
      'describe-environments',
      '--application-name',
      'cli-paged',
      '--page-size',
      '2'
    )
    expect(all.code).toBe(0)
    expect(all.json.Environments).toHaveLength(3)
    const calls = fake.calls('DescribeEnvironments')
    expect(calls.map(c => c.body.MaxRecords)).toEqual(['2', '2'])
    expect(calls[0]?.body.NextToken).toBeUndefined()
    expect(calls[1]?.body.NextToken).toEqual(expect.any(String))

    // A token used with another query is refused.
    const first = await eb(
      'describe-environments',
      '--application-name',
      'cli-paged',
      '--max-records',
      '1'
    )
    expect(first.json.NextToken).toEqual(expect.any(String))
    const foreign = await eb(
      'describe-environments',
      '--application-name',
      'cli-shop',
      '--max-records',
      '1',
      '--next-token',
      first.json.NextToken
    )
    expect(foreign.stderr).toContain(
      '(InvalidParameterValue) when calling the DescribeEnvironments'
    )
  })

  it('a terminated environment: listed unless --no-include-deleted; its name is free again', async () => {
    const gone = fake.addEnvironment({
      environmentName: 'cli-gone',
      applicationName: 'cli-old',
      status: 'Terminated'
    })
    const listed = await eb('describe-environments', '--environment-ids', gone)
    expect(listed.json.Environments.map((e: { Status: string }) => e.Status)).toEqual([
      'Terminated'
    ])
    const without = await eb(
      'describe-environments',
      '--environment-ids',
      gone,
      '--no-include-deleted'
    )
    expect(without.json.Environments).toEqual([])
    expect(
      fake.addEnvironment({ environmentName: 'cli-gone', applicationName: 'cli-old' })
    ).not.toBe(gone)
  })
})

describe('abort-environment-update', () => {
  it('by ID: no output; the environment reads Aborting, then Ready on the previous version', async () => {
    const id = fake.addEnvironment({
      environmentName: 'cli-abort',
      versionLabel: 'v42',
      previousVersionLabel: 'v41'
    })
    const abort = await eb('abort-environment-update', '--environment-id', id)
    expect(abort.code).toBe(0)
    expect(abort.stdout.trim()).toBe('')
    expect(fake.calls('AbortEnvironmentUpdate').at(-1)?.body).toEqual({ EnvironmentId: id })
    const read = async () =>
      (await eb('describe-environments', '--environment-ids', id)).json.Environments[0]
    expect(await read()).toMatchObject({
      Status: 'Aborting',
      VersionLabel: 'v42',
      AbortableOperationInProgress: false
    })
    expect(await read()).toMatchObject({
      Status: 'Ready',
      VersionLabel: 'v41',
      Health: 'Green',
      HealthStatus: 'Ok'
    })
  })

  it('nothing to abort (at rest, or past the last batch): InvalidParameterValue, Must be pending deployment', async () => {
    fake.addEnvironment({ environmentName: 'cli-rest', status: 'Ready' })
    const atRest = await eb('abort-environment-update', '--environment-name', 'cli-rest')
    expect(atRest.code).not.toBe(0)
    expect(atRest.stderr).toContain(
      'An error occurred (InvalidParameterValue) when calling the AbortEnvironmentUpdate operation: Environment named cli-rest is in an invalid state for this operation. Must be pending deployment.'
    )
    // The cleanup after the last batch: still Updating, no longer abortable.
    fake.addEnvironment({ environmentName: 'cli-cleanup', abortable: false })
    const cleanup = await eb('abort-environment-update', '--environment-name', 'cli-cleanup')
    expect(cleanup.stderr).toContain('Must be pending deployment.')
  })

  it('an unknown environment, by name or by ID: InvalidParameterValue, No Environment found', async () => {
    const unknown = await eb('abort-environment-update', '--environment-name', 'cli-nope')
    expect(unknown.stderr).toContain(
      "(InvalidParameterValue) when calling the AbortEnvironmentUpdate operation: No Environment found for EnvironmentName = 'cli-nope'."
    )
    const unknownId = await eb('abort-environment-update', '--environment-id', 'e-0000000000')
    expect(unknownId.stderr).toContain("No Environment found for EnvironmentId = 'e-0000000000'.")
  })

  it('an environment whose update finished on its own is no longer abortable', async () => {
    fake.addEnvironment({ environmentName: 'cli-quick', finishesAfterReads: 1 })
    const read = await eb('describe-environments', '--environment-names', 'cli-quick')
    expect(read.json.Environments[0].Status).toBe('Updating')
    const abort = await eb('abort-environment-update', '--environment-name', 'cli-quick')
    expect(abort.stderr).toContain('Must be pending deployment.')
    const after = await eb('describe-environments', '--environment-names', 'cli-quick')
    expect(after.json.Environments[0]).toMatchObject({ Status: 'Ready', VersionLabel: 'v2' })
  })

  it("a role without the services' permissions: InsufficientPrivilegesException, 403", async () => {
    const id = fake.addEnvironment({ environmentName: 'cli-denied' })
    fake.fault({
      operation: 'AbortEnvironmentUpdate',
      type: 'error',
      status: 403,
      errorType: 'InsufficientPrivilegesException',
      message: 'Access Denied: cloudformation:CancelUpdateStack'
    })
    const r = await eb('abort-environment-update', '--environment-id', id)
    expect(r.stderr).toContain(
      '(InsufficientPrivilegesException) when calling the AbortEnvironmentUpdate operation: Access Denied'
    )
    expect(fake.get(id)?.status).toBe('Updating')
  })
})

describe('describe-events', () => {
  /** An environment whose abort ended Red, with two ERROR events and a WARN one. */
  async function abortedRed(name: string): Promise<string> {
    const id = fake.addEnvironment({
      environmentName: name,
      reads: 0,
      abortEndsHealth: 'Red',
      abortErrors: ['Instance deployment failed on i-0abc.', 'Failed to deploy application.']
    })
    expect((await eb('abort-environment-update', '--environment-id', id)).code).toBe(0)
    const ready = (await eb('describe-environments', '--environment-ids', id)).json.Environments[0]
    expect(ready).toMatchObject({ Status: 'Ready', Health: 'Red', HealthStatus: 'Severe' })
    return id
  }

  it('newest first; --severity ERROR leaves out WARN and below; --start-time', async () => {
    const since = new Date(Date.now() - 1000).toISOString()
    const id = await abortedRed('cli-events')

    const all = (await eb('describe-events', '--environment-id', id)).json.Events
    expect(all[0]).toMatchObject({
      EnvironmentName: 'cli-events',
      ApplicationName: 'demo-app',
      Severity: 'WARN',
      Message: 'Environment health has transitioned from Info to Severe.'
    })
    expect(all[0].EventDate).toMatch(ISO)
    const dates = all.map((e: { EventDate: string }) => Date.parse(e.EventDate))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
    expect(all.map((e: { Message: string }) => e.Message)).toContain(
      'Environment update is starting.'
    )

    const errors = await eb(
      'describe-events',
      '--environment-id',
      id,
      '--severity',
      'ERROR',
      '--start-time',
      since
    )
    expect(errors.json.Events.map((e: { Severity: string; Message: string }) => e.Message)).toEqual(
      ['Failed to deploy application.', 'Instance deployment failed on i-0abc.']
    )
    const later = new Date(Date.now() + 60_000).toISOString()
    const future = await eb('describe-events', '--environment-id', id, '--start-time', later)
    expect(future.json.Events).toEqual([])
    expect(fake.calls('DescribeEvents').at(-2)?.body).toMatchObject({
      EnvironmentId: id,
      Severity: 'ERROR',
      StartTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT/)
    })
  })

  it('pages with MaxRecords and NextToken', async () => {
    const id = await abortedRed('cli-events-paged')
    const all = (await eb('describe-events', '--environment-id', id)).json.Events
    const page = await eb('describe-events', '--environment-id', id, '--max-records', '2')
    expect(page.json.Events).toHaveLength(2)
    expect(page.json.NextToken).toEqual(expect.any(String))
    const next = await eb(
      'describe-events',
      '--environment-id',
      id,
      '--max-records',
      '2',
      '--next-token',
      page.json.NextToken
    )
    expect(next.json.Events[0]).toEqual(all[2])
  })
})

describe('describe-applications', () => {
  it('the applications of the environments added, and one with none; an unknown name is left out', async () => {
    fake.addEnvironment({
      environmentName: 'cli-app-web',
      applicationName: 'cli-shop',
      versionLabel: 'v7',
      region: 'eu-west-1'
    })
    expect(fake.addBeanstalkApplication({ name: 'cli-empty', region: 'eu-west-1' })).toBe(
      'cli-empty'
    )

    const named = await eb(
      'describe-applications',
      '--application-names',
      'cli-shop',
      'cli-empty',
      'cli-nope'
    )
    expect(named.code).toBe(0)
    const apps = named.json.Applications as { ApplicationName: string }[]
    expect(apps.map(a => a.ApplicationName).sort()).toEqual(['cli-empty', 'cli-shop'])
    expect(apps.find(a => a.ApplicationName === 'cli-shop')).toMatchObject({
      ApplicationArn: 'arn:aws:elasticbeanstalk:eu-west-1:123456789012:application/cli-shop',
      Versions: expect.arrayContaining(['v7']),
      DateCreated: expect.stringMatching(ISO)
    })
    const none = await eb('describe-environments', '--application-name', 'cli-empty')
    expect(none.json.Environments).toEqual([])

    const unknown = await eb('describe-applications', '--application-names', 'cli-nope')
    expect(unknown.code).toBe(0)
    expect(unknown.json.Applications).toEqual([])

    // The fake is not reset between these tests: every application so far is listed.
    const all = await eb('describe-applications')
    expect(
      all.json.Applications.map((a: { ApplicationName: string }) => a.ApplicationName)
    ).toEqual(expect.arrayContaining(['cli-empty', 'cli-shop']))

    const tooLong = await eb('describe-applications', '--application-names', 'x'.repeat(101))
    expect(tooLong.code).not.toBe(0)
    expect(tooLong.stderr).toMatch(/ValidationError|ParamValidation/)
  })
})

describe('the wire', () => {
  it('throttling answers Throttling and the CLI retries it; each request is signed for elasticbeanstalk', async () => {
    fake.addEnvironment({ environmentName: 'cli-throttled' })
    fake.clearRequests()
    fake.fault({ operation: 'DescribeEnvironments', type: 'throttle', times: 2 })
    const r = await eb('describe-environments', '--environment-names', 'cli-throttled')
    expect(r.code).toBe(0)
    expect(fake.calls('DescribeEnvironments').map(c => [c.fault, c.error])).toEqual([
      ['throttle', 'Throttling'],
      ['throttle', 'Throttling'],
      [null, null]
    ])
    for (const c of fake.requests)
      expect(c).toMatchObject({
        service: 'elasticbeanstalk',
        signingService: 'elasticbeanstalk',
        region: 'eu-west-1',
        accessKeyId: ACCESS_KEY_ID
      })
  })

  it('an operation the fake does not serve is an error the CLI reads', async () => {
    const r = await eb('describe-application-versions')
    expect(r.code).not.toBe(0)
    expect(r.stderr).toMatch(
      /An error occurred \(InvalidAction\) when calling the DescribeApplicationVersions operation/
    )
  })
})
