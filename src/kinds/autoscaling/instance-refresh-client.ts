// EC2 Auto Scaling instance refreshes. Auto Scaling's calls name the group, not the refresh: a
// stop first reads the refresh it was given (by ID), so that it acts only while that refresh is
// the group's active one, and never cancels a rollback already under way. RollbackInstanceRefresh
// replaces back what the refresh replaced; where Auto Scaling cannot roll back
// (IrreversibleInstanceRefresh) the refresh is cancelled instead, with a warning. The wait reads
// DescribeInstanceRefreshes by ID until RollbackSuccessful or Cancelled.
import {
  AutoScalingClient,
  CancelInstanceRefreshCommand,
  DescribeAutoScalingGroupsCommand,
  DescribeInstanceRefreshesCommand,
  RollbackInstanceRefreshCommand,
  type InstanceRefresh
} from '@aws-sdk/client-auto-scaling'
import type { ClientConfig } from '../../aws-client.js'
import {
  AwsCallError,
  awsErrorMessage,
  awsErrorName,
  describeAwsError,
  wrapAwsError
} from '../../errors.js'
import { debug, oneLine } from '../../log.js'
import { mapLimit, singleRead, type Read } from '../../read-retry.js'
import {
  describeRelease,
  type FoundRelease,
  type ReleaseRef,
  type ReleaseSnapshot,
  type StopResult
} from '../../release.js'
import type { KindClient } from '../contract.js'
import { ago, chunks } from '../support/batch.js'
import { sdkConfig } from '../support/sdk-config.js'
import { autoScalingInstanceRefresh, type RefreshOptions, type RefreshQuery } from './index.js'
import { progressOf, RUNNING, snapshotOf, STOPPING, TERMINAL } from './status.js'

/** Groups read at once: Auto Scaling's rate limits are account-wide and unpublished. */
const READ_CONCURRENCY = 4
/** DescribeAutoScalingGroups takes 50 names unless MaxRecords says more (the model). */
const NAMES_A_CALL = 50
/** DescribeInstanceRefreshes answers 50 a page by default (at most 100). */
const IDS_A_CALL = 50
/** The SDK names an error by its class (…Fault); the wire code has no suffix. Both are taken. */
const NOT_ACTIVE = ['ActiveInstanceRefreshNotFoundFault', 'ActiveInstanceRefreshNotFound']
const IRREVERSIBLE = ['IrreversibleInstanceRefreshFault', 'IrreversibleInstanceRefresh']
const CANCEL = 'autoscaling:CancelInstanceRefresh'

/** DescribeInstanceRefreshes (and the stops) of a group that does not exist. */
function isUnknownGroup(error: unknown): boolean {
  return awsErrorName(error) === 'ValidationError' && /not found/i.test(awsErrorMessage(error))
}

export function createInstanceRefreshClient(
  config: ClientConfig
): KindClient<RefreshQuery, RefreshOptions> {
  const client = new AutoScalingClient(sdkConfig(config))
  const kind = autoScalingInstanceRefresh

  /**
   * A group's refreshes, newest first: the newest only, or those of the IDs given. Undefined when
   * Auto Scaling says the group does not exist.
   */
  async function refreshesOf(
    group: string,
    read: Read,
    ids?: string[]
  ): Promise<InstanceRefresh[] | undefined> {
    try {
      const out = await read('DescribeInstanceRefreshes', abortSignal =>
        client.send(
          new DescribeInstanceRefreshesCommand({
            AutoScalingGroupName: group,
            // One active refresh a group at most, and the newest: the first is all a find needs.
            ...(ids ? { InstanceRefreshIds: ids, MaxRecords: IDS_A_CALL } : { MaxRecords: 1 })
          }),
          { abortSignal }
        )
      )
      return out.InstanceRefreshes ?? []
    } catch (error) {
      if (isUnknownGroup(error)) return undefined
      throw error
    }
  }

  /**
   * Of the groups named, those that exist. Only asked about groups with no refresh to show: AWS
   * may answer an empty list, rather than an error, for a group that does not exist.
   */
  async function existingGroups(names: string[], read: Read): Promise<Set<string>> {
    const found = await mapLimit(chunks(names, NAMES_A_CALL), READ_CONCURRENCY, async chunk => {
      const out = await read('DescribeAutoScalingGroups', abortSignal =>
        client.send(
          new DescribeAutoScalingGroupsCommand({
            AutoScalingGroupNames: chunk,
            IncludeInstances: false
          }),
          { abortSignal }
        )
      )
      return (out.AutoScalingGroups ?? []).map(g => g.AutoScalingGroupName ?? '')
    })
    return new Set(found.flat())
  }

  const groupGone = (ref: ReleaseRef, cause: unknown): AwsCallError =>
    new AwsCallError(
      `Could not stop ${describeRelease(ref)}: the Auto Scaling group ${ref.parent ?? ''} does not exist in ${config.region}. Check the "auto-scaling-group" input, the region and the account.`,
      'ValidationError',
      cause
    )

  /** The refresh given, read by its ID; throws when the group or the refresh is not there. */
  async function readOne(ref: ReleaseRef, read: Read): Promise<InstanceRefresh> {
    const refreshes = await refreshesOf(ref.parent ?? '', read, [ref.id])
    if (!refreshes) throw groupGone(ref, undefined)
    const refresh = refreshes.find(r => r.InstanceRefreshId === ref.id)
    if (!refresh)
      throw new AwsCallError(
        `Could not stop ${describeRelease(ref)}: Auto Scaling does not show that instance refresh in the group (it keeps six weeks of them).`,
        'ResourceNotFoundException',
        undefined
      )
    return refresh
  }

  const result = (
    ref: ReleaseRef,
    status: StopResult['status'],
    refresh: InstanceRefresh,
    statusMessage: string,
    warning?: StopResult['warning']
  ): StopResult => ({
    ref,
    status,
    statusMessage,
    ...(refresh.Status ? { targetStatus: oneLine(refresh.Status) } : {}),
    consoleUrl: kind.consoleUrl(ref, config.region),
    ...(warning ? { warning } : {})
  })

  /**
   * What a read alone says, when nothing is to be called; undefined when a call is needed. A
   * refresh someone else is already stopping is left as it is: where that is not what was asked
   * (`rollback`: a rollback was asked), it is said in a warning too.
   */
  function settledResult(
    ref: ReleaseRef,
    refresh: InstanceRefresh,
    rollback: boolean,
    refused = ''
  ): StopResult | undefined {
    const status = oneLine(refresh.Status ?? '')
    const why = refresh.StatusReason ? ` (${oneLine(refresh.StatusReason, 300)})` : ''
    if (TERMINAL.includes(status))
      return result(
        ref,
        'AlreadyCompleted',
        refresh,
        `The instance refresh had already ended ${status}${why}; nothing was stopped.${refused}`
      )
    if (!STOPPING.includes(status)) return undefined
    if (status === 'RollbackInProgress') {
      const message = `The instance refresh is already being rolled back (RollbackInProgress, ${progressOf(refresh)}${refresh.RollbackDetails?.RollbackReason ? `; ${oneLine(refresh.RollbackDetails.RollbackReason, 200)}` : ''}): nothing was called.${refused}`
      if (rollback) return result(ref, 'Pending', refresh, message)
      const otherwise = `${message} It is not cancelled as asked (rollback: false): the action never cancels a rollback under way, so the instances already replaced are being replaced back with the previous configuration.`
      return result(ref, 'Pending', refresh, otherwise, {
        title: 'Already being rolled back, not cancelled',
        message: `${otherwise} Another run, a person or Auto Scaling itself started the rollback.`
      })
    }
    if (!rollback)
      return result(
        ref,
        'Pending',
        refresh,
        `The instance refresh is already being cancelled (Cancelling): nothing was called.${refused}`
      )
    const otherwise = `The instance refresh is already being cancelled (Cancelling: another run or a person cancelled it): nothing was called, and it is not rolled back; the instances already replaced keep the new configuration.${refused}`
    return result(ref, 'Pending', refresh, otherwise, {
      title: 'Already being cancelled, not rolled back',
      message: `${otherwise} To put the previous configuration back, start an instance refresh with it once this one is Cancelled.`
    })
  }

  /**
   * Auto Scaling found no active refresh to stop: it ended (or began to stop) between the read and
   * the call. A second read says how; any other state keeps the error.
   */
  async function afterNotActive(
    ref: ReleaseRef,
    error: unknown,
    permission: string,
    rollback: boolean
  ): Promise<StopResult> {
    const refused = ` Auto Scaling answered the stop with ${oneLine(`${awsErrorName(error)}: ${awsErrorMessage(error)}`)}`
    let again: InstanceRefresh
    try {
      again = await readOne(ref, singleRead())
    } catch (readError) {
      if (readError instanceof AwsCallError && readError.awsName === 'ValidationError')
        throw groupGone(ref, error)
      debug(`Status read after the refused stop failed: ${oneLine(awsErrorMessage(readError))}`)
      throw describeAwsError('stop', ref, config.region, permission, error)
    }
    const settled = settledResult(
      ref,
      again,
      rollback,
      refused.endsWith('.') ? refused : `${refused}.`
    )
    if (settled) return settled
    throw describeAwsError('stop', ref, config.region, permission, error)
  }

  async function cancel(
    ref: ReleaseRef,
    refresh: InstanceRefresh,
    irreversible?: string
  ): Promise<StopResult> {
    let answeredFor: string | undefined
    try {
      const out = await client.send(
        new CancelInstanceRefreshCommand({ AutoScalingGroupName: ref.parent ?? '' })
      )
      answeredFor = out.InstanceRefreshId
    } catch (error) {
      if (NOT_ACTIVE.includes(awsErrorName(error) ?? ''))
        return afterNotActive(ref, error, CANCEL, irreversible !== undefined)
      if (isUnknownGroup(error)) throw groupGone(ref, error)
      const failed = describeAwsError('stop', ref, config.region, CANCEL, error)
      if (!irreversible) throw failed
      throw new AwsCallError(
        `${failed.message} (The cancel was sent because Auto Scaling cannot roll this refresh back: ${irreversible})`,
        failed.awsName,
        error,
        failed.common
      )
    }
    const other = otherRefresh(ref, answeredFor)
    if (!irreversible)
      return result(
        ref,
        'Pending',
        refresh,
        `Auto Scaling accepted the cancel (CancelInstanceRefresh): no more instances are replaced; those already replaced keep the new configuration.${other}`
      )
    const message =
      `Auto Scaling cannot roll this instance refresh back (IrreversibleInstanceRefresh: ${irreversible}), so it was cancelled instead (CancelInstanceRefresh): ` +
      `no more instances are replaced, and those already replaced keep the new configuration.${other}`
    return result(ref, 'Pending', refresh, message, {
      title: 'Cancelled, not rolled back',
      message:
        `${message} A rollback needs a refresh started with a desired configuration whose launch template ` +
        'version is a number (not $Latest or $Default) and whose AMI is an ID, not a Systems Manager parameter. To put the previous ' +
        'configuration back, start an instance refresh with it.'
    })
  }

  /** Auto Scaling names the refresh it acted on: said when it is not the one read just before. */
  function otherRefresh(ref: ReleaseRef, answeredFor: string | undefined): string {
    return answeredFor && answeredFor !== ref.id
      ? ` Auto Scaling answered for instance refresh ${oneLine(answeredFor, 100)}, not ${ref.id}: the group's refresh changed between the read and the stop; check the group in the EC2 console.`
      : ''
  }

  async function rollback(ref: ReleaseRef, refresh: InstanceRefresh): Promise<StopResult> {
    let answeredFor: string | undefined
    try {
      const out = await client.send(
        new RollbackInstanceRefreshCommand({ AutoScalingGroupName: ref.parent ?? '' })
      )
      answeredFor = out.InstanceRefreshId
    } catch (error) {
      const name = awsErrorName(error) ?? ''
      if (IRREVERSIBLE.includes(name))
        return cancel(ref, refresh, oneLine(awsErrorMessage(error), 300))
      if (NOT_ACTIVE.includes(name)) return afterNotActive(ref, error, kind.permissions.stop, true)
      if (isUnknownGroup(error)) throw groupGone(ref, error)
      throw describeAwsError('stop', ref, config.region, kind.permissions.stop, error)
    }
    return result(
      ref,
      'Pending',
      refresh,
      `Auto Scaling accepted the rollback (RollbackInstanceRefresh): the instances already replaced are being replaced back with the previous configuration.${otherRefresh(ref, answeredFor)}`
    )
  }

  const refreshClient: KindClient<RefreshQuery, RefreshOptions> = {
    checkCredentials: async () => void (await client.config.credentials()),
    async stop(ref, options) {
      let refresh: InstanceRefresh
      try {
        refresh = await readOne(ref, singleRead())
      } catch (error) {
        if (error instanceof AwsCallError) throw error
        throw describeAwsError(
          'read the status of',
          ref,
          config.region,
          kind.permissions.read,
          error
        )
      }
      // Between the find and this read, the refresh may have ended or begun to stop.
      const settled = settledResult(ref, refresh, options.rollback !== false)
      if (settled) return settled
      return options.rollback === false ? cancel(ref, refresh) : rollback(ref, refresh)
    },
    async readStatuses(refs, abortSignal) {
      const read = singleRead(abortSignal)
      const byGroup = new Map<string, ReleaseRef[]>()
      for (const ref of refs)
        byGroup.set(ref.parent ?? '', [...(byGroup.get(ref.parent ?? '') ?? []), ref])
      const batches = [...byGroup].flatMap(([group, members]) =>
        chunks(members, IDS_A_CALL).map(chunk => ({ group, chunk }))
      )
      const reads = await mapLimit(batches, READ_CONCURRENCY, async ({ group, chunk }) => {
        try {
          const refreshes = await refreshesOf(
            group,
            read,
            chunk.map(r => r.id)
          )
          return chunk.map((ref): [string, ReleaseSnapshot | Error] => {
            const refresh = refreshes?.find(r => r.InstanceRefreshId === ref.id)
            if (refresh) return [ref.id, snapshotOf(refresh)]
            const error = new Error(
              refreshes
                ? `Auto Scaling does not show instance refresh ${ref.id} in group ${group}.`
                : `AutoScalingGroup name not found: Auto Scaling group ${group} does not exist.`
            )
            error.name = refreshes ? 'ResourceNotFoundException' : 'ValidationError'
            return [ref.id, error]
          })
        } catch (error) {
          if (abortSignal?.aborted) throw error
          const failure = error instanceof Error ? error : new Error(String(error))
          return chunk.map((ref): [string, ReleaseSnapshot | Error] => [ref.id, failure])
        }
      })
      return new Map(reads.flat())
    },
    async find(query, { read, lenient, now }) {
      try {
        const reads = await mapLimit(query.groups, READ_CONCURRENCY, async group => ({
          group,
          refreshes: await refreshesOf(group, read)
        }))
        const empty = reads.filter(r => r.refreshes?.length === 0).map(r => r.group)
        let existing = new Set<string>()
        try {
          if (empty.length > 0) existing = await existingGroups(empty, read)
        } catch (error) {
          throw findError(query, 'autoscaling:DescribeAutoScalingGroups', error)
        }
        const found: FoundRelease[] = []
        const lines: string[] = []
        for (const { group, refreshes } of reads) {
          if (refreshes === undefined || (refreshes.length === 0 && !existing.has(group))) {
            if (!lenient)
              throw new AwsCallError(
                `Could not find Auto Scaling group ${group}: it does not exist in ${config.region}. Check the "auto-scaling-group" input (group names, not ARNs), the region and the account.`,
                'ValidationError',
                undefined
              )
            lines.push(`Auto Scaling group ${group} does not exist yet: the job may create it.`)
            continue
          }
          const newest = refreshes[0]
          if (!newest) {
            lines.push(`Auto Scaling group ${group}: no instance refresh in the last six weeks.`)
            continue
          }
          const status = oneLine(newest.Status ?? '')
          if (TERMINAL.includes(status)) {
            const ended = newest.EndTime ? `, ${ago(now - newest.EndTime.getTime())} ago` : ''
            lines.push(
              `Auto Scaling group ${group}: no instance refresh in progress; the newest, ${oneLine(newest.InstanceRefreshId ?? '', 100)}, ended ${status}${ended}.`
            )
            continue
          }
          if (!RUNNING.includes(status)) {
            // Being stopped already (by another run, a person or Auto Scaling): not taken.
            const doing =
              status === 'Cancelling'
                ? 'already being cancelled (Cancelling)'
                : status === 'RollbackInProgress'
                  ? `already being rolled back (RollbackInProgress, ${progressOf(newest)})`
                  : `${status || 'of no status'}, not one the action acts on (${RUNNING.join(', ')})`
            lines.push(
              `Auto Scaling group ${group}: no instance refresh in progress; the newest, ${oneLine(newest.InstanceRefreshId ?? '', 100)}, is ${doing}: left as it is.`
            )
            continue
          }
          found.push(foundOf(newest, group, now))
        }
        const n = query.groups.length
        return {
          found,
          scope: [
            `Read the newest instance refresh of ${n === 1 ? 'the group' : `${n} groups`} (DescribeInstanceRefreshes${empty.length > 0 ? '; DescribeAutoScalingGroups for a group with none, to tell it from one that does not exist' : ''}).`,
            ...lines
          ].join(' ')
        }
      } catch (error) {
        if (error instanceof AwsCallError) throw error
        throw findError(query, kind.permissions.read, error)
      }
    }
  }

  function findError(query: RefreshQuery, permission: string, error: unknown): AwsCallError {
    return wrapAwsError(
      'find',
      {
        what: `the instance refreshes of ${kind.describeQuery(query)}`,
        label: 'Auto Scaling group',
        check: 'the "auto-scaling-group" input',
        inputs: 'the "auto-scaling-group" input',
        kind
      },
      config.region,
      permission,
      error
    )
  }

  /**
   * A refresh as a find reports it: its ID, its group, and where it stands. One that has not begun
   * may have no StartTime yet: it is dated now, the newest it can be, so that a guard's post step
   * (which takes only what started after its main step) does not pass it over.
   */
  function foundOf(refresh: InstanceRefresh, group: string, now: number): FoundRelease {
    return {
      ref: { kind: kind.target, id: refresh.InstanceRefreshId ?? '', parent: group },
      status: oneLine(refresh.Status ?? ''),
      startedAt: refresh.StartTime?.getTime() ?? now,
      where: `${config.region}, ${progressOf(refresh)}`,
      // An instance refresh records no commit.
      commitFields: []
    }
  }

  return refreshClient
}
