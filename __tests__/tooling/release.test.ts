// scripts/release.sh in a scratch repository: what it tags, and what it refuses.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ROOT } from '../../scripts/action-runner.js'

const exec = promisify(execFile)
let repo = ''

const git = async (...args: string[]) => (await exec('git', args, { cwd: repo })).stdout.trim()
async function release(...args: string[]) {
  return exec('bash', [join(ROOT, 'scripts/release.sh'), ...args], { cwd: repo }).then(
    r => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e
  )
}
async function commitVersion(version: string, changelog = `## v${version}\n`) {
  await writeFile(join(repo, 'package.json'), JSON.stringify({ version }))
  await writeFile(join(repo, 'CHANGELOG.md'), `# Changelog\n\n${changelog}`)
  await git('add', '-A')
  await git('commit', '-qm', `v${version}`)
}

beforeEach(async () => {
  repo = await mkdtemp(join(tmpdir(), 'release-'))
  await git('init', '-q')
  await git('config', 'user.email', 'test@example.com')
  await git('config', 'user.name', 'test')
  await git('config', 'tag.gpgSign', 'false')
})
afterEach(async () => {
  await rm(repo, { recursive: true, force: true })
})

describe('the release script', () => {
  it('tags vX.Y.Z and moves the major tag with each release', async () => {
    await commitVersion('1.0.0')
    const first = await release('v1.0.0')
    expect(first.code).toBe(0)
    expect(first.stdout).toContain('git push origin refs/tags/v1.0.0')
    expect(await git('rev-parse', 'v1^{commit}')).toBe(await git('rev-parse', 'HEAD'))

    await commitVersion('1.1.0')
    expect((await release('v1.1.0')).code).toBe(0)
    expect(await git('rev-parse', 'v1^{commit}')).toBe(await git('rev-parse', 'HEAD'))
    expect(await git('rev-parse', 'v1.0.0^{commit}')).toBe(await git('rev-parse', 'HEAD~1'))
    expect(await git('cat-file', '-t', 'v1.1.0')).toBe('tag')
  })

  it.each([
    ['not vX.Y.Z', '1.0.0', 'give the version as vX.Y.Z'],
    ['a pre-release', 'v1.0.0-rc.1', 'give the version as vX.Y.Z']
  ])('refuses %s', async (_what, tag, message) => {
    await commitVersion('1.0.0')
    const r = await release(tag)
    expect(r.code).not.toBe(0)
    expect(r.stderr).toContain(message)
    expect(await git('tag')).toBe('')
  })

  it('refuses a version not greater than the latest release', async () => {
    await commitVersion('1.2.0')
    expect((await release('v1.2.0')).code).toBe(0)
    await commitVersion('1.1.9')
    const r = await release('v1.1.9')
    expect(r.stderr).toContain('v1.1.9 is not greater than the latest release, v1.2.0')
  })

  it('refuses uncommitted changes, a missing changelog entry and a package.json mismatch', async () => {
    await commitVersion('1.0.0', '## v0.9.0\n')
    expect((await release('v1.0.0')).stderr).toContain('CHANGELOG.md has no "## v1.0.0" entry')
    expect((await release('v1.0.1')).stderr).toContain('package.json says version 1.0.0')
    await writeFile(join(repo, 'CHANGELOG.md'), '## v1.0.0\n')
    expect((await release('v1.0.0')).stderr).toContain('commit or stash your changes first')
    expect(await git('tag')).toBe('')
  })
})
