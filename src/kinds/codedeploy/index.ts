// CodeDeploy deployments: what the action knows of them without AWS. The client (deployment-client.ts) is
// loaded only for `target: deployment`.
import type { KindDeclaration } from '../contract.js'
import { codesuite } from '../support/console.js'
import { arnIdHint } from '../support/ids.js'

export interface DeploymentQuery {
  application: string
  /** One group; every group of the application when absent. */
  deploymentGroup?: string
}

export interface DeploymentOptions {
  /** CodeDeploy's `autoRollbackEnabled`; undefined leaves it to the deployment group. */
  rollback?: boolean
  /** With wait: also wait for the rollback deployment the stop started. */
  waitForRollback: boolean
}

// Application and deployment group names: 1-100 characters (the model sets no pattern); line
// breaks and control characters are a paste gone wrong.
// eslint-disable-next-line no-control-regex
const CODEDEPLOY_NAME = /^[^\u0000-\u001f\u007f]{1,100}$/

export const codeDeployDeployment: KindDeclaration<DeploymentQuery, DeploymentOptions> = {
  target: 'deployment',
  label: 'CodeDeploy deployment',
  plural: 'CodeDeploy deployments',
  id: {
    pattern: /^d-[A-Za-z0-9]{1,62}$/,
    accepts: 'a CodeDeploy deployment ID: "d-" then letters and digits, like d-ABCD12345',
    hint: arnIdHint
  },
  idInputs: 'the "id" input',
  inputs: [
    { name: 'application', role: 'find' },
    { name: 'deployment-group', role: 'find' },
    { name: 'rollback', role: 'option' },
    { name: 'wait-for-rollback', role: 'option', default: 'true' }
  ],
  readInputs(ctx) {
    const application = ctx.name(
      'application',
      CODEDEPLOY_NAME,
      'a CodeDeploy application name of 1-100 characters'
    )
    const deploymentGroup = ctx.name(
      'deployment-group',
      CODEDEPLOY_NAME,
      'a CodeDeploy deployment group name of 1-100 characters'
    )
    if (deploymentGroup !== '' && application === '')
      ctx.problem(
        'Input "deployment-group" needs "application" too: the CodeDeploy application the group belongs to.'
      )
    const rollback = ctx.bool('rollback', undefined)
    const waitForRollback = ctx.bool('wait-for-rollback', true) ?? true
    return {
      ...(application !== ''
        ? { find: { application, ...(deploymentGroup !== '' ? { deploymentGroup } : {}) } }
        : {}),
      options: { ...(rollback === undefined ? {} : { rollback }), waitForRollback }
    }
  },
  findAlternative:
    'give "application" (and optionally "deployment-group") to stop the running deployments',
  commit: { applies: true },
  describeQuery: q =>
    q.deploymentGroup
      ? `deployment group ${q.deploymentGroup} of application ${q.application}`
      : `application ${q.application}`,
  narrow: 'add "commit" or a deployment group',
  consoleUrl: (ref, region) =>
    codesuite(region, `codedeploy/deployments/${encodeURIComponent(ref.id)}`),
  permissions: {
    stop: 'codedeploy:StopDeployment',
    read: 'codedeploy:BatchGetDeployments',
    find: ['codedeploy:ListDeploymentGroups', 'codedeploy:ListDeployments']
  },
  notFoundErrors: [
    'DeploymentDoesNotExistException',
    'ApplicationDoesNotExistException',
    'DeploymentGroupDoesNotExistException'
  ],
  rejectedErrors: ['InvalidDeploymentIdException', 'DeploymentIdRequiredException'],
  errorHints: {
    UnsupportedActionForDeploymentTypeException:
      'CodeDeploy does not allow stopping this type of deployment.'
  },
  optionLines: o => [
    `Rollback: ${o.rollback === undefined ? "as the deployment group's setting says" : String(o.rollback)}`
  ],
  optionWords: o => (o.rollback === undefined ? [] : [`rollback: ${o.rollback}`]),
  followUp: {
    noun: 'rollback deployment',
    startedBy: 'CodeDeploy',
    expected: o => o.rollback !== false,
    // CodeDeploy may name the rollback deployment a little after the stopped one shows Stopped
    // (not confirmed either way): three more polls.
    extraReads: 3,
    waitFor: o => o.waitForRollback,
    succeeded: status => status === 'Succeeded',
    failedHint:
      'the previous version may not be fully restored. Check it in the CodeDeploy console.'
  },
  load: async config => (await import('./deployment-client.js')).createDeploymentClient(config)
}
