// CloudFormation stacks. A stop reads the stack first: what stopping means depends on where it is
// (cancel an update, roll back a failed update, delete a stack being created, or nothing at all),
// and a nested stack is never acted on (updates are cancelled from the root). The answer to a
// cancel says nothing: the wait reads DescribeStacks, by stack ID, until the stack settles.
import {
  CancelUpdateStackCommand,
  CloudFormationClient,
  DeleteStackCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  RollbackStackCommand,
  type Stack
} from '@aws-sdk/client-cloudformation'
import { createHash } from 'node:crypto'
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
import type {
  CommitField,
  FoundRelease,
  ReleaseRef,
  ReleaseSnapshot,
  StopResult
} from '../../release.js'
import type { KindClient } from '../contract.js'
import { sdkConfig } from '../support/sdk-config.js'
import { cloudFormationStack, stackNameOf, type StackOptions, type StackQuery } from './index.js'

/** A stopped stack: the update rolled back, or the stack being created was deleted. */
const STOPPED = ['UPDATE_ROLLBACK_COMPLETE', 'ROLLBACK_COMPLETE', 'DELETE_COMPLETE']
/** The stop went wrong: a rollback or delete that failed leaves resources to look at. */
const FAILED = ['UPDATE_ROLLBACK_FAILED', 'ROLLBACK_FAILED', 'DELETE_FAILED']
const ROLLING_BACK = [
  'UPDATE_ROLLBACK_IN_PROGRESS',
  'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS',
  'ROLLBACK_IN_PROGRESS'
]
/** DescribeStacks in flight at once: CloudFormation's rate limits are unpublished and tight. */
const READ_CONCURRENCY = 4
/** How many failed resources the failure message names. */
const FAILED_SHOWN = 5

export function createStackClient(config: ClientConfig): KindClient<StackQuery, StackOptions> {
  const client = new CloudFormationClient(sdkConfig(config))
  const kind = cloudFormationStack

  /** The stack, or undefined when CloudFormation says it does not exist. */
  async function describe(nameOrId: string, read: Read): Promise<Stack | undefined> {
    try {
      const out = await read('DescribeStacks', abortSignal =>
        client.send(new DescribeStacksCommand({ StackName: nameOrId }), { abortSignal })
      )
      return out.Stacks?.[0]
    } catch (error) {
      if (
        awsErrorName(error) === 'ValidationError' &&
        /does not exist/.test(awsErrorMessage(error))
      )
        return undefined
      throw error
    }
  }

  /** The resources that failed since the stack's current operation began, newest first. */
  async function failedResources(stack: Stack, read: Read): Promise<string> {
    try {
      const out = await read('DescribeStackEvents', abortSignal =>
        client.send(new DescribeStackEventsCommand({ StackName: stack.StackId }), { abortSignal })
      )
      const since = stack.LastUpdatedTime?.getTime() ?? stack.CreationTime?.getTime() ?? 0
      const failed = (out.StackEvents ?? []).filter(
        e =>
          (e.ResourceStatus ?? '').endsWith('_FAILED') &&
          e.LogicalResourceId !== stack.StackName &&
          (e.Timestamp?.getTime() ?? 0) >= since - 1000
      )
      return failed
        .slice(0, FAILED_SHOWN)
        .map(
          e =>
            `${oneLine(e.LogicalResourceId ?? '?', 100)} (${oneLine(e.ResourceType ?? '', 100)}): ${oneLine(e.ResourceStatusReason ?? e.ResourceStatus ?? '', 300)}`
        )
        .join('; ')
    } catch (error) {
      debug(`DescribeStackEvents failed: ${oneLine(awsErrorMessage(error))}`)
      return ''
    }
  }

  function token(options: StackOptions, op: string, stackId: string): string {
    // 1-128 of [a-zA-Z0-9-]: the run, the operation, and a digest of the stack.
    const digest = createHash('sha256').update(stackId).digest('hex').slice(0, 16)
    return `${options.tokenBase}-${op}-${digest}`.replace(/[^a-zA-Z0-9-]/g, '-').slice(0, 128)
  }

  const result = (
    ref: ReleaseRef,
    status: StopResult['status'],
    stack: Stack | undefined,
    statusMessage: string
  ): StopResult => ({
    ref,
    status,
    statusMessage,
    ...(stack?.StackStatus ? { targetStatus: oneLine(stack.StackStatus) } : {}),
    consoleUrl: kind.consoleUrl(ref, config.region)
  })

  const notFound = (ref: ReleaseRef, cause: unknown): AwsCallError =>
    new AwsCallError(
      `Could not stop CloudFormation stack ${stackNameOf(ref.id)}: it does not exist (${ref.id}). Check the "stack" input, the region (${config.region}) and the account.`,
      'ValidationError',
      cause
    )

  const notStoppable = (ref: ReleaseRef, why: string): AwsCallError =>
    new AwsCallError(
      `Not stopped: CloudFormation stack ${stackNameOf(ref.id)}: ${why}`,
      'NotStoppable',
      undefined
    )

  async function cancel(ref: ReleaseRef, stack: Stack, options: StackOptions): Promise<StopResult> {
    try {
      await client.send(
        new CancelUpdateStackCommand({
          StackName: stack.StackId,
          ClientRequestToken: token(options, 'cancel', stack.StackId ?? ref.id)
        })
      )
      return result(
        ref,
        'Pending',
        stack,
        'CloudFormation accepted the cancel: the stack rolls the update back to its previous configuration.'
      )
    } catch (error) {
      if (!/cannot be called from current stack status/.test(awsErrorMessage(error)))
        throw describeAwsError('stop', ref, config.region, kind.permissions.stop, error)
      // It left UPDATE_IN_PROGRESS between the read and the cancel: a second read says where to.
      const now = await describe(ref.id, singleRead())
      if (!now) throw notFound(ref, error)
      const settled = settledResult(ref, now)
      if (settled) return settled
      throw describeAwsError('stop', ref, config.region, kind.permissions.stop, error)
    }
  }

  /** What a read alone says, when nothing is to be called; undefined when a call is needed. */
  function settledResult(ref: ReleaseRef, stack: Stack): StopResult | undefined {
    const status = stack.StackStatus ?? ''
    if (ROLLING_BACK.includes(status))
      return result(
        ref,
        'Pending',
        stack,
        `The stack is already rolling back (${status}): nothing to cancel.`
      )
    if (status === 'DELETE_IN_PROGRESS')
      return result(ref, 'Pending', stack, 'The stack is already being deleted.')
    if (
      !status.endsWith('_IN_PROGRESS') &&
      status !== 'UPDATE_FAILED' &&
      status !== 'CREATE_FAILED'
    )
      return result(
        ref,
        'AlreadyCompleted',
        stack,
        `The stack is ${status}: no update or creation is under way; nothing was stopped.`
      )
    return undefined
  }

  async function act(ref: ReleaseRef, stack: Stack, options: StackOptions): Promise<StopResult> {
    const status = stack.StackStatus ?? ''
    if (status === 'UPDATE_IN_PROGRESS') return cancel(ref, stack, options)
    if (status === 'CREATE_IN_PROGRESS') {
      if (!options.deleteCreating)
        throw notStoppable(
          ref,
          'it is still being created (CREATE_IN_PROGRESS): a creation cannot be cancelled, only deleted. Nothing was done: set "delete-creating-stack: true" to delete it (this destroys the stack and what it created).'
        )
      await client.send(
        new DeleteStackCommand({
          StackName: stack.StackId,
          ClientRequestToken: token(options, 'delete', stack.StackId ?? ref.id)
        })
      )
      return result(
        ref,
        'Pending',
        stack,
        'CloudFormation accepted the delete of the stack being created.'
      )
    }
    if (status === 'UPDATE_FAILED' || status === 'CREATE_FAILED') {
      if (options.rollback !== true)
        throw notStoppable(
          ref,
          `it is ${status} (deployed with rollback disabled, like cdk deploy --no-rollback). Nothing was done: set "rollback: true" to roll it back.`
        )
      await client.send(
        new RollbackStackCommand({
          StackName: stack.StackId,
          ClientRequestToken: token(options, 'rollback', stack.StackId ?? ref.id)
        })
      )
      return result(ref, 'Pending', stack, 'CloudFormation accepted the rollback.')
    }
    const settled = settledResult(ref, stack)
    if (settled) return settled
    throw notStoppable(
      ref,
      `it is ${status}: the action does not stop this operation. Check it in the CloudFormation console.`
    )
  }

  const stackClient: KindClient<StackQuery, StackOptions> = {
    checkCredentials: async () => void (await client.config.credentials()),
    async stop(ref, options) {
      let stack: Stack | undefined
      try {
        stack = await describe(ref.id, singleRead())
      } catch (error) {
        throw describeAwsError(
          'read the status of',
          ref,
          config.region,
          kind.permissions.read,
          error
        )
      }
      if (!stack) throw notFound(ref, undefined)
      if (stack.ParentId) {
        const root = stack.RootId ?? stack.ParentId
        throw new AwsCallError(
          `Not stopped: CloudFormation stack ${oneLine(stack.StackName ?? '')} is a nested stack of ${oneLine(stackNameOf(root))} (${oneLine(root)}). Updates are cancelled from the root stack: name the root stack in "stack".`,
          'NestedStack',
          undefined
        )
      }
      try {
        return await act(ref, stack, options)
      } catch (error) {
        if (error instanceof AwsCallError) throw error
        throw describeAwsError('stop', ref, config.region, kind.permissions.stop, error)
      }
    },
    async readStatuses(refs, abortSignal) {
      const read = singleRead(abortSignal)
      const reads = await mapLimit(
        refs,
        READ_CONCURRENCY,
        async (ref): Promise<[string, ReleaseSnapshot | Error]> => {
          try {
            const stack = await describe(ref.id, read)
            if (!stack) {
              const error = new Error(`CloudFormation does not find stack ${ref.id}.`)
              error.name = 'ValidationError'
              return [ref.id, error]
            }
            return [ref.id, await snapshotOf(stack, read)]
          } catch (error) {
            if (abortSignal?.aborted) throw error
            return [ref.id, error instanceof Error ? error : new Error(String(error))]
          }
        }
      )
      return new Map(reads)
    },
    async find(query, { read, lenient }) {
      const lines: string[] = []
      try {
        const stacks = await mapLimit(query.stacks, READ_CONCURRENCY, async name => ({
          name,
          stack: await describe(name, read)
        }))
        const found: FoundRelease[] = []
        for (const { name, stack } of stacks) {
          if (!stack) {
            if (!lenient)
              throw new AwsCallError(
                `Could not find CloudFormation stack ${name}: it does not exist in ${config.region}. Check the "stack" input, the region and the account.`,
                'ValidationError',
                undefined
              )
            lines.push(`Stack ${name} does not exist yet: the job may create it.`)
            continue
          }
          found.push(foundOf(stack))
        }
        return {
          found,
          scope: [
            `Read ${query.stacks.length === 1 ? 'the stack' : `${query.stacks.length} stacks`} (DescribeStacks, by name).`,
            ...lines
          ].join(' ')
        }
      } catch (error) {
        if (error instanceof AwsCallError) throw error
        throw wrapAwsError(
          'find',
          {
            what: cloudFormationStack.describeQuery(query),
            label: 'CloudFormation stack',
            check: 'the "stack" input',
            inputs: 'the "stack" input',
            kind
          },
          config.region,
          kind.permissions.read,
          error
        )
      }
    }
  }

  async function snapshotOf(stack: Stack, read: Read): Promise<ReleaseSnapshot> {
    const status = oneLine(stack.StackStatus ?? 'Unknown')
    const snapshot: ReleaseSnapshot = {
      status,
      terminal: !status.endsWith('_IN_PROGRESS'),
      stopped: STOPPED.includes(status),
      detail: stack.StackStatusReason ? oneLine(stack.StackStatusReason, 300) : ''
    }
    if (FAILED.includes(status)) {
      const resources = await failedResources(stack, read)
      snapshot.failure =
        `${status === 'DELETE_FAILED' ? 'The delete' : 'The rollback'} failed${resources ? `: ${resources}` : ''}. ` +
        (status === 'UPDATE_ROLLBACK_FAILED'
          ? 'Fix what blocks those resources, then continue the rollback in the CloudFormation console (Stack actions, Continue update rollback), skipping resources only if you accept that they stay as they are: a decision for a person, never made here.'
          : 'Check the stack events in the CloudFormation console, fix what blocks those resources, then retry.')
    }
    return snapshot
  }

  return stackClient
}

/** A stack as a find reports it: the operation under way tells this job's update from another's. */
function foundOf(stack: Stack): FoundRelease {
  const status = oneLine(stack.StackStatus ?? '')
  const started = stack.LastUpdatedTime ?? stack.CreationTime
  const operation = stack.LastOperations?.[0]?.OperationId
  return {
    ref: { kind: cloudFormationStack.target, id: stack.StackId ?? '' },
    status,
    ...(started ? { startedAt: started.getTime() } : {}),
    // Where a stack lives: its region and account, from its stack ID.
    where: oneLine((stack.StackId ?? '').split(':').slice(3, 5).join(' account ')),
    commitFields: stackCommitFields(stack),
    runKey: operation ? `op:${operation}` : `${status}@${started?.toISOString() ?? ''}`,
    ...(!status.endsWith('_IN_PROGRESS') && status !== 'UPDATE_FAILED' && status !== 'CREATE_FAILED'
      ? { terminal: true }
      : {})
  }
}

/** Where a stack may name its commit: the value of each tag and parameter. */
export function stackCommitFields(stack: Stack): CommitField[] {
  return [
    ...(stack.Tags ?? []).map(t => ({
      label: `tag ${oneLine(t.Key ?? '', 100)}`,
      value: t.Value ?? ''
    })),
    ...(stack.Parameters ?? []).map(p => ({
      label: `parameter ${oneLine(p.ParameterKey ?? '', 100)}`,
      value: p.ParameterValue ?? ''
    }))
  ]
}
