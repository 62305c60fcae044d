import type { CaseMismatch } from '../cases.js';
import type { Issue } from './issue.js';

/**
 * Thrown by {@link assertCase} when a declarative case does not hold: its message lists
 * each expected and actual status, so a test runner shows what changed.
 */
export class CaseFailedError extends Error {
  override name = 'CaseFailedError' as const;
  /** The statuses that differ from the expectation. */
  readonly mismatches: readonly CaseMismatch[];
  /** The validation issues, when the case's data was refused. */
  readonly issues: readonly Issue[];

  constructor(caseName: string, mismatches: readonly CaseMismatch[], issues: readonly Issue[] = []) {
    const lines =
      issues.length > 0
        ? issues.map((issue) => `- ${issue.path.join('.') || '(root)'}: ${issue.message}`)
        : mismatches.map(
            (mismatch) =>
              `- ${mismatch.path.join('.')}: expected ${JSON.stringify(mismatch.expected)}, got ${JSON.stringify(mismatch.actual)}`,
          );
    super(`Case "${caseName}" ${issues.length > 0 ? 'has invalid data' : 'does not hold'}:\n${lines.join('\n')}`);
    this.mismatches = Object.freeze(
      mismatches.map((mismatch) => Object.freeze({ ...mismatch, path: Object.freeze([...mismatch.path]) })),
    );
    this.issues = Object.freeze([...issues]);
  }
}
