import { reportLanguage } from './format-options.js';
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
 * @throws {@link ValidationError} when `options` is not `{ lang?: 'zh' | 'en' }`.
 *
 * @example
 * ```ts
 * console.log(formatReport(await evaluate(2020, measurements), { lang: 'en' }));
 * ```
 */
export function formatReport(evaluation: Evaluation<string>, options: FormatReportOptions = {}): string {
  const lang = reportLanguage(options);
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
  lines.push(`${zh ? '全市' : 'City'}: ${status(evaluation.status)}  (${counts(evaluation.counts)})`);
  lines.push(
    `${zh ? '对照创建标准' : 'Against the creation standard'}: ${status(evaluation.standardStatus)}  (${counts(evaluation.standardCounts)})`,
  );
  const byNumber = new Map(evaluation.indicators.map((indicator) => [indicator.number, indicator]));
  for (const bureau of evaluation.bureaus) {
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
    }
  }
  return lines.join('\n');
}
