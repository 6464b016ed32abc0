// The contract every kind of release implements, in two parts:
// - a declaration (`KindDeclaration`), everything the action knows about the kind without AWS:
//   its target name, its inputs and how they are read, its ID shapes, labels, links, IAM actions,
//   error hints, how its find reads in a log line, its follow-up. It is loaded at start-up, so it
//   imports no SDK client.
// - a client (`KindClient`), loaded only for the kind asked for (`declaration.load`): stop,
//   batched status reads, find, credentials. It is the only code that imports the kind's SDK.
// The phases (settings, find, stop, dry run, wait, report, guard) know only this contract; the
// kinds are listed once, in registry.ts. See docs/adding-a-kind.md.
import type { ClientConfig } from '../aws-client.js'
import type { Read } from '../read-retry.js'
import type { FindResult, ReleaseRef, StatusReads, StopResult } from '../release.js'

/** Reads one input by name ('' when not given). */
export type InputReader = (name: string) => string

/** An input only some kinds use. The inputs every kind uses are settings.ts's own. */
export interface KindInput {
  name: string
  /**
   * `find`: it names what to find; given with another target it is an error (the user meant
   * another target). `option`: it changes how the kind stops; given with another target it is
   * ignored, with a warning.
   */
  role: 'find' | 'option'
  /**
   * action.yml's default, if it has one: the runner always sets it, so only another value counts
   * as given (for the "ignored with this target" warning).
   */
  default?: string
}

/** What settings.ts hands a kind to read its own inputs with, and the common parsers. */
export interface InputContext {
  read: InputReader
  /** The step's environment (the run a default reason names). */
  env: NodeJS.ProcessEnv
  /** The IDs given in `id`, split and deduplicated. */
  ids: string[]
  /** Add a problem: every problem is reported together, before any AWS call. */
  problem(message: string): void
  /** Add a warning: an input the kind reads but cannot fully honour (an annotation, no failure). */
  warning(message: string): void
  /** A true/false input (`undefined` fallback: tri-state), reporting a bad value. */
  bool(name: string, fallback: boolean | undefined): boolean | undefined
  /** A name input checked against a pattern ('' when not given), reporting a bad value. */
  name(name: string, pattern: RegExp, accepts: string): string
  /** User text quoted for a message, on one line and shortened. */
  quote(raw: string): string
}

export interface KindInputs<Q, O> {
  /** The find by name to run; undefined when the inputs name nothing to find. */
  find?: Q
  /** How to stop, passed to the client's stop as it is. */
  options: O
  /**
   * What each ID given lives in, when the kind's IDs need it: the pipeline of an execution.
   * Undefined for kinds whose IDs stand alone.
   */
  parent?: string
}

export interface KindDeclaration<Q = unknown, O = unknown> {
  /** The `target` input's value: "deployment", "build-batch". */
  readonly target: string
  /** "CodeDeploy deployment"; its plural "CodeDeploy deployments". */
  readonly label: string
  readonly plural: string
  /**
   * What `id` takes, or `{ none: "…" }` for a kind whose releases are named otherwise (a stack by
   * its `stack` input): the problem to report when `id` is given.
   */
  readonly id:
    | {
        pattern: RegExp
        /** What `id` accepts, for the message: 'a CodeDeploy deployment ID: "d-" then ...'. */
        accepts: string
        /** A hint for an ID of no kind's shape (an ARN of the wrong thing), or ''. */
        hint?(id: string): string
      }
    | { none: string }
  /** How messages name one release, when its ID is long (a stack's ARN): its ID by default. */
  nameOf?(id: string): string
  /** The inputs to check when AWS rejects a request about one release: 'the "id" input'. */
  readonly idInputs: string
  /** The inputs only this kind (and maybe others) uses. */
  readonly inputs: KindInput[]
  /** Reads and validates this kind's inputs (the common ones are read already). */
  readInputs(ctx: InputContext): KindInputs<Q, O>
  /** How to find releases by name instead, for "id is required": 'give "project" to ...'. */
  readonly findAlternative: string
  /** `commit` applies, or the problem to report when it is given. */
  readonly commit: { applies: true } | { applies: false; problem: string }
  /** "application shop (every deployment group)", for log lines and titles. */
  describeQuery(query: Q): string
  /** How to narrow a find that matched more than max-releases: 'add "commit" or a deployment group'. */
  readonly narrow: string
  /** What `ReleaseRef.parent` is: its label in messages and its key in the `releases` output. */
  readonly parent?: { label: string; outputKey: string }
  consoleUrl(ref: ReleaseRef, region: string): string
  /**
   * The IAM actions, for access-denied hints and the policies in docs/iam.md (a test checks the page
   * names each): the stop, the status read, and what a find by name calls besides the read.
   */
  readonly permissions: { stop: string; read: string; find: string[] }
  /** AWS errors that mean "not found" for this kind's calls (the hint says what to check). */
  readonly notFoundErrors: string[]
  /** AWS errors that mean the request was rejected as malformed (the hint names the inputs). */
  readonly rejectedErrors?: string[]
  /**
   * AWS error name → a hint fitted to this kind, given the region and AWS's message (one error
   * name can mean several things: CloudFormation's ValidationError). '' for no hint of its own.
   */
  readonly errorHints?: Record<string, string | ((region: string, message: string) => string)>
  /** Log lines that say how it stops: "Rollback: true". */
  optionLines(options: O): string[]
  /** Words for the guard's line: "rollback: true". */
  optionWords(options: O): string[]
  /**
   * A release the stop may start to undo the stopped one, followed by the wait (CodeDeploy's
   * rollback deployment, a new deployment with its own ID, read like any deployment).
   */
  readonly followUp?: {
    /** "rollback deployment", and who starts it: "CodeDeploy". */
    noun: string
    startedBy: string
    /** The stop may start one: worth `extraReads` more reads of the stopped release for its ID. */
    expected(options: O): boolean
    /** How many more polls to look for its ID once the stopped release has ended. */
    extraReads: number
    /** Wait for it to end too. */
    waitFor(options: O): boolean
    /** It ended as it should (the previous version is back). */
    succeeded(status: string): boolean
    /** What it means, and what to do, when it ended other than Succeeded. */
    failedHint: string
  }
  /** Loads the client: the SDK client is imported here, and only for the kind asked for. */
  load(config: ClientConfig): Promise<KindClient<Q, O>>
}

/** What a find is given besides its query. */
export interface FindContext {
  now: number
  /** Every AWS call of the find goes through this: it retries passing faults and honours cancel. */
  read: Read
  /**
   * A guard's main step: a name the job is about to create (a stack) may not exist yet, and is
   * no error there.
   */
  lenient?: boolean
}

export interface KindClient<Q = unknown, O = unknown> {
  /**
   * Stops one release. A result whose stop did otherwise than the options asked (a rollback AWS
   * cannot make, done as a cancel) says so in `warning`, which becomes a warning annotation.
   */
  stop(ref: ReleaseRef, options: O): Promise<StopResult>
  /**
   * One status read of every release given, batched as the API allows. Throws the SDK's error as
   * it is when the whole read failed, so that the poller can tell a passing fault from one that
   * no retry fixes.
   */
  readStatuses(refs: ReleaseRef[], signal?: AbortSignal): Promise<StatusReads>
  /** The releases of this kind that are running now and match the query's names. */
  find(query: Q, ctx: FindContext): Promise<FindResult>
  /**
   * Resolves the client's credentials (no AWS call with keys in the environment): a missing
   * credential is one problem for the whole step, found before any release is touched.
   */
  checkCredentials(): Promise<void>
}

/** A loaded kind: its declaration and its client. What the phases are given. */
export interface ReleaseKind<Q = unknown, O = unknown> extends KindClient<Q, O> {
  readonly declaration: KindDeclaration<Q, O>
}
