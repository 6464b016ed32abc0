// @ts-check
// The guard job fails on purpose, so its own result says nothing; its steps do. Reads them from
// the GitHub API (the runner's jobs list of this run attempt) and checks that the failure came
// from the step meant to fail, and that the guard's post step and the check after it succeeded.
//   node .github/self-test/check-guard-job.js "JOB NAME" "FAILING STEP" "GUARD STEP" "CHECK STEP"
const [jobName, failingStep, guardStep, checkStep] = process.argv.slice(2)
const { GITHUB_API_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_TOKEN } =
  process.env
if (!jobName || !failingStep || !guardStep || !checkStep) {
  console.error('usage: check-guard-job.js JOB FAILING-STEP GUARD-STEP CHECK-STEP')
  process.exit(2)
}
const url = `${GITHUB_API_URL}/repos/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}/attempts/${GITHUB_RUN_ATTEMPT ?? 1}/jobs?per_page=100`
const response = await fetch(url, {
  headers: { authorization: `Bearer ${GITHUB_TOKEN}`, accept: 'application/vnd.github+json' }
})
if (!response.ok) {
  console.error(`GET ${url}: ${response.status} ${await response.text()}`)
  process.exit(1)
}
/** @type {{ jobs: { name: string, steps?: { name: string, conclusion: string | null }[] }[] }} */
const { jobs } = /** @type {any} */ (await response.json())
const job = jobs.find(j => j.name === jobName)
if (!job) {
  console.error(`no job named "${jobName}" in this run: ${jobs.map(j => j.name).join(', ')}`)
  process.exit(1)
}
const steps = new Map((job.steps ?? []).map(s => [s.name, s.conclusion]))
const expected = [
  [failingStep, 'failure'],
  [`Post ${guardStep}`, 'success'],
  [`Post ${checkStep}`, 'success']
]
let ok = true
for (const [name, conclusion] of expected) {
  const got = steps.get(name ?? '')
  console.log(`${name}: ${got ?? 'not found'} (expected ${conclusion})`)
  if (got !== conclusion) ok = false
}
if (!ok) {
  console.error(`steps of "${jobName}": ${[...steps].map(([n, c]) => `${n}=${c}`).join(', ')}`)
  process.exit(1)
}
