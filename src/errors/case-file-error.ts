import { IssuesError } from './issues-error.js';
import type { Issue } from './issue.js';

/**
 * Thrown by `parseCaseFile` when a case file does not match `caseFileSchema`:
 * `issues` names each place (prefixed with the file's name where one was given) and the problem.
 */
export class CaseFileError extends IssuesError {
  static override readonly kind: string = 'CaseFileError';
  declare readonly name: 'CaseFileError';

  constructor(issues: readonly Issue[]) {
    super('Invalid case file', issues);
  }
}
