// allowed-account-ids, as aws-actions/configure-aws-credentials has it: before any other AWS call,
// ask STS which account the credentials are of, and act only in a listed one. An emergency stop
// run with the wrong role must stop nothing. Without the input: no call, and nothing loaded.
import { clientConfig } from '../aws-client.js'
import type { Clock } from '../clock.js'
import { wrapAwsError } from '../errors.js'
import { stepRead } from '../read-retry.js'
import { knowAccount } from '../report/report.js'

export interface AccountProblem {
  title: string
  message: string
}

/** The problem that forbids acting, if any; the account STS named is kept for the outputs. */
export async function checkAccount(
  settings: { allowedAccountIds: string[]; region: string },
  deps: { clock: Clock; cancel: AbortSignal }
): Promise<AccountProblem | undefined> {
  const allowed = settings.allowedAccountIds
  if (allowed.length === 0) return undefined
  let account: string
  try {
    const { callerAccount } = await import('./caller-account.js')
    const config = clientConfig(settings.region)
    account = await stepRead(deps)('sts:GetCallerIdentity', signal => callerAccount(config, signal))
  } catch (error) {
    const wrapped = wrapAwsError(
      'ask STS for',
      {
        what: 'the AWS account of the credentials',
        label: 'AWS account',
        check: 'the credentials',
        inputs: 'the credentials step'
      },
      settings.region,
      'sts:GetCallerIdentity',
      error
    )
    return {
      title: 'Could not check the AWS account: nothing was stopped',
      message: `${wrapped.message} With allowed-account-ids set, nothing is stopped until STS has named the account.`
    }
  }
  knowAccount(account)
  if (allowed.includes(account)) return undefined
  return {
    title: `Wrong AWS account ${account}: nothing was stopped`,
    message:
      `The credentials are of AWS account ${account}, which allowed-account-ids does not list ` +
      `(${allowed.join(', ')}): nothing was stopped. Check the role the credentials step assumed, ` +
      `or add the account to allowed-account-ids if it is right.`
  }
}
