// A guard's main step stops nothing: it records what to stop, and when, in the step's state, for
// its post step (guard-post.ts), which the runner starts only if the job fails or is cancelled.
import * as core from '@actions/core'
import { info } from '../log.js'
import { countOf, describeQuery, describeRelease } from '../release.js'
import type { Settings } from '../settings.js'

/** The state name the post step reads the guard from (STATE_guard). */
export const GUARD_STATE = 'guard'

export interface GuardState {
  /** When the guard step ran (ms since the epoch): releases found by name must start after it. */
  startedAt: number
  settings: Settings
}

export function startGuard(settings: Settings, now: number): void {
  const state: GuardState = { startedAt: now, settings: { ...settings, warnings: [] } }
  core.saveState(GUARD_STATE, JSON.stringify(state))
  const line = `Guarding ${guarded(settings)}: if this job fails or is cancelled, the post step ${settings.dryRun ? 'reports what it would stop' : 'stops them'}${stopWords(settings)}.`
  info(line)
  core.setOutput('status', 'Guarding')
  core.setOutput('status-message', line)
  core.setOutput('count', '0')
  core.setOutput('ids', '')
  core.setOutput('releases', '[]')
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
