// Elastic Beanstalk environment updates. The stop is AbortEnvironmentUpdate, by environment ID; it
// answers nothing, and "nothing to abort" is InvalidParameterValue ("... Must be pending
// deployment."), which a read of the environment then confirms or not. The wait reads
// DescribeEnvironments until the environment is Ready again (or Terminated); Ready but unhealthy
// fails, naming the ERROR and FATAL events since the abort (DescribeEvents). A find by application
// that turns up no environment asks DescribeApplications whether the application exists at all.
import {
  AbortEnvironmentUpdateCommand,
  DescribeApplicationsCommand,
  DescribeEnvironmentsCommand,
  DescribeEventsCommand,
  ElasticBeanstalkClient,
  type EnvironmentDescription
} from '@aws-sdk/client-elastic-beanstalk'
import type { ClientConfig } from '../../aws-client.js'
import {
  AwsCallError,
  awsErrorMessage,
  awsErrorName,
  describeAwsError,
  wrapAwsError
} from '../../errors.js'
import { annotate, debug, oneLine } from '../../log.js'
import { mapLimit, singleRead, type Read } from '../../read-retry.js'
import type { FoundRelease, ReleaseRef, StatusReads, StopResult } from '../../release.js'
import type { KindClient } from '../contract.js'
import { chunks, READ_CONCURRENCY } from '../support/batch.js'
import { sdkConfig } from '../support/sdk-config.js'
import {
  detailOf,
  foundOf,
  isAtRest,
  isUnhealthy,
  leftAloneWords,
  pastAbort,
  pastAbortWords,
  snapshotOf,
  takenByApplication,
  takenByName,
  type EventView
} from './environment.js'
import {
  ENVIRONMENT_ID,
  elasticBeanstalkUpdate,
  type EnvironmentOptions,
  type EnvironmentQuery
} from './index.js'

/**
 * Environments a DescribeEnvironments call names: the model sets no limit; this keeps one request
 * small whatever the inputs.
 */
const DESCRIBE_IDS = 100
/** DescribeEnvironments by application: MaxRecords (1-1000) a page, and at most this many pages. */
const PAGE_SIZE = 100
const MAX_PAGES = 20
/** The IAM action that DescribeApplications needs (permissions.find of the declaration). */
const DESCRIBE_APPLICATIONS = 'elasticbeanstalk:DescribeApplications'
/** The IAM action that DescribeEvents needs. */
const DESCRIBE_EVENTS = 'elasticbeanstalk:DescribeEvents'
/** How many environments with no update under way a find names in its log line. */
const IDLE_SHOWN = 10
/**
 * DescribeEvents' StartTime is the abort's time on the runner's clock, less this for the
 * difference between that clock and AWS's (as the guard allows for: a minute is ample).
 */
const EVENTS_SKEW_MS = 60_000

export function createBeanstalkUpdateClient(
  config: ClientConfig
): KindClient<EnvironmentQuery, EnvironmentOptions> {
  const client = new ElasticBeanstalkClient(sdkConfig(config))
  const kind = elasticBeanstalkUpdate
  /** When the step began, and when each abort was sent: DescribeEvents looks back to it. */
  const createdAt = Date.now()
  const abortedAt = new Map<string, number>()

  /** Every environment of these IDs or names, over as many calls as it takes. */
  async function describe(
    query: { ids?: string[]; names?: string[]; application?: string; includeDeleted: boolean },
    read: Read
  ): Promise<EnvironmentDescription[]> {
    const batches = [
      ...chunks(query.ids ?? [], DESCRIBE_IDS).map(EnvironmentIds => ({ EnvironmentIds })),
      ...chunks(query.names ?? [], DESCRIBE_IDS).map(EnvironmentNames => ({ EnvironmentNames }))
    ]
    const pages = await mapLimit(batches, READ_CONCURRENCY, async batch => {
      const out = await read('DescribeEnvironments', abortSignal =>
        client.send(
          new DescribeEnvironmentsCommand({
            ...batch,
            ...(query.application ? { ApplicationName: query.application } : {}),
            IncludeDeleted: query.includeDeleted
          }),
          { abortSignal }
        )
      )
      return out.Environments ?? []
    })
    return pages.flat()
  }

  /** Every environment of an application, page by page (bounded). */
  async function describeApplication(
    application: string,
    read: Read
  ): Promise<{ environments: EnvironmentDescription[]; complete: boolean }> {
    const environments: EnvironmentDescription[] = []
    let nextToken: string | undefined
    let pages = 0
    do {
      const out = await read('DescribeEnvironments', abortSignal =>
        client.send(
          new DescribeEnvironmentsCommand({
            ApplicationName: application,
            IncludeDeleted: false,
            MaxRecords: PAGE_SIZE,
            ...(nextToken ? { NextToken: nextToken } : {})
          }),
          { abortSignal }
        )
      )
      environments.push(...(out.Environments ?? []))
      nextToken = out.NextToken
      pages++
    } while (nextToken && pages < MAX_PAGES)
    return { environments, complete: !nextToken }
  }

  /** The environment of an ID, even terminated; undefined when Elastic Beanstalk has none. */
  async function one(id: string, read: Read): Promise<EnvironmentDescription | undefined> {
    const [env] = await describe({ ids: [id], includeDeleted: true }, read)
    return env
  }

  /**
   * The ERROR and FATAL events of an environment since its abort, newest first; when they cannot
   * be read, why (the error's name), for the failure to say so.
   */
  async function errorEvents(
    env: EnvironmentDescription,
    read: Read
  ): Promise<{ events: EventView[]; unread?: string }> {
    const id = env.EnvironmentId ?? ''
    try {
      const out = await read('DescribeEvents', abortSignal =>
        client.send(
          new DescribeEventsCommand({
            EnvironmentId: id,
            // "Only those with the specified severity or higher": ERROR and FATAL.
            Severity: 'ERROR',
            StartTime: new Date((abortedAt.get(id) ?? createdAt) - EVENTS_SKEW_MS),
            MaxRecords: 20
          }),
          { abortSignal }
        )
      )
      return { events: out.Events ?? [] }
    } catch (error) {
      debug(`DescribeEvents failed: ${oneLine(awsErrorMessage(error))}`)
      return { events: [], unread: oneLine(awsErrorName(error) ?? 'an unknown error', 100) }
    }
  }

  /** Whether Elastic Beanstalk has an application of this name (DescribeApplications). */
  async function applicationExists(application: string, read: Read): Promise<boolean> {
    try {
      const out = await read('DescribeApplications', abortSignal =>
        client.send(new DescribeApplicationsCommand({ ApplicationNames: [application] }), {
          abortSignal
        })
      )
      return (out.Applications ?? []).some(a => a.ApplicationName === application)
    } catch (error) {
      throw wrapAwsError(
        'find',
        {
          what: `application ${application}`,
          label: 'Elastic Beanstalk application',
          check: 'the "application" input',
          inputs: kind.idInputs,
          kind
        },
        config.region,
        DESCRIBE_APPLICATIONS,
        error
      )
    }
  }

  /** The status each environment a find took had then: an accepted abort has no other to give. */
  const foundStatus = new Map<string, string>()

  const result = (
    ref: ReleaseRef,
    status: StopResult['status'],
    env: EnvironmentDescription | undefined,
    statusMessage: string
  ): StopResult => {
    const targetStatus = env?.Status ?? foundStatus.get(ref.id)
    return {
      ref,
      status,
      statusMessage,
      ...(targetStatus ? { targetStatus: oneLine(targetStatus, 40) } : {}),
      consoleUrl: kind.consoleUrl(ref, config.region)
    }
  }

  /**
   * AbortEnvironmentUpdate was refused as InvalidParameterValue: nothing to abort, or no such
   * environment. A read says which, and what to report.
   */
  async function afterRefusal(ref: ReleaseRef, refusal: unknown): Promise<StopResult> {
    const said = oneLine(`${awsErrorName(refusal)}: ${awsErrorMessage(refusal)}`)
    let env: EnvironmentDescription | undefined
    try {
      env = await one(ref.id, singleRead())
    } catch (readError) {
      debug(`Status read after the refused abort failed: ${oneLine(awsErrorMessage(readError))}`)
      throw describeAwsError('stop', ref, config.region, kind.permissions.stop, refusal)
    }
    if (!env)
      throw new AwsCallError(
        `Could not abort the update of Elastic Beanstalk environment ${ref.parent ?? ref.id}: Elastic Beanstalk finds no environment ${ref.id} in ${config.region} (${said}). Check the "environment" input, the region and the account.`,
        awsErrorName(refusal) ?? 'InvalidParameterValue',
        refusal
      )
    const status = env.Status ?? ''
    if (status === 'Aborting')
      return result(
        ref,
        'Pending',
        env,
        `The environment is already Aborting (${detailOf(env)}): an abort is under way; nothing more to send.`
      )
    // Abortable after all (it changed between the two calls): AWS's refusal stands.
    if (env.AbortableOperationInProgress === true)
      throw describeAwsError('stop', ref, config.region, kind.permissions.stop, refusal)
    if (status === 'Updating')
      throw new AwsCallError(
        `Not aborted: Elastic Beanstalk environment ${oneLine(env.EnvironmentName ?? ref.id, 40)} is Updating, but its update can no longer be aborted (${said}). Elastic Beanstalk is finishing it (the cleanup after the last batch cannot be cancelled): it will end on its own on version ${oneLine(env.VersionLabel ?? '?', 200)}. Once it is Ready, deploy the previous version again if you need it back.`,
        'NotStoppable',
        refusal
      )
    if (isAtRest(env))
      return result(
        ref,
        'AlreadyCompleted',
        env,
        `No update to abort: the environment is ${oneLine(status, 40)} (${detailOf(env)}); Elastic Beanstalk answered ${said}`
      )
    throw new AwsCallError(
      `Not aborted: Elastic Beanstalk environment ${oneLine(env.EnvironmentName ?? ref.id, 40)} is ${oneLine(status, 40)}: Elastic Beanstalk aborts only an environment update or a version deployment (${said}).`,
      'NotStoppable',
      refusal
    )
  }

  const beanstalkClient: KindClient<EnvironmentQuery, EnvironmentOptions> = {
    checkCredentials: async () => void (await client.config.credentials()),
    async stop(ref) {
      abortedAt.set(ref.id, Date.now())
      try {
        await client.send(new AbortEnvironmentUpdateCommand({ EnvironmentId: ref.id }))
      } catch (error) {
        if (awsErrorName(error) === 'InvalidParameterValue') return afterRefusal(ref, error)
        throw describeAwsError('stop', ref, config.region, kind.permissions.stop, error)
      }
      return result(
        ref,
        'Pending',
        undefined,
        'Elastic Beanstalk accepted the abort: the environment rolls back to the version and configuration it ran before, in the same batches as the update (it can take as long).'
      )
    },
    async readStatuses(refs, abortSignal): Promise<StatusReads> {
      const read = singleRead(abortSignal)
      const envs = await describe({ ids: refs.map(r => r.id), includeDeleted: true }, read)
      const reads: StatusReads = new Map()
      await mapLimit(envs, READ_CONCURRENCY, async env => {
        const id = env.EnvironmentId ?? ''
        const { events, unread } =
          env.Status === 'Ready' && isUnhealthy(env)
            ? await errorEvents(env, read)
            : { events: [], unread: undefined }
        reads.set(
          id,
          snapshotOf(
            env,
            events,
            unread ? { error: unread, permission: DESCRIBE_EVENTS } : undefined
          )
        )
      })
      for (const ref of refs)
        if (!reads.has(ref.id)) {
          const error = new Error(`Elastic Beanstalk does not find environment ${ref.id}.`)
          error.name = 'ResourceNotFoundException'
          reads.set(ref.id, error)
        }
      return reads
    },
    async find(query, { read, lenient }) {
      try {
        return query.environments
          ? await findNamed(query.environments, query.application, read, lenient === true)
          : await findInApplication(query.application ?? '', read, lenient === true)
      } catch (error) {
        if (error instanceof AwsCallError) throw error
        throw wrapAwsError(
          'find',
          {
            what: kind.describeQuery(query),
            label: 'Elastic Beanstalk environment',
            check: 'the "environment" and "application" inputs',
            inputs: kind.idInputs,
            kind
          },
          config.region,
          kind.permissions.read,
          error
        )
      }
    }
  }

  async function findNamed(
    given: string[],
    application: string | undefined,
    read: Read,
    lenient: boolean
  ): Promise<{ found: FoundRelease[]; scope: string }> {
    const ids = given.filter(g => ENVIRONMENT_ID.test(g))
    const names = given.filter(g => !ENVIRONMENT_ID.test(g))
    const described = await describe(
      { ids, names, ...(application ? { application } : {}), includeDeleted: false },
      read
    )
    // Named twice (by name and by ID): one environment, read once.
    const envs = described.filter(
      (e, i) => described.findIndex(o => o.EnvironmentId === e.EnvironmentId) === i
    )
    const missing = given.filter(
      g => !envs.some(e => e.EnvironmentId === g || e.EnvironmentName === g)
    )
    const inApplication = application ? ` of application ${application}` : ''
    const lines: string[] = []
    if (missing.length > 0) {
      if (!lenient)
        throw new AwsCallError(
          `Could not find Elastic Beanstalk ${missing.length === 1 ? 'environment' : 'environments'} ${missing.join(', ')}${inApplication} in ${config.region}: ${missing.length === 1 ? 'it does not exist (or was terminated), or the credentials may not describe it' : 'they do not exist (or were terminated), or the credentials may not describe them'} (DescribeEnvironments leaves out what the role may not read). Check the "environment" input${application ? ' and "application"' : ''}, the region and the account.`,
          'InvalidParameterValue',
          undefined
        )
      lines.push(
        `Environment${missing.length === 1 ? '' : 's'} ${missing.join(', ')} ${missing.length === 1 ? 'does' : 'do'} not exist yet: the job may create ${missing.length === 1 ? 'it' : 'them'}.`
      )
    }
    const taken = envs.filter(takenByName)
    const rest = envs.filter(e => !takenByName(e))
    if (rest.length > 0)
      lines.push(
        `No update to abort: ${rest.slice(0, IDLE_SHOWN).map(leftAloneWords).join('; ')}${rest.length > IDLE_SHOWN ? '; ...' : ''}.`
      )
    if (!lenient) warnPastAbort(rest)
    remember(taken)
    return {
      found: taken.map(foundOf),
      scope: [
        `Read ${given.length === 1 ? 'the environment' : `${given.length} environments`}${inApplication} (DescribeEnvironments, by ${ids.length > 0 && names.length > 0 ? 'name and ID' : ids.length > 0 ? 'ID' : 'name'}).`,
        ...lines
      ].join(' ')
    }
  }

  /**
   * Past the point of abort: not a failure (nothing can be aborted), but worth a warning, as the
   * update the step was asked to abort goes on. A guard's main step only looks, and says nothing.
   */
  function warnPastAbort(envs: EnvironmentDescription[]): void {
    for (const env of envs.filter(pastAbort))
      annotate(
        'warning',
        `Cannot abort: Elastic Beanstalk environment ${oneLine(env.EnvironmentName ?? env.EnvironmentId ?? '?', 40)}`,
        pastAbortWords(env)
      )
  }

  function remember(taken: EnvironmentDescription[]): void {
    for (const env of taken)
      if (env.EnvironmentId && env.Status) foundStatus.set(env.EnvironmentId, env.Status)
  }

  async function findInApplication(
    application: string,
    read: Read,
    lenient: boolean
  ): Promise<{ found: FoundRelease[]; scope: string }> {
    const { environments, complete } = await describeApplication(application, read)
    if (environments.length === 0) {
      if (await applicationExists(application, read))
        return {
          found: [],
          scope: `Application ${application} has no environment in ${config.region} (DescribeEnvironments, DescribeApplications): no update to abort.`
        }
      if (!lenient)
        throw new AwsCallError(
          `Could not find Elastic Beanstalk application ${application} in ${config.region}: it does not exist, or the credentials may not describe it (DescribeApplications leaves out what the role may not read). Check the "application" input, the region and the account.`,
          'InvalidParameterValue',
          undefined
        )
      return {
        found: [],
        scope: `Application ${application} does not exist yet in ${config.region}: the job may create it.`
      }
    }
    const taken = environments.filter(takenByApplication)
    const notTaken = environments.filter(e => !takenByApplication(e))
    const updating = notTaken.filter(e => e.Status === 'Updating' || e.Status === 'Aborting')
    const idle = notTaken.filter(e => !updating.includes(e))
    if (!lenient) warnPastAbort(notTaken)
    remember(taken)
    const lines = [
      `Read the ${environments.length} ${environments.length === 1 ? 'environment' : 'environments'} of application ${application} (DescribeEnvironments${complete ? '' : `, the first ${MAX_PAGES} pages`}): an update is taken when it is Updating and AbortableOperationInProgress.`,
      ...updating.map(e => `Left alone: ${leftAloneWords(e)}.`),
      ...(idle.length > 0
        ? [
            `No update under way: ${idle
              .slice(0, IDLE_SHOWN)
              .map(
                e => `${oneLine(e.EnvironmentName ?? '?', 40)} (${oneLine(e.Status ?? '?', 40)})`
              )
              .join(', ')}${idle.length > IDLE_SHOWN ? ', ...' : ''}.`
          ]
        : [])
    ]
    return { found: taken.map(foundOf), scope: lines.join(' ') }
  }

  return beanstalkClient
}
