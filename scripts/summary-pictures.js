// @ts-check
// npm run pictures: runs the bundled action against the fake AWS in three scenarios (a stop of
// several CodeDeploy deployments of which one fails, a dry run, a guard's main and post steps),
// wraps each job summary in a page styled like GitHub's, and screenshots the page with headless
// Chromium into docs/images/summary-*.webp. It needs Chromium (Debian: `apt-get install chromium`,
// and `fonts-noto-color-emoji` for the emoji); CHROMIUM names another binary.
//
// What is approximated: GitHub renders a job summary as markdown, where the action's HTML passes
// through, inside the run page's "<job> summary" card. Here the CSS is written by hand after
// GitHub's markdown CSS, the fonts are the machine's (a system font stack, the emoji from its emoji
// font), and GitHub's HTML sanitizer is not applied: the summary uses only tags and attributes it
// allows (h3, p, sub, strong, code, ul, li, table, a with href and title, details, summary), so
// the picture shows nothing GitHub would strip (strippedByGitHub checks, and a warning says so
// otherwise).
//
// Chromium is driven over the Chrome DevTools Protocol on --remote-debugging-pipe (JSON messages
// ended by a NUL byte, written to its fd 3 and read from its fd 4): no port, no dependency.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startFakeAws } from '../fake-aws/server.js'
import { ROOT, runAction } from './action-runner.js'

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium'
const OUT = join(ROOT, 'docs/images')
/**
 * CSS pixels; the pictures are twice that (device scale 2), sharp on high-density screens. WebP at
 * quality 75 keeps text legible at a third of a PNG's size: every runner that uses the action
 * downloads the repository, pictures included.
 */
const WIDTH = 900
const SCALE = 2
const TIMEOUT_MS = 60_000

// Flags for a machine without network or display: no sandbox (run as root), no GPU, and nothing
// that reaches out (QUIC, background fetches, component updates, sync), which would otherwise hang.
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
  '--force-color-profile=srgb'
]

const SHA = '8f14e45fceea167a5a36dedd4bea2543c0f1a2b3'
const OTHER_SHA = '3c59dc048e8850243be8079a5c74d079a1b2c3d4'
const ACCOUNT = '123456789012'

/**
 * @typedef {{ file: string, job: string, alt: string, summaries: string[] }} Picture
 * @typedef {import('../fake-aws/server.js').FakeAws} FakeAws
 */

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.error(
      `No Chromium at ${CHROMIUM}. On Debian or Ubuntu: ` +
        'apt-get install chromium fonts-noto-color-emoji; or set CHROMIUM to a Chromium or Chrome binary.'
    )
    process.exit(1)
  }
  /** @type {Picture[]} */
  const pictures = []
  for (const scenario of [stopWithOneFailure, dryRun, guard]) {
    const fake = await startFakeAws()
    try {
      pictures.push(await scenario(fake))
    } finally {
      await fake.close()
    }
  }
  for (const picture of pictures) {
    const stripped = picture.summaries.flatMap(strippedByGitHub)
    if (stripped.length > 0)
      console.warn(
        `${picture.file}: GitHub would strip ${stripped.join(', ')}, which the picture shows.`
      )
  }
  await mkdir(OUT, { recursive: true })
  const dir = await mkdtemp(join(tmpdir(), 'summary-pictures-'))
  const browser = await Browser.launch(join(dir, 'profile'))
  try {
    for (const picture of pictures) {
      const html = join(dir, `${picture.file}.html`)
      await writeFile(html, summaryPage(picture.job, picture.summaries))
      const image = await browser.screenshot(pathToFileURL(html).href)
      const file = join(OUT, `${picture.file}.webp`)
      await writeFile(file, image)
      console.log(`${relative(ROOT, file)} (${Math.round(image.length / 1024)} KB): ${picture.alt}`)
    }
  } finally {
    await browser.close()
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * CodeDeploy deployments of application shop for a commit, stopped with rollback and waited for:
 * two stop and roll back, the role may not stop the third (its deployment group), and a deployment
 * of another commit is passed over.
 * @param {FakeAws} fake
 * @returns {Promise<Picture>}
 */
async function stopWithOneFailure(fake) {
  /** @param {string} commitId */
  const revision = commitId => ({
    revisionType: 'GitHub',
    gitHubLocation: { repository: 'acme/shop', commitId }
  })
  const groups = ['prod-eu', 'prod-us', 'prod-ap']
  for (let attempt = 1; ; attempt++) {
    const ids = groups.map(group =>
      fake.addDeployment({
        applicationName: 'shop',
        deploymentGroupName: group,
        revision: revision(SHA),
        rollback: { status: 'Succeeded', reads: 1 }
      })
    )
    fake.addDeployment({
      applicationName: 'shop',
      deploymentGroupName: 'staging',
      revision: revision(OTHER_SHA)
    })
    // The fault hits the third StopDeployment to arrive: the stops run side by side, so the
    // scenario is run again (on fresh deployments) if that was not prod-ap's.
    fake.fault({
      operation: 'StopDeployment',
      type: 'error',
      skip: 2,
      errorType: 'AccessDeniedException',
      message:
        `User: arn:aws:sts::${ACCOUNT}:assumed-role/release-stopper/stop-aws-release is not ` +
        'authorized to perform: codedeploy:StopDeployment on resource: ' +
        `arn:aws:codedeploy:eu-west-1:${ACCOUNT}:deploymentgroup:shop/prod-ap`
    })
    const run = await runAction({
      inputs: {
        target: 'deployment',
        application: 'shop',
        commit: SHA,
        rollback: 'true',
        wait: 'true',
        'poll-interval': '1s',
        'allowed-account-ids': ACCOUNT
      },
      env: { AWS_ENDPOINT_URL: fake.url, GITHUB_ACTION: 'stop-shop' }
    })
    expect(run, 1, 'Failed')
    const unstopped = ids.filter(id => fake.get(id)?.stopCount === 0)
    if (unstopped.length === 1 && unstopped[0] === ids[2])
      return {
        file: 'summary-stop',
        job: 'deploy',
        alt: 'The job summary of a stop of three CodeDeploy deployments, one of which failed',
        summaries: [run.summary]
      }
    if (attempt === 3) throw new Error('the failed stop was never the prod-ap deployment’s')
    fake.reset()
  }
}

/**
 * A dry run over the CodeBuild builds of project web for a commit: two would be stopped, a build
 * of another commit is passed over.
 * @param {FakeAws} fake
 * @returns {Promise<Picture>}
 */
async function dryRun(fake) {
  fake.addBuild({ projectName: 'web', sourceVersion: 'main', resolvedSourceVersion: SHA })
  fake.addBuild({ projectName: 'web', sourceVersion: 'v2.4.0', resolvedSourceVersion: SHA })
  fake.addBuild({ projectName: 'web', sourceVersion: 'pr/42', resolvedSourceVersion: OTHER_SHA })
  const run = await runAction({
    inputs: { target: 'build', project: 'web', commit: SHA, 'dry-run': 'true' },
    env: { AWS_ENDPOINT_URL: fake.url, GITHUB_ACTION: 'stop-web' }
  })
  expect(run, 0, 'WouldStop')
  return {
    file: 'summary-dry-run',
    job: 'release-check',
    alt: 'The job summary of a dry run over the CodeBuild builds of a commit',
    summaries: [run.summary]
  }
}

/**
 * A guard over the CodeBuild builds of project web: the main step records the build another run
 * already has going, the job starts its own, and the post step stops that one (and waits) and
 * passes over the other. Both steps' summaries show in the job's card, as on GitHub.
 * @param {FakeAws} fake
 * @returns {Promise<Picture>}
 */
async function guard(fake) {
  fake.addBuild({ projectName: 'web', status: 'SUCCEEDED', startTime: Date.now() - 2 * 3_600_000 })
  fake.addBuild({
    projectName: 'web',
    sourceVersion: 'pr/42',
    resolvedSourceVersion: OTHER_SHA,
    startTime: Date.now() - 40_000
  })
  const inputs = {
    target: 'build',
    project: 'web',
    guard: 'true',
    wait: 'true',
    'poll-interval': '1s'
  }
  const env = { AWS_ENDPOINT_URL: fake.url, GITHUB_ACTION: 'guard' }
  const main = await runAction({ inputs, env })
  expect(main, 0, 'Guarding')
  // The job's build step starts its build; then a later step fails, and the post step runs.
  fake.addBuild({ projectName: 'web', sourceVersion: 'main', resolvedSourceVersion: SHA })
  const post = await runAction({ inputs, env, state: main.state })
  expect(post, 0, 'Succeeded')
  return {
    file: 'summary-guard',
    job: 'build',
    alt: "The job summary of a guard: the main step, then the post step stopping the job's build",
    summaries: [main.summary, post.summary]
  }
}

/**
 * @param {import('./action-runner.js').ActionRun} run
 * @param {number} code
 * @param {string} status
 */
function expect(run, code, status) {
  if (run.code !== code || run.outputs.status !== status)
    throw new Error(
      `expected exit code ${code} and status ${status}; got ${run.code} and ${run.outputs.status}\n${run.stdout}${run.stderr}`
    )
}

// GitHub's HTML sanitizer keeps these elements (html-pipeline's allowlist) and, of the attributes,
// href on links, src on images and a list of others, of which these are the ones a summary may use.
const GITHUB_TAGS = new Set(
  (
    'h1 h2 h3 h4 h5 h6 br b i strong em a pre code img tt div ins del sup sub p ol ul table thead ' +
    'tbody tfoot blockquote dl dt dd kbd q samp var hr ruby rt rp li tr td th s strike summary ' +
    'details caption figure figcaption abbr bdo cite dfn mark small span time wbr'
  ).split(' ')
)
const GITHUB_ATTRIBUTES = new Set(['title', 'open', 'align', 'colspan', 'rowspan', 'lang', 'dir'])
/** An attribute's name, then its value if it has one (so that words inside values are skipped). */
const ATTRIBUTE = /([^\s"'=/>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g

/**
 * What in a summary GitHub's sanitizer would strip, and the picture would still show: an element
 * or an attribute it does not allow (empty when there is none).
 * @param {string} html
 * @returns {string[]}
 */
export function strippedByGitHub(html) {
  const found = new Set()
  for (const [, name = '', attributes = ''] of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const tag = name.toLowerCase()
    if (!GITHUB_TAGS.has(tag)) found.add(`<${tag}>`)
    for (const [, attribute = ''] of attributes.matchAll(ATTRIBUTE)) {
      const a = attribute.toLowerCase()
      const own = (tag === 'a' && a === 'href') || (tag === 'img' && a === 'src')
      if (!own && !GITHUB_ATTRIBUTES.has(a)) found.add(`<${tag} ${a}>`)
    }
  }
  return [...found]
}

/** @param {string} text */
function escapeHtml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

// After GitHub's markdown CSS (light theme) and the run page's summary card.
export const CSS = `
* { box-sizing: border-box; }
html { background: #ffffff; }
body {
  margin: 0;
  padding: 16px;
  color: #1f2328;
  font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', 'Noto Sans', Helvetica, Arial,
    sans-serif, 'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji';
  font-size: 14px;
  line-height: 1.5;
  -webkit-font-smoothing: antialiased;
}
.card { border: 1px solid #d0d7de; border-radius: 6px; background: #ffffff; }
.card-header {
  display: flex;
  align-items: center;
  justify-content: space-between;
  padding: 16px;
  font-size: 16px;
  font-weight: 600;
}
.card-header .menu { color: #59636e; font-size: 16px; letter-spacing: 1px; font-weight: 400; }
.card-body { padding: 0 16px 16px 16px; }
.markdown-body { word-wrap: break-word; }
.markdown-body + .markdown-body { margin-top: 16px; }
.markdown-body > :first-child { margin-top: 0 !important; }
.markdown-body > :last-child { margin-bottom: 0 !important; }
.markdown-body h3 {
  margin: 24px 0 16px;
  font-size: 1.25em;
  font-weight: 600;
  line-height: 1.25;
}
.markdown-body p, .markdown-body ul, .markdown-body table, .markdown-body details {
  margin-top: 0;
  margin-bottom: 16px;
}
.markdown-body strong { font-weight: 600; }
.markdown-body sub {
  position: relative;
  font-size: 75%;
  line-height: 0;
  vertical-align: baseline;
  bottom: -0.25em;
}
.markdown-body a { color: #0969da; text-decoration: none; }
.markdown-body code {
  padding: 0.2em 0.4em;
  margin: 0;
  font-size: 85%;
  white-space: break-spaces;
  background-color: rgba(129, 139, 152, 0.12);
  border-radius: 6px;
  font-family: ui-monospace, SFMono-Regular, 'SF Mono', Menlo, Consolas, 'Liberation Mono',
    monospace;
}
.markdown-body ul { padding-left: 2em; }
.markdown-body li + li { margin-top: 0.25em; }
.markdown-body table {
  display: block;
  width: max-content;
  max-width: 100%;
  overflow: auto;
  border-spacing: 0;
  border-collapse: collapse;
  font-variant: tabular-nums;
}
.markdown-body th { font-weight: 600; }
.markdown-body th, .markdown-body td { padding: 6px 13px; border: 1px solid #d0d7de; }
.markdown-body td > :last-child { margin-bottom: 0; }
.markdown-body tr { background-color: #ffffff; border-top: 1px solid #d1d9e0b3; }
.markdown-body tr:nth-child(2n) { background-color: #f6f8fa; }
.markdown-body details summary { cursor: pointer; display: list-item; }
.markdown-body details[open] > summary { margin-bottom: 8px; }
`

/**
 * A page with the job's summary card: its steps' summaries, as the action wrote them, one under
 * the other.
 * @param {string} job the job's name, the card's title
 * @param {string[]} summaries each step's GITHUB_STEP_SUMMARY text
 */
export function summaryPage(job, summaries) {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(job)} summary</title>`,
    `<style>${CSS}</style>`,
    '</head><body>',
    '<div class="card">',
    `<div class="card-header"><span>${escapeHtml(job)} summary</span><span class="menu">···</span></div>`,
    '<div class="card-body">',
    ...summaries.map(summary => `<div class="markdown-body">\n${summary}\n</div>`),
    '</div></div></body></html>',
    ''
  ].join('\n')
}

/**
 * Headless Chromium over --remote-debugging-pipe.
 */
class Browser {
  /**
   * @param {import('node:child_process').ChildProcess} child
   */
  constructor(child) {
    this.child = child
    this.nextId = 0
    /** @type {Map<number, { resolve: (result: any) => void, reject: (error: Error) => void, method: string }>} */
    this.pending = new Map()
    /** @type {Set<(message: { method: string, sessionId?: string, params: any }) => void>} */
    this.listeners = new Set()
    this.stderr = ''
    this.exited = false
    child.stderr?.setEncoding('utf8').on('data', d => (this.stderr += d))
    const output = /** @type {import('node:stream').Readable} */ (child.stdio[4])
    let buffer = ''
    output.setEncoding('utf8').on('data', chunk => {
      buffer += chunk
      for (let end = buffer.indexOf('\0'); end >= 0; end = buffer.indexOf('\0')) {
        this.receive(JSON.parse(buffer.slice(0, end)))
        buffer = buffer.slice(end + 1)
      }
    })
    child.on('exit', (code, signal) => {
      this.exited = true
      for (const { reject, method } of this.pending.values())
        reject(
          new Error(
            `Chromium exited (${code ?? signal}) before answering ${method}\n${this.stderr}`
          )
        )
      this.pending.clear()
    })
  }

  /** @param {string} userDataDir */
  static async launch(userDataDir) {
    const child = spawn(
      CHROMIUM,
      [
        ...CHROMIUM_FLAGS,
        `--user-data-dir=${userDataDir}`,
        '--remote-debugging-pipe',
        'about:blank'
      ],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] }
    )
    await new Promise((resolve, reject) => {
      child.once('spawn', resolve)
      child.once('error', reject)
    })
    return new Browser(child)
  }

  /** @param {any} message */
  receive(message) {
    if (typeof message.id === 'number') {
      const call = this.pending.get(message.id)
      this.pending.delete(message.id)
      if (message.error) call?.reject(new Error(`${call.method}: ${message.error.message}`))
      else call?.resolve(message.result)
    } else for (const listener of this.listeners) listener(message)
  }

  /**
   * @param {string} method
   * @param {Record<string, unknown>} [params]
   * @param {string} [sessionId]
   * @returns {Promise<any>}
   */
  send(method, params = {}, sessionId) {
    if (this.exited) return Promise.reject(new Error(`Chromium has exited\n${this.stderr}`))
    const id = ++this.nextId
    const input = /** @type {import('node:stream').Writable} */ (this.child.stdio[3])
    input.write(`${JSON.stringify({ id, method, params, sessionId })}\0`)
    return withTimeout(
      new Promise((resolve, reject) => this.pending.set(id, { resolve, reject, method })),
      method
    )
  }

  /**
   * The next event of that name in that session.
   * @param {string} method
   * @param {string} sessionId
   */
  event(method, sessionId) {
    return withTimeout(
      new Promise(resolve => {
        /** @param {{ method: string, sessionId?: string, params: any }} message */
        const listener = message => {
          if (message.method !== method || message.sessionId !== sessionId) return
          this.listeners.delete(listener)
          resolve(message.params)
        }
        this.listeners.add(listener)
      }),
      method
    )
  }

  /**
   * A WebP picture of the page at that URL, WIDTH wide and as high as its content.
   * @param {string} url
   * @returns {Promise<Buffer>}
   */
  async screenshot(url) {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' })
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true })
    /** @param {string} method @param {Record<string, unknown>} [params] */
    const page = (method, params) => this.send(method, params, sessionId)
    /** @param {number} height */
    const viewport = height =>
      page('Emulation.setDeviceMetricsOverride', {
        width: WIDTH,
        height,
        deviceScaleFactor: SCALE,
        mobile: false
      })
    await viewport(600)
    await page('Page.enable')
    const loaded = this.event('Page.loadEventFired', sessionId)
    await page('Page.navigate', { url })
    await loaded
    const { result } = await page('Runtime.evaluate', {
      expression:
        'document.fonts.ready.then(() => Math.ceil(document.documentElement.getBoundingClientRect().height))',
      awaitPromise: true,
      returnByValue: true
    })
    const height = Number(result.value)
    await viewport(height)
    const { data } = await page('Page.captureScreenshot', {
      format: 'webp',
      quality: 75,
      clip: { x: 0, y: 0, width: WIDTH, height, scale: 1 }
    })
    await this.send('Target.closeTarget', { targetId })
    return Buffer.from(data, 'base64')
  }

  async close() {
    if (this.exited) return
    const exited = new Promise(resolve => this.child.once('exit', resolve))
    await this.send('Browser.close').catch(() => this.child.kill())
    await withTimeout(exited, 'Chromium to exit').catch(() => this.child.kill('SIGKILL'))
  }
}

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {string} what
 * @returns {Promise<T>}
 */
function withTimeout(promise, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Chromium: no answer to ${what} in ${TIMEOUT_MS / 1000} s`)),
        TIMEOUT_MS
      )
    })
  ]).finally(() => clearTimeout(timer))
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
