import {
  formatIssuePath,
  formatIssues,
  type Issue,
  type IssueText,
  type Language,
  type LocalizedText,
  type ParamsOf,
} from 'ankang-eco-indicators';
import { CappedList, worded } from 'ankang-eco-indicators/data';
import { say, type RunLanguages } from './language.js';
import { cliMessages } from './messages.js';
import { terminalLines } from './terminal.js';

/**
 * A problem the command line reports: an issue's code, params and wording (the command line's
 * own, `cli.*`, or the package's), and where it is (`figures.csv:12: pm25`), which is not part
 * of the wording. Printed as `place: wording` in the run's language.
 */
export interface Problem extends IssueText {
  readonly place?: LocalizedText;
}

/** A problem of the command line's own catalogue, at `place` if given. */
export function cliProblem<K extends keyof typeof cliMessages>(
  code: K,
  params: ParamsOf<(typeof cliMessages)[K]>,
  place?: LocalizedText,
): Problem {
  return problemOf(worded(cliMessages, code, params), place);
}

/** A problem of `text` (any catalogue's), at `place` if given. */
export function problemOf(text: IssueText, place?: LocalizedText): Problem {
  const { code, params, zh, en } = text;
  return place === undefined ? { code, params, zh, en } : { code, params, zh, en, place };
}

/** A place in both languages, each made by `shown` (a file name, cut as every echo is). */
export const placeIn = (shown: (lang: Language) => string): LocalizedText => ({ zh: shown('zh'), en: shown('en') });

/** A problem as a line of stderr says it: its place, then its wording. */
export const problemLine = (problem: Problem, lang: Language): string =>
  problem.place === undefined ? problem[lang] : `${problem.place[lang]}: ${problem[lang]}`;

/**
 * A problem the command line reports with exit code 2: bad arguments, an unreadable file,
 * input that is not JSON or CSV. Each problem is coded and worded in Chinese and English, and
 * printed in the run's language (run.ts); `more` counts the problems found beyond those listed,
 * printed as "… and N more".
 */
export class UsageError extends Error {
  override name = 'UsageError' as const;
  readonly problems: readonly Problem[];
  readonly more: number;

  constructor(problems: readonly Problem[] | Problem, more = 0) {
    const list = 'code' in problems ? [problems] : problems;
    super(list.map((problem) => problemLine(problem, 'en')).join('\n'));
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
export class ProblemList extends CappedList<Problem> {
  constructor() {
    super(maxProblemsListed);
  }

  /** The problems as one error, or nothing when there are none. */
  throwIfAny(): void {
    if (this.size > 0) throw new UsageError(this.items, this.omitted);
  }
}

/** Where an issue is, in a language: a command names the file and line instead of `measurements`. */
export type IssuePlace = (path: readonly (string | number)[], lang: Language) => string;

/** Issues as problems, one each, with its place (by default its path), in both languages. */
export function issueProblems(issues: readonly Issue[], place: IssuePlace = formatIssuePath): Problem[] {
  return issues.map((issue) =>
    problemOf(
      { code: issue.code, params: issue.params, ...issue.localized },
      placeIn((lang) => place(issue.path, lang)),
    ),
  );
}

/**
 * A usage error as lines for stderr, in each of the run's languages: one problem on one line,
 * or a count and the problems listed. Every line escaped: problems quote file names and data.
 */
export function describeUsageError(error: UsageError, runLanguages: RunLanguages): string {
  const total = error.problems.length + error.more;
  // Each problem with its place in its wording: the one formatter of issues lists them.
  const asIssues = error.problems.map((problem) => {
    const en = problemLine(problem, 'en');
    return { path: [], message: en, localized: { zh: problemLine(problem, 'zh'), en } };
  });
  const lines = runLanguages.flatMap((lang) =>
    total === 1
      ? [`ankang-eco: ${asIssues[0]?.localized[lang] ?? ''}`]
      : [
          `ankang-eco: ${say(lang, `${total} 个问题：`, `${total} problems:`)}`,
          ...formatIssues(asIssues, {
            bullet: '  ',
            lang,
            limit: maxProblemsListed,
            omitted: error.more,
            place: () => '',
          }).split('\n'),
        ],
  );
  return terminalLines(lines);
}
