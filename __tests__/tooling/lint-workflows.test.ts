// The workflow linter (scripts/lint-workflows.js) finds what it is there to find.
import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { ROOT } from '../../scripts/action-runner.js'

async function lint(files: Record<string, string>) {
  const root = await mkdtemp(join(tmpdir(), 'lint-'))
  try {
    await mkdir(join(root, '.github/workflows'), { recursive: true })
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(root, path)), { recursive: true })
      await writeFile(join(root, path), text)
    }
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

  it('does not stop at a file that is not there', async () => {
    const r = await lint({ '.github/workflows/good.yml': GOOD })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /^actionlint: 1 workflows and documentation examples checked, 0 problems/m
    )
  })

  it('knows the vars context and the inputs of configure-aws-credentials@v4', async () => {
    const step = (input: string) =>
      '```yaml\n- uses: aws-actions/configure-aws-credentials@v4\n  with:\n' +
      `    ${input}: \${{ vars.ROLE_ARN }}\n    aws-region: eu-west-1\n\`\`\`\n`
    expect((await lint({ 'README.md': step('role-to-assume') })).code).toBe(0)
    const r = await lint({ 'README.md': step('role-to-asume') })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^README\.md:4: input "role-to-asume" is not defined/m)
  })

  it('checks the examples of CONTRIBUTING.md and docs/*.md, naming their lines', async () => {
    const r = await lint({
      'CONTRIBUTING.md': '# Notes\n\n```yml\n- run: echo ${{ step.x.outputs.y }}\n```\n',
      'docs/kinds.md': 'One\n\n```yaml\njobs:\n  a:\n    runs-onn: ubuntu-latest\n```\n',
      'docs/other.md': 'Two\n\n```yaml\nParameters:\n  Org:\n    Type: String\n```\n',
      'docs/notes.txt': '```yaml\nnot: markdown\n```\n'
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^CONTRIBUTING\.md:4: undefined variable "step"/m)
    expect(r.stderr).toMatch(/^docs\/kinds\.md:3 /m)
    expect(r.stderr).toMatch(/^docs\/other\.md:3: a YAML example that is neither a workflow/m)
    expect(r.stderr).not.toMatch(/notes\.txt/)
    expect(r.stdout).toMatch(/3 workflows and documentation examples checked, 3 problems/)
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
