// The job summary is HTML: every cell that can hold text from AWS or inputs is escaped, the ID,
// target status, pipeline and rollback cells as much as the message.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { summaryScope, writeSummary } from '../../src/report/report.js'
import type { StopResult } from '../../src/release.js'

const HOSTILE = '<img src=x onerror=alert(1)>'
let dir = ''
let file = ''

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'summary-'))
  file = join(dir, 'summary')
  await writeFile(file, '')
  process.env.GITHUB_STEP_SUMMARY = file
})
afterEach(async () => {
  delete process.env.GITHUB_STEP_SUMMARY
  await rm(dir, { recursive: true, force: true })
})

describe('writeSummary', () => {
  it('escapes the ID, target status, pipeline, rollback and message cells, the heading, scope and lines', async () => {
    // A marker per cell, none a suffix of another: each cell must show its own escaped text.
    const result: StopResult = {
      ref: { kind: 'pipeline', id: `A1${HOSTILE}`, parent: `B2${HOSTILE}` },
      status: 'Succeeded',
      statusMessage: `C3${HOSTILE}`,
      targetStatus: `D4${HOSTILE}`,
      rollbackDeploymentId: `E5${HOSTILE}`,
      rollbackStatus: `F6${HOSTILE}`,
      consoleUrl: 'https://example.com/?a="b"',
      waitedMs: 1000
    }
    summaryScope({ what: `J0${HOSTILE}`, region: `K1${HOSTILE}`, mode: `L2${HOSTILE}` })
    process.env.GITHUB_ACTION = `M3${HOSTILE}`
    await writeSummary([result], `G7${HOSTILE}`, `H8${HOSTILE}`, [`I9${HOSTILE}`], [`N4${HOSTILE}`])
    delete process.env.GITHUB_ACTION
    const html = await readFile(file, 'utf8')
    expect(html).not.toContain('<img')
    const escaped = '&lt;img src=x onerror=alert(1)&gt;'
    for (const cell of [
      'A1',
      'B2',
      'C3',
      'D4',
      'E5',
      'F6',
      'G7',
      'H8',
      'I9',
      'J0',
      'K1',
      'L2',
      'M3',
      'N4'
    ])
      expect(html).toContain(`${cell}${escaped}`)
    expect(html).toContain('href="https://example.com/?a=&quot;b&quot;"')
  })
})
