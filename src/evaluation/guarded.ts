import type { Issue } from '../errors/issue.js';
import { unreadableAt } from '../errors/unreadable.js';
import { needsSchemas } from './input.js';

// Apart from ./input.ts, which `evaluate` loads: only the validations that word what the quick
// check refused guard their reads, and the wording of a read that threw comes with them.

/**
 * Runs `parse` and turns anything it throws (a getter that throws, a hostile Proxy) into an
 * issue at `path`: bad input becomes a `ValidationError`, never another exception.
 */
export function guarded(path: readonly (string | number)[], issues: Issue[], parse: () => void): void {
  try {
    parse();
  } catch (error) {
    if (error === needsSchemas) throw error;
    issues.push(unreadableAt(path, error));
  }
}
