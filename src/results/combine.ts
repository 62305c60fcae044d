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
