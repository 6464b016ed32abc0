// The find phase: which releases the step acts on, logged in one group when a name is searched.
// Its reads are patient (read-retry.ts) and end at once when the job is cancelled.
import * as core from '@actions/core'
import type { Clock } from '../clock.js'
import { info } from '../log.js'
import { FIND_DEADLINE_MS, patientRead } from '../read-retry.js'
import { countOf, describeQuery, type ReleaseKind } from '../release.js'
import type { Settings } from '../settings.js'
import { selectReleases, type GuardFilter, type Selection } from './select.js'

export interface FindPhaseOptions {
  clock: Clock
  signal: AbortSignal
  prefix: string
  guard?: GuardFilter
}

export async function findPhase(
  kind: ReleaseKind,
  settings: Settings,
  options: FindPhaseOptions
): Promise<Selection> {
  const { find } = settings
  const now = options.clock.now()
  const select = (): Promise<Selection> =>
    selectReleases(kind, settings, {
      now,
      read: patientRead({
        clock: options.clock,
        signal: options.signal,
        deadline: now + FIND_DEADLINE_MS
      }),
      signal: options.signal,
      ...(options.guard ? { guard: options.guard } : {})
    })
  if (!find) return select()
  const title = `${options.prefix}Find running ${countOf(settings.kind, 2, false)} of ${describeQuery(find, settings.commit)}`
  return core.group(title, async () => {
    const selection = await select()
    for (const line of selection.lines) info(line)
    const given = settings.releases.length
    if (selection.failure) {
      info(selection.failure.message)
      if (given > 0) info(`The ${countOf(settings.kind, given)} given by ID are still acted on.`)
      return selection
    }
    const found = selection.targets.length - given
    info(
      `${countOf(settings.kind, found)} running found${given ? `, besides the ${given} given by ID` : ''}.`
    )
    return selection
  })
}
