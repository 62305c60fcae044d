import { IssuesError } from './issues-error.js';
import type { Issue } from './issue.js';

/**
 * Thrown when a rule set is malformed: a rule file that does not match the rule schema,
 * an unknown operator or measurement key, a threshold that is not a decimal string, a
 * `path` expression, duplicate ids or numbers. Each issue's path starts with the rule's
 * name (or its index when it has none).
 *
 * @example
 * ```ts
 * try {
 *   createEvaluator({ name: 'draft', rules: [{ name: 'x' }] });
 * } catch (error) {
 *   if (error instanceof RuleSetError) for (const issue of error.issues) console.log(issue.path, issue.message);
 * }
 * ```
 */
export class RuleSetError extends IssuesError {
  static override readonly kind: string = 'RuleSetError';
  declare readonly name: 'RuleSetError';

  constructor(issues: readonly Issue[]) {
    super('Invalid rule set', issues);
  }
}
