// What the step tells its users: outputs, log lines and the job summary.
import * as core from '@actions/core'
import { declarationOf } from '../kinds/registry.js'
import { describeRelease, kindLabel, type ReleaseRef, type StopResult } from '../release.js'
import { formatDuration } from '../duration.js'
import { annotate, fail, html, info, oneLine } from '../log.js'

const STATUS_TEXT: Record<string, string> = {
  Succeeded: 'stopped',
  Pending: 'stop requested, still winding down',
  AlreadyCompleted: 'had already finished; nothing was stopped',
  WouldStop: 'would be stopped',
  Failed: 'not stopped'
}

/** How the step ended, over every release it acted on (see the `status` output). */
export type OverallStatus =
  'Succeeded' | 'Pending' | 'AlreadyCompleted' | 'NothingRunning' | 'WouldStop' | 'Failed'

export function overallStatus(results: StopResult[], dryRun: boolean): OverallStatus {
  if (results.length === 0) return 'NothingRunning'
  const all = (status: string): boolean => results.every(r => r.status === status)
  if (results.some(r => r.status === 'Failed')) return 'Failed'
  if (dryRun) return all('AlreadyCompleted') ? 'AlreadyCompleted' : 'WouldStop'
  if (all('AlreadyCompleted')) return 'AlreadyCompleted'
  const ended = ['Succeeded', 'AlreadyCompleted']
  return results.every(r => ended.includes(r.status)) ? 'Succeeded' : 'Pending'
}

/** "3 stopped, 2 stop requested, 1 failed": every release by what happened to it. */
export function countLine(results: StopResult[]): string {
  const counts = new Map<string, number>()
  for (const r of results) {
    const word = COUNT_WORDS[r.status] ?? `stop status ${oneLine(r.status)}`
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  return [...counts].map(([word, n]) => `${n} ${word}`).join(', ')
}

const COUNT_WORDS: Record<string, string> = {
  Succeeded: 'stopped',
  Pending: 'stop requested',
  AlreadyCompleted: 'already finished',
  WouldStop: 'would be stopped',
  Failed: 'failed'
}

/** One object per release in the `releases` output. */
export function releaseJson(r: StopResult): Record<string, string> {
  return {
    kind: r.ref.kind,
    id: r.ref.id,
    ...parentJson(r.ref),
    status: r.status,
    statusMessage: r.statusMessage,
    targetStatus: r.targetStatus ?? '',
    rollbackDeploymentId: r.rollbackDeploymentId ?? '',
    rollbackStatus: r.rollbackStatus ?? '',
    consoleUrl: r.consoleUrl
  }
}

/**
 * The step's outputs. `status` and `status-message` speak for all releases; `id`, `target-status`
 * and the rollback outputs describe the release when there is exactly one, and are empty with
 * several (`releases` has each one).
 */
export function setOutputs(
  results: StopResult[],
  status: OverallStatus | 'Guarding',
  message: string
): void {
  outputsSet = true
  const only = results.length === 1 ? results[0] : undefined
  core.setOutput('status', status)
  core.setOutput('status-message', message)
  core.setOutput('count', String(results.length))
  core.setOutput('ids', results.map(r => r.ref.id).join(','))
  core.setOutput('releases', JSON.stringify(results.map(releaseJson)))
  core.setOutput('id', only?.ref.id ?? '')
  core.setOutput('target-status', only?.targetStatus ?? '')
  core.setOutput('rollback-deployment-id', only?.rollbackDeploymentId ?? '')
  core.setOutput('rollback-status', only?.rollbackStatus ?? '')
  core.setOutput('aws-account-id', knownAccount ?? '')
}

let outputsSet = false
/** The account of the credentials, once STS named it (allowed-account-ids). */
let knownAccount: string | undefined

export function knowAccount(account: string): void {
  knownAccount = account
}
let summaryWritten = false

/**
 * The last resort for a defect (index.ts): the step fails with `status: Failed` whatever was set
 * before, and a summary if none was written yet.
 */
export async function reportDefect(message: string): Promise<void> {
  if (outputsSet) {
    core.setOutput('status', 'Failed')
    core.setOutput('status-message', oneLine(message))
  } else setOutputs([], 'Failed', oneLine(message))
  fail('Unexpected error', message)
  if (!summaryWritten) await summarize([], 'Stop AWS release: unexpected error', oneLine(message))
}

/**
 * A failure of the whole step: outputs (`Failed`, with whatever releases were acted on), the job
 * summary, and one error annotation. Every path that fails goes through here or sets the outputs
 * itself, so that `if: steps.x.outputs.status == 'Failed'` always fires.
 */
export async function reportFailure(options: {
  results?: StopResult[]
  heading: string
  title: string
  message: string
  /** Several problems (bad inputs), listed in the summary. */
  items?: string[]
}): Promise<void> {
  const results = options.results ?? []
  setOutputs(results, 'Failed', options.message)
  await summarize(results, options.heading, `Failed: ${options.message}`, options.items)
  fail(options.title, options.message)
}

/** Writes the job summary; a summary that cannot be written is a warning, never the step's failure. */
export async function summarize(
  results: StopResult[],
  heading: string,
  line: string,
  items?: string[]
): Promise<void> {
  try {
    await writeSummary(results, heading, line, items)
    summaryWritten = true
  } catch (error) {
    annotate(
      'warning',
      'Job summary not written',
      `Could not write the job summary: ${oneLine(String(error))}`
    )
  }
}

export function logResult(result: StopResult): void {
  const what = STATUS_TEXT[result.status] ?? `stop status ${oneLine(result.status)}`
  const target = result.targetStatus ? ` [${result.targetStatus}]` : ''
  info(
    `${describeRelease(result.ref)}: ${result.status}${target}: ${what}. ${result.statusMessage}`
  )
}

/** The job summary: a count line, then one row per release, every cell escaped. */
export async function writeSummary(
  results: StopResult[],
  heading: string,
  line: string,
  items: string[] = []
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const waited = results.some(r => r.waitedMs !== undefined)
  const columns = [
    'Kind',
    'ID',
    'Status',
    'Target status',
    ...(waited ? ['Rollback', 'Took'] : []),
    'Message',
    'Console'
  ]
  const link = (url?: string): string =>
    url ? `<a href="${html(url)}">Open in the AWS console</a>` : ''
  const rows = results.map(r => [
    html(kindLabel(r.ref.kind)),
    `<code>${html(r.ref.id)}</code>${parentCell(r.ref)}`,
    html(r.status),
    html(r.targetStatus ?? ''),
    ...(waited
      ? [rollbackCell(r), r.waitedMs === undefined ? '' : formatDuration(r.waitedMs)]
      : []),
    html(r.statusMessage),
    link(r.consoleUrl)
  ])
  const header = columns.map(data => ({ data, header: true }))
  const summary = core.summary.addHeading(html(heading), 3).addRaw(`<p>${html(line)}</p>`, true)
  if (items.length > 0)
    summary.addRaw(`<ul>${items.map(item => `<li>${html(item)}</li>`).join('')}</ul>`, true)
  if (rows.length > 0)
    // @actions/core leaves an empty cell unclosed (<td>): a dash keeps the table well formed.
    summary.addTable([header, ...rows.map(row => row.map(cell => cell || '—'))])
  await summary.write()
}

/** The `releases` output's key for what the ID lives in ("pipelineName"), for kinds that have one. */
function parentJson(ref: ReleaseRef): Record<string, string> {
  const parent = declarationOf(ref.kind).parent
  return ref.parent && parent ? { [parent.outputKey]: ref.parent } : {}
}

function parentCell(ref: ReleaseRef): string {
  const parent = declarationOf(ref.kind).parent
  return ref.parent && parent ? ` (${html(parent.label)} <code>${html(ref.parent)}</code>)` : ''
}

function rollbackCell(r: StopResult): string {
  if (!r.rollbackDeploymentId) return ''
  return `<code>${html(r.rollbackDeploymentId)}</code>${r.rollbackStatus ? ` ${html(r.rollbackStatus)}` : ''}`
}
