// ID shapes and hints shared by several kinds.
import { quote } from '../../quote.js'

/** A lower-case UUID, as CodePipeline and CodeBuild write them. */
export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'

/** For a kind whose IDs are not ARNs: an ARN pasted in `id` holds the ID after its last "/". */
export function arnIdHint(id: string): string {
  const arnId = /^arn:aws[a-z-]*:[a-z]+:[^:]*:\d*:[a-z-]+\/(.+)$/.exec(id)?.[1]
  return arnId ? ` That is an ARN: give the ID part, ${quote(arnId)}.` : ''
}
