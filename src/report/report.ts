// What the step tells its users: outputs, log lines and the job summary.
import * as core from '@actions/core'
import { declarationOf } from '../kinds/registry.js'
import {
  countOf,
  describeQuery,
  describeRelease,
  type ReleaseRef,
  type StopResult
} from '../release.js'
import type { Settings } from '../settings.js'
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

/**
 * What the step acts on and where, for the summary's heading and the line under it: several steps
 * of this action in one job each write a summary, and each must say which it is.
 */
export interface SummaryScope {
  /** "CodeBuild builds of project web for commit 1a2b3c4", "CodeDeploy deployment d-ABC…". */
  what: string
  region: string
  /** Which step of a guard: "guard, post step: only what this job started". */
  mode?: string
}

let scope: SummaryScope | undefined

export function summaryScope(next: SummaryScope): void {
  scope = next
}

/** What the inputs select, in words: the IDs given and the find by name. */
export function selectionWords(
  settings: Pick<Settings, 'kind' | 'releases' | 'find' | 'commit'>
): string {
  const ids = settings.releases
  const given =
    ids.length === 1 && ids[0]
      ? describeRelease(ids[0])
      : ids.length > 0 && ids.length <= 3
        ? `${countOf(settings.kind, ids.length, false)} ${ids.map(r => displayId(r)).join(', ')}`
        : ids.length > 0
          ? `${countOf(settings.kind, ids.length)} given by ID`
          : ''
  if (!settings.find) return given
  // A commit as git shows it short: the full SHA is in the log.
  const commit = settings.commit?.slice(0, 7)
  const found = `${countOf(settings.kind, 2, false)} of ${describeQuery(settings.kind, settings.find, commit)}`
  return given ? `${found}, and ${given}` : found
}

/** Writes the job summary; a summary that cannot be written is a warning, never the step's failure. */
export async function summarize(
  results: StopResult[],
  heading: string,
  line: string,
  items?: string[],
  passedOver?: string[]
): Promise<void> {
  try {
    await writeSummary(results, heading, line, items, passedOver)
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
  // Words first, then the `status` output's value and AWS's own, each named: "Succeeded" about
  // the stop is never read as the rollback deployment's "Succeeded" in the message.
  const aws = result.targetStatus ? `; AWS shows ${result.targetStatus}` : ''
  info(
    `${describeRelease(result.ref)}: ${what} (status ${result.status}${aws}). ${result.statusMessage}`
  )
}

/** The Status cell: what happened, at a glance. */
const STATUS_CELL: Record<string, string> = {
  Succeeded: '✅ Stopped',
  Pending: '⏳ Still stopping',
  AlreadyCompleted: '⚪ Already finished',
  WouldStop: '🔎 Would stop',
  Failed: '❌ Failed'
}

/**
 * The job summary: a heading that says what and where, a line that says how it went, one row per
 * release (its ID linked to the console), and what a find passed over. Every text is escaped.
 */
export async function writeSummary(
  results: StopResult[],
  heading: string,
  line: string,
  items: string[] = [],
  passedOver: string[] = []
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const region = scope?.region
  const has = (cell: (r: StopResult) => unknown): boolean => results.some(r => Boolean(cell(r)))
  // A column only when some row has something to say in it.
  const columns: (readonly [string, (r: StopResult) => string])[] = [
    ['Release', r => releaseCell(r)],
    ['Status', r => STATUS_CELL[r.status] ?? html(r.status)],
    ...(has(r => r.targetStatus)
      ? [['AWS status', (r: StopResult) => html(r.targetStatus ?? '')] as const]
      : []),
    ...(has(r => r.rollbackDeploymentId)
      ? [['Rollback', (r: StopResult) => rollbackCell(r, region)] as const]
      : []),
    ...(has(r => r.waitedMs !== undefined)
      ? [
          [
            'Took',
            (r: StopResult) => (r.waitedMs === undefined ? '' : formatDuration(r.waitedMs))
          ] as const
        ]
      : []),
    ['Details', r => html(r.statusMessage)]
  ]
  const title = scope?.what ? `${heading} — ${scope.what}` : heading
  const summary = core.summary.addHeading(html(title), 3)
  const where = scopeLine()
  if (where) summary.addRaw(`<p><sub>${where}</sub></p>`, true)
  summary.addRaw(`<p><strong>${html(line)}</strong></p>`, true)
  if (items.length > 0)
    summary.addRaw(`<ul>${items.map(item => `<li>${html(item)}</li>`).join('')}</ul>`, true)
  if (results.length > 0) {
    const header = columns.map(([data]) => ({ data, header: true }))
    const rows = results.map(r => columns.map(([, cell]) => cell(r)))
    // @actions/core leaves an empty cell unclosed (<td>): a dash keeps the table well formed.
    summary.addTable([header, ...rows.map(row => row.map(cell => cell || '—'))])
  }
  if (passedOver.length > 0) {
    // Open when nothing was acted on: then what was passed over, and why, is the whole story.
    summary.addRaw(
      `<details${results.length === 0 ? ' open' : ''}><summary>Passed over: ${passedOver.length}</summary><ul>${passedOver
        .map(item => `<li>${html(item)}</li>`)
        .join('')}</ul></details>`,
      true
    )
  }
  await summary.write()
}

/** "guard, post step: … · AWS region eu-west-1 · account 123456789012 · step stop-web". */
function scopeLine(): string {
  const parts: string[] = []
  if (scope?.mode) parts.push(html(scope.mode))
  if (scope) parts.push(`AWS region ${html(scope.region)}`)
  if (knownAccount) parts.push(`account ${html(knownAccount)}`)
  // The step's id (GITHUB_ACTION), when the workflow gave it one: the runner names others "__…".
  const step = process.env.GITHUB_ACTION
  if (step && !step.startsWith('__')) parts.push(`step <code>${html(step)}</code>`)
  return parts.join(' · ')
}

/**
 * An ID as a person reads it: an ARN by its resource part, a stack by its name. The link and its
 * title keep the whole ID.
 */
function displayId(ref: ReleaseRef): string {
  const named = declarationOf(ref.kind).nameOf?.(ref.id)
  if (named && named !== ref.id) return named
  return ref.id.startsWith('arn:') ? ref.id.split(':').slice(5).join(':') : ref.id
}

function releaseCell(r: StopResult): string {
  const id = `<code>${html(displayId(r.ref))}</code>`
  const linked = r.consoleUrl
    ? `<a href="${html(r.consoleUrl)}" title="${html(r.ref.id)}">${id}</a>`
    : id
  return `${linked}${parentCell(r.ref)}${r.where ? `<br><sub>${html(r.where)}</sub>` : ''}`
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

/** How a rollback deployment ended, at a glance; one still running gets ⏳. */
const ROLLBACK_MARK: Record<string, string> = { Succeeded: '✅ ', Failed: '❌ ', Stopped: '❌ ' }

/** The follow-up release (CodeDeploy's rollback deployment), linked like the release. */
function rollbackCell(r: StopResult, region: string | undefined): string {
  if (!r.rollbackDeploymentId) return ''
  const id = `<code>${html(r.rollbackDeploymentId)}</code>`
  const url = region
    ? declarationOf(r.ref.kind).consoleUrl({ kind: r.ref.kind, id: r.rollbackDeploymentId }, region)
    : ''
  const linked = url ? `<a href="${html(url)}">${id}</a>` : id
  if (!r.rollbackStatus) return linked
  return `${linked} ${ROLLBACK_MARK[r.rollbackStatus] ?? '⏳ '}${html(r.rollbackStatus)}`
}
