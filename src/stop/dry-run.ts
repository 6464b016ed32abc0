// A dry run reads but never stops: what a find turned up is running (it was just read); IDs given
// as input are read once, batched, to say whether they would be stopped.
import * as core from '@actions/core'
import type { Clock } from '../clock.js'
import type { ReleaseKind } from '../kinds/contract.js'
import { stepRead } from '../read-retry.js'
import { describeAwsError } from '../errors.js'
import type { Target } from '../find/select.js'
import { describeRelease, type Settled, type StatusReads, type StopResult } from '../release.js'
import { logResult } from '../report/report.js'

export async function dryRun(
  kind: ReleaseKind,
  targets: Target[],
  region: string,
  deps: { clock: Clock; cancel: AbortSignal },
  prefix = ''
): Promise<Settled[]> {
  return core.group(`${prefix}Dry run: what would be stopped`, async () => {
    const unread = targets.filter(t => t.foundStatus === undefined).map(t => t.ref)
    let reads: StatusReads = new Map()
    if (unread.length > 0) {
      // As patient as a find: a dry run is how a stop is rehearsed, throttling included.
      const read = stepRead(deps)
      try {
        reads = await read('status read', signal => kind.readStatuses(unread, signal))
      } catch (error) {
        const failure = error instanceof Error ? error : new Error(String(error))
        reads = new Map(unread.map(ref => [ref.id, failure]))
      }
    }
    return targets.map(({ ref, foundStatus, foundTerminal }): Settled => {
      const base = { ref, consoleUrl: kind.declaration.consoleUrl(ref, region) }
      const read =
        foundStatus === undefined
          ? reads.get(ref.id)
          : { status: foundStatus, terminal: foundTerminal === true }
      if (read === undefined || read instanceof Error) {
        const { message, common } = describeAwsError(
          'read the status of',
          ref,
          region,
          kind.declaration.permissions.read,
          read
        )
        return {
          result: { ...base, status: 'Failed', statusMessage: message },
          problem: message,
          problemTitle: `Status not read: ${describeRelease(ref)}`,
          ...(common ? { common } : {})
        }
      }
      const result: StopResult = read.terminal
        ? {
            ...base,
            status: 'AlreadyCompleted',
            targetStatus: read.status,
            statusMessage: `It had already finished with ${read.status}; it would not be stopped.`
          }
        : {
            ...base,
            status: 'WouldStop',
            targetStatus: read.status,
            statusMessage: `It is ${read.status}; this dry run made no stop call.`
          }
      logResult(result)
      return { result }
    })
  })
}
