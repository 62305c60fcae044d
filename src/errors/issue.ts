/** One problem with an input, at a place in it. */
export interface Issue {
  /** Where: for example `['measurements', 'greenTravelPercent']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in English. */
  readonly message: string;
  /** What is wrong, in Chinese, where the issue has it. */
  readonly messageZh?: string;
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
    issues.map((issue) =>
      Object.freeze({
        path: Object.freeze([...issue.path]),
        message: issue.message,
        ...(issue.messageZh === undefined ? {} : { messageZh: issue.messageZh }),
      }),
    ),
  );
}
