// Runs the saved command; the step fails with it.
import { spawnSync } from 'node:child_process'

const command = process.env.STATE_run ?? ''
const { status } = spawnSync('bash', ['-eo', 'pipefail', '-c', command], { stdio: 'inherit' })
if (status !== 0) {
  console.log(`::error title=Check after the post steps failed::${command.replace(/\r?\n/g, ' ')}`)
  process.exit(status ?? 1)
}
