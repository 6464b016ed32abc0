// Elastic Beanstalk environment updates: what the action knows of them without AWS. An update is
// named by its environment (`environment`: names or IDs), or found in every environment of an
// application (`application`); its ID in the outputs is the environment's ID (e-…), the name
// beside it. Stopping one is AbortEnvironmentUpdate, which always rolls the environment back.
// The client (beanstalk-update-client.ts) is loaded only for `target: beanstalk-update`.
import type { KindDeclaration } from '../contract.js'
import { consoleOrigin } from '../support/console.js'

export interface EnvironmentQuery {
  /** Names and IDs as given (an `e-` ID is taken as an ID); none: every environment of `application`. */
  environments?: string[]
  application?: string
}

/** AbortEnvironmentUpdate has no options: an abort always rolls back. */
export type EnvironmentOptions = Record<string, never>

/** Environment names: 4-40 letters, digits and hyphens, not starting or ending with a hyphen. */
export const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{2,38}[A-Za-z0-9]$/
/** Environment IDs: "e-" and 10 lower-case letters and digits. */
export const ENVIRONMENT_ID = /^e-[a-z0-9]{10}$/
// Application names: 1-100 characters (the model sets no pattern); line breaks and control
// characters are a paste gone wrong.
// eslint-disable-next-line no-control-regex
const APPLICATION_NAME = /^[^\u0000-\u001f\u007f]{1,100}$/
const SEPARATORS = /[\s,]+/

const TARGET = 'beanstalk-update'

function listed(names: string[]): string {
  return names.join(', ')
}

export const elasticBeanstalkUpdate: KindDeclaration<EnvironmentQuery, EnvironmentOptions> = {
  target: TARGET,
  label: 'Elastic Beanstalk environment update',
  plural: 'Elastic Beanstalk environment updates',
  id: {
    none: `Input "id" does not apply to target: ${TARGET}: give the environment names or IDs (e-…) in "environment", or "application" to abort every update of the application.`
  },
  idInputs: 'the "environment" and "application" inputs',
  // The environment's ID is the release's ID; its name rides beside it, for messages and outputs.
  parent: { label: 'environment', outputKey: 'environmentName' },
  inputs: [
    { name: 'environment', role: 'find' },
    { name: 'application', role: 'find' },
    { name: 'rollback', role: 'option' }
  ],
  readInputs(ctx) {
    const environments = [...new Set(ctx.read('environment').split(SEPARATORS).filter(Boolean))]
    const bad = environments.filter(e => !ENVIRONMENT_NAME.test(e) && !ENVIRONMENT_ID.test(e))
    if (bad.length > 0)
      ctx.problem(
        `Input "environment" must be Elastic Beanstalk environment names (4-40 letters, digits and hyphens, not starting or ending with a hyphen) or environment IDs ("e-" and 10 letters and digits), separated by newlines, commas or spaces; got ${bad.map(ctx.quote).join(', ')}.`
      )
    const application = ctx.name(
      'application',
      APPLICATION_NAME,
      'an Elastic Beanstalk application name of 1-100 characters'
    )
    if (environments.length === 0 && application === '')
      ctx.problem(
        `Input "environment" or "application" is required with target: ${TARGET}: the environments whose update to abort (names or IDs), or the application whose environments to look through.`
      )
    if (ctx.bool('rollback', undefined) === false)
      ctx.warning(
        'Input "rollback: false" cannot be honoured with target: beanstalk-update: AbortEnvironmentUpdate always rolls the environment back to the version and configuration it ran before the update. The abort is sent all the same.'
      )
    const find: EnvironmentQuery = {
      ...(environments.length > 0 ? { environments } : {}),
      ...(application !== '' ? { application } : {})
    }
    return {
      ...(environments.length > 0 || application !== '' ? { find } : {}),
      options: {}
    }
  },
  findAlternative:
    'give the environment names or IDs in "environment", or "application" to abort the updates of its environments',
  commit: { applies: true },
  describeQuery: q => {
    const envs = q.environments ?? []
    const named =
      envs.length === 1
        ? `environment ${envs[0]}`
        : envs.length > 1
          ? `environments ${listed(envs)}`
          : ''
    if (!q.application) return named
    return named ? `${named} of application ${q.application}` : `application ${q.application}`
  },
  narrow: 'add "commit", or name the environments in "environment"',
  consoleUrl: (ref, region) =>
    `${consoleOrigin(region)}/elasticbeanstalk/home?region=${region}#/environment/dashboard?environmentId=${encodeURIComponent(ref.id)}`,
  permissions: {
    stop: 'elasticbeanstalk:AbortEnvironmentUpdate',
    read: 'elasticbeanstalk:DescribeEnvironments',
    // DescribeApplications: a find by application that turns up no environment checks that the
    // application exists. DescribeEvents is not the find's: the wait names the ERROR and FATAL
    // events of an abort that ended unhealthy.
    find: ['elasticbeanstalk:DescribeApplications', 'elasticbeanstalk:DescribeEvents']
  },
  notFoundErrors: [],
  rejectedErrors: ['InvalidParameterValue', 'InvalidParameterCombination', 'MissingParameter'],
  errorHints: {
    InvalidParameterValue: (region, message) =>
      /No Environment found/i.test(message)
        ? `Check the "environment" input (a name, or an ID e-…), the region (${region}) and that the credentials are for the account that owns the environment.`
        : /Must be pending deployment|invalid state/i.test(message)
          ? 'The environment has no update in progress that can be aborted.'
          : '',
    // Elastic Beanstalk's 403, for its own actions or for what it does with the caller's
    // credentials on the environment's resources: the hint names both.
    InsufficientPrivilegesException:
      'The role may lack the Elastic Beanstalk action (elasticbeanstalk:AbortEnvironmentUpdate to abort, elasticbeanstalk:DescribeEnvironments to read) or, to abort the update of an environment without an operations role, the permissions Elastic Beanstalk uses with your credentials to roll it back: cloudformation:CancelUpdateStack and cloudformation:DescribeStacks on its stack (awseb-e-…-stack). See docs/iam.md.'
  },
  optionLines: () => [
    'Abort: Elastic Beanstalk rolls the environment back to the version and configuration it ran before the update, in the same batches as the update.'
  ],
  optionWords: () => [],
  load: async config =>
    (await import('./beanstalk-update-client.js')).createBeanstalkUpdateClient(config)
}
