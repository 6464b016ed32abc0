// Entry point the runner executes (runs.main in action.yml).
import * as core from '@actions/core'
import { run } from './main.js'

run().catch((error: unknown) => {
  // Only a defect gets here: run() reports every expected failure itself.
  core.setFailed(
    `Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
  )
})
