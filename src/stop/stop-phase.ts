// The stop phase: one log group with each release's console link and the options sent, then a
// stop call per release (stop-all.ts), each result logged as it comes.
import * as core from '@actions/core'
import type { Clock } from '../clock.js'
import type { ReleaseKind } from '../kinds/contract.js'
import { debug, info } from '../log.js'
import { countOf, describeRelease, type ReleaseRef, type Settled } from '../release.js'
import { logResult } from '../report/report.js'
import type { Settings } from '../settings.js'
import { stopAll } from './stop-all.js'

export async function stopPhase(
  kind: ReleaseKind,
  refs: ReleaseRef[],
  settings: Settings,
  deps: { clock: Clock; cancel: AbortSignal },
  prefix = ''
): Promise<Settled[]> {
  const title =
    refs.length === 1 && refs[0] ? describeRelease(refs[0]) : countOf(settings.kind, refs.length)
  const outcomes = await core.group(`${prefix}Stop ${title}`, async () => {
    info(`Region ${settings.region}.`)
    for (const ref of refs)
      info(`${describeRelease(ref)}: ${kind.declaration.consoleUrl(ref, settings.region)}`)
    for (const line of kind.declaration.optionLines(settings.options)) info(line)
    const report = await stopAll(kind, refs, settings.options, {
      clock: deps.clock,
      signal: deps.cancel,
      onOutcome: outcome => {
        if (outcome.result) {
          debug(`Stop result: ${JSON.stringify(outcome.result)}`)
          logResult(outcome.result)
        } else info(`${describeRelease(outcome.ref)}: Failed: ${outcome.error}`)
      }
    })
    if (report.throttled > 0)
      info(
        `AWS throttled ${report.throttled} stop call${report.throttled === 1 ? '' : 's'}; each was tried again.`
      )
    return report.outcomes
  })
  return outcomes.map(o =>
    o.result
      ? { result: o.result }
      : {
          result: {
            ref: o.ref,
            status: 'Failed',
            statusMessage: o.error,
            consoleUrl: kind.declaration.consoleUrl(o.ref, settings.region)
          },
          problem: o.error,
          problemTitle: `Stop failed: ${describeRelease(o.ref)}`,
          ...(o.common ? { common: o.common } : {})
        }
  )
}
