/**
 * A problem the command line reports with exit code 2: bad arguments, an unreadable file,
 * input that is not JSON or CSV. `problems` are printed one per line.
 */
export class UsageError extends Error {
  override name = 'UsageError' as const;
  readonly problems: readonly string[];

  constructor(problems: readonly string[] | string) {
    const list = typeof problems === 'string' ? [problems] : problems;
    super(list.join('\n'));
    this.problems = list;
  }
}
