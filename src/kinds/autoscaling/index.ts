// EC2 Auto Scaling instance refreshes: what the action knows of them without AWS. A refresh is
// found by its group (`auto-scaling-group`), never given by `id`: Auto Scaling's calls name the
// group, which has one active refresh at most. A release's ID is its instance refresh ID, and its
// parent the group. The client (instance-refresh-client.ts) is loaded only for
// `target: instance-refresh`.
import type { KindDeclaration } from '../contract.js'
import { consoleOrigin } from '../support/console.js'

export interface RefreshQuery {
  /** Auto Scaling group names, as given. */
  groups: string[]
}

export interface RefreshOptions {
  /** false: CancelInstanceRefresh; otherwise RollbackInstanceRefresh (cancel where impossible). */
  rollback?: boolean
}

/** What CreateAutoScalingGroup allows: ASCII 33 to 126 without the colon, 1 to 255 of them. */
const GROUP_NAME = /^[\x21-\x39\x3b-\x7e]{1,255}$/
const GROUP_ARN =
  /^arn:aws[a-z-]*:autoscaling:[^:]*:\d*:autoScalingGroup:[^:]*:autoScalingGroupName\/(.+)$/
const SEPARATORS = /[\s,]+/
/** ResourceContention (HTTP 500): retried by the SDK, and still there after its attempts. */
const CONTENTION =
  'Auto Scaling had another update of this group under way and refused the call at each attempt: run the step again, or raise AWS_MAX_ATTEMPTS.'
const LIMIT =
  'Auto Scaling refused it for a limit of the account (see DescribeAccountLimits and the Service Quotas console): run the step again later, or ask AWS to raise the limit.'

export const autoScalingInstanceRefresh: KindDeclaration<RefreshQuery, RefreshOptions> = {
  target: 'instance-refresh',
  label: 'EC2 Auto Scaling instance refresh',
  plural: 'EC2 Auto Scaling instance refreshes',
  id: {
    none:
      'Input "id" does not apply to target: instance-refresh: give the Auto Scaling group names in ' +
      '"auto-scaling-group"; the action acts on the instance refresh in progress in each group.'
  },
  idInputs: 'the "auto-scaling-group" input',
  inputs: [
    { name: 'auto-scaling-group', role: 'find' },
    { name: 'rollback', role: 'option' }
  ],
  readInputs(ctx) {
    const groups = [...new Set(ctx.read('auto-scaling-group').split(SEPARATORS).filter(Boolean))]
    if (groups.length === 0)
      ctx.problem(
        'Input "auto-scaling-group" is required with target: instance-refresh: one or more Auto Scaling group names, separated by newlines, commas or spaces.'
      )
    const bad = groups.filter(g => !GROUP_NAME.test(g))
    if (bad.length > 0) {
      const named = bad.map(g => GROUP_ARN.exec(g)?.[1]).find(Boolean)
      ctx.problem(
        `Input "auto-scaling-group" must be Auto Scaling group names (1 to 255 printable ASCII characters, no colon); got ${bad.map(ctx.quote).join(', ')}.` +
          (named ? ` That is the ARN of a group: give its name, ${ctx.quote(named)}.` : '')
      )
    }
    const rollback = ctx.bool('rollback', undefined)
    return {
      ...(groups.length > 0 ? { find: { groups } } : {}),
      options: rollback === undefined ? {} : { rollback }
    }
  },
  findAlternative: 'give the Auto Scaling group names in "auto-scaling-group"',
  commit: {
    applies: false,
    problem:
      'Input "commit" does not apply to target: instance-refresh: an instance refresh records no ' +
      'commit. Give "auto-scaling-group" without "commit"; a guard acts only on the refreshes ' +
      'that start after its step.'
  },
  describeQuery: q =>
    q.groups.length === 1
      ? `Auto Scaling group ${q.groups[0] ?? ''}`
      : `Auto Scaling groups ${q.groups.join(', ')}`,
  narrow: 'name fewer groups in "auto-scaling-group"',
  parent: { label: 'Auto Scaling group', outputKey: 'autoScalingGroupName' },
  consoleUrl: (ref, region) =>
    // The group's Instance refresh tab, which lists this refresh with its status and progress.
    `${consoleOrigin(region)}/ec2/home?region=${region}#AutoScalingGroupDetails:id=${encodeURIComponent(ref.parent ?? '')};view=instanceRefresh`,
  permissions: {
    // rollback: false calls autoscaling:CancelInstanceRefresh instead, and so does a rollback
    // that Auto Scaling refuses as impossible: the client names whichever it called.
    stop: 'autoscaling:RollbackInstanceRefresh',
    read: 'autoscaling:DescribeInstanceRefreshes',
    find: ['autoscaling:DescribeAutoScalingGroups']
  },
  notFoundErrors: [],
  errorHints: {
    ValidationError: (region, message) =>
      /not found/i.test(message)
        ? `Check the "auto-scaling-group" input (group names, not ARNs), the region (${region}) and that the credentials are for the account that owns the group.`
        : '',
    ResourceContentionFault: CONTENTION,
    ResourceContention: CONTENTION,
    LimitExceededFault: LIMIT,
    LimitExceeded: LIMIT
  },
  optionLines: o => [
    o.rollback === false
      ? 'Stop: CancelInstanceRefresh (rollback: false): no more instances are replaced; those already replaced keep the new configuration.'
      : 'Stop: RollbackInstanceRefresh: the instances already replaced are replaced back with the previous configuration (CancelInstanceRefresh instead, with a warning, where Auto Scaling cannot roll back).'
  ],
  optionWords: o => [o.rollback === false ? 'cancelled, not rolled back' : 'rolled back'],
  load: async config =>
    (await import('./instance-refresh-client.js')).createInstanceRefreshClient(config)
}
