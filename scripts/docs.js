// @ts-check
// npm run docs: writes the README's full usage block and its inputs and outputs tables from
// action.yml, between the <!-- action-docs:NAME --> and <!-- action-docs:NAME:end --> markers, so
// the two cannot drift. `node scripts/docs.js --check` (part of npm run check) fails, naming the
// stale parts, when the README is not what action.yml makes.
// The tables are left compact (no column padding) inside prettier-ignore comments: prettier would
// pad every row to the longest description, which triples their size (8 kB become 24 kB) for a
// table that renders the same on GitHub, and the README is meant to stay short.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as prettier from 'prettier'
import { actionYml, ROOT } from './action-runner.js'

const README = join(ROOT, 'README.md')
/** How the README names the action in `uses:` (the repository's owner/name and major tag). */
const USES = 'owner/stop-aws-release@v1'

/** @param {string | undefined} text */
const oneLine = text => (text ?? '').replace(/\s+/g, ' ').trim()
/** @param {string} text */
const cell = text => oneLine(text).replace(/\|/g, '\\|')

/**
 * Every input with its default, as a `with:` block to copy: one line each, with the start of its
 * description (the table below has all of it; the README says each description once in full).
 */
function usageBlock() {
  const lines = ['```yaml', `- uses: ${USES}`, '  with:']
  const entries = Object.entries(actionYml.inputs)
  for (const [name, spec] of entries) {
    const value = `${name}: ${yamlValue(spec.default ?? '')}`
    const gist = `${spec.required ? 'required. ' : ''}${firstWords(oneLine(spec.description), 64)}`
    lines.push(`    ${value} # ${gist}`)
  }
  lines.push('```')
  return lines.join('\n')
}

/** The description's first sentence, cut at a word to at most `max` characters. */
function firstWords(/** @type {string} */ text, /** @type {number} */ max) {
  const sentence = text.split(/(?<=\.) /)[0] ?? text
  if (sentence.length <= max) return sentence
  const cut = sentence.slice(0, max - 1)
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`
}

function inputsTable() {
  const rows = Object.entries(actionYml.inputs).map(
    ([name, spec]) =>
      `| \`${name}\` | ${spec.required ? 'yes' : ''} | ${show(spec.default)} | ${cell(spec.description ?? '')} |`
  )
  return [
    '| Input | Required | Default | Description |',
    '| --- | --- | --- | --- |',
    ...rows
  ].join('\n')
}

function outputsTable() {
  const rows = Object.entries(actionYml.outputs).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description ?? '')} |`
  )
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n')
}

/** @param {string} markdown */
function unformatted(markdown) {
  return `<!-- prettier-ignore-start -->\n${markdown}\n<!-- prettier-ignore-end -->`
}

/** @param {string | undefined} value */
function show(value) {
  return value === undefined ? '' : value === '' ? "`''`" : `\`${value}\``
}

/** @param {string} value */
function yamlValue(value) {
  return value === '' || /^(true|false|\d+)$/.test(value) ? `'${value}'` : value
}

/** The README with each generated part replaced, formatted as prettier formats it. */
async function generatedReadme(/** @type {string} */ readme) {
  const parts = {
    usage: usageBlock(),
    inputs: unformatted(inputsTable()),
    outputs: unformatted(outputsTable())
  }
  let text = readme
  for (const [name, body] of Object.entries(parts)) {
    const start = `<!-- action-docs:${name} -->`
    const end = `<!-- action-docs:${name}:end -->`
    const from = text.indexOf(start)
    const to = text.indexOf(end)
    if (from < 0 || to < from) throw new Error(`README.md has no ${start} ... ${end} markers`)
    text = `${text.slice(0, from + start.length)}\n\n${body}\n\n${text.slice(to)}`
  }
  const options = (await prettier.resolveConfig(README)) ?? {}
  return prettier.format(text, { ...options, filepath: README })
}

const readme = await readFile(README, 'utf8')
const wanted = await generatedReadme(readme)
if (process.argv.includes('--check')) {
  if (wanted !== readme) {
    console.error(
      'README.md is out of date with action.yml (inputs, outputs or usage block): run npm run docs'
    )
    process.exit(1)
  }
  console.log('README.md matches action.yml')
} else if (wanted !== readme) {
  await writeFile(README, wanted)
  console.log('README.md updated from action.yml')
} else {
  console.log('README.md already matches action.yml')
}
