import type { StatusCounts } from '../schema/evaluation.js';
import type { Status } from '../vocabulary/status.js';

/**
 * The three-valued combination of the contract: `fail` if any part fails (a known failure
 * is not hidden by missing data), else `missing` if any part is missing, else `pass`.
 * Nothing to combine is a `pass`.
 *
 * @example
 * ```ts
 * combineStatuses(['pass', 'missing', 'fail']); // 'fail'
 * combineStatuses(['pass', 'missing']); // 'missing'
 * combineStatuses([]); // 'pass'
 * ```
 */
export function combineStatuses(statuses: Iterable<Status>): Status {
  let combined: Status = 'pass';
  for (const status of statuses) {
    if (status === 'fail') return 'fail';
    if (status === 'missing') combined = 'missing';
  }
  return combined;
}

/** How many of `statuses` are each status. */
export function countStatuses(statuses: Iterable<Status>): StatusCounts {
  const counts = { pass: 0, fail: 0, missing: 0 };
  for (const status of statuses) counts[status]++;
  return counts;
}

/** What {@link countChecks} reads of an indicator: the statuses of its checks and `any` groups. */
interface CheckedIndicator {
  readonly checks: readonly { readonly status: Status }[];
  readonly standardChecks: readonly { readonly status: Status }[];
  readonly groups?: readonly { readonly status: Status }[];
  readonly standardGroups?: readonly { readonly status: Status }[];
}

/**
 * The checks of `indicators` by status, against the year's targets and against the creation
 * standard: an `any` group counts as one check (its own status), as it does in the roll-up.
 */
export function countChecks(indicators: readonly CheckedIndicator[]): {
  readonly checkCounts: StatusCounts;
  readonly standardCheckCounts: StatusCounts;
} {
  // Counted in place, no lists made: every evaluation counts its city's and each bureau's.
  const checkCounts = { pass: 0, fail: 0, missing: 0 };
  const standardCheckCounts = { pass: 0, fail: 0, missing: 0 };
  for (const indicator of indicators) {
    for (const check of indicator.checks) checkCounts[check.status]++;
    for (const group of indicator.groups ?? []) checkCounts[group.status]++;
    for (const check of indicator.standardChecks) standardCheckCounts[check.status]++;
    for (const group of indicator.standardGroups ?? []) standardCheckCounts[group.status]++;
  }
  return { checkCounts, standardCheckCounts };
}
