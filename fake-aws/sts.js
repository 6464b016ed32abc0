// @ts-check
// AWS STS (awsQuery, Version 2011-06-15, signing name sts): GetCallerIdentity only, for the
// action's allowed-account-ids check. Every caller is the fake account's role session; the
// account can be changed (setAccount) to play credentials of another account.
import { ACCOUNT_ID, RecordStore } from './common.js'

const ACCOUNT = /^\d{12}$/

/** @extends {RecordStore<never>} */
export class StsState extends RecordStore {
  constructor() {
    super()
    this.account = ACCOUNT_ID
    /** @type {Record<string, import('./common.js').Handler>} */
    this.operations = {
      GetCallerIdentity: () => ({
        UserId: 'AROAFAKEROLE00000001:stop-aws-release',
        Account: this.account,
        Arn: `arn:aws:sts::${this.account}:assumed-role/release-stopper/stop-aws-release`
      })
    }
  }

  /** @param {string} account the account the credentials are of, from now on */
  setAccount(account) {
    if (typeof account !== 'string' || !ACCOUNT.test(account))
      throw new TypeError(`account must be 12 digits; got ${JSON.stringify(account)}`)
    this.account = account
  }

  /**
   * Not a kind of release: add is never routed here.
   * @returns {string}
   */
  add() {
    throw new TypeError('STS holds no releases')
  }

  /** @override */
  reset() {
    super.reset()
    this.account = ACCOUNT_ID
  }
}
