import {
  baselineLine,
  bureauOnlyLine,
  bureausShown,
  indicatorNotes,
  indicatorSources,
  noteWord,
  warningLines,
  warningsHeading,
} from './data-notes.js';
import {
  bureauCheckCounts,
  evaluationCheckCounts,
  figuresReadHeading,
  figuresReadLines,
  partialResult,
} from './decided.js';
import { evaluationReportOptions } from './format-options.js';
import { countsWithChecksPhrase, evaluationTitle } from './phrases.js';
import type { Evaluation } from '../schema/evaluation.js';
import { statusWords, type Status } from '../vocabulary/status.js';
import { visibleText } from '../vocabulary/visible-text.js';

/** Options of {@link formatReport}. */
export interface FormatReportOptions {
  /**
   * The language of the report: `zh` (中文) or `en` (English).
   *
   * @defaultValue `'zh'`
   */
  readonly lang?: 'zh' | 'en';
  /**
   * List one bureau's indicators only (a bureau id, such as `transport`), headed by a line that
   * says so instead of the city's status. Statuses are the whole evaluation's.
   *
   * @defaultValue every bureau
   */
  readonly bureau?: string;
  /**
   * Under each indicator, where each figure its checks read came from (the file and line, or
   * sheet and cell, and the `source` column), when the evaluation carries `sources`.
   *
   * @defaultValue `false`
   */
  readonly sources?: boolean;
}

/** The marks of the plain-text reports: ✔, ✘, ?. */
export const statusMarks: Readonly<Record<Status, string>> = { pass: '✔', fail: '✘', missing: '?' };

/**
 * A plain-text report of an evaluation, grouped by bureau: the city's status, then each
 * bureau with its indicators, their statuses and, where they fall short, the explanation
 * with the gap. No colour and no terminal codes: the caller decides where it goes, and every
 * text from the evaluation has its control and invisible characters escaped (`\u001b`), so a
 * name or explanation cannot break a line or drive a terminal.
 *
 * The city and each bureau are counted by indicators and by checks; an indicator that is
 * `missing` lists the checks it decided, with their figures; where no indicator was decided,
 * the report lists the figures read and what each indicator still needs.
 *
 * When the evaluation carries `sources` (the command line reads data files), the report names
 * the baseline year, lists the warnings, and shows each figure's note beside the indicator whose
 * checks read it (as the baseline too); `sources: true` adds where each figure came from, a
 * derived percentage's counts' rows included.
 *
 * @throws {@link ValidationError} when `options` is not `{ lang?: 'zh' | 'en', bureau?, sources? }`.
 *
 * @example
 * ```ts
 * console.log(formatReport(await evaluate(2020, measurements), { lang: 'en' }));
 * ```
 */
export function formatReport(evaluation: Evaluation<string>, options: FormatReportOptions = {}): string {
  const { lang, bureau: onlyBureau, sources } = evaluationReportOptions(options);
  const zh = lang === 'zh';
  const status = (value: Status): string =>
    `${statusMarks[value]} ${value === 'fail' && !zh ? statusWords.fail.en.toUpperCase() : statusWords[value][lang]}`;
  const counts = (c: Evaluation['counts'], checks: Evaluation['counts']): string =>
    countsWithChecksPhrase(c, checks, lang);
  const lines: string[] = [evaluationTitle(evaluation, lang)];
  if (onlyBureau === undefined) {
    const checks = evaluationCheckCounts(evaluation);
    lines.push(
      `${zh ? '全市' : 'City'}: ${status(evaluation.status)}  (${counts(evaluation.counts, checks.checkCounts)})`,
    );
    lines.push(
      `${zh ? '对照创建标准' : 'Against the creation standard'}: ${status(evaluation.standardStatus)}  (${counts(evaluation.standardCounts, checks.standardCheckCounts)})`,
    );
  } else lines.push(visibleText(bureauOnlyLine(evaluation, onlyBureau, lang)));
  const baseline = baselineLine(evaluation, lang);
  if (baseline !== undefined) lines.push(visibleText(baseline));
  const figures = figuresReadLines(evaluation, lang);
  if (figures.length > 0) lines.push('', figuresReadHeading(lang), ...figures.map((line) => `  ${visibleText(line)}`));
  const byNumber = new Map(evaluation.indicators.map((indicator) => [indicator.number, indicator]));
  for (const bureau of bureausShown(evaluation, onlyBureau)) {
    lines.push('');
    lines.push(
      `${visibleText(bureau.name.zh)} / ${visibleText(bureau.name.en)}: ${status(bureau.status)}  (${counts(bureau.counts, bureauCheckCounts(evaluation, bureau).checkCounts)})`,
    );
    for (const number of bureau.indicators) {
      const indicator = byNumber.get(number);
      if (indicator === undefined) continue;
      const standardNote =
        indicator.standardStatus === indicator.status
          ? ''
          : `  [${zh ? '创建标准' : 'standard'}: ${status(indicator.standardStatus)}]`;
      lines.push(
        `  ${String(number).padStart(2)}. ${visibleText(indicator.name[lang])}: ${status(indicator.status)}${standardNote}`,
      );
      const partial = partialResult(indicator, lang);
      if (partial !== undefined) {
        // What a missing indicator did decide, with its figures: a reader learns from every figure read.
        lines.push(`      ${visibleText(partial.summary)}`);
        for (const decided of partial.decided)
          lines.push(`        ${statusMarks[decided.status]} ${visibleText(decided.explanation)}`);
      } else if (indicator.status !== 'pass') lines.push(`      ${visibleText(indicator.explanation[lang])}`);
      if (indicator.standardStatus !== 'pass' && indicator.standardStatus !== indicator.status) {
        lines.push(`      ${zh ? '创建标准' : 'Standard'}: ${visibleText(indicator.standardExplanation[lang])}`);
      }
      // A figure with a caveat is never shown without it: the notes come whether or not sources are asked for.
      for (const line of indicatorNotes(evaluation, indicator, lang))
        lines.push(`      ${noteWord(lang)}: ${visibleText(line)}`);
      if (sources)
        for (const line of indicatorSources(evaluation, indicator, lang))
          lines.push(`      ${zh ? '来源' : 'Source'}: ${visibleText(line)}`);
    }
  }
  const warnings = warningLines(evaluation, lang);
  if (warnings.length > 0)
    lines.push('', warningsHeading(warnings.length, lang), ...warnings.map((line) => `  ! ${visibleText(line)}`));
  return lines.join('\n');
}
