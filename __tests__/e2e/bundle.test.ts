// dist/ is the product: it must run under the runtime action.yml names, and load only the SDK
// client of the kind asked for.
import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { fake, useFakeAws } from '../support/fake-aws.js'
import { actionYml, NODE24, ROOT, runAction } from '../../scripts/action-runner.js'

useFakeAws()

const DIST = join(ROOT, 'dist')
const CLIENT_CLASSES = {
  deployment: 'class CodeDeployClient',
  pipeline: 'class CodePipelineClient',
  build: 'class CodeBuildClient'
}

/** Chunk files of dist/ that define `marker`. */
async function chunksWith(marker: string): Promise<string[]> {
  const files = (await readdir(DIST)).filter(f => /^\d+\.index\.js$/.test(f))
  const hits = await Promise.all(
    files.map(async f => ((await readFile(join(DIST, f), 'utf8')).includes(marker) ? f : ''))
  )
  return hits.filter(Boolean)
}

describe('the bundle', () => {
  it('is what action.yml runs, on node24', async () => {
    expect(actionYml.runs).toMatchObject({ using: 'node24', main: 'dist/index.js' })
    const { stdout } = await promisify(execFile)(NODE24, ['--version'])
    expect(stdout.trim()).toMatch(/^v24\./)
  })

  it('keeps every SDK client out of the entry chunk', async () => {
    const entry = await readFile(join(DIST, 'index.js'), 'utf8')
    for (const marker of Object.values(CLIENT_CLASSES)) expect(entry).not.toContain(marker)
    for (const marker of Object.values(CLIENT_CLASSES))
      expect(await chunksWith(marker)).toHaveLength(1)
  })

  it.each(['deployment', 'pipeline', 'build', 'build-batch'] as const)(
    'stops a %s with the other clients deleted from dist/',
    async target => {
      const copy = await mkdtemp(join(tmpdir(), 'dist-'))
      try {
        await cp(DIST, copy, { recursive: true })
        const keep = target === 'build-batch' ? 'build' : target
        const others = Object.entries(CLIENT_CLASSES).filter(([k]) => k !== keep)
        for (const [, marker] of others)
          for (const f of await chunksWith(marker)) await rm(join(copy, f))
        // Octokit comes only with @actions/github, needed only for a pipeline's default reason.
        for (const f of await chunksWith('Octokit')) await rm(join(copy, f))

        fake.reset()
        const id =
          target === 'deployment'
            ? fake.addDeployment()
            : target === 'pipeline'
              ? fake.addPipelineExecution({ pipelineName: 'p' })
              : target === 'build'
                ? fake.addBuild()
                : fake.addBuildBatch()
        const r = await runAction({
          entry: join(copy, 'index.js'),
          inputs: {
            target,
            id,
            ...(target === 'pipeline' ? { 'pipeline-name': 'p', reason: 'test' } : {})
          },
          env: { AWS_ENDPOINT_URL: fake.url }
        })
        expect(r.stderr).toBe('')
        expect(r.code).toBe(0)
        expect(r.outputs.id).toBe(id)
      } finally {
        await rm(copy, { recursive: true, force: true })
      }
    }
  )
})
