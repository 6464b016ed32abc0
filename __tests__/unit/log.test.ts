import { describe, expect, it } from '@jest/globals'
import { html, notACommand, oneLine } from '../../src/log.js'

describe('oneLine', () => {
  it('joins every kind of line break and drops control characters', () => {
    expect(oneLine('a\r\nb\nc\u2028d\u0085e\u001b[31mf\u0007')).toBe('a b c d e[31mf')
  })

  it('shortens long text', () => {
    expect(oneLine('x'.repeat(50), 10)).toBe('xxxxxxx...')
  })
})

describe('notACommand', () => {
  it.each(['::add-mask::secret', '   ::stop-commands::tok', '\t::error::boom'])(
    'breaks a leading workflow command marker: %j',
    line => {
      const safe = notACommand(line)
      expect(safe.trimStart().startsWith('::')).toBe(false)
      expect(safe.replace('\u200b', '')).toBe(line)
    }
  )

  it('breaks legacy ##[ markers anywhere in the line', () => {
    expect(notACommand('done ##[error]x ##[set-output name=a]b')).not.toContain('##[')
  })

  it('leaves ordinary text alone, colons included', () => {
    expect(notACommand('Region us-east-1: https://x/y?z=1 :: ok')).toBe(
      'Region us-east-1: https://x/y?z=1 :: ok'
    )
  })
})

describe('html', () => {
  it('escapes markup', () => {
    expect(html(`<img src=x onerror="a('b')">&`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;'
    )
  })
})
