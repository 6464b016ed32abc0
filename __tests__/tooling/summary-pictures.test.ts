// npm run pictures wraps job summaries in a page styled like GitHub's summary card. The page, not
// the screenshot (no browser here): each step's summary as the action wrote it, in step order, and
// nothing fetched from elsewhere.
import { describe, expect, it } from '@jest/globals'
import { strippedByGitHub, summaryPage } from '../../scripts/summary-pictures.js'

const MAIN = [
  '<h3>Guard: Stop AWS release — CodeBuild builds of project web</h3>',
  '<p><sub>guard, main step: nothing is stopped now · AWS region eu-west-1</sub></p>',
  '<p><strong>Guarding … is not this job&#39;s: the post step leaves it alone.</strong></p>',
  ''
].join('\n')
const POST = [
  '<h3>Guard: Stop AWS release — CodeBuild builds of project web</h3>',
  '<table><tr><th>Release</th></tr><tr><td><a href="https://eu-west-1.console.aws.amazon.com/x?a=1&amp;b=2" title="web:1"><code>web:1</code></a></td></tr></table>',
  ''
].join('\n')

describe('the summary page', () => {
  const page = summaryPage('build <ci> & "deploy"', [MAIN, POST])

  it('holds each summary as written, once, in step order', () => {
    expect(page.split(MAIN)).toHaveLength(2)
    expect(page.split(POST)).toHaveLength(2)
    expect(page.indexOf(MAIN)).toBeLessThan(page.indexOf(POST))
    expect(page).not.toContain('&amp;#39;')
    expect(page).not.toContain('&amp;amp;')
  })

  it("titles the card with the job's name, escaped", () => {
    expect(page).toContain('<span>build &lt;ci&gt; &amp; &quot;deploy&quot; summary</span>')
    expect(page).not.toContain('<ci>')
  })

  it('loads nothing: no scripts, stylesheets, images or fonts from elsewhere', () => {
    expect(page).not.toMatch(/<script|<link|<img|@import|url\(/i)
    expect(page).toMatch(/^<!doctype html>\n<html lang="en"><head><meta charset="utf-8">/)
  })
})

describe('what GitHub would strip', () => {
  it('nothing from the tags and attributes a summary uses', () => {
    expect(strippedByGitHub(MAIN + POST)).toEqual([])
    expect(
      strippedByGitHub(
        '<details open><summary>Passed over: 1</summary><ul><li>x</li></ul></details>'
      )
    ).toEqual([])
  })

  it('elements and attributes outside its allowlist, not words inside attribute values', () => {
    expect(
      strippedByGitHub(
        '<p style="color: red" title="a style=b onclick"><font>x</font><img src=x onerror=y></p><a target=_blank href="#">'
      )
    ).toEqual(['<p style>', '<font>', '<img onerror>', '<a target>'])
  })
})
