import { describe, expect, it } from '@jest/globals'
import { codeBuildStopResult, outcomeOfBuildStatus } from '../../src/kinds/codebuild/status.js'

describe('outcomeOfBuildStatus', () => {
  it('STOPPED means stopped', () => {
    expect(outcomeOfBuildStatus('build', 'STOPPED').status).toBe('Succeeded')
  })

  it('IN_PROGRESS means the stop is pending, with the phase when known', () => {
    expect(outcomeOfBuildStatus('build', 'IN_PROGRESS', 'BUILD')).toEqual({
      status: 'Pending',
      statusMessage: 'CodeBuild accepted the stop; the build is still IN_PROGRESS (phase BUILD).'
    })
  })

  it.each(['SUCCEEDED', 'FAILED', 'FAULT', 'TIMED_OUT'])(
    '%s means it had already finished',
    status => {
      const outcome = outcomeOfBuildStatus('build batch', status)
      expect(outcome.status).toBe('AlreadyCompleted')
      expect(outcome.statusMessage).toBe(
        `The build batch had already finished with ${status}; nothing was stopped.`
      )
    }
  )

  it('no status is never reported as stopped', () => {
    expect(outcomeOfBuildStatus('build', undefined).status).toBe('Pending')
  })
})

describe('codeBuildStopResult', () => {
  it('carries the status CodeBuild reported as the target status', () => {
    const ref = { kind: 'build' as const, id: 'p:3137f7cb-7cf7-4c6a-9c0e-0b2a5bb6e4a1' }
    const result = codeBuildStopResult(ref, 'https://console/', 'build', 'STOPPED', 'COMPLETED')
    expect(result).toMatchObject({ ref, status: 'Succeeded', targetStatus: 'STOPPED' })
    expect(result.consoleUrl).toBe('https://console/')
    expect(
      codeBuildStopResult(ref, 'https://console/', 'build', undefined, undefined)
    ).not.toHaveProperty('targetStatus')
  })
})
