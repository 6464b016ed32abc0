// What the step tells its users: outputs, log lines and the job summary.
import * as core from '@actions/core'
import { describeRelease, kindLabel, type StopResult } from './release.js'
import { formatDuration } from './duration.js'
import { html, info, oneLine } from './log.js'

const STATUS_TEXT: Record<string, string> = {
  Succeeded: 'stopped',
  Pending: 'stop requested, still winding down',
  AlreadyCompleted: 'had already finished; nothing was stopped'
}

/** One set of outputs per step: with several releases, these describe the first. */
export function setOutputs(results: StopResult[]): void {
  const first = results[0]
  if (!first) return
  core.setOutput('status', first.status)
  core.setOutput('status-message', first.statusMessage)
  core.setOutput('target-status', first.targetStatus ?? '')
  core.setOutput('id', first.ref.id)
  core.setOutput('rollback-deployment-id', first.rollbackDeploymentId ?? '')
  core.setOutput('rollback-status', first.rollbackStatus ?? '')
}

export function logResult(result: StopResult): void {
  const what = STATUS_TEXT[result.status] ?? `stop status ${oneLine(result.status)}`
  const target = result.targetStatus ? ` [${result.targetStatus}]` : ''
  info(
    `${describeRelease(result.ref)}: ${result.status}${target}: ${what}. ${result.statusMessage}`
  )
}

export interface FailedRelease {
  kind: string
  id: string
  message: string
  consoleUrl?: string
}

/** The job summary: one row per release, every cell escaped because AWS and inputs wrote it. */
export async function writeSummary(
  results: StopResult[],
  failures: FailedRelease[] = []
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
  const rows = [
    ...results.map(r => [
      html(kindLabel(r.ref.kind)),
      `<code>${html(r.ref.id)}</code>${r.ref.pipelineName ? ` (pipeline <code>${html(r.ref.pipelineName)}</code>)` : ''}`,
      html(r.status),
      html(r.targetStatus ?? ''),
      ...(waited
        ? [rollbackCell(r), r.waitedMs === undefined ? '' : formatDuration(r.waitedMs)]
        : []),
      html(r.statusMessage),
      link(r.consoleUrl)
    ]),
    ...failures.map(f => [
      html(f.kind),
      `<code>${html(f.id)}</code>`,
      'Failed',
      '',
      ...(waited ? ['', ''] : []),
      html(f.message),
      link(f.consoleUrl)
    ])
  ]
  const header = columns.map(data => ({ data, header: true }))
  await core.summary
    .addHeading('Stop AWS release', 3)
    // @actions/core leaves an empty cell unclosed (<td>): a dash keeps the table well formed.
    .addTable([header, ...rows.map(row => row.map(cell => cell || '—'))])
    .write()
}

function rollbackCell(r: StopResult): string {
  if (!r.rollbackDeploymentId) return ''
  return `<code>${html(r.rollbackDeploymentId)}</code>${r.rollbackStatus ? ` ${html(r.rollbackStatus)}` : ''}`
}
