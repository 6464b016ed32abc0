// allowed-account-ids: the action asks STS which account the credentials are of before any other
// AWS call, and acts only in a listed account. Without the input, STS is never asked.
import { describe, expect, it } from '@jest/globals'
import { errorAnnotations, type RunOptions } from '../../scripts/action-runner.js'
import { fake, runOnFake, useFakeAws } from '../support/fake-aws.js'

useFakeAws()

const FAKE_ACCOUNT = '123456789012'
const OTHER_ACCOUNT = '210987654321'

function step(inputs: Record<string, string>, options: Partial<RunOptions> = {}) {
  return runOnFake(inputs, options)
}

const operations = (): string[] => fake.requests.map(r => r.operation)

describe('allowed-account-ids', () => {
  it('lists the account: asks STS first, then stops, and outputs the account', async () => {
    const id = fake.addBuild()
    const run = await step({
      target: 'build',
      id,
      'allowed-account-ids': `111111111111, ${FAKE_ACCOUNT}`
    })
    expect([run.code, run.outputs.status, run.stderr]).toEqual([0, 'Pending', ''])
    expect(operations()).toEqual(['GetCallerIdentity', 'StopBuild'])
    expect(run.outputs['aws-account-id']).toBe(FAKE_ACCOUNT)
  })

  it('does not list the account: stops nothing, finds nothing, and names the account', async () => {
    const id = fake.addBuild({ projectName: 'web' })
    fake.setAccount(OTHER_ACCOUNT)
    const run = await step({
      target: 'build',
      id,
      project: 'web',
      'allowed-account-ids': `${FAKE_ACCOUNT}\n111111111111`
    })
    expect([run.code, run.outputs.status]).toEqual([1, 'Failed'])
    // Not a single call after STS's answer: no find, no stop.
    expect(operations()).toEqual(['GetCallerIdentity'])
    expect(fake.get(id)?.stopCount).toBe(0)
    expect(run.outputs['aws-account-id']).toBe(OTHER_ACCOUNT)
    expect(run.outputs['status-message']).toBe(
      `The credentials are of AWS account ${OTHER_ACCOUNT}, which allowed-account-ids does not list (${FAKE_ACCOUNT}, 111111111111): nothing was stopped. Check the role the credentials step assumed, or add the account to allowed-account-ids if it is right.`
    )
    expect(JSON.parse(run.outputs.releases ?? '[]')).toEqual([
      expect.objectContaining({ id, status: 'Failed' })
    ])
    expect(errorAnnotations(run.stdout)).toEqual([run.outputs['status-message']])
    expect(run.summary).toContain(OTHER_ACCOUNT)
  })

  it('not set: STS is never asked, and aws-account-id is empty', async () => {
    const id = fake.addBuild()
    const run = await step({ target: 'build', id })
    expect([run.code, run.outputs.status]).toEqual([0, 'Pending'])
    expect(operations()).toEqual(['StopBuild'])
    expect(run.outputs['aws-account-id']).toBe('')
  })

  it('STS rejects the credentials: nothing is stopped, and the step says why', async () => {
    const id = fake.addBuild()
    fake.fault({
      service: 'sts',
      operation: 'GetCallerIdentity',
      type: 'error',
      status: 403,
      errorType: 'InvalidClientTokenId',
      message: 'The security token included in the request is invalid.'
    })
    const run = await step({ target: 'build', id, 'allowed-account-ids': FAKE_ACCOUNT })
    expect([run.code, run.outputs.status]).toEqual([1, 'Failed'])
    expect(operations()).toEqual(['GetCallerIdentity'])
    expect(run.outputs['status-message']).toMatch(
      /^Could not ask STS for the AWS account of the credentials: InvalidClientTokenId: The security token included in the request is invalid\..*With allowed-account-ids set, nothing is stopped until STS has named the account\.$/
    )
  })

  it('a value that is not an account ID is bad input, before any AWS call', async () => {
    const run = await step({ target: 'build', project: 'web', 'allowed-account-ids': '1234-5678' })
    expect([run.code, run.outputs.status]).toEqual([1, 'Failed'])
    expect(run.outputs['status-message']).toBe(
      'Input "allowed-account-ids" must be AWS account IDs of 12 digits, separated by commas or new lines; got "1234-5678".'
    )
    expect(operations()).toEqual([])
  })

  it('a guard in the wrong account fails in its main step, and its post step stops nothing', async () => {
    const id = fake.addBuild()
    fake.setAccount(OTHER_ACCOUNT)
    const inputs = { target: 'build', id, guard: 'true', 'allowed-account-ids': FAKE_ACCOUNT }
    const main = await step(inputs)
    expect([main.code, main.outputs.status]).toEqual([1, 'Failed'])
    expect(main.outputs['status-message']).toMatch(
      /does not list .*The post step checks the account again before it stops anything\.$/
    )
    fake.clearRequests()
    // The job then fails: the post step runs with what the main step saved.
    const post = await step(inputs, { state: main.state })
    expect([post.code, post.outputs.status]).toEqual([1, 'Failed'])
    expect(operations()).toEqual(['GetCallerIdentity'])
    expect(fake.get(id)?.stopCount).toBe(0)
  })
})
