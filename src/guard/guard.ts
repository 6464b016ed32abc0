// A guard's main step stops nothing. It checks now what its post step will need after the job has
// failed, when nobody can fix it any more: credentials that resolve, and the same find the post
// step will run (so the names exist and the list permission works). It records the releases
// already running as a baseline, which the post step never stops, and saves the settings in the
// step's state for the post step (guard-post.ts), which the runner starts only if the job fails or
// is cancelled.
import * as core from '@actions/core'
import { clientConfig } from '../aws-client.js'
import { FIND_DEADLINE_MS, patientRead } from '../read-retry.js'
import { selectReleases } from '../find/select.js'
import type { FlowDeps } from '../flow.js'
import { missingCredentials } from '../flow.js'
import { info } from '../log.js'
import { countOf, describeQuery, describeRelease, type FoundRelease } from '../release.js'
import { reportFailure, setOutputs, summarize } from '../report/report.js'
import type { Settings } from '../settings.js'
import { ago } from '../targets/batch.js'
import { loadReleaseKind } from '../targets/index.js'

/** The state name the post step reads the guard from (STATE_guard). */
export const GUARD_STATE = 'guard'

export interface GuardState {
  /** When the guard step ran (ms since the epoch): releases found by name must start after it. */
  startedAt: number
  /** The IDs of the releases the guard step's find saw running: never this job's. */
  baseline: string[]
  settings: Settings
}

const HEADING = 'Guard: Stop AWS release'

export async function startGuard(settings: Settings, deps: FlowDeps): Promise<void> {
  const startedAt = deps.clock.now()
  const kind = await loadReleaseKind(settings.kind, clientConfig(settings.region))
  const noCredentials = await missingCredentials(kind, true)
  if (noCredentials)
    return reportFailure({
      heading: HEADING,
      title: 'Guard: no AWS credentials',
      message: noCredentials
    })

  let running: FoundRelease[] = []
  if (settings.find) {
    const query = describeQuery(settings.find)
    // The find the post step will run, without its filters: what runs now is the baseline.
    const selection = await core.group(
      `Guard: Check the find of ${countOf(settings.kind, 2, false)} of ${query}`,
      async () => {
        const found = await selectReleases(
          kind,
          { releases: [], find: settings.find },
          {
            now: startedAt,
            read: patientRead({
              clock: deps.clock,
              signal: deps.cancel,
              deadline: startedAt + FIND_DEADLINE_MS
            }),
            signal: deps.cancel
          }
        )
        for (const line of found.lines) info(line)
        return found
      }
    )
    if (selection.failure)
      return reportFailure({
        heading: HEADING,
        title: `Guard: the post step could not find ${countOf(settings.kind, 2, false)} of ${query}`,
        message: `${selection.failure.message} The guard's post step runs this same find after the job has failed; fix it now. Nothing is guarded.`
      })
    running = selection.running
  }

  const state: GuardState = {
    startedAt,
    baseline: running.map(r => r.ref.id),
    settings: { ...settings, warnings: [] }
  }
  core.saveState(GUARD_STATE, JSON.stringify(state))
  const line = `Guarding ${guarded(settings)}: if this job fails or is cancelled, the post step ${settings.dryRun ? 'reports what it would stop' : 'stops them'}${stopWords(settings)}.`
  info(line)
  const leftAlone = running.map(
    r =>
      `${describeRelease(r.ref)} (${r.status} in ${r.where}${r.startedAt === undefined ? '' : `, started ${ago(startedAt - r.startedAt)} ago`})`
  )
  const baselineLine =
    leftAlone.length > 0
      ? `${countOf(settings.kind, leftAlone.length)} already running ${leftAlone.length === 1 ? 'is' : 'are'} not this job's: the post step leaves ${leftAlone.length === 1 ? 'it' : 'them'} alone.`
      : ''
  if (baselineLine) info(`${baselineLine} ${leftAlone.join('; ')}.`)
  setOutputs([], 'Guarding', line)
  await summarize([], HEADING, baselineLine ? `${line} ${baselineLine}` : line, leftAlone)
}

/** "CodeBuild builds of project web started from now on for commit 1a2b3c4, and build web:…". */
function guarded(settings: Settings): string {
  const parts: string[] = []
  if (settings.find)
    parts.push(
      `the ${countOf(settings.kind, 2, false)} of ${describeQuery(settings.find, settings.commit)} started from now on`
    )
  if (settings.releases.length > 0) parts.push(settings.releases.map(describeRelease).join(', '))
  return parts.join(', and ')
}

function stopWords(settings: Settings): string {
  const words: string[] = []
  if (settings.kind === 'deployment' && settings.rollback !== undefined)
    words.push(`rollback: ${settings.rollback}`)
  if (settings.kind === 'pipeline') words.push(`abandon: ${settings.abandon}`)
  if (settings.wait) words.push('and waits for them')
  return words.length > 0 ? ` (${words.join(', ')})` : ''
}
