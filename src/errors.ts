// Errors are wrapped once, with context, where they happen, and turned into the step's failure
// once, at the top (main.ts).
import type { KindDeclaration } from './kinds/contract.js'
import { declarationOf } from './kinds/registry.js'
import { describeRelease, type ReleaseRef } from './release.js'
import { oneLine } from './log.js'

/** Bad input: found before any AWS call. */
export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `Invalid inputs:\n- ${problems.join('\n- ')}`)
    this.name = 'InputError'
  }
}

/** An AWS call that failed for good (after the SDK's own retries). */
export class AwsCallError extends Error {
  constructor(
    message: string,
    readonly awsName: string,
    cause: unknown,
    /**
     * Set when the problem is not about one release (credentials, the endpoint, the network): the
     * error and its fix without the release, so that many releases failing alike say it once.
     */
    readonly common?: string
  ) {
    super(message, { cause })
    this.name = 'AwsCallError'
  }
}

interface SdkErrorShape {
  name?: string
  message?: string
  code?: string
  $fault?: string
  $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number }
}

/** The services' own "not found" errors are declared by each kind (notFoundErrors). */
const NOT_FOUND = new Set(['ResourceNotFoundException', 'NotFoundException'])
const ACCESS_DENIED = new Set([
  'AccessDeniedException',
  'AccessDenied',
  'UnauthorizedOperation',
  'NotAuthorizedException'
])
const BAD_CREDENTIALS = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'ExpiredTokenException',
  'ExpiredToken',
  'IncompleteSignature',
  'MissingAuthenticationTokenException',
  // The awsQuery services' names for the same.
  'SignatureDoesNotMatch',
  'MissingAuthenticationToken'
])
const THROTTLED = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded'
])
const INVALID_REQUEST = new Set([
  'ValidationException',
  'InvalidInputException',
  'InvalidParameterException'
])
/** An answer that did not come from AWS (http-handler.ts): a proxy, or a wrong endpoint. */
const NOT_AWS = 'NotAwsAnswer'
const NETWORK = ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EPIPE']

/** Node's error code can be lost when the SDK re-wraps an error, but it stays in the message. */
function isNetworkError(name: string, e: SdkErrorShape): boolean {
  return NETWORK.some(code => name === code || e.code === code || (e.message ?? '').includes(code))
}

/** What an AWS call was about, for its error message and hints. */
export interface CallSubject {
  /** "CodeDeploy deployment d-…", "the deployments of application shop". */
  what: string
  /** The kind of resource the hints speak of: "CodeDeploy deployment", "CodeBuild project". */
  label: string
  /** What to check when AWS does not find it ("the ID"), and which inputs when AWS rejects the request. */
  check: string
  inputs: string
  /** The kind the call is about: its own not-found and rejected errors, and its hints. */
  kind?: KindDeclaration
}

/**
 * One line a tired on-call engineer can act on: what was being done, AWS's error name and
 * message, and a hint where one helps.
 */
export function describeAwsError(
  action: string,
  ref: ReleaseRef,
  region: string,
  permission: string,
  error: unknown
): AwsCallError {
  const kind = declarationOf(ref.kind)
  return wrapAwsError(
    action,
    { what: describeRelease(ref), label: kind.label, check: 'the ID', inputs: kind.idInputs, kind },
    region,
    permission,
    error
  )
}

export function wrapAwsError(
  action: string,
  subject: CallSubject,
  region: string,
  permission: string,
  error: unknown
): AwsCallError {
  const e = shapeOf(error)
  const name = errorName(e)
  const awsMessage = oneLine(e.message || String(error))
  const hint = hintFor(name, e, subject, permission, region)
  const requestId = e.$metadata?.requestId
    ? ` (AWS request ID ${oneLine(e.$metadata.requestId)})`
    : ''
  // Not AWS's answer: no AWS error name to give, and the message says what to check.
  const said = name === NOT_AWS ? awsMessage : `${name}: ${awsMessage}`
  const message = `Could not ${action} ${subject.what}: ${said}${requestId}${hint ? `. ${hint}` : ''}`
  const common = isCommonProblem(name, e) ? `${said}${hint ? `. ${hint}` : ''}` : undefined
  return new AwsCallError(message, name, error, common)
}

/** Credentials missing or rejected, the endpoint unreachable: every call of the step meets it. */
function isCommonProblem(name: string, e: SdkErrorShape): boolean {
  return (
    BAD_CREDENTIALS.has(name) ||
    isMissingCredentials(name, e) ||
    name === 'TimeoutError' ||
    name === NOT_AWS ||
    isNetworkError(name, e)
  )
}

function isMissingCredentials(name: string, e: SdkErrorShape): boolean {
  return name === 'CredentialsProviderError' || /could not load credentials/i.test(e.message ?? '')
}

/**
 * What to say when the SDK could not get credentials at all, before any release is touched.
 * `guard`: said in a guard's main or post step, where the fix is the order of the steps.
 */
export function credentialsProblem(
  error: unknown,
  guard: boolean
): { title: string; message: string } {
  const e = shapeOf(error)
  const name = errorName(e)
  const said = oneLine(e.message || String(error))
  if (isMissingCredentials(name, e))
    return {
      title: 'No AWS credentials',
      message: guard
        ? `No AWS credentials were found (${said}). A guard needs them in its main step and in its post step: put aws-actions/configure-aws-credentials before the guard step (post steps run in reverse order, so the guard's then runs before that action removes the credentials).`
        : `No AWS credentials were found (${said}): add aws-actions/configure-aws-credentials before this step.`
    }
  return {
    title: 'Could not get AWS credentials',
    message: `Could not get AWS credentials: ${name}: ${said}. Check the credentials step before this one (role ARN, trust policy, id-token: write for OIDC, the profile or container settings).`
  }
}

/** The role may not do this: a policy to change, not a fault to retry. */
export function isAccessDenied(error: unknown): boolean {
  const e = shapeOf(error)
  const name = errorName(e)
  return (
    ACCESS_DENIED.has(name) || (e.$metadata?.httpStatusCode === 403 && !BAD_CREDENTIALS.has(name))
  )
}

/** AWS said "slow down": worth another try after a pause, however many the SDK already made. */
export function isThrottlingError(error: unknown): boolean {
  if (error instanceof AwsCallError) return THROTTLED.has(error.awsName)
  return THROTTLED.has(errorName(shapeOf(error)))
}

/**
 * A fault that a later call may not meet: throttling, AWS's own 5xx, the network. Anything else
 * (access denied, not found, validation, credentials) will fail the same way every time.
 */
export function isTransientAwsError(error: unknown): boolean {
  const e = shapeOf(error)
  const name = errorName(e)
  return (
    THROTTLED.has(name) ||
    e.$fault === 'server' ||
    (e.$metadata?.httpStatusCode ?? 0) >= 500 ||
    name === 'TimeoutError' ||
    isNetworkError(name, e)
  )
}

function shapeOf(error: unknown): SdkErrorShape {
  return (typeof error === 'object' && error !== null ? error : {}) as SdkErrorShape
}

function errorName(e: SdkErrorShape): string {
  return e.name && e.name !== 'Error' ? e.name : (e.code ?? 'Error')
}

function hintFor(
  name: string,
  e: SdkErrorShape,
  subject: CallSubject,
  permission: string,
  region: string
): string {
  const label = subject.label
  if (name === NOT_AWS) return ''
  const kindHint = subject.kind?.errorHints?.[name]
  const fitted = typeof kindHint === 'function' ? kindHint(region, e.message ?? '') : kindHint
  if (fitted) return fitted
  if (isAccessDenied(e)) {
    return `The role these credentials belong to needs the IAM action ${permission} on this ${label} (docs/iam.md has a least-privilege policy for each kind).`
  }
  if (NOT_FOUND.has(name) || subject.kind?.notFoundErrors.includes(name)) {
    return `Check ${subject.check}, the region (${region}) and that the credentials are for the AWS account that owns this ${label}.`
  }
  if (BAD_CREDENTIALS.has(name)) {
    return 'The AWS credentials were rejected: they may be expired or wrong. Configure them with aws-actions/configure-aws-credentials before this step.'
  }
  if (isMissingCredentials(name, e)) {
    return 'No AWS credentials were found: add aws-actions/configure-aws-credentials before this step (for a guard, before the guard step: post steps run in reverse order, so its post step then runs before that action removes the credentials).'
  }
  if (THROTTLED.has(name)) {
    return `AWS was still throttling after ${e.$metadata?.attempts ?? 'several'} attempts: run the step again, or raise AWS_MAX_ATTEMPTS.`
  }
  if (name === 'ConflictException') {
    return `AWS refused it in the ${label}'s current state: check it in the console.`
  }
  if (INVALID_REQUEST.has(name) || subject.kind?.rejectedErrors?.includes(name)) {
    return `AWS rejected the request: check ${subject.inputs}.`
  }
  if (name === 'TimeoutError' || isNetworkError(name, e)) {
    return 'AWS could not be reached: check the network, the region and any AWS_ENDPOINT_URL setting.'
  }
  if (e.$fault === 'server' || (e.$metadata?.httpStatusCode ?? 0) >= 500) {
    return 'AWS had an internal error and the retries did not get through: run the step again.'
  }
  return ''
}

/** The AWS error name of an SDK exception ("DeploymentAlreadyCompletedException"), if any. */
export function awsErrorName(error: unknown): string | undefined {
  return shapeOf(error).name
}

export function awsErrorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
