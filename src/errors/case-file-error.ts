import { describeIssues, freezeIssues, type Issue } from './issue.js';

/**
 * Thrown by {@link parseCaseFile} when a case file does not match {@link caseFileSchema}:
 * `issues` names each place (prefixed with the file's name where one was given) and the problem.
 */
export class CaseFileError extends Error {
  override name = 'CaseFileError' as const;
  /** Every problem found, each with its path and message. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    super(describeIssues('Invalid case file', issues));
    this.issues = freezeIssues(issues);
  }
}
