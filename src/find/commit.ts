// Which releases belong to a commit. Each kind hands over the texts that may name one (a GitHub
// commitId, an S3 key, a pipeline's source revision, a build's source version); a text names the
// commit when it holds a run of 7 or more hexadecimal digits, not part of a longer such run, of
// which the commit is a prefix or which is a prefix of the commit. So an abbreviated SHA in an S3
// key ("shop-1a2b3c4.zip") matches the full SHA of `github.sha`, and the reverse.
import type { CommitField } from '../release.js'

/** 7 to 64 hex digits (SHA-1 is 40, SHA-256 is 64), bounded by anything that is not one. */
const HEX_RUN = /(?<![0-9a-f])[0-9a-f]{7,64}(?![0-9a-f])/gi

export const COMMIT_PATTERN = /^[0-9a-f]{7,64}$/i

/** The first field that names the commit, or undefined. `commit` is lower-case hex. */
export function matchCommit(fields: CommitField[], commit: string): CommitField | undefined {
  return fields.find(field =>
    (field.value.match(HEX_RUN) ?? []).some(run => {
      const r = run.toLowerCase()
      return r.startsWith(commit) || commit.startsWith(r)
    })
  )
}
