// AWS's batch reads take a bounded number of IDs a call (25 for CodeDeploy, 100 for CodeBuild):
// larger sets are cut into chunks read in parallel, and the answers merged.
import { mapLimit } from '../../read-retry.js'
import type { ReleaseRef, ReleaseSnapshot, StatusReads } from '../../release.js'

/**
 * Batch reads in flight at once for one set of releases: enough to read 400 builds in the time of
 * one call, few enough that a large find does not throttle itself.
 */
export const READ_CONCURRENCY = 4

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** Runs `read` on each chunk of `items`, a few at once, and concatenates what they return. */
export async function readInChunks<T, R>(
  items: T[],
  size: number,
  read: (chunk: T[]) => Promise<R[]>
): Promise<R[]> {
  return (await mapLimit(chunks(items, size), READ_CONCURRENCY, read)).flat()
}

/** How long ago, in words, for the log: "3 h", "45 min", "20 s". */
export function ago(ms: number): string {
  if (ms >= 7_200_000) return `${Math.round(ms / 3_600_000)} h`
  if (ms >= 120_000) return `${Math.round(ms / 60_000)} min`
  return `${Math.max(0, Math.round(ms / 1000))} s`
}

/** Every page of a list call, following nextToken to the end. */
export async function allPages<T>(
  list: (nextToken?: string) => Promise<{ items?: T[]; nextToken?: string }>
): Promise<T[]> {
  const all: T[] = []
  let nextToken: string | undefined
  do {
    const page = await list(nextToken)
    all.push(...(page.items ?? []))
    nextToken = page.nextToken
  } while (nextToken)
  return all
}

/**
 * The status reads of a batch read: a snapshot for each release AWS returned, and for each ID it
 * left out the error a single read would have given.
 */
export function readsOf<T>(
  refs: ReleaseRef[],
  items: T[],
  idOf: (item: T) => string | undefined,
  snapshotOf: (item: T) => ReleaseSnapshot,
  missing: (id: string) => Error
): StatusReads {
  const reads: StatusReads = new Map()
  for (const item of items) {
    const id = idOf(item)
    if (id) reads.set(id, snapshotOf(item))
  }
  for (const ref of refs) if (!reads.has(ref.id)) reads.set(ref.id, missing(ref.id))
  return reads
}

/**
 * Batch reads leave unknown IDs out of their answer (or list them apart) instead of failing:
 * such an ID gets the error a single read would have given.
 */
export function notFound(service: string, what: string, id: string): Error {
  const error = new Error(`${service} does not find ${what} ${id}.`)
  error.name = 'ResourceNotFoundException'
  return error
}

export interface ReadBack<T> {
  items: T[]
  /** "200 builds read, newest first (2 pages; the oldest read started 50 h ago)". */
  summary: string
}

/**
 * Pages through a newest-first listing until an item started before `since` (nothing older can
 * still be running), the pages run out, or `maxPages` were read.
 */
export async function readBackTo<T>(options: {
  page: (nextToken?: string) => Promise<{ items: T[]; nextToken?: string }>
  startedAt: (item: T) => number | undefined
  since: number
  now: number
  noun: string
  maxPages?: number
}): Promise<ReadBack<T>> {
  const items: T[] = []
  let pages = 0
  let oldest: number | undefined
  let nextToken: string | undefined
  do {
    const page = await options.page(nextToken)
    pages++
    items.push(...page.items)
    for (const item of page.items) {
      const started = options.startedAt(item)
      if (started !== undefined) oldest = Math.min(oldest ?? started, started)
    }
    const reachedBack = oldest !== undefined && oldest < options.since
    const lastPage = options.maxPages !== undefined && pages >= options.maxPages
    nextToken = reachedBack || lastPage ? undefined : page.nextToken
  } while (nextToken)
  const reach =
    oldest === undefined
      ? 'none started'
      : `the oldest read started ${ago(options.now - oldest)} ago`
  const plural = items.length === 1 ? options.noun : `${options.noun}s`
  return {
    items,
    summary: `${items.length} ${plural} read, newest first (${pages} page${pages === 1 ? '' : 's'}; ${reach})`
  }
}
