/**
 * A problem the command line reports with exit code 2: bad arguments, an unreadable file,
 * input that is not JSON or CSV. `problems` are printed one per line; `more` counts the problems
 * found beyond those listed, printed as "… and N more".
 */
export class UsageError extends Error {
  override name = 'UsageError' as const;
  readonly problems: readonly string[];
  readonly more: number;

  constructor(problems: readonly string[] | string, more = 0) {
    const list = typeof problems === 'string' ? [problems] : problems;
    super(list.join('\n'));
    this.problems = list;
    this.more = more;
  }
}

/** How many problems one run lists; the rest are counted. Enough to see a pattern, few enough to read. */
export const maxProblemsListed = 100;

/**
 * Problems as they are found, the first {@link maxProblemsListed} kept and the rest counted, so
 * that a file with a million bad rows costs a count, not a million messages.
 */
export class ProblemList {
  private readonly kept: string[] = [];
  private omitted = 0;

  add(problem: string): void {
    if (this.kept.length < maxProblemsListed) this.kept.push(problem);
    else this.omitted++;
  }

  get size(): number {
    return this.kept.length + this.omitted;
  }

  /** The problems as one error, or nothing when there are none. */
  throwIfAny(): void {
    if (this.size > 0) throw new UsageError(this.kept, this.omitted);
  }
}
