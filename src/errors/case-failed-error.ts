import { formatIssuePath } from './format-issues.js';
import { IssuesError } from './issues-error.js';
import type { Issue } from './issue.js';
import type { Status } from '../vocabulary/status.js';
import type { Table } from '../vocabulary/year-table.js';

/** An expected status that differs from the actual one. */
export interface CaseMismatch {
  /** Where: `['city', 'status']`, `['bureaus', 'transport', 'status']`, `['indicators', 'green-travel', 'standardStatus']`, `['targets']`. */
  readonly path: readonly string[];
  readonly expected: Status | Table;
  /** The actual value; null when the rule set has no such indicator or bureau. */
  readonly actual: Status | Table | null;
}

/**
 * Thrown by `assertCase` when a declarative case does not hold: its message lists
 * each expected and actual status, so a test runner shows what changed. When the case's data
 * was refused, `issues` says why and `mismatches` is empty.
 */
export class CaseFailedError extends IssuesError {
  static override readonly kind: string = 'CaseFailedError';
  declare readonly name: 'CaseFailedError';
  /** The statuses that differ from the expectation. */
  readonly mismatches: readonly CaseMismatch[];

  constructor(caseName: string, mismatches: readonly CaseMismatch[], issues: readonly Issue[] = []) {
    const what = `Case "${caseName}" ${issues.length > 0 ? 'has invalid data' : 'does not hold'}`;
    const lines = mismatches.map(
      (mismatch) =>
        `- ${formatIssuePath(mismatch.path)}: expected ${JSON.stringify(mismatch.expected)}, got ${JSON.stringify(mismatch.actual)}`,
    );
    super(what, issues, issues.length > 0 ? undefined : `${what}:\n${lines.join('\n')}`);
    this.mismatches = Object.freeze(
      mismatches.map((mismatch) => Object.freeze({ ...mismatch, path: Object.freeze([...mismatch.path]) })),
    );
  }
}
