// The find phase: which releases the step acts on, logged in one group when a name is searched.
// Its reads are patient (read-retry.ts) and end at once when the job is cancelled.
import * as core from '@actions/core'
import type { Clock } from '../clock.js'
import { info } from '../log.js'
import { FIND_DEADLINE_MS, patientRead } from '../read-retry.js'
import type { ReleaseKind } from '../kinds/contract.js'
import { countOf, describeQuery } from '../release.js'
import type { Settings } from '../settings.js'
import { selectReleases, type GuardFilter, type Selection } from './select.js'

export interface FindPhaseOptions {
  clock: Clock
  signal: AbortSignal
  prefix: string
  guard?: GuardFilter
  /** An absolute time the whole step must end by (a guard's post step): the find ends sooner. */
  deadline?: number
  /** A guard's main step: names that do not exist yet are no error. */
  lenient?: boolean
}

/**
 * The find, with patient reads that end at its deadline, at a cancel, or as soon as it has failed:
 * nothing of a find outlives it to compete with the stops for the rate limit.
 */
export async function runFind(
  kind: ReleaseKind,
  settings: Pick<Settings, 'releases' | 'find' | 'commit'>,
  options: Omit<FindPhaseOptions, 'prefix'>
): Promise<Selection> {
  const now = options.clock.now()
  const own = new AbortController()
  const onCancel = (): void => own.abort()
  options.signal.addEventListener('abort', onCancel, { once: true })
  try {
    return await selectReleases(kind, settings, {
      now,
      read: patientRead({
        clock: options.clock,
        signal: own.signal,
        deadline: Math.min(now + FIND_DEADLINE_MS, options.deadline ?? Infinity)
      }),
      signal: options.signal,
      ...(options.guard ? { guard: options.guard } : {}),
      ...(options.lenient ? { lenient: true } : {})
    })
  } finally {
    own.abort()
    options.signal.removeEventListener('abort', onCancel)
  }
}

export async function findPhase(
  kind: ReleaseKind,
  settings: Settings,
  options: FindPhaseOptions
): Promise<Selection> {
  const { find } = settings
  if (!find) return runFind(kind, settings, options)
  const title = `${options.prefix}Find running ${countOf(settings.kind, 2, false)} of ${describeQuery(settings.kind, find, settings.commit)}`
  return core.group(title, async () => {
    const selection = await runFind(kind, settings, options)
    for (const line of selection.lines) info(line)
    const given = settings.releases.length
    if (selection.failure) {
      info(selection.failure.message)
      return selection
    }
    const found = selection.targets.length - given
    info(
      `${countOf(settings.kind, found)} running found${given ? `, besides the ${given} given by ID` : ''}${selection.leftAlone ? `; ${selection.leftAlone} left alone (not this job's)` : ''}.`
    )
    return selection
  })
}
