// The committed .env.example runs the action with @github/local-action (the way the
// typescript-action template runs actions locally) against the fake AWS.
import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { fake, useFakeAws } from '../support/fake-aws.js'
import { ROOT } from '../../scripts/action-runner.js'

useFakeAws()

describe('@github/local-action with .env.example', () => {
  it('stops the seeded build and prints the outputs', async () => {
    // What `npm run fake-aws -- --seed` adds: a running build in project demo-project.
    const id = fake.addBuild({ projectName: 'demo-project' })
    const dir = await mkdtemp(join(tmpdir(), 'local-action-'))
    try {
      // The same file, pointed at this test's fake AWS instead of port 4599.
      const example = await readFile(join(ROOT, '.env.example'), 'utf8')
      expect(example).toMatch(/^AWS_ENDPOINT_URL=http:\/\/127\.0\.0\.1:4599$/m)
      const env = join(dir, '.env')
      await writeFile(
        env,
        example
          .replace(/^AWS_ENDPOINT_URL=.*$/m, `AWS_ENDPOINT_URL=${fake.url}`)
          .replace(/^GITHUB_STEP_SUMMARY=.*$/m, `GITHUB_STEP_SUMMARY=${join(dir, 'summary')}`)
      )
      const { stdout } = await promisify(execFile)(
        join(ROOT, 'node_modules/.bin/local-action'),
        ['run', '.', 'src/main.ts', env],
        { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: dir }, timeout: 60_000 }
      )
      expect(stdout).toContain('::set-output name=status::Succeeded')
      expect(stdout).toContain(`::set-output name=ids::${id}`)
      expect(fake.calls('StopBuild').map(c => c.body)).toEqual([{ id }])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 90_000)
})
