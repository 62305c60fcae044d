/** One problem with an input, at a place in it. */
export interface Issue {
  /** Where: for example `['measurements', 'greenTravelPercent']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in English. */
  readonly message: string;
}

/** What was thrown, as text: for an issue about input that could not be read. */
export function describeThrown(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an unprintable value';
  }
}

/** A frozen copy of `issues`, for an error to carry: callers cannot change what it reports. */
export function freezeIssues(issues: readonly Issue[]): readonly Issue[] {
  return Object.freeze(
    issues.map((issue) => Object.freeze({ path: Object.freeze([...issue.path]), message: issue.message })),
  );
}

/** The first line of an error message about `issues`, then the first few issues. */
export function describeIssues(what: string, issues: readonly Issue[]): string {
  return `${what} (${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}):\n${summarizeIssues(issues)}`;
}

/** Formats issues for an error message: the first few, one per line. */
export function summarizeIssues(issues: readonly Issue[], shown = 5): string {
  const lines = issues.slice(0, shown).map((issue) => `- ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  if (issues.length > shown) lines.push(`- … and ${issues.length - shown} more`);
  return lines.join('\n');
}
