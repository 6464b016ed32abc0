// @ts-check
// Amazon EC2 Auto Scaling (awsQuery, Version 2011-01-01, signing name autoscaling): Auto Scaling
// groups and their instance refreshes, with RollbackInstanceRefresh, CancelInstanceRefresh,
// DescribeInstanceRefreshes and DescribeAutoScalingGroups as the model in
// ../shared/reference/models/autoscaling says: the error codes (ActiveInstanceRefreshNotFound,
// IrreversibleInstanceRefresh, ResourceContention with HTTP 500, InvalidNextToken), MaxRecords
// (at most 100, 50 by default), newest first. Calls name the group, not the refresh: a group has
// at most one active refresh. Like the other services, a refresh moves only when it is read
// (DescribeInstanceRefreshes), which keeps tests deterministic.
import {
  ACCOUNT_ID,
  AwsError,
  count,
  decodeToken,
  DEFAULT_REGION,
  isObject,
  lowerUuid,
  nonEmpty,
  oneOf,
  paginate,
  RecordStore,
  snapshot,
  validate
} from './common.js'

export const INSTANCE_REFRESH_STATUSES = /** @type {const} */ ([
  'Pending',
  'InProgress',
  'Successful',
  'Failed',
  'Cancelling',
  'Cancelled',
  'RollbackInProgress',
  'RollbackFailed',
  'RollbackSuccessful',
  'Baking'
])
/** The statuses RollbackInstanceRefresh and CancelInstanceRefresh act on. */
const ACTIVE = ['Pending', 'InProgress', 'Baking']
/** CancelInstanceRefresh also cancels a rollback in progress (the model's text). */
const CANCELLABLE = [...ACTIVE, 'RollbackInProgress']
const ENDED = ['Successful', 'Failed', 'Cancelled', 'RollbackFailed', 'RollbackSuccessful']
/** XmlStringMaxLen255: what the model allows for a group name or a refresh ID. */
/** @type {import('./common.js').MemberRule} */
const NAME_255 = { type: 'string', min: 1, max: 255 }
const DEFAULT_PAGE = 50
const MAX_PAGE = 100
/** The group names one DescribeAutoScalingGroups takes unless MaxRecords says more (the model). */
const NAMES_BY_DEFAULT = 50

/**
 * The desired configuration a refresh was started with: its launch template and version.
 * @typedef {{ LaunchTemplate: { LaunchTemplateId?: string, LaunchTemplateName?: string, Version?: string } }} DesiredConfiguration
 */

/**
 * @typedef {object} InstanceRefreshOptions
 * @property {string} [groupName] default "demo-asg"; the group exists from then on
 * @property {string} [region] of the group's ARN (default us-east-1)
 * @property {string} [id] the refresh ID (default: a lower-case UUID)
 * @property {string} [status] default InProgress
 * @property {string} [statusReason]
 * @property {number} [percentageComplete] default 40 (0 when Pending)
 * @property {number} [instancesToUpdate] default 3
 * @property {number | null} [startTime] ms since the epoch (default now); null: not begun yet,
 *   answered without StartTime (whether AWS gives a Pending refresh one is not documented)
 * @property {DesiredConfiguration | null} [desiredConfiguration] default: launch template
 *   `<group>-lt` version 2; null: started without one (it cannot be rolled back)
 * @property {boolean} [imageFromSsmParameter] the launch template names its AMI by a Systems
 *   Manager parameter (it cannot be rolled back); default false
 * @property {number} [reads] DescribeInstanceRefreshes reads after a rollback or cancel that still
 *   show it RollbackInProgress or Cancelling (default 1)
 * @property {'RollbackSuccessful' | 'RollbackFailed'} [rollbackEndsAs]
 * @property {string} [rollbackFailureReason] the StatusReason of a rollback that failed
 * @property {'Cancelled' | 'Successful'} [cancelEndsAs] Successful: it finished before the cancel
 *   took effect
 * @property {number} [finishesAfterReads] reads that show it running before it ends on its own
 *   (as `finishesAs`) at the next read or call; default: it runs until stopped
 * @property {'Successful' | 'Failed'} [finishesAs] default Successful
 * @property {number} [contention] the group answers its next N calls with ResourceContention
 * @property {number} [stoppedByOthersAfterReads] reads that show it running before another caller
 *   (another run, a person) stops it at the next read or call, with `stoppedByOthersWith`; default:
 *   nobody else does
 * @property {'CancelInstanceRefresh' | 'RollbackInstanceRefresh'} [stoppedByOthersWith] default
 *   CancelInstanceRefresh
 */

/**
 * @typedef {object} RefreshRecord
 * @property {'instanceRefresh'} kind
 * @property {number} seq
 * @property {string} id
 * @property {string} groupName
 * @property {string} status
 * @property {string | null} statusReason
 * @property {number} percentageComplete
 * @property {number} instancesToUpdate
 * @property {number | null} startTime
 * @property {number | null} endTime
 * @property {DesiredConfiguration | null} desiredConfiguration
 * @property {boolean} imageFromSsmParameter
 * @property {number} readsAfter
 * @property {string} rollbackEndsAs
 * @property {string} rollbackFailureReason
 * @property {string} cancelEndsAs
 * @property {number | null} finishesAfterReads
 * @property {string} finishesAs
 * @property {number | null} stoppedByOthersAfterReads
 * @property {string} stoppedByOthersWith
 * @property {number} activeReads reads that showed it running
 * @property {string | null} target where it settles after `readsLeft` more reads
 * @property {number} readsLeft
 * @property {number} readsAfterStop how many reads the current rollback or cancel takes
 * @property {number} reads DescribeInstanceRefreshes reads that returned it
 * @property {{ RollbackReason: string, RollbackStartTime: Date, PercentageCompleteOnRollback: number, InstancesToUpdateOnRollback: number } | null} rollbackDetails
 * @property {string[]} calls the operations accepted (RollbackInstanceRefresh, CancelInstanceRefresh)
 */

/**
 * @typedef {object} GroupRecord
 * @property {string} name
 * @property {string} region
 * @property {string} arn
 * @property {number} createdAt
 * @property {string[]} refreshes refresh IDs, newest first
 * @property {number} contention calls still to answer with ResourceContention
 */

/** @extends {RecordStore<RefreshRecord>} */
export class AutoScalingState extends RecordStore {
  constructor() {
    super()
    /** @type {Map<string, GroupRecord>} */
    this.groups = new Map()
    /**
     * What DescribeInstanceRefreshes answers for a group that does not exist: ValidationError (as
     * AWS is reported to answer) or an empty list (the model lists no error for it).
     * @type {'ValidationError' | 'empty'}
     */
    this.unknownGroupAnswer = 'ValidationError'
    /** @type {Record<string, import('./common.js').Handler>} */
    this.operations = {
      RollbackInstanceRefresh: body => this.rollbackInstanceRefresh(body),
      CancelInstanceRefresh: body => this.cancelInstanceRefresh(body),
      DescribeInstanceRefreshes: body => this.describeInstanceRefreshes(body),
      DescribeAutoScalingGroups: (body, ctx) => this.describeAutoScalingGroups(body, ctx)
    }
  }

  /** @override */
  reset() {
    super.reset()
    this.groups.clear()
    this.unknownGroupAnswer = 'ValidationError'
  }

  /**
   * An Auto Scaling group, with no instance refresh yet (the group of `add` is made the same way).
   * @param {{ name?: string, region?: string, contention?: number }} [opts]
   * @returns {string} its name
   */
  addGroup(opts = {}) {
    if (!isObject(opts)) throw new TypeError('addAutoScalingGroup options must be an object')
    const name = groupName(opts.name ?? 'demo-asg')
    if (this.groups.has(name)) throw new TypeError(`an Auto Scaling group named ${name} exists`)
    this.group(name, opts.region, opts.contention)
    return name
  }

  /**
   * @param {string} name
   * @param {unknown} region
   * @param {unknown} contention
   */
  group(name, region, contention) {
    const existing = this.groups.get(name)
    if (existing) {
      if (contention !== undefined) existing.contention = count('contention', contention)
      return existing
    }
    const where = region ?? DEFAULT_REGION
    if (typeof where !== 'string' || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(where))
      throw new TypeError(`region must be a region code; got ${JSON.stringify(region)}`)
    /** @type {GroupRecord} */
    const group = {
      name,
      region: where,
      arn: `arn:aws:autoscaling:${where}:${ACCOUNT_ID}:autoScalingGroup:${lowerUuid()}:autoScalingGroupName/${name}`,
      createdAt: Date.now() - 30 * 86_400_000,
      refreshes: [],
      contention: count('contention', contention ?? 0)
    }
    this.groups.set(name, group)
    return group
  }

  /**
   * An instance refresh of a group (made if new). A group has at most one active refresh.
   * @param {InstanceRefreshOptions} [opts]
   * @returns {string} the refresh ID
   */
  add(opts = {}) {
    if (!isObject(opts)) throw new TypeError('addInstanceRefresh options must be an object')
    const name = groupName(opts.groupName ?? 'demo-asg')
    const status = oneOf('status', opts.status ?? 'InProgress', INSTANCE_REFRESH_STATUSES)
    const existing = this.groups.get(name)
    const active = existing?.refreshes
      .map(id => this.records.get(id))
      .find(r => r && !ENDED.includes(r.status))
    // One active refresh a group, and none newer than it: AWS starts no refresh while one is active.
    if (active)
      throw new TypeError(
        `Auto Scaling group ${name} has an active instance refresh already (${active.id}, ${active.status}): one at a time, and none newer than it`
      )
    const id = opts.id === undefined ? lowerUuid() : nonEmpty('id', opts.id)
    if (this.records.has(id)) throw new TypeError(`an instance refresh ${id} exists`)
    const startTime = opts.startTime === undefined ? Date.now() : opts.startTime
    if (startTime !== null && (typeof startTime !== 'number' || !Number.isFinite(startTime)))
      throw new TypeError(
        `startTime must be ms since the epoch, or null; got ${JSON.stringify(startTime)}`
      )
    const desired =
      opts.desiredConfiguration === undefined
        ? {
            LaunchTemplate: {
              LaunchTemplateId: 'lt-0a1b2c3d4e5f60718',
              LaunchTemplateName: `${name}-lt`,
              Version: '2'
            }
          }
        : opts.desiredConfiguration
    if (desired !== null && !isObject(desired?.LaunchTemplate))
      throw new TypeError(
        'desiredConfiguration must be { LaunchTemplate: { ..., Version } } or null'
      )
    const group = this.group(name, opts.region, opts.contention)
    /** @type {RefreshRecord} */
    const rec = {
      kind: 'instanceRefresh',
      seq: ++this.seq,
      id,
      groupName: name,
      status,
      statusReason: opts.statusReason ?? null,
      percentageComplete: percent(opts.percentageComplete ?? (status === 'Pending' ? 0 : 40)),
      instancesToUpdate: count('instancesToUpdate', opts.instancesToUpdate ?? 3),
      startTime,
      endTime: ENDED.includes(status) ? (startTime ?? Date.now()) + 600_000 : null,
      desiredConfiguration: desired,
      imageFromSsmParameter: opts.imageFromSsmParameter ?? false,
      readsAfter: count('reads', opts.reads ?? 1),
      rollbackEndsAs: oneOf('rollbackEndsAs', opts.rollbackEndsAs ?? 'RollbackSuccessful', [
        'RollbackSuccessful',
        'RollbackFailed'
      ]),
      rollbackFailureReason:
        opts.rollbackFailureReason ??
        'The rollback failed: instance i-0a1b2c3d4e5f60718 launched with the previous configuration failed its ELB health checks.',
      cancelEndsAs: oneOf('cancelEndsAs', opts.cancelEndsAs ?? 'Cancelled', [
        'Cancelled',
        'Successful'
      ]),
      finishesAfterReads:
        opts.finishesAfterReads === undefined
          ? null
          : count('finishesAfterReads', opts.finishesAfterReads),
      finishesAs: oneOf('finishesAs', opts.finishesAs ?? 'Successful', ['Successful', 'Failed']),
      stoppedByOthersAfterReads:
        opts.stoppedByOthersAfterReads === undefined
          ? null
          : count('stoppedByOthersAfterReads', opts.stoppedByOthersAfterReads),
      stoppedByOthersWith: oneOf(
        'stoppedByOthersWith',
        opts.stoppedByOthersWith ?? 'CancelInstanceRefresh',
        ['CancelInstanceRefresh', 'RollbackInstanceRefresh']
      ),
      activeReads: 0,
      target: null,
      readsLeft: 0,
      readsAfterStop: 0,
      reads: 0,
      rollbackDetails: null,
      calls: []
    }
    if (typeof rec.imageFromSsmParameter !== 'boolean')
      throw new TypeError('imageFromSsmParameter must be a boolean')
    this.records.set(id, rec)
    group.refreshes.unshift(id)
    return id
  }

  /** Every group, as the admin API shows it. */
  listGroups() {
    return snapshot([...this.groups.values()])
  }

  /**
   * The group a call names, or the error AWS answers for one that does not exist. A group busy
   * with another update answers ResourceContention (HTTP 500, a sender fault) first.
   * @param {string} name
   */
  find(name) {
    const group = this.groups.get(name)
    if (!group)
      throw validationError(`AutoScalingGroup name not found - AutoScalingGroup ${name} not found`)
    if (group.contention > 0) {
      group.contention--
      throw new AwsError(
        'ResourceContention',
        'You already have a pending update to an Auto Scaling resource (for example, a group, instance, or load balancer).',
        500,
        'Sender'
      )
    }
    return group
  }

  /**
   * The group's newest refresh, after any end it has come to on its own.
   * @param {GroupRecord} group
   */
  newest(group) {
    const rec = group.refreshes[0] === undefined ? undefined : this.records.get(group.refreshes[0])
    if (rec) this.finishIfDue(rec)
    return rec
  }

  /**
   * A refresh that has shown itself running `finishesAfterReads` times ends now, on its own.
   * @param {RefreshRecord} rec
   */
  finishIfDue(rec) {
    this.stopByOthersIfDue(rec)
    if (
      rec.finishesAfterReads === null ||
      !ACTIVE.includes(rec.status) ||
      rec.activeReads < rec.finishesAfterReads
    )
      return
    rec.status = rec.finishesAs
    rec.endTime = Date.now()
    if (rec.finishesAs === 'Successful') {
      rec.percentageComplete = 100
      rec.instancesToUpdate = 0
      rec.statusReason = null
    } else
      rec.statusReason ??=
        'Instance refresh failed: instance i-0f1e2d3c4b5a69788 failed to launch: The requested configuration is currently not supported.'
  }

  /**
   * A refresh that has shown itself running `stoppedByOthersAfterReads` times is stopped now by
   * another caller, as their call would (the rollback of a refresh that cannot be rolled back is
   * refused to them: it runs on).
   * @param {RefreshRecord} rec
   */
  stopByOthersIfDue(rec) {
    if (
      rec.stoppedByOthersAfterReads === null ||
      !ACTIVE.includes(rec.status) ||
      rec.activeReads < rec.stoppedByOthersAfterReads
    )
      return
    rec.stoppedByOthersAfterReads = null
    const by = `${rec.stoppedByOthersWith} (another caller)`
    if (rec.stoppedByOthersWith === 'CancelInstanceRefresh') {
      this.start(rec, by, 'Cancelling', rec.cancelEndsAs)
      return
    }
    if (this.irreversible(rec)) return
    this.startRollback(rec, by)
  }

  /**
   * A read moves a refresh along: a rollback or cancel uses one of `readsLeft`, then settles; a
   * rollback takes PercentageComplete back toward zero on the way.
   * @param {RefreshRecord} rec
   */
  read(rec) {
    rec.reads++
    this.finishIfDue(rec)
    if (ACTIVE.includes(rec.status)) rec.activeReads++
    if (rec.target === null) return
    if (rec.readsLeft > 0) {
      rec.readsLeft--
      if (rec.status === 'RollbackInProgress' && rec.rollbackDetails) {
        const from = rec.rollbackDetails.PercentageCompleteOnRollback
        rec.percentageComplete = Math.round((from * (rec.readsLeft + 1)) / (rec.readsAfterStop + 1))
      }
      return
    }
    const target = rec.target
    rec.target = null
    rec.status = target
    rec.endTime = Date.now()
    if (target === 'RollbackSuccessful') {
      rec.percentageComplete = 0
      rec.statusReason = null
    } else if (target === 'RollbackFailed') rec.statusReason = rec.rollbackFailureReason
    else if (target === 'Successful') {
      rec.percentageComplete = 100
      rec.instancesToUpdate = 0
      rec.statusReason = null
    }
  }

  /**
   * Why a rollback is impossible, in the terms of the model's documentation; '' when it is not.
   * The model names three: no desired configuration for the refresh, and an Auto Scaling group
   * whose launch template uses `$Latest` or `$Default`, or a Systems Manager parameter for its
   * AMI. The fake's group names the launch template of its newest refresh (the one a stop acts
   * on), as DescribeAutoScalingGroups shows. The wording is the fake's: AWS's own messages are
   * not documented.
   * @param {RefreshRecord} rec
   */
  irreversible(rec) {
    const group = this.groups.get(rec.groupName)
    const version = group ? this.newestConfiguration(group).Version : undefined
    if (!rec.desiredConfiguration)
      return 'The instance refresh cannot be rolled back: it was started without a desired configuration.'
    if (version === '$Latest' || version === '$Default')
      return `The instance refresh cannot be rolled back: the Auto Scaling group uses the launch template version ${version}.`
    if (rec.imageFromSsmParameter)
      return 'The instance refresh cannot be rolled back: the launch template uses a Systems Manager parameter instead of an AMI ID for ImageId.'
    return ''
  }

  /** @param {Record<string, unknown>} body */
  rollbackInstanceRefresh(body) {
    validate(body, { AutoScalingGroupName: { ...NAME_255, required: true } }, validationError)
    const group = this.find(/** @type {string} */ (body.AutoScalingGroupName))
    const rec = this.newest(group)
    if (!rec || !ACTIVE.includes(rec.status)) throw notActive(group.name)
    const why = this.irreversible(rec)
    if (why) throw new AwsError('IrreversibleInstanceRefresh', why)
    this.startRollback(rec, 'RollbackInstanceRefresh')
    return { InstanceRefreshId: rec.id }
  }

  /**
   * @param {RefreshRecord} rec
   * @param {string} recorded the call, as `calls` records it
   */
  startRollback(rec, recorded) {
    rec.rollbackDetails = {
      RollbackReason:
        'Rollback of the instance refresh was started by a RollbackInstanceRefresh call.',
      RollbackStartTime: new Date(),
      PercentageCompleteOnRollback: rec.percentageComplete,
      InstancesToUpdateOnRollback: rec.instancesToUpdate
    }
    this.start(rec, recorded, 'RollbackInProgress', rec.rollbackEndsAs)
  }

  /** @param {Record<string, unknown>} body */
  cancelInstanceRefresh(body) {
    validate(
      body,
      {
        AutoScalingGroupName: { ...NAME_255, required: true },
        WaitForTransitioningInstances: { type: 'string', enum: ['true', 'false'] }
      },
      validationError
    )
    const group = this.find(/** @type {string} */ (body.AutoScalingGroupName))
    const rec = this.newest(group)
    if (!rec || !CANCELLABLE.includes(rec.status)) throw notActive(group.name)
    // Cancelling a rollback leaves the group where the rollback had got to.
    const ends = rec.status === 'RollbackInProgress' ? 'Cancelled' : rec.cancelEndsAs
    this.start(rec, 'CancelInstanceRefresh', 'Cancelling', ends)
    return { InstanceRefreshId: rec.id }
  }

  /**
   * @param {RefreshRecord} rec
   * @param {string} op
   * @param {string} now
   * @param {string} target
   */
  start(rec, op, now, target) {
    rec.status = now
    rec.target = target
    rec.readsLeft = rec.readsAfter
    rec.readsAfterStop = rec.readsAfter
    rec.calls.push(op)
  }

  /** @param {Record<string, unknown>} body */
  describeInstanceRefreshes(body) {
    validate(
      body,
      {
        AutoScalingGroupName: { ...NAME_255, required: true },
        InstanceRefreshIds: { type: 'list', member: NAME_255 },
        NextToken: { type: 'string' },
        MaxRecords: { type: 'string' }
      },
      validationError
    )
    const name = /** @type {string} */ (body.AutoScalingGroupName)
    const size = maxRecords(body.MaxRecords)
    if (!this.groups.has(name) && this.unknownGroupAnswer === 'empty')
      return { InstanceRefreshes: [] }
    const group = this.find(name)
    const ids = /** @type {string[] | undefined} */ (body.InstanceRefreshIds)
    const recs = group.refreshes
      .filter(id => ids === undefined || ids.includes(id))
      .map(id => /** @type {RefreshRecord} */ (this.records.get(id)))
    const scope = JSON.stringify(['refreshes', name, ids ?? null, size])
    const offset = decodeToken(body.NextToken, scope)
    if (offset === null) throw new AwsError('InvalidNextToken', 'The token is not valid.')
    const { page, nextToken } = paginate(recs, offset, size, scope)
    for (const rec of page) this.read(rec)
    return {
      InstanceRefreshes: page.map(refreshShape),
      ...(nextToken ? { NextToken: nextToken } : {})
    }
  }

  /**
   * @param {Record<string, unknown>} body
   * @param {import('./common.js').RequestContext} _ctx
   */
  describeAutoScalingGroups(body, _ctx) {
    validate(
      body,
      {
        AutoScalingGroupNames: { type: 'list', member: NAME_255 },
        IncludeInstances: { type: 'string', enum: ['true', 'false'] },
        NextToken: { type: 'string' },
        MaxRecords: { type: 'string' }
      },
      validationError
    )
    // Loud rather than silently wrong: the action never filters by tag.
    if (body.Filters !== undefined)
      throw validationError('fake-aws does not implement Filters of DescribeAutoScalingGroups')
    const size = maxRecords(body.MaxRecords)
    const names = /** @type {string[] | undefined} */ (body.AutoScalingGroupNames)
    const limit = body.MaxRecords === undefined ? NAMES_BY_DEFAULT : size
    if (names && names.length > limit)
      throw validationError(
        `The number of AutoScalingGroupNames (${names.length}) exceeds the maximum of ${limit}; raise MaxRecords (up to ${MAX_PAGE}) to name more.`
      )
    const groups = [...this.groups.values()]
      .filter(g => names === undefined || names.includes(g.name))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    const scope = JSON.stringify(['groups', names ?? null, size])
    const offset = decodeToken(body.NextToken, scope)
    if (offset === null) throw new AwsError('InvalidNextToken', 'The token is not valid.')
    const { page, nextToken } = paginate(groups, offset, size, scope)
    const withInstances = body.IncludeInstances !== 'false'
    return {
      AutoScalingGroups: page.map(g => groupShape(g, this.newestConfiguration(g), withInstances)),
      ...(nextToken ? { NextToken: nextToken } : {})
    }
  }

  /**
   * The launch template the group names: that of its newest refresh, or a default one.
   * @param {GroupRecord} group
   */
  newestConfiguration(group) {
    const rec = group.refreshes[0] === undefined ? undefined : this.records.get(group.refreshes[0])
    return (
      rec?.desiredConfiguration?.LaunchTemplate ?? {
        LaunchTemplateId: 'lt-0a1b2c3d4e5f60718',
        LaunchTemplateName: `${group.name}-lt`,
        Version: '1'
      }
    )
  }
}

/** @param {RefreshRecord} rec */
function refreshShape(rec) {
  return {
    InstanceRefreshId: rec.id,
    AutoScalingGroupName: rec.groupName,
    Status: rec.status,
    ...(rec.statusReason ? { StatusReason: rec.statusReason } : {}),
    ...(rec.startTime !== null ? { StartTime: new Date(rec.startTime) } : {}),
    ...(rec.endTime !== null ? { EndTime: new Date(rec.endTime) } : {}),
    PercentageComplete: rec.percentageComplete,
    InstancesToUpdate: rec.instancesToUpdate,
    Preferences: {
      MinHealthyPercentage: 90,
      InstanceWarmup: 300,
      SkipMatching: false,
      AutoRollback: false,
      ScaleInProtectedInstances: 'Ignore',
      StandbyInstances: 'Ignore',
      BakeTime: 0
    },
    ...(rec.desiredConfiguration ? { DesiredConfiguration: rec.desiredConfiguration } : {}),
    ...(rec.rollbackDetails ? { RollbackDetails: rec.rollbackDetails } : {}),
    Strategy: 'Rolling'
  }
}

/**
 * @param {GroupRecord} g
 * @param {{ LaunchTemplateId?: string, LaunchTemplateName?: string, Version?: string }} launchTemplate
 * @param {boolean} withInstances
 */
function groupShape(g, launchTemplate, withInstances) {
  return {
    AutoScalingGroupName: g.name,
    AutoScalingGroupARN: g.arn,
    LaunchTemplate: launchTemplate,
    MinSize: 1,
    MaxSize: 6,
    DesiredCapacity: 3,
    DefaultCooldown: 300,
    AvailabilityZones: [`${g.region}a`, `${g.region}b`],
    HealthCheckType: 'ELB',
    HealthCheckGracePeriod: 300,
    ...(withInstances ? { Instances: [] } : {}),
    CreatedTime: new Date(g.createdAt),
    VPCZoneIdentifier: 'subnet-0a1b2c3d,subnet-4e5f6a7b',
    TerminationPolicies: ['Default'],
    NewInstancesProtectedFromScaleIn: false,
    ServiceLinkedRoleARN: `arn:aws:iam::${ACCOUNT_ID}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`
  }
}

/**
 * MaxRecords, which awsQuery sends as text: at most 100, 50 by default (the model's text).
 * @param {unknown} raw
 */
function maxRecords(raw) {
  if (raw === undefined) return DEFAULT_PAGE
  const value = Number(raw)
  if (!/^\d+$/.test(String(raw)) || value < 1 || value > MAX_PAGE)
    throw validationError(
      `1 validation error detected: Value '${String(raw)}' at 'maxRecords' failed to satisfy constraint: Member must have value between 1 and ${MAX_PAGE}`
    )
  return value
}

/**
 * A group name as add* takes it: what CreateAutoScalingGroup allows (ASCII 33 to 126, no colon,
 * at most 255).
 * @param {unknown} value
 */
function groupName(value) {
  if (typeof value !== 'string' || !/^[\x21-\x39\x3b-\x7e]{1,255}$/.test(value))
    throw new TypeError(
      `groupName must be 1-255 ASCII characters 33-126 without a colon; got ${JSON.stringify(value)}`
    )
  return value
}

/** @param {unknown} value */
function percent(value) {
  const n = count('percentageComplete', value)
  if (n > 100) throw new TypeError(`percentageComplete must be at most 100; got ${n}`)
  return n
}

/** @param {string} group */
function notActive(group) {
  return new AwsError(
    'ActiveInstanceRefreshNotFound',
    `No in-progress instance refresh or rollback found for Auto Scaling group ${group}.`
  )
}

/** @param {string} message */
function validationError(message) {
  return new AwsError('ValidationError', message)
}
