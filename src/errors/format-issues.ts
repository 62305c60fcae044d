import type { Language } from '../vocabulary/localized-text.js';
import { shownText, visibleText } from '../vocabulary/visible-text.js';
import type { Issue } from './issue.js';

/** Options of {@link formatIssues}. */
export interface FormatIssuesOptions {
  /**
   * How many issues to write; the rest are counted on a last line (`… and 3 more`).
   * @defaultValue `Infinity`: all of them
   * @example
   * ```ts
   * formatIssues(error.issues, { limit: 5 });
   * ```
   */
  readonly limit?: number;
  /**
   * What each line starts with. @defaultValue `'- '`
   * @example
   * ```ts
   * formatIssues(error.issues, { bullet: '' }); // 'measurements.pm25: expected …'
   * ```
   */
  readonly bullet?: string;
  /**
   * Writes the place of an issue: a command line names the file instead of `measurements`.
   * It is given the language of the messages too, for a part of the place cut short (see
   * {@link formatIssuePath}).
   * @defaultValue {@link formatIssuePath}
   * @example
   * ```ts
   * formatIssues(error.issues, { place: (path) => `2020.csv: ${formatIssuePath(path.slice(1))}` });
   * ```
   */
  readonly place?: (path: readonly (string | number)[], lang: Language) => string;
  /**
   * The language of the messages, `zh` or `en`. @defaultValue `'en'`
   * @example
   * ```ts
   * formatIssues(error.issues, { lang: 'zh' }); // '- measurements.pm25: 应为不带单位的十进制数 …'
   * ```
   */
  readonly lang?: Language;
}

/**
 * A path as issues write it: its parts joined by dots, `(root)` when empty. A part is input (a
 * key, a file name) and is shown as input is echoed: escaped, and cut past 200 characters with
 * its length said in `lang`, so that a 30 MB key makes a line, not 30 MB of one.
 */
export function formatIssuePath(path: readonly (string | number)[], lang: Language = 'en'): string {
  return path.length === 0
    ? '(root)'
    : path.map((part) => (typeof part === 'string' ? shownText(part, lang) : String(part))).join('.');
}

/**
 * Issues as text, one per line (control and invisible characters of keys and messages shown as
 * `\u` escapes): `- measurements.pm25: expected …`. The one formatter of
 * issues: the errors' messages and the command line both use it (zod's `prettifyError` is
 * the model).
 *
 * @example
 * ```ts
 * const result = await safeEvaluate(2020, { greenTravelPercnt: 52 });
 * if (!result.success) console.error(formatIssues(result.issues));
 * // - measurements.greenTravelPercnt: unknown measurement key "greenTravelPercnt"; did you mean "greenTravelPercent"?
 * ```
 */
export function formatIssues(issues: readonly Issue[], options: FormatIssuesOptions = {}): string {
  const { limit = Number.POSITIVE_INFINITY, bullet = '- ', place = formatIssuePath, lang = 'en' } = options;
  const zh = lang === 'zh';
  const lines: string[] = [];
  for (const issue of issues) {
    if (lines.length >= limit) break;
    // One line per issue: a key or message from data cannot break it, or drive a terminal.
    lines.push(visibleText(`${bullet}${place(issue.path, lang)}: ${zh ? issue.localized.zh : issue.message}`));
  }
  const more = issues.length - lines.length;
  if (more > 0) lines.push(`${bullet}${zh ? `……另有 ${more} 项` : `… and ${more} more`}`);
  return lines.join('\n');
}
