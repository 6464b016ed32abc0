// The workflow linter (scripts/lint-workflows.js) finds what it is there to find.
import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ROOT } from '../../scripts/action-runner.js'

async function lint(files: Record<string, string>) {
  const root = await mkdtemp(join(tmpdir(), 'lint-'))
  try {
    await mkdir(join(root, '.github/workflows'), { recursive: true })
    for (const [path, text] of Object.entries(files)) await writeFile(join(root, path), text)
    return await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'scripts/lint-workflows.js'), '--root', root],
      { cwd: ROOT }
    ).then(
      r => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e
    )
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

const GOOD = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - id: stop
        run: echo "status=x" >> "$GITHUB_OUTPUT"
      - env:
          STATUS: \${{ steps.stop.outputs.status }}
        run: test -n "$STATUS"
`

describe('the workflow linter', () => {
  it('passes the repository', async () => {
    const r = await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/lint-workflows.js')])
    expect(r.stdout).toMatch(/checked, 0 problems/)
  })

  it('passes a good workflow and a README step example', async () => {
    const r = await lint({
      '.github/workflows/good.yml': GOOD,
      'README.md':
        '```yaml\n- uses: actions/checkout@v4\n  with:\n    ref: ${{ inputs.ref }}\n```\n'
    })
    expect(r.code).toBe(0)
  })

  it('names the README line of an example that is not valid YAML', async () => {
    const r = await lint({
      'README.md': 'Text\n\n```yaml\n- uses: x/y@v1\n- run: echo "a: b"\n```\n'
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^README\.md:5: Parse Error/m)
  })

  it('finds an unknown context, a job key that does not exist and a missing runs-on', async () => {
    const r = await lint({
      '.github/workflows/bad.yml': GOOD.replace('steps.stop.outputs', 'step.stop.outputs'),
      '.github/workflows/worse.yml': 'on: push\njobs:\n  a:\n    runs-onn: ubuntu-latest\n',
      'README.md': ''
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^\.github\/workflows\/bad\.yml:9: undefined variable "step"/m)
    expect(r.stderr).toMatch(/^\.github\/workflows\/worse\.yml /m)
  })
})
