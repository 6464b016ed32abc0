// Settings → the releases to act on: the IDs given, plus what a find by name turns up as running
// (for the commit asked for, and started since the time asked for). Every release found says why
// it was taken, so that the log shows why each one is about to be stopped.
import { oneLine } from '../log.js'
import { ago } from '../targets/batch.js'
import { describeRelease, type ReleaseKind, type ReleaseRef } from '../release.js'
import type { Settings } from '../settings.js'
import { matchCommit } from './commit.js'

export interface Target {
  ref: ReleaseRef
  /** Found by name: its status when found. Undefined for an ID given as input. */
  foundStatus?: string
}

export interface Selection {
  targets: Target[]
  /** What was looked at and why each release was taken or passed over, for the log. */
  lines: string[]
}

export interface SelectOptions {
  now: number
  /** Only releases created or started at or after this time (ms since the epoch). */
  startedSince?: number
}

export async function selectReleases(
  kind: ReleaseKind,
  settings: Pick<Settings, 'releases' | 'find' | 'commit'>,
  options: SelectOptions
): Promise<Selection> {
  const targets: Target[] = settings.releases.map(ref => ({ ref }))
  const lines: string[] = []
  if (!settings.find) return { targets, lines }

  const { found, scope } = await kind.find(settings.find, options.now)
  lines.push(scope)
  const taken = new Set(targets.map(t => t.ref.id))
  for (const release of found) {
    const what = describeRelease(release.ref)
    const started =
      release.startedAt === undefined ? '' : `, started ${ago(options.now - release.startedAt)} ago`
    if (options.startedSince !== undefined && (release.startedAt ?? 0) < options.startedSince) {
      lines.push(
        `Passed over ${what}: ${release.status} in ${release.where}${started}, before this job's guard.`
      )
      continue
    }
    let because = ''
    if (settings.commit) {
      const field = matchCommit(release.commitFields, settings.commit)
      if (!field) {
        const seen = release.commitFields.map(f => `${f.label} ${oneLine(f.value, 100)}`).join(', ')
        lines.push(
          `Passed over ${what}: ${release.status} in ${release.where}, not of commit ${settings.commit} (${seen || 'it names no commit'}).`
        )
        continue
      }
      because = `; commit ${settings.commit} matches its ${field.label} ${oneLine(field.value, 200)}`
    }
    if (taken.has(release.ref.id)) continue
    taken.add(release.ref.id)
    targets.push({ ref: release.ref, foundStatus: release.status })
    lines.push(`Found ${what}: ${release.status} in ${release.where}${started}${because}.`)
  }
  return { targets, lines }
}
