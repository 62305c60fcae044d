/** One problem with an input, at a place in it. */
export interface Issue {
  /** Where: for example `['measurements', 'greenTravelPercent']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in English. */
  readonly message: string;
}

/** Formats issues for an error message: the first few, one per line. */
export function summarizeIssues(issues: readonly Issue[], shown = 5): string {
  const lines = issues.slice(0, shown).map((issue) => `- ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  if (issues.length > shown) lines.push(`- … and ${issues.length - shown} more`);
  return lines.join('\n');
}
