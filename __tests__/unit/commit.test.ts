import { describe, expect, it } from '@jest/globals'
import { matchCommit } from '../../src/find/commit.js'

const SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'
const field = (value: string, label = 'f') => ({ label, value })

describe('matchCommit', () => {
  it.each([
    ['the full SHA', SHA, SHA],
    ['an abbreviation of it', SHA, '1a2b3c4'],
    ['the full SHA against an abbreviated text', '1a2b3c4d', SHA],
    ['upper-case text', SHA.toUpperCase(), '1a2b3c4'],
    ['an S3 key', `releases/shop-${SHA.slice(0, 7)}.zip`, SHA],
    ['a description', `Deploy ${SHA} to prod`, '1a2b3c4d5e'],
    ['a git describe', 'v1.4.2-3-g1a2b3c4', SHA],
    ['a resolved ref', `refs/heads/main^{${SHA}}`, SHA]
  ])('matches %s', (_what, text, commit) => {
    expect(matchCommit([field('a'), field(text, 'hit')], commit)?.label).toBe('hit')
  })

  it.each([
    ['another commit', 'ffffffffffffffffffffffffffffffffffffffff', SHA],
    ['a run shorter than 7 digits', 'shop-1a2b3c.zip', '1a2b3c4'],
    ['a prefix inside a longer run', `00${SHA}`, SHA],
    ['a branch name', 'main', '1a2b3c4'],
    ['no text at all', '', SHA]
  ])('does not match %s', (_what, text, commit) => {
    expect(matchCommit([field(text)], commit)).toBeUndefined()
  })
})
