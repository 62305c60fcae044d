import { formatIssues, type Issue, type Language, type LocalizedText } from 'ankang-eco-indicators';
import { say, type RunLanguages } from './language.js';
import { terminalLines } from './terminal.js';

/**
 * A problem the command line reports with exit code 2: bad arguments, an unreadable file,
 * input that is not JSON or CSV. Each problem is written once, in Chinese and English, and
 * printed in the run's language (run.ts); `more` counts the problems found beyond those listed,
 * printed as "… and N more".
 */
export class UsageError extends Error {
  override name = 'UsageError' as const;
  readonly problems: readonly LocalizedText[];
  readonly more: number;

  constructor(problems: readonly LocalizedText[] | LocalizedText, more = 0) {
    const list = 'zh' in problems ? [problems] : problems;
    super(list.map((problem) => problem.en).join('\n'));
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
  private readonly kept: LocalizedText[] = [];
  private omitted = 0;

  add(problem: LocalizedText): void {
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

/** Where an issue is, in a language: a command names the file and line instead of `measurements`. */
export type IssuePlace = (path: readonly (string | number)[], lang: Language) => string;

/** Issues as problems, one each, in both languages, each with its place (by default its path). */
export function issueProblems(issues: readonly Issue[], place?: IssuePlace): LocalizedText[] {
  const line = (issue: Issue, lang: Language): string =>
    formatIssues([issue], {
      bullet: '',
      lang,
      ...(place === undefined ? {} : { place: (path: readonly (string | number)[]) => place(path, lang) }),
    });
  return issues.map((issue) => ({ zh: line(issue, 'zh'), en: line(issue, 'en') }));
}

/**
 * A usage error as lines for stderr, in each of the run's languages: one problem on one line,
 * or a count and the problems listed. Every line escaped: problems quote file names and data.
 */
export function describeUsageError(error: UsageError, runLanguages: RunLanguages): string {
  const listed = error.problems.slice(0, maxProblemsListed);
  const more = error.more + error.problems.length - listed.length;
  const total = error.problems.length + error.more;
  const lines = runLanguages.flatMap((lang) =>
    total === 1
      ? [`ankang-eco: ${listed[0]?.[lang] ?? ''}`]
      : [
          `ankang-eco: ${say(lang, `${total} 个问题：`, `${total} problems:`)}`,
          ...listed.map((problem) => `  ${problem[lang]}`),
          ...(more > 0 ? [`  ${say(lang, `……另有 ${more} 项`, `… and ${more} more`)}`] : []),
        ],
  );
  return terminalLines(lines);
}
