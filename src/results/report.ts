import {
  baselineLine,
  bureauOnlyLine,
  bureausShown,
  indicatorSources,
  warningLines,
  warningsHeading,
} from './data-notes.js';
import { evaluationReportOptions } from './format-options.js';
import { countsPhrase, targetsPhrase } from './phrases.js';
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

/** A mark before each status word; a failure stands out in capitals in English. */
/** The marks of the plain-text reports: ✔, ✘, ?. */
export const statusMarks: Readonly<Record<Status, string>> = { pass: '✔', fail: '✘', missing: '?' };

/**
 * A plain-text report of an evaluation, grouped by bureau: the city's status, then each
 * bureau with its indicators, their statuses and, where they fall short, the explanation
 * with the gap. No colour and no terminal codes: the caller decides where it goes, and every
 * text from the evaluation has its control and invisible characters escaped (`\u001b`), so a
 * name or explanation cannot break a line or drive a terminal.
 *
 * When the evaluation carries `sources` (the command line reads data files), the report names
 * the baseline year and lists the warnings; `sources: true` adds where each figure came from.
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
  // 对照 2020 年目标: a space between the Chinese and the year.
  const table = `${zh && evaluation.targets !== 'standard' ? ' ' : ''}${targetsPhrase(evaluation.targets, lang)}`;
  const counts = (c: Evaluation['counts']): string => countsPhrase(c, lang);
  const lines: string[] = [];
  lines.push(
    zh
      ? `安康市生态文明建设示范市指标评估 · ${evaluation.year} 年（对照${table}）`
      : `Ankang ecological-civilization indicators · ${evaluation.year} (against ${table})`,
  );
  if (onlyBureau === undefined) {
    lines.push(`${zh ? '全市' : 'City'}: ${status(evaluation.status)}  (${counts(evaluation.counts)})`);
    lines.push(
      `${zh ? '对照创建标准' : 'Against the creation standard'}: ${status(evaluation.standardStatus)}  (${counts(evaluation.standardCounts)})`,
    );
  } else lines.push(visibleText(bureauOnlyLine(evaluation, onlyBureau, lang)));
  const baseline = baselineLine(evaluation, lang);
  if (baseline !== undefined) lines.push(visibleText(baseline));
  const byNumber = new Map(evaluation.indicators.map((indicator) => [indicator.number, indicator]));
  for (const bureau of bureausShown(evaluation, onlyBureau)) {
    lines.push('');
    lines.push(
      `${visibleText(bureau.name.zh)} / ${visibleText(bureau.name.en)}: ${status(bureau.status)}  (${counts(bureau.counts)})`,
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
      if (indicator.status !== 'pass') lines.push(`      ${visibleText(indicator.explanation[lang])}`);
      if (indicator.standardStatus !== 'pass' && indicator.standardStatus !== indicator.status) {
        lines.push(`      ${zh ? '创建标准' : 'Standard'}: ${visibleText(indicator.standardExplanation[lang])}`);
      }
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
