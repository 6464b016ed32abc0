// What the action asks of the list of kinds, made from the declarations registry.ts lists (and,
// in the contract test, from a made-up kind besides them).
import type { ClientConfig } from '../aws-client.js'
import type { KindDeclaration, ReleaseKind } from './contract.js'

export interface KindList {
  readonly KINDS: readonly KindDeclaration[]
  /** The accepted values of the `target` input. */
  readonly TARGETS: readonly string[]
  /** The declaration of a target; throws for a name no kind declares (a defect: inputs are checked). */
  declarationOf(target: string): KindDeclaration
  /** The kind with its client: only now is its SDK client imported. */
  loadReleaseKind(declaration: KindDeclaration, config: ClientConfig): Promise<ReleaseKind>
}

export function kindList(kinds: readonly KindDeclaration[]): KindList {
  const targets = kinds.map(k => k.target)
  const duplicate = targets.find((t, i) => targets.indexOf(t) !== i)
  if (duplicate) throw new Error(`two kinds declare the target ${duplicate}`)
  return {
    KINDS: kinds,
    TARGETS: targets,
    declarationOf(target) {
      const found = kinds.find(k => k.target === target)
      if (!found) throw new Error(`no kind of release has the target ${JSON.stringify(target)}`)
      return found
    },
    async loadReleaseKind(declaration, config) {
      const client = await declaration.load(config)
      return {
        declaration,
        stop: (ref, options) => client.stop(ref, options),
        readStatuses: (refs, signal) => client.readStatuses(refs, signal),
        find: (query, ctx) => client.find(query, ctx),
        checkCredentials: () => client.checkCredentials()
      }
    }
  }
}
