import { reportLanguage } from './format-options.js';
import { markdownCode, markdownText } from './markdown.js';
import { countsPhrase, targetsPhrase } from './phrases.js';
import type { Evaluation } from '../schema/evaluation.js';
import { statusWords, type Status } from '../vocabulary/status.js';

/** A mark before each status word. */
/** The marks of the Markdown reports: ✅, ❌, ❔. */
export const markdownStatusMarks: Readonly<Record<Status, string>> = { pass: '✅', fail: '❌', missing: '❔' };

/** Options of {@link formatMarkdownReport}. */
export interface FormatMarkdownReportOptions {
  /**
   * The language of the report: `zh` (中文) or `en` (English).
   *
   * @defaultValue `'zh'`
   */
  readonly lang?: 'zh' | 'en';
}

/**
 * An evaluation as Markdown to paste into a report: the city and the rule set, then a table
 * per bureau with each indicator's status against the year's targets and the creation
 * standard and the explanation that decides it. Every text from the evaluation is escaped
 * for Markdown (no raw HTML, links or control characters reach the output).
 *
 * @throws {@link ValidationError} when `options` is not `{ lang?: 'zh' | 'en' }`.
 *
 * @example
 * ```ts
 * writeFileSync('report.md', formatMarkdownReport(await evaluate(2020, data), { lang: 'en' }));
 * ```
 */
export function formatMarkdownReport(
  evaluation: Evaluation<string>,
  options: FormatMarkdownReportOptions = {},
): string {
  const lang = reportLanguage(options);
  const zh = lang === 'zh';
  const status = (value: Status): string => `${markdownStatusMarks[value]} ${statusWords[value][lang]}`;
  const counts = (c: Evaluation['counts']): string => countsPhrase(c, lang);
  const targets = targetsPhrase(evaluation.targets, lang);
  const lines = [
    zh
      ? `# 安康市生态文明建设指标评估 · ${evaluation.year} 年`
      : `# Ankang ecological-civilization indicators · ${evaluation.year}`,
    '',
    zh
      ? `对照${targets}；规则集 ${markdownCode(evaluation.ruleSet.name)}（${markdownCode(evaluation.ruleSet.hash)}）。`
      : `Against ${targets}; rule set ${markdownCode(evaluation.ruleSet.name)} (${markdownCode(evaluation.ruleSet.hash)}).`,
    '',
    `- ${zh ? '全市' : 'City'}: **${status(evaluation.status)}** (${counts(evaluation.counts)})`,
    `- ${zh ? '对照创建标准' : 'Against the creation standard'}: ${status(evaluation.standardStatus)} (${counts(evaluation.standardCounts)})`,
  ];
  const byNumber = new Map(evaluation.indicators.map((indicator) => [indicator.number, indicator]));
  for (const bureau of evaluation.bureaus) {
    lines.push('', `## ${markdownText(bureau.name[lang])}: ${status(bureau.status)}`, '');
    lines.push(
      zh ? '| # | 指标 | 年度目标 | 创建标准 | 说明 |' : '| # | indicator | targets | standard | explanation |',
      '|---|---|---|---|---|',
    );
    for (const number of bureau.indicators) {
      const indicator = byNumber.get(number);
      if (indicator === undefined) continue;
      const explanation =
        indicator.status === 'pass' && indicator.standardStatus !== 'pass'
          ? indicator.standardExplanation[lang]
          : indicator.explanation[lang];
      lines.push(
        `| ${number} | ${markdownText(indicator.name[lang])} | ${status(indicator.status)} | ${status(indicator.standardStatus)} | ${markdownText(explanation)} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
