// Where this step runs, for the reason CodePipeline records with a stop. @actions/github is
// loaded only when a default reason is needed: it brings Octokit, which nothing else here uses.
import { REASON_MAX } from './settings.js'

export interface RunInfo {
  serverUrl: string
  repository: string
  workflow: string
  runId: number
  runAttempt: number
  actor: string
}

/** The workflow run this step belongs to; undefined outside GitHub Actions. */
export async function currentRun(): Promise<RunInfo | undefined> {
  // @actions/github's context reads these too, but throws on a missing repository.
  if (!process.env.GITHUB_REPOSITORY || !process.env.GITHUB_RUN_ID) return undefined
  const { context } = await import('@actions/github')
  return {
    serverUrl: context.serverUrl,
    repository: `${context.repo.owner}/${context.repo.repo}`,
    workflow: context.workflow,
    runId: context.runId,
    runAttempt: context.runAttempt,
    actor: context.actor
  }
}

export function runUrl(run: RunInfo): string {
  return `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}`
}

/**
 * "Stopped from GitHub Actions run <url> (<repo>, workflow "<name>", run <id> attempt <n>, by <actor>)",
 * cut to CodePipeline's 200 characters. The URL comes first so that the cut never loses it.
 */
export function defaultReason(run: RunInfo | undefined): string {
  if (!run) return 'Stopped by the stop-aws-release GitHub Action.'
  const details = [
    run.repository,
    run.workflow ? `workflow "${run.workflow}"` : '',
    `run ${run.runId}${run.runAttempt > 1 ? ` attempt ${run.runAttempt}` : ''}`,
    run.actor ? `by ${run.actor}` : ''
  ].filter(Boolean)
  return truncate(
    `Stopped from GitHub Actions run ${runUrl(run)} (${details.join(', ')})`,
    REASON_MAX
  )
}

function truncate(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max ? text : `${chars.slice(0, max - 3).join('')}...`
}
