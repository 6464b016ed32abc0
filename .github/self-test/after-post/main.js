// Saves the command for the post step, as the runner's save-state file command does.
import { appendFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'

const command = process.env.INPUT_RUN ?? ''
if (!command.trim()) {
  console.log('::error title=Bad input::Input "run" is required.')
  process.exit(1)
}
const delimiter = `ghadelimiter_${randomUUID()}`
appendFileSync(process.env.GITHUB_STATE ?? '', `run<<${delimiter}\n${command}\n${delimiter}\n`)
console.log("The command runs in this step's post step, after the later steps' post steps.")
