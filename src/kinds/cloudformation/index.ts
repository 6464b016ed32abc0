// CloudFormation stacks: what the action knows of them without AWS. A stack is named, not given
// by release ID: `stack` takes names or stack IDs (ARNs), and each named stack is read to decide
// what stopping it means (cancel an update, roll back a failed one, delete one being created).
// The client (stack-client.ts) is loaded only for `target: stack`.
import { currentRun } from '../../run-context.js'
import type { KindDeclaration } from '../contract.js'
import { consoleOrigin } from '../support/console.js'

export interface StackQuery {
  /** Names or stack IDs, as given. */
  stacks: string[]
}

export interface StackOptions {
  /** UPDATE_FAILED: true rolls it back (RollbackStack); otherwise it is reported, not touched. */
  rollback?: boolean
  /** CREATE_IN_PROGRESS: true deletes the stack (DeleteStack); otherwise it is reported. */
  deleteCreating: boolean
  /** Makes each call's ClientRequestToken: the same run, attempt and stack give the same token. */
  tokenBase: string
}

const STACK_NAME = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/
const STACK_ID =
  /^arn:aws[a-z-]*:cloudformation:[a-z0-9-]+:\d{12}:stack\/[a-zA-Z][-a-zA-Z0-9]{0,127}\/[0-9a-f-]+$/
const SEPARATORS = /[\s,]+/

/** "web" from a stack name or a stack ID. */
export function stackNameOf(nameOrId: string): string {
  return nameOrId.startsWith('arn:')
    ? (nameOrId.split(':stack/')[1]?.split('/')[0] ?? '')
    : nameOrId
}

export const cloudFormationStack: KindDeclaration<StackQuery, StackOptions> = {
  target: 'stack',
  label: 'CloudFormation stack',
  plural: 'CloudFormation stacks',
  id: {
    none: 'Input "id" does not apply to target: stack: give the stack names or stack IDs (ARNs) in "stack".'
  },
  nameOf: stackNameOf,
  idInputs: 'the "stack" input',
  inputs: [
    { name: 'stack', role: 'find' },
    { name: 'rollback', role: 'option' },
    { name: 'delete-creating-stack', role: 'option', default: 'false' }
  ],
  readInputs(ctx) {
    const raw = ctx.read('stack')
    const stacks = [...new Set(raw.split(SEPARATORS).filter(Boolean))]
    if (stacks.length === 0)
      ctx.problem(
        'Input "stack" is required with target: stack: one or more stack names or stack IDs (ARNs), separated by newlines, commas or spaces.'
      )
    const bad = stacks.filter(s => !STACK_NAME.test(s) && !STACK_ID.test(s))
    if (bad.length > 0)
      ctx.problem(
        `Input "stack" must be stack names (a letter, then up to 127 letters, digits and hyphens) or stack IDs (arn:aws:cloudformation:<region>:<account>:stack/<name>/<id>); got ${bad.map(ctx.quote).join(', ')}.`
      )
    const rollback = ctx.bool('rollback', undefined)
    const deleteCreating = ctx.bool('delete-creating-stack', false) ?? false
    const run = currentRun(ctx.env)
    return {
      ...(stacks.length > 0 ? { find: { stacks } } : {}),
      options: {
        ...(rollback === undefined ? {} : { rollback }),
        deleteCreating,
        // A retried call of the same run attempt sends the same token: CloudFormation takes it once.
        tokenBase: run ? `gh-${run.runId}-${run.runAttempt}` : `local-${Date.now()}`
      }
    }
  },
  findAlternative: 'give the stack names or stack IDs in "stack"',
  commit: { applies: true },
  describeQuery: q =>
    q.stacks.length === 1
      ? `stack ${stackNameOf(q.stacks[0] ?? '')}`
      : `stacks ${q.stacks.map(stackNameOf).join(', ')}`,
  narrow: 'name fewer stacks in "stack"',
  consoleUrl: (ref, region) =>
    `${consoleOrigin(region)}/cloudformation/home?region=${region}#/stacks/stackinfo?stackId=${encodeURIComponent(ref.id)}`,
  permissions: {
    stop: 'cloudformation:CancelUpdateStack',
    read: 'cloudformation:DescribeStacks',
    find: ['cloudformation:DescribeStackEvents']
  },
  notFoundErrors: [],
  errorHints: {
    ValidationError: (region, message) =>
      /does not exist/.test(message)
        ? `Check the "stack" input (a stack name, or its stack ID), the region (${region}) and that the credentials are for the account that owns the stack.`
        : /cannot be called from current stack status/.test(message)
          ? 'The stack is not updating: there is no update to cancel.'
          : ''
  },
  optionLines: o => [
    `Rollback of a stack in UPDATE_FAILED: ${o.rollback === true ? 'yes (RollbackStack)' : 'no'}. Delete a stack still being created: ${o.deleteCreating ? 'yes (DeleteStack)' : 'no'}.`
  ],
  optionWords: o => [
    ...(o.rollback === true ? ['rollback: true'] : []),
    ...(o.deleteCreating ? ['delete-creating-stack: true'] : [])
  ],
  load: async config => (await import('./stack-client.js')).createStackClient(config)
}
