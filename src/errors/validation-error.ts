import { describeIssues, freezeIssues, type Issue } from './issue.js';

/**
 * Thrown (as a rejection of {@link evaluate}) when the year, the measurements or the
 * options are invalid. `issues` lists every problem with its path and a message.
 *
 * @example
 * ```ts
 * try {
 *   await evaluate(2020, { greenTravelPercnt: 52 });
 * } catch (error) {
 *   if (error instanceof ValidationError) console.log(error.issues);
 *   // [{ path: ['measurements', 'greenTravelPercnt'], message: 'unknown measurement key …; did you mean "greenTravelPercent"?' }]
 * }
 * ```
 */
export class ValidationError extends Error {
  override name = 'ValidationError' as const;
  /** Every problem found, each with its path and message. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    super(describeIssues('Invalid input', issues));
    this.issues = freezeIssues(issues);
  }
}
