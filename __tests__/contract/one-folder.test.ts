// A kind is read, reviewed and added in one place: outside src/kinds/, no file of the action names
// a kind's target or one of its own inputs as a string literal, and none imports an AWS SDK client
// of a kind. The names come from the declarations themselves, so a new kind is checked too.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { DECLARATIONS } from '../../src/kinds/registry.js'

const SRC = join(import.meta.dirname, '../../src')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

const shared = sources(SRC).filter(path => !relative(SRC, path).startsWith('kinds/'))
const names = [
  ...new Set(DECLARATIONS.flatMap(k => [k.target, ...k.inputs.map(i => i.name)]))
].sort()

describe('outside src/kinds/', () => {
  it('reads the shared files (the check can find something)', () => {
    expect(shared.map(path => relative(SRC, path))).toEqual(
      expect.arrayContaining(['settings.ts', 'flow.ts', 'guard/guard.ts', 'wait/wait-for-stops.ts'])
    )
    expect(names).toEqual(expect.arrayContaining(['deployment', 'pipeline-name', 'rollback']))
  })

  it.each(names)('no file has the literal %j', name => {
    const literal = new RegExp(`(['"\`])${name.replace(/[-]/g, '\\-')}\\1`)
    const found = shared.filter(path => literal.test(readFileSync(path, 'utf8')))
    expect(found.map(path => relative(SRC, path))).toEqual([])
  })

  it("no file imports a kind's AWS SDK client (STS, for allowed-account-ids, is no kind's)", () => {
    const importers = shared.filter(path =>
      /from '@aws-sdk\/client-/.test(readFileSync(path, 'utf8'))
    )
    expect(importers.map(path => relative(SRC, path))).toEqual(['account/caller-account.ts'])
    const found = shared.filter(path =>
      /from '@aws-sdk\/client-(?!sts')/.test(readFileSync(path, 'utf8'))
    )
    expect(found.map(path => relative(SRC, path))).toEqual([])
  })
})

// The least-privilege policies users copy: docs/iam.md's JSON policy documents, each one parsed.
const IAM_PAGE = join(SRC, '../docs/iam.md')

function policyActions(markdown: string): Set<string> {
  const actions = new Set<string>()
  for (const [, json] of markdown.matchAll(/^```json\n([\s\S]*?)^```/gm)) {
    const policy = JSON.parse(json ?? '') as { Statement: { Action: string | string[] }[] }
    for (const statement of policy.Statement) [statement.Action].flat().forEach(a => actions.add(a))
  }
  return actions
}

describe("docs/iam.md's policies", () => {
  it('are JSON policy documents (the check can find something)', () => {
    const actions = policyActions(readFileSync(IAM_PAGE, 'utf8'))
    expect(actions).toContain('sts:AssumeRoleWithWebIdentity')
    expect(policyActions('```json\n{ "Statement": [{ "Action": ["a:B"] }] }\n```\n')).toEqual(
      new Set(['a:B'])
    )
  })

  it.each(DECLARATIONS.map(k => [k.target, k] as const))(
    "name every IAM action %s's declaration lists, in a policy",
    (_target, kind) => {
      const actions = policyActions(readFileSync(IAM_PAGE, 'utf8'))
      const { stop, read, find } = kind.permissions
      for (const action of [stop, read, ...find]) expect(actions).toContain(action)
    }
  )
})

describe('src/kinds/', () => {
  it("only a kind's client module imports its SDK client; its declaration does not", () => {
    const kinds = sources(join(SRC, 'kinds'))
    const importers = kinds.filter(path =>
      /from '@aws-sdk\/client-/.test(readFileSync(path, 'utf8'))
    )
    // One client module per kind (builds and batches share a folder), and no declaration.
    expect(importers).toHaveLength(DECLARATIONS.length)
    for (const path of importers)
      expect(relative(SRC, path)).toMatch(/^kinds\/[a-z]+\/[a-z-]+-client\.ts$/)
  })
})
