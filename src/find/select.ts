// Settings → the releases to act on: the IDs given, plus what a find by name turns up as running
// (for the commit asked for, and, in a guard's post step, started during the job). Every release
// found says why it was taken or passed over, so that the log shows why each one is about to be
// stopped. A find that fails never drops the IDs given: they are still stopped, and the step then
// fails naming the find's problem.
import { AwsCallError } from '../errors.js'
import { oneLine } from '../log.js'
import type { Read } from '../read-retry.js'
import type { ReleaseKind } from '../kinds/contract.js'
import { ago } from '../kinds/support/batch.js'
import { describeRelease, type FoundRelease, type ReleaseRef } from '../release.js'
import type { Settings } from '../settings.js'
import { matchCommit } from './commit.js'

export interface Target {
  ref: ReleaseRef
  /** Found by name: its status when found. Undefined for an ID given as input. */
  foundStatus?: string
  /** Found by name, and already at its end. */
  foundTerminal?: boolean
}

export interface FindFailure {
  message: string
  /** The job was cancelled during the find. */
  cancelled: boolean
}

export interface Selection {
  targets: Target[]
  /** What was looked at and why each release was taken or passed over, for the log. */
  lines: string[]
  /** Every running release the find turned up, before any filter (a guard's baseline). */
  running: FoundRelease[]
  /** The find failed or was cancelled; `targets` still holds the IDs given. */
  failure?: FindFailure
  /** Running releases a guard's post step passed over as not this job's. */
  leftAlone: number
  /** Each release the find turned up but did not take, and why (a line of `lines`). */
  passedOver: string[]
}

/** What a guard's main step saw, for its post step. */
export interface GuardFilter {
  /**
   * The releases already running when the guard step ran (their run keys: the ID, or what tells
   * one run of a release from another): never this job's.
   */
  baseline: string[]
  /**
   * A release the baseline did not see is this job's when it started at or after this time (ms):
   * the guard step's time less an allowance for the difference between the runner's clock and AWS's.
   */
  startedSince: number
}

export interface SelectOptions {
  now: number
  read: Read
  /** Aborted when the job is cancelled. */
  signal?: AbortSignal
  guard?: GuardFilter
  /** A guard's main step: names that do not exist yet are no error (FindContext.lenient). */
  lenient?: boolean
}

export async function selectReleases(
  kind: ReleaseKind,
  settings: Pick<Settings, 'releases' | 'find' | 'commit'>,
  options: SelectOptions
): Promise<Selection> {
  const targets: Target[] = settings.releases.map(ref => ({ ref }))
  const lines: string[] = []
  if (!settings.find) return { targets, lines, running: [], leftAlone: 0, passedOver: [] }

  let found: FoundRelease[]
  try {
    const result = await kind.find(settings.find, {
      now: options.now,
      read: options.read,
      ...(options.lenient ? { lenient: true } : {})
    })
    found = result.found
    lines.push(result.scope)
  } catch (error) {
    const cancelled = options.signal?.aborted === true
    const message = cancelled
      ? 'The job was cancelled during the find: it did not finish.'
      : error instanceof AwsCallError
        ? error.message
        : oneLine(String(error))
    return {
      targets,
      lines,
      running: [],
      failure: { message, cancelled },
      leftAlone: 0,
      passedOver: []
    }
  }
  const baseline = new Set(options.guard?.baseline ?? [])
  const taken = new Set(targets.map(t => t.ref.id))
  const passedOver: string[] = []
  /** A release the find turned up but does not take: logged, and listed in the summary. */
  const passOver = (line: string): void => {
    lines.push(line)
    passedOver.push(line)
  }
  let leftAlone = 0
  for (const release of found) {
    // Given by ID: acted on whatever the filters below would say.
    if (taken.has(release.ref.id)) continue
    const what = describeRelease(release.ref)
    const started =
      release.startedAt === undefined ? '' : `, started ${ago(options.now - release.startedAt)} ago`
    if (options.guard && baseline.has(release.runKey ?? release.ref.id)) {
      leftAlone++
      passOver(
        release.runKey
          ? `Passed over ${what}: ${release.status} in ${release.where}${started}; the guard step saw this same operation, so it is not this job's.`
          : `Passed over ${what}: ${release.status} in ${release.where}${started}; it was already running when the guard step ran, so it is not this job's.`
      )
      continue
    }
    if (options.guard && (release.startedAt ?? 0) < options.guard.startedSince) {
      leftAlone++
      passOver(
        `Passed over ${what}: ${release.status} in ${release.where}${started}, before this job's guard step.`
      )
      continue
    }
    let because = ''
    if (settings.commit) {
      const field = matchCommit(release.commitFields, settings.commit)
      if (!field) {
        const seen = release.commitFields.map(f => `${f.label} ${oneLine(f.value, 100)}`).join(', ')
        passOver(
          `Passed over ${what}: ${release.status} in ${release.where}, not of commit ${settings.commit} (${seen || 'it names no commit'}).`
        )
        continue
      }
      because = `; commit ${settings.commit} matches its ${field.label} ${oneLine(field.value, 200)}`
    }
    taken.add(release.ref.id)
    targets.push({
      ref: release.ref,
      foundStatus: release.status,
      ...(release.terminal ? { foundTerminal: true } : {})
    })
    lines.push(`Found ${what}: ${release.status} in ${release.where}${started}${because}.`)
  }
  return { targets, lines, running: found, leftAlone, passedOver }
}
