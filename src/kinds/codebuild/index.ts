// CodeBuild builds and build batches: two kinds of one service, with the same ID shape, the same
// `project` input and the same status rules (status.ts). Their clients are loaded only for
// `target: build` or `target: build-batch`.
import type { KindDeclaration } from '../contract.js'
import { codesuite } from '../support/console.js'
import { arnIdHint, UUID } from '../support/ids.js'

export interface ProjectQuery {
  project: string
}

const PROJECT_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{1,254}$/
const ID = new RegExp(`^[A-Za-z0-9][A-Za-z0-9_-]{1,254}:${UUID}$`, 'i')

/** CodeBuild IDs are "<project>:<uuid>". */
export function projectOf(buildId: string): string {
  const colon = buildId.lastIndexOf(':')
  return colon > 0 ? buildId.slice(0, colon) : buildId
}

/** What builds and batches declare alike; `what` is "build" or "build batch". */
function codeBuildKind(
  target: string,
  what: string,
  plural: string
): Omit<
  KindDeclaration<ProjectQuery, Record<string, never>>,
  'consoleUrl' | 'permissions' | 'load'
> {
  return {
    target,
    label: `CodeBuild ${what}`,
    plural: `CodeBuild ${plural}`,
    id: {
      pattern: ID,
      accepts: `a CodeBuild ${what} ID: "<project>:<uuid>", like my-project:3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1`,
      hint: arnIdHint
    },
    idInputs: 'the "id" input',
    inputs: [{ name: 'project', role: 'find' }],
    readInputs(ctx) {
      const project = ctx.name(
        'project',
        PROJECT_NAME,
        'a CodeBuild project name: 2-255 of A-Z a-z 0-9 _ -, starting with a letter or digit'
      )
      return { ...(project !== '' ? { find: { project } } : {}), options: {} }
    },
    findAlternative: `give "project" to stop the project's running ${plural}`,
    commit: { applies: true },
    describeQuery: q => `project ${q.project}`,
    narrow: 'add "commit"',
    notFoundErrors: [],
    optionLines: () => [],
    optionWords: () => []
  }
}

export const codeBuildBuild: KindDeclaration<ProjectQuery, Record<string, never>> = {
  ...codeBuildKind('build', 'build', 'builds'),
  consoleUrl: (ref, region) =>
    codesuite(
      region,
      `codebuild/projects/${encodeURIComponent(projectOf(ref.id))}/build/${encodeURIComponent(ref.id)}/log`
    ),
  permissions: {
    stop: 'codebuild:StopBuild',
    read: 'codebuild:BatchGetBuilds',
    find: ['codebuild:ListBuildsForProject']
  },
  load: async config => (await import('./build-client.js')).createBuildClient(config)
}

export const codeBuildBatch: KindDeclaration<ProjectQuery, Record<string, never>> = {
  ...codeBuildKind('build-batch', 'build batch', 'build batches'),
  consoleUrl: (ref, region) =>
    codesuite(
      region,
      `codebuild/projects/${encodeURIComponent(projectOf(ref.id))}/batch/${encodeURIComponent(ref.id)}`
    ),
  permissions: {
    stop: 'codebuild:StopBuildBatch',
    read: 'codebuild:BatchGetBuildBatches',
    find: ['codebuild:ListBuildBatchesForProject']
  },
  load: async config => (await import('./build-batch-client.js')).createBuildBatchClient(config)
}
