// @ts-check
// npm run build [-- --metafile FILE]: bundles src/index.ts into dist/ with esbuild (bundle() does
// the same for another entry; the benchmark bundles its SDK-alone script with it). docs/benchmark.md has the start-up
// measurements behind each choice here. In short:
// - ES module builds of the AWS SDK ("module" before "main"), so unused code is dropped;
// - code splitting, so each kind's SDK client is its own chunk, loaded only for that kind;
// - node built-ins loaded with require(), never with import (see builtinsViaRequire);
// - @actions/core's OIDC client, which this action never calls, left out (see NO_SIDE_EFFECTS);
// - the credential chain's providers beyond the environment, and the nested clients they use, built
//   apart (see chainApart and clientsApart);
// - @smithy/core's event stream support, which no operation of these four services uses, left out;
// - the SDK's check whether an answer's body is a web stream asks the body first, so that node's
//   web streams are not loaded for node's own stream (see webStreamsUnread);
// - dist/licenses.txt lists the license of every package in the bundle.
import * as esbuild from 'esbuild'
import { readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { isBuiltin } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ROOT } from './action-runner.js'

const OUT = join(ROOT, 'dist')

/**
 * Modules that do nothing when imported but import much. @actions/core imports its OIDC client
 * (and with it @actions/http-client and undici, 900 kB) and @actions/exec (for core.platform) at
 * load; the action never calls getIDToken or platform, so with these marked free of side effects
 * the bundler drops them and everything only they import.
 */
const NO_SIDE_EFFECTS = [
  /node_modules\/@actions\/core\/lib\/oidc-utils\.js$/,
  /node_modules\/@actions\/core\/lib\/platform\.js$/
]

/**
 * An ES module `import` of a node built-in makes node read every export of it, and reading
 * node:http's WebSocket export loads node's own undici (about 25 ms). The SDK's ES modules
 * `import("node:http")`; this plugin turns each such import into require(), through esbuild's
 * CommonJS interop, whose getters read an export only when the code uses it.
 * @type {esbuild.Plugin}
 */
const builtinsViaRequire = {
  name: 'builtins-via-require',
  setup(build) {
    build.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, args => {
      const name = args.path.replace(/^node:/, '')
      if (!isBuiltin(name) || name === 'module') return undefined
      if (args.kind !== 'import-statement' && args.kind !== 'dynamic-import') return undefined
      return { path: name, namespace: 'builtin' }
    })
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, args => ({
      contents: `module.exports = require('node:${args.path}')`,
      loader: 'js'
    }))
    build.onResolve({ filter: /\.js$/ }, args => {
      if (args.kind !== 'import-statement') return undefined
      const path = join(args.resolveDir, args.path)
      return NO_SIDE_EFFECTS.some(p => p.test(path)) ? { path, sideEffects: false } : undefined
    })
  }
}

/**
 * Dynamic imports that `take` picks (it returns the module to build) become a build of their own,
 * written to `dir` beside the chunks that import them. esbuild places code in chunks by which
 * entry points reach its *file*, not by which use its statements, so a dynamic import that reaches
 * the same SDK files as the code that always runs splits that code into many chunks and adds to
 * them code that only the import uses. Built apart, they keep their own copy of what they share.
 * @param {string} name
 * @param {string} dir
 * @param {(args: esbuild.OnResolveArgs) => string | undefined} take
 */
function apart(name, dir, take) {
  /** @type {Map<string, string>} output name → the module built */
  const entries = new Map()
  /** @type {esbuild.Plugin} */
  const plugin = {
    name,
    setup(build) {
      build.onResolve({ filter: /.*/ }, args => {
        if (args.kind !== 'dynamic-import') return undefined
        const module = take(args)
        if (module === undefined) return undefined
        const file = module
          .replace(/^.*node_modules\//, '')
          .replace(/^@/, '')
          .replace(/\.js$/, '')
          .replace(/[/.]/g, '-')
        entries.set(file, module)
        return { path: `./${dir}/${file}.js`, external: true }
      })
    }
  }
  return { name, dir, entries, plugin }
}

/**
 * The SDK clients' default credential chain imports its providers on demand: the environment's
 * keys first (bundled with the clients), then SSO, profiles, credential processes, web identity,
 * and container or instance metadata. Bundled together, the SDK core a stop needs came out in a
 * dozen chunks, with code of protocols only STS speaks among them. Built apart, into
 * dist/chunks/credentials/, the clients' SDK core is one chunk: with eventStreamsLeftOut, a build
 * stop loads 7 files (202 kB) instead of 17 (240 kB). Tests: __tests__/e2e/credentials.test.ts.
 */
const chainApart = apart('credential-chain-apart', 'credentials', args =>
  args.importer.includes('/node_modules/@aws-sdk/credential-provider-node/') &&
  args.path.startsWith('@')
    ? args.path
    : undefined
)

/**
 * The providers in turn load the nested STS, SSO, SSO OIDC and sign-in clients on demand (the SSO
 * provider through its one-line loadSso.js). Built with the providers, these clients' SDK core
 * spread the same way, and credentials from a profile loaded 124 kB of it; apart, into
 * credentials/clients/, 26 kB.
 */
const clientsApart = apart('nested-clients-apart', 'clients', args =>
  args.path.startsWith('@aws-sdk/nested-clients/')
    ? args.path
    : args.path === './loadSso.js' && args.importer.includes('/credential-provider-sso/')
      ? join(args.resolveDir, args.path)
      : undefined
)

/**
 * @smithy/core loads its event stream support on demand, for operations with an event stream
 * member. No operation of CodeDeploy, CodePipeline, CodeBuild or ECS has one (their botocore models
 * have no `eventstream` shape), so the action never loads it. Bundled, it still shared SDK code with
 * the clients (CRC32 and node's zlib, among others) and so split it into a second chunk that every
 * stop loaded. A stand-in module that fails with a clear message takes its place.
 * @type {esbuild.Plugin}
 */
const eventStreamsLeftOut = {
  name: 'event-streams-left-out',
  setup(build) {
    build.onResolve({ filter: /^@smithy\/core\/event-streams$/ }, args =>
      args.kind === 'dynamic-import' ? { path: args.path, namespace: 'left-out' } : undefined
    )
    build.onLoad({ filter: /.*/, namespace: 'left-out' }, args => ({
      contents: `throw new Error('${args.path} is not in this bundle: no operation this action calls has an event stream (scripts/build.js)')`,
      loader: 'js'
    }))
  }
}

/**
 * The SDK reads an answer's body through streamCollector, which first asks isReadableStream whether
 * the body is a web stream. Its first step, `typeof ReadableStream`, reads node's lazy global, and
 * that loads node's web streams (four internal modules) for a body that is always node's
 * IncomingMessage. Asking first whether the body has getReader, which every web ReadableStream has
 * and which the SDK calls on one, gives the same answer for every stream without that load.
 * @type {esbuild.Plugin}
 */
const webStreamsUnread = {
  name: 'web-streams-unread',
  setup(build) {
    const CHECK =
      'export const isReadableStream = (stream) => typeof ReadableStream === "function" &&'
    build.onLoad(
      { filter: /\/@smithy\/core\/dist-es\/.*\/util-stream\/stream-type-check\.js$/ },
      async args => {
        const source = await readFile(args.path, 'utf8')
        // Should an SDK update change the check, say so rather than bundle it unchanged.
        if (!source.includes(CHECK)) throw new Error(`${args.path}: isReadableStream has changed`)
        return {
          contents: source.replace(
            CHECK,
            'export const isReadableStream = (stream) => typeof stream?.getReader === "function" && typeof ReadableStream === "function" &&'
          ),
          loader: 'js'
        }
      }
    )
  }
}

/** @type {esbuild.BuildOptions} */
const common = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  mainFields: ['module', 'main'],
  // Minified: a third less code to compile at start-up. The source maps are not loaded unless
  // asked for (NODE_OPTIONS=--enable-source-maps, see docs/behaviour.md); they point at src/, which is in
  // the repository the runner downloads, so they need not carry the sources.
  minify: true,
  legalComments: 'none',
  sourcemap: 'linked',
  sourcesContent: false,
  metafile: true,
  logLevel: 'warning',
  // esbuild's require() shim for the CommonJS modules in the bundle.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
  }
}

/**
 * Bundles `entry` into `outdir` as dist/ is bundled: the entry, its chunks in chunks/, and the
 * credential chain built apart under chunks/credentials/.
 * @param {string} entry
 * @param {string} outdir
 * @param {esbuild.Plugin[]} [plugins] more, for the entry and its chunks
 * @returns {Promise<{ main: esbuild.Metafile, providers: esbuild.Metafile, clients: esbuild.Metafile }>}
 */
export async function bundle(entry, outdir, plugins = []) {
  for (const part of [chainApart, clientsApart]) part.entries.clear()
  const main = await esbuild.build({
    ...common,
    entryPoints: [entry],
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [
      ...plugins,
      builtinsViaRequire,
      chainApart.plugin,
      eventStreamsLeftOut,
      webStreamsUnread
    ]
  })
  const providersDir = join(outdir, 'chunks', chainApart.dir)
  const providers = await buildApart(chainApart, providersDir, [clientsApart.plugin])
  const clients = await buildApart(clientsApart, join(providersDir, clientsApart.dir), [])
  const [mainMeta, providersMeta, clientsMeta] = [metaOf(main), metaOf(providers), metaOf(clients)]
  checkApart(mainMeta, join(outdir, 'chunks'), chainApart, providersMeta)
  checkApart(providersMeta, providersDir, clientsApart, clientsMeta)
  for (const meta of [mainMeta, providersMeta]) {
    const nested = Object.keys(meta.inputs).find(f =>
      f.includes('node_modules/@aws-sdk/nested-clients/')
    )
    if (nested)
      throw new Error(`${nested} is bundled outside ${clientsApart.dir}/: see clientsApart`)
  }
  await writeFile(join(outdir, 'package.json'), '{ "type": "module" }\n')
  return { main: mainMeta, providers: providersMeta, clients: clientsMeta }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await rm(OUT, { recursive: true, force: true })
  const built = await bundle(join(ROOT, 'src/index.ts'), OUT)
  await writeFile(
    join(OUT, 'licenses.txt'),
    await licenses([built.main, built.providers, built.clients])
  )
  const metafileOut = process.argv.indexOf('--metafile')
  if (metafileOut > 0) {
    // For a look at what each chunk holds: https://esbuild.github.io/analyze/
    await writeFile(process.argv[metafileOut + 1] ?? 'meta.json', JSON.stringify(built.main))
  }
  const count = (/** @type {esbuild.Metafile} */ m) =>
    Object.keys(m.outputs).filter(f => f.endsWith('.js')).length
  console.log(
    `dist/: ${count(built.main)} files, and ${count(built.providers)} + ${count(built.clients)} of the credential chain`
  )
}

/** @param {esbuild.BuildResult} result */
function metaOf(result) {
  if (!result.metafile) throw new Error('esbuild wrote no metafile')
  return result.metafile
}

/**
 * @param {ReturnType<typeof apart>} part
 * @param {string} outdir
 * @param {esbuild.Plugin[]} plugins
 */
async function buildApart(part, outdir, plugins) {
  // Should an SDK update load these differently, say so rather than build what nothing loads.
  if (part.entries.size === 0) throw new Error(`${part.name}: no dynamic import was found`)
  return esbuild.build({
    ...common,
    // Sorted: plugins resolve in parallel, and the output must not depend on their order.
    entryPoints: Object.fromEntries([...part.entries].sort(([a], [b]) => a.localeCompare(b))),
    outdir,
    chunkNames: '[name]-[hash]',
    // Its maps would point only into node_modules/, which the runner does not download, and would
    // add 120 kB to that download; a stack frame here already names its module by file name.
    sourcemap: false,
    plugins: [builtinsViaRequire, webStreamsUnread, ...plugins]
  })
}

/**
 * An import of a file the build did not write would fail only on a runner whose credentials come
 * from there: fail the build instead.
 * @param {esbuild.Metafile} from
 * @param {string} fromDir where the chunks that import the part must be
 * @param {ReturnType<typeof apart>} part
 * @param {esbuild.Metafile} built
 */
function checkApart(from, fromDir, part, built) {
  const written = new Set(Object.keys(built.outputs).map(f => join(ROOT, f)))
  let checked = 0
  for (const [file, output] of Object.entries(from.outputs)) {
    for (const imported of output.imports) {
      if (!imported.external || !imported.path.startsWith(`./${part.dir}/`)) continue
      const target = join(ROOT, dirname(file), imported.path)
      if (dirname(join(ROOT, file)) !== fromDir || !written.has(target))
        throw new Error(`${file} imports ${imported.path}, which the build did not write`)
      checked++
    }
  }
  if (checked < part.entries.size) throw new Error(`${part.name}: not every import was found`)
}

/**
 * The license text of every package with code in the bundle, as ncc's --license wrote it.
 * @param {esbuild.Metafile[]} metafiles
 */
async function licenses(metafiles) {
  /** @type {Set<string>} */
  const packages = new Set()
  for (const output of metafiles.flatMap(m => Object.values(m.outputs))) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)
      if (match?.[1] && bytesInOutput > 0) packages.add(match[1])
    }
  }
  // The same text (Apache-2.0, for most of the SDK) is written once, under every package using it.
  /** @type {Map<string, string[]>} */
  const byText = new Map()
  for (const dir of [...packages].sort()) {
    const pkg = JSON.parse(await readFile(join(ROOT, dir, 'package.json'), 'utf8'))
    const file = (await readdir(join(ROOT, dir))).find(f => /^(licen[cs]e|copying)/i.test(f))
    const text = file ? (await readFile(join(ROOT, dir, file), 'utf8')).trim() : `${pkg.license}`
    byText.set(text, [...(byText.get(text) ?? []), `${pkg.name}@${pkg.version} (${pkg.license})`])
  }
  const sections = [...byText].map(([text, names]) => `${names.join('\n')}\n\n${text}`)
  return `${sections.join('\n\n' + '-'.repeat(72) + '\n\n')}\n`
}
