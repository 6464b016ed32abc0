// Entry point the runner executes, as runs.main and as runs.post in action.yml. The main step
// marks the step's state, so that the same bundle knows when it runs as the post step (as
// actions/checkout does).
import * as core from '@actions/core'
import { runGuardPost } from './guard/guard-post.js'
import { onRunnerCancel, run } from './main.js'
import { realClock } from './clock.js'
import { reportDefect } from './report/report.js'

const IS_POST = 'isPost'

async function entry(): Promise<void> {
  if (core.getState(IS_POST) === 'true') {
    await runGuardPost({ clock: realClock, cancel: onRunnerCancel() })
  } else {
    core.saveState(IS_POST, 'true')
    await run()
  }
}

entry().catch((error: unknown) => {
  // Only a defect gets here: every expected failure is reported where it happens. dist/ is
  // minified, and loading its source maps on every run would slow every start for a rare read.
  const hint = process.sourceMapsEnabled
    ? ''
    : '\n(For a stack trace with source lines, re-run with the step env NODE_OPTIONS: --enable-source-maps.)'
  // Even a defect leaves the outputs set and a summary, so that `status == 'Failed'` fires.
  return reportDefect(
    `Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}${hint}`
  )
})
