// Which AWS account the credentials are of: STS GetCallerIdentity, which needs no permission.
// Loaded only when allowed-account-ids is set, so a step without it loads no STS client.
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import type { ClientConfig } from '../aws-client.js'
import { sdkConfig } from '../kinds/support/sdk-config.js'

export async function callerAccount(config: ClientConfig, signal?: AbortSignal): Promise<string> {
  const client = new STSClient(sdkConfig(config))
  try {
    const answer = await client.send(
      new GetCallerIdentityCommand({}),
      signal ? { abortSignal: signal } : {}
    )
    if (!answer.Account) throw new Error('STS GetCallerIdentity answered without an account')
    return answer.Account
  } finally {
    client.destroy()
  }
}
