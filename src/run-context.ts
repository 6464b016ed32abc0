// Where this step runs, for the reason CodePipeline records with a stop. Read from the runner's
// default environment variables, which is all @actions/github's context does for these fields;
// that package would add 700 kB (Octokit) to the bundle for six variables.

export interface RunInfo {
  serverUrl: string
  repository: string
  workflow: string
  runId: number
  runAttempt: number
  actor: string
}

/** The workflow run this step belongs to; undefined outside GitHub Actions. */
export function currentRun(env: NodeJS.ProcessEnv = process.env): RunInfo | undefined {
  const repository = env.GITHUB_REPOSITORY
  const runId = Number(env.GITHUB_RUN_ID)
  if (!repository || !Number.isSafeInteger(runId) || runId <= 0) return undefined
  return {
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    repository,
    workflow: env.GITHUB_WORKFLOW ?? '',
    runId,
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT) || 1,
    actor: env.GITHUB_ACTOR ?? ''
  }
}

export function runUrl(run: RunInfo): string {
  return `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}`
}

/**
 * "Stopped from GitHub Actions run <url> (<repo>, workflow "<name>", run <id> attempt <n>, by <actor>)",
 * cut to `max` characters (CodePipeline takes 200). The URL comes first so that the cut never loses it.
 */
export function defaultReason(run: RunInfo | undefined, max: number): string {
  if (!run) return 'Stopped by the stop-aws-release GitHub Action.'
  const details = [
    run.repository,
    run.workflow ? `workflow "${run.workflow}"` : '',
    `run ${run.runId}${run.runAttempt > 1 ? ` attempt ${run.runAttempt}` : ''}`,
    run.actor ? `by ${run.actor}` : ''
  ].filter(Boolean)
  return truncate(`Stopped from GitHub Actions run ${runUrl(run)} (${details.join(', ')})`, max)
}

function truncate(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max ? text : `${chars.slice(0, max - 3).join('')}...`
}
