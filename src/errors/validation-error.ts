import { IssuesError } from './issues-error.js';
import type { Issue } from './issue.js';

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
export class ValidationError extends IssuesError {
  static override readonly kind: string = 'ValidationError';
  declare readonly name: 'ValidationError';

  constructor(issues: readonly Issue[]) {
    super('Invalid input', issues);
  }
}
