import { formatIssues } from './format-issues.js';
import { freezeIssues, type Issue } from './issue.js';

/**
 * The brand every error of this package carries, under a registered symbol: the same
 * symbol in every realm and every copy of the package, so that `instanceof` holds for an
 * error thrown by the CommonJS build and tested against the ESM class, and the other way.
 */
const brand = Symbol.for('ankang-eco-indicators.error');

/** Issues shown in an error's message; all of them are in `issues`. */
const issuesInMessage = 5;

/**
 * The base of the errors that carry `issues`: {@link ValidationError}, {@link RuleSetError},
 * {@link CaseFileError} and {@link CaseFailedError}. Test for one with `instanceof` (it holds
 * across the package's ESM and CommonJS builds and across realms) or for any with
 * `instanceof IssuesError`.
 *
 * @example
 * ```ts
 * try {
 *   await evaluate(2020, { greenTravelPercnt: 52 });
 * } catch (error) {
 *   if (error instanceof IssuesError) console.error(formatIssues(error.issues));
 * }
 * ```
 */
export class IssuesError extends Error {
  /** The name of the errors of this class, and their brand. */
  static readonly kind: string = 'IssuesError';
  /** Every problem found, each with its path and message. */
  readonly issues: readonly Issue[];

  /** `what` heads the message (`Invalid input`); the first issues follow, one per line. */
  constructor(what: string, issues: readonly Issue[], message?: string) {
    super(
      message ??
        `${what} (${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}):\n${formatIssues(issues, { limit: issuesInMessage })}`,
    );
    const kind = new.target.kind;
    Object.defineProperty(this, brand, { value: kind });
    Object.defineProperty(this, 'name', { value: kind, writable: true, configurable: true });
    this.issues = freezeIssues(issues);
  }

  /**
   * `error instanceof ValidationError` by brand, not by prototype: a second copy of the
   * package (its other build, another realm) makes errors of its own classes.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== 'object' || value === null) return false;
    const kind = (value as { readonly [brand]?: unknown })[brand];
    if (typeof kind !== 'string') return false;
    return this.kind === IssuesError.kind || kind === this.kind;
  }
}
