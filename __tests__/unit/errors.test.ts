import { describe, expect, it } from '@jest/globals'
import { describeAwsError, isTransientAwsError } from '../../src/errors.js'

/** The shape of an AWS SDK v3 service exception. */
function sdkError(
  name: string,
  status: number,
  fault: 'client' | 'server' = 'client',
  message = 'm'
) {
  return Object.assign(new Error(message), {
    name,
    $fault: fault,
    $metadata: { httpStatusCode: status, requestId: 'req-1', attempts: 3 }
  })
}

const BUILD = { kind: 'build' as const, id: 'web:3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1' }

describe('isTransientAwsError', () => {
  it.each([
    ['ThrottlingException', sdkError('ThrottlingException', 400)],
    ['TooManyRequestsException', sdkError('TooManyRequestsException', 429)],
    ['InternalFailure', sdkError('InternalFailure', 500, 'server')],
    ['ServiceUnavailable', sdkError('ServiceUnavailable', 503, 'server')],
    ['TimeoutError', Object.assign(new Error('timed out'), { name: 'TimeoutError' })],
    ['ECONNRESET', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
    [
      'a re-wrapped ECONNREFUSED',
      new Error('AWS SDK error wrapper for Error: connect ECONNREFUSED 127.0.0.1:9')
    ]
  ])('%s is transient', (_name, error) => {
    expect(isTransientAwsError(error)).toBe(true)
  })

  it.each([
    sdkError('AccessDeniedException', 400),
    sdkError('ResourceNotFoundException', 400),
    sdkError('ValidationException', 400),
    sdkError('ExpiredTokenException', 400),
    Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError'
    })
  ])('$name is not transient', error => {
    expect(isTransientAwsError(error)).toBe(false)
  })
})

describe('describeAwsError', () => {
  const describe_ = (error: unknown) =>
    describeAwsError('stop', BUILD, 'eu-west-1', 'codebuild:StopBuild', error).message

  it('names the release, the AWS error, its message and request ID', () => {
    expect(describe_(sdkError('ValidationException', 400, 'client', 'bad id'))).toBe(
      `Could not stop CodeBuild build ${BUILD.id}: ValidationException: bad id (AWS request ID req-1). ` +
        // A build is named by "id" alone: the hint no longer names pipeline-name for every kind.
        'AWS rejected the request: check the "id" input.'
    )
  })

  it.each([
    [
      sdkError('AccessDeniedException', 400),
      'needs the IAM action codebuild:StopBuild on this CodeBuild build'
    ],
    [sdkError('SomethingForbidden', 403), 'needs the IAM action codebuild:StopBuild'],
    [sdkError('ResourceNotFoundException', 400), 'Check the ID, the region (eu-west-1)'],
    [sdkError('ExpiredTokenException', 400), 'The AWS credentials were rejected'],
    [
      Object.assign(new Error('Could not load credentials from any providers'), {
        name: 'CredentialsProviderError'
      }),
      'add aws-actions/configure-aws-credentials before this step'
    ],
    [sdkError('ThrottlingException', 400), 'still throttling after 3 attempts'],
    [sdkError('InternalFailure', 500, 'server'), 'AWS had an internal error'],
    [
      Object.assign(new Error('getaddrinfo ENOTFOUND x'), { code: 'ENOTFOUND' }),
      'AWS could not be reached'
    ]
  ])('hints: %#', (error, hint) => {
    expect(describe_(error)).toContain(hint)
  })

  it('keeps AWS text on one line', () => {
    expect(describe_(sdkError('X', 400, 'client', 'a\n::add-mask::b'))).not.toMatch(/\n/)
  })
})
