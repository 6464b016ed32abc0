// dist/ is the product: it must run under the runtime action.yml names, and load only the SDK
// client of the kind asked for.
import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { access, cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { fake, useFakeAws } from '../support/fake-aws.js'
import { actionYml, NODE24, ROOT, runAction } from '../../scripts/action-runner.js'

useFakeAws()

const DIST = join(ROOT, 'dist')
// Each client's JSON target prefix (the X-Amz-Target header), or for an awsQuery client its XML
// namespace: a string minifying keeps, found only in the code of that client.
const CLIENT_CLASSES = {
  deployment: 'CodeDeploy_20141006',
  pipeline: 'CodePipeline_20150709',
  build: 'CodeBuild_20161006',
  'ecs-deployment': 'AmazonEC2ContainerServiceV20141113',
  stack: 'cloudformation.amazonaws.com/doc/2010-05-15',
  'instance-refresh': 'autoscaling.amazonaws.com/doc/2011-01-01',
  'beanstalk-update': 'elasticbeanstalk.amazonaws.com/docs/2010-12-01'
}

/** The stand-in for @smithy/core's event stream support (scripts/build.js). */
const LEFT_OUT = 'is not in this bundle: no operation this action calls has an event stream'

/** Chunk files of dist/ (paths under dist/chunks/) that contain `marker`. */
async function chunksWith(marker: string): Promise<string[]> {
  const files = (await readdir(join(DIST, 'chunks'))).filter(f => f.endsWith('.js'))
  const hits = await Promise.all(
    files.map(async f => {
      const text = await readFile(join(DIST, 'chunks', f), 'utf8')
      return text.includes(marker) ? join('chunks', f) : ''
    })
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

  it("leaves out @actions/core's OIDC client, and undici with it (start-up, see scripts/build.js)", async () => {
    // Strings of their code that no minifier changes: the OIDC token variable, undici's error codes.
    const files = (await readdir(DIST, { recursive: true })).filter(f => f.endsWith('.js'))
    expect(files.length).toBeGreaterThan(10)
    for (const f of files) {
      const text = await readFile(join(DIST, f), 'utf8')
      expect([f, text.includes('ACTIONS_ID_TOKEN_REQUEST_URL')]).toEqual([f, false])
      expect([f, text.includes('UND_ERR')]).toEqual([f, false])
    }
  })

  it('leaves out event stream support, which no operation of the six services has', async () => {
    // botocore's models (the aws CLI's, an independent copy of the AWS service definitions) mark an
    // event stream with "eventstream": true; Kinesis, which has one, shows that the check can fail.
    const script = [
      'import json, botocore.session',
      "loader = botocore.session.get_session().get_component('data_loader')",
      'print(json.dumps({s: [n for n, shape in loader.load_service_model(s, "service-2")["shapes"].items()',
      '  if shape.get("eventstream")] for s in ["codedeploy", "codepipeline", "codebuild", "ecs", "cloudformation", "autoscaling", "elasticbeanstalk", "kinesis"]}))'
    ].join('\n')
    const { stdout } = await promisify(execFile)('python3', ['-c', script])
    expect(JSON.parse(stdout)).toEqual({
      codedeploy: [],
      codepipeline: [],
      codebuild: [],
      ecs: [],
      cloudformation: [],
      autoscaling: [],
      elasticbeanstalk: [],
      kinesis: ['SubscribeToShardEventStream']
    })
    expect(await chunksWith(LEFT_OUT)).toHaveLength(1)
  })

  it("has source maps that point at the action's sources in the repository", async () => {
    // Read with NODE_OPTIONS=--enable-source-maps: the repository the runner downloads has src/.
    // Code from packages maps to its path under node_modules/ (named, though not downloaded);
    // builtin:<name> are the build's own two-line modules that require() node's built-ins, and
    // left-out:<name> its one-line stand-ins for what the action never loads.
    const maps = (await readdir(DIST, { recursive: true })).filter(f => f.endsWith('.js.map'))
    expect(maps).toContain('index.js.map')
    const ours: string[] = []
    for (const map of maps) {
      const { sources } = JSON.parse(await readFile(join(DIST, map), 'utf8')) as {
        sources: string[]
      }
      for (const source of sources) {
        const path = join(DIST, dirname(map), source)
        if (/^(builtin|left-out):/.test(source) || path.includes('/node_modules/')) continue
        expect(path.startsWith(join(ROOT, 'src') + '/')).toBe(true)
        await access(path)
        ours.push(path)
      }
    }
    expect(ours).toContain(join(ROOT, 'src/index.ts'))
  })

  it.each([
    'deployment',
    'pipeline',
    'build',
    'build-batch',
    'ecs-deployment',
    'stack',
    'instance-refresh',
    'beanstalk-update'
  ] as const)(
    'stops a %s with the other clients, the credential chain beyond the environment and the event stream stand-in deleted from dist/',
    async target => {
      const copy = await mkdtemp(join(tmpdir(), 'dist-'))
      try {
        await cp(DIST, copy, { recursive: true })
        const keep = target === 'build-batch' ? 'build' : target
        const others = Object.entries(CLIENT_CLASSES).filter(([k]) => k !== keep)
        for (const [, marker] of others)
          for (const f of await chunksWith(marker)) await rm(join(copy, f))
        // Keys in the environment (as configure-aws-credentials leaves them) need none of it.
        await rm(join(copy, 'chunks', 'credentials'), { recursive: true })
        for (const f of await chunksWith(LEFT_OUT)) await rm(join(copy, f))

        fake.reset()
        const id =
          target === 'deployment'
            ? fake.addDeployment()
            : target === 'pipeline'
              ? fake.addPipelineExecution({ pipelineName: 'p' })
              : target === 'build'
                ? fake.addBuild()
                : target === 'build-batch'
                  ? fake.addBuildBatch()
                  : target === 'stack'
                    ? fake.addStack({ stackName: 'bundled', region: 'eu-west-1' })
                    : target === 'instance-refresh'
                      ? fake.addInstanceRefresh({ groupName: 'bundled', region: 'eu-west-1' })
                      : target === 'beanstalk-update'
                        ? fake.addEnvironment({ environmentName: 'bundled', region: 'eu-west-1' })
                        : fake.addServiceDeployment()
        const r = await runAction({
          entry: join(copy, 'index.js'),
          inputs: {
            target,
            // A stack, an instance refresh and an environment are named in their own inputs;
            // the others take the ID.
            ...(target === 'stack'
              ? { stack: id }
              : target === 'instance-refresh'
                ? { 'auto-scaling-group': 'bundled' }
                : target === 'beanstalk-update'
                  ? { environment: id }
                  : { id }),
            ...(target === 'pipeline' ? { 'pipeline-name': 'p' } : {})
          },
          env: { AWS_ENDPOINT_URL: fake.url }
        })
        expect(r.stderr).toBe('')
        expect(r.code).toBe(0)
        expect(r.outputs.id).toBe(id)
        if (target === 'pipeline') {
          // The default reason, read from the runner's variables, reaches CodePipeline.
          const stop = fake.requests.find(q => q.operation === 'StopPipelineExecution')
          expect(stop?.body.reason).toMatch(
            /^Stopped from GitHub Actions run https:\/\/github\.com\/acme\/web\/actions\/runs\/4242 /
          )
        }
      } finally {
        await rm(copy, { recursive: true, force: true })
      }
    }
  )
})
