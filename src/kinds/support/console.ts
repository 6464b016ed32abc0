// The AWS console's address in each partition, for the links each kind builds.

export function consoleOrigin(region: string): string {
  if (region.startsWith('cn-')) return 'https://console.amazonaws.cn'
  if (region.startsWith('us-gov-')) return 'https://console.amazonaws-us-gov.com'
  return `https://${region}.console.aws.amazon.com`
}

/** The CodeSuite consoles (CodeDeploy, CodePipeline, CodeBuild) share one base. */
export function codesuite(region: string, path: string): string {
  return `${consoleOrigin(region)}/codesuite/${path}?region=${region}`
}
