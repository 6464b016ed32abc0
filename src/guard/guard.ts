// A guard's main step stops nothing. It checks now what its post step will need after the job has
// failed, when nobody can fix it any more: credentials that resolve, the IDs given (one read), and
// the same find the post step will run (so the names exist and the list permission works). It records the releases
// already running as a baseline, which the post step never stops, and saves the settings in the
// step's state for the post step (guard-post.ts), which the runner starts only if the job fails or
// is cancelled.
import * as core from '@actions/core'
import { checkAccount } from '../account/account-check.js'
import { clientConfig } from '../aws-client.js'
import { describeAwsError, isAccessDenied } from '../errors.js'
import { runFind } from '../find/find-phase.js'
import { missingCredentials, type FlowDeps } from '../flow.js'
import { info } from '../log.js'
import { stepRead } from '../read-retry.js'
import type { ReleaseKind } from '../kinds/contract.js'
import { declarationOf, loadReleaseKind } from '../kinds/registry.js'
import { ago } from '../kinds/support/batch.js'
import {
  countOf,
  describeQuery,
  describeRelease,
  type FoundRelease,
  type StatusReads
} from '../release.js'
import {
  reportFailure,
  selectionWords,
  setOutputs,
  summarize,
  summaryScope
} from '../report/report.js'
import type { Settings } from '../settings.js'

/** The state name the post step reads the guard from (STATE_guard). */
export const GUARD_STATE = 'guard'

export interface GuardState {
  /** When the guard step ran (ms since the epoch): releases found by name must start after it. */
  startedAt: number
  /** The IDs of the releases the guard step's find saw running: never this job's. */
  baseline: string[]
  settings: Settings
}

const HEADING = 'Guard: Stop AWS release if the job fails'

export async function startGuard(settings: Settings, deps: FlowDeps): Promise<void> {
  const startedAt = deps.clock.now()
  const save = (state: GuardState): void => core.saveState(GUARD_STATE, JSON.stringify(state))
  const given = new Set(settings.releases.map(r => r.id))
  // The IDs given belong to releases the job has already started: whatever the checks below say,
  // the post step stops them. Saved first; the whole guard replaces it once the checks pass.
  if (given.size > 0)
    save({
      startedAt,
      baseline: [],
      settings: { ...settings, find: undefined, commit: undefined, warnings: [] }
    })
  const stillGuarded =
    given.size > 0
      ? ` If the job fails, the post step still stops the ${countOf(settings.kind, given.size)} given by ID.`
      : ' Nothing is guarded.'

  summaryScope({
    what: selectionWords(settings),
    region: settings.region,
    mode: 'guard, main step: nothing is stopped now'
  })
  const kind = await loadReleaseKind(declarationOf(settings.kind), clientConfig(settings.region))
  const noCredentials = await missingCredentials(kind, true, deps)
  if (noCredentials)
    return reportFailure({
      heading: HEADING,
      title: `Guard: ${noCredentials.title}`,
      message: `${noCredentials.message}${stillGuarded}`
    })

  const accountProblem = await checkAccount(settings, deps)
  if (accountProblem)
    return reportFailure({
      heading: HEADING,
      title: `Guard: ${accountProblem.title}`,
      message: `${accountProblem.message} The post step checks the account again before it stops anything.`
    })

  const idProblem = await checkIds(kind, settings, deps)
  if (idProblem)
    return reportFailure({
      heading: HEADING,
      title: 'Guard: the post step could not stop the IDs given',
      message: `${idProblem} Fix it now: the post step would meet the same problem after the job has failed.`
    })

  let running: FoundRelease[] = []
  if (settings.find) {
    const query = describeQuery(settings.kind, settings.find)
    // The find the post step will run, without its filters: what runs now is the baseline.
    const selection = await core.group(
      `Guard: Check the find of ${countOf(settings.kind, 2, false)} of ${query}`,
      async () => {
        const found = await runFind(
          kind,
          { releases: [], find: settings.find },
          { clock: deps.clock, signal: deps.cancel, lenient: true }
        )
        for (const line of found.lines) info(line)
        return found
      }
    )
    if (selection.failure)
      return reportFailure({
        heading: HEADING,
        title: `Guard: the post step could not find ${countOf(settings.kind, 2, false)} of ${query}`,
        message: selection.failure.cancelled
          ? `${selection.failure.message}${stillGuarded}`
          : `${selection.failure.message} The guard's post step runs this same find after the job has failed: fix it now.${stillGuarded}`
      })
    // Releases given by ID are this job's, never the baseline.
    running = selection.running.filter(r => !given.has(r.ref.id))
  }

  save({
    startedAt,
    baseline: running.map(r => r.runKey ?? r.ref.id),
    settings: { ...settings, warnings: [] }
  })
  const line = `Guarding ${guarded(settings)}: if this job fails or is cancelled, the post step ${settings.dryRun ? 'reports what it would stop' : 'stops them'}${stopWords(settings)}.`
  info(line)
  // Of what the guard saw, what is under way now is worth saying: the post step leaves it alone.
  const leftAlone = running
    .filter(r => !r.terminal)
    .map(
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

/**
 * One read of the IDs given, as the post step would make: an ID AWS does not know (a wrong
 * pipeline-name, region or account) fails the guard now. A role without the read permission is
 * only a problem when the post step must read (wait, dry run); otherwise it is logged.
 */
async function checkIds(
  kind: ReleaseKind,
  settings: Settings,
  deps: FlowDeps
): Promise<string | undefined> {
  if (settings.releases.length === 0) return undefined
  const read = stepRead(deps)
  const problems: string[] = []
  let reads: StatusReads
  try {
    reads = await read('a status read of the IDs given', signal =>
      kind.readStatuses(settings.releases, signal)
    )
  } catch (error) {
    reads = new Map(settings.releases.map(ref => [ref.id, error as Error]))
  }
  for (const ref of settings.releases) {
    const read = reads.get(ref.id)
    if (read === undefined || !(read instanceof Error)) {
      if (read) info(`${describeRelease(ref)}: ${read.status}.`)
      continue
    }
    const error = describeAwsError(
      'read the status of',
      ref,
      settings.region,
      kind.declaration.permissions.read,
      read
    )
    const mustRead = settings.wait || settings.dryRun
    if (isAccessDenied(read) && !mustRead) {
      info(`${error.message} (Not needed unless the guard waits or is a dry run.)`)
      continue
    }
    problems.push(error.message)
  }
  return problems.length > 0 ? problems.join(' ') : undefined
}

/** "CodeBuild builds of project web started from now on for commit 1a2b3c4, and build web:…". */
function guarded(settings: Settings): string {
  const parts: string[] = []
  if (settings.find)
    parts.push(
      `the ${countOf(settings.kind, 2, false)} of ${describeQuery(settings.kind, settings.find, settings.commit)} started from now on`
    )
  if (settings.releases.length > 0) parts.push(settings.releases.map(describeRelease).join(', '))
  return parts.join(', and ')
}

function stopWords(settings: Settings): string {
  const words = declarationOf(settings.kind).optionWords(settings.options)
  if (settings.wait) words.push('and waits for them')
  return words.length > 0 ? ` (${words.join(', ')})` : ''
}
