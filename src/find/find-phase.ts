// The find phase: which releases the step acts on, logged in one group when a name is searched.
import * as core from '@actions/core'
import { info } from '../log.js'
import { countOf, describeQuery, type ReleaseKind } from '../release.js'
import type { Settings } from '../settings.js'
import { selectReleases, type SelectOptions, type Selection } from './select.js'

export async function findPhase(
  kind: ReleaseKind,
  settings: Settings,
  options: SelectOptions & { prefix: string }
): Promise<Selection> {
  const { find } = settings
  if (!find) return selectReleases(kind, settings, options)
  const title = `${options.prefix}Find running ${countOf(settings.kind, 2, false)} of ${describeQuery(find, settings.commit)}`
  return core.group(title, async () => {
    const selection = await selectReleases(kind, settings, options)
    for (const line of selection.lines) info(line)
    const given = settings.releases.length
    const found = selection.targets.length - given
    info(
      `${countOf(settings.kind, found)} running found${given ? `, besides the ${given} given by ID` : ''}.`
    )
    return selection
  })
}
