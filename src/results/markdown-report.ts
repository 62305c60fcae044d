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
import { markdownCode, markdownText } from './markdown.js';
import { countsWithChecksPhrase, evaluationTitle } from './phrases.js';
import type { Evaluation } from '../schema/evaluation.js';
import { statusWords, type Status } from '../vocabulary/status.js';

/** `text` as a sentence of its own: its first letter capitalized (Chinese has none). */
const sentence = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

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
  /**
   * List one bureau's indicators only (a bureau id, such as `transport`), headed by a line that
   * says so instead of the city's status. Statuses are the whole evaluation's.
   *
   * @defaultValue every bureau
   */
  readonly bureau?: string;
  /**
   * A column with where each figure came from (file and line, or sheet and cell, and the
   * `source` column), when the evaluation carries `sources`.
   *
   * @defaultValue `false`
   */
  readonly sources?: boolean;
}

/**
 * An evaluation as Markdown to paste into a report: the city and the rule set, then a table
 * per bureau with each indicator's status against the year's targets and the creation
 * standard and the explanation that decides it (for a `missing` indicator, the checks it did
 * decide, with their figures), and each figure's note beside it when the evaluation carries
 * `sources`. The title is the plain-text report's. Every text from the evaluation is escaped
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
  const { lang, bureau: onlyBureau, sources } = evaluationReportOptions(options);
  const zh = lang === 'zh';
  const status = (value: Status): string => `${markdownStatusMarks[value]} ${statusWords[value][lang]}`;
  const counts = (c: Evaluation['counts'], checks: Evaluation['counts']): string =>
    countsWithChecksPhrase(c, checks, lang);
  const checks = evaluationCheckCounts(evaluation);
  const lines = [
    `# ${markdownText(evaluationTitle(evaluation, lang))}`,
    '',
    zh
      ? `规则集 ${markdownCode(evaluation.ruleSet.name)}（${markdownCode(evaluation.ruleSet.hash)}）。`
      : `Rule set ${markdownCode(evaluation.ruleSet.name)} (${markdownCode(evaluation.ruleSet.hash)}).`,
    '',
    ...(onlyBureau === undefined
      ? [
          `- ${zh ? '全市' : 'City'}: **${status(evaluation.status)}** (${counts(evaluation.counts, checks.checkCounts)})`,
          `- ${zh ? '对照创建标准' : 'Against the creation standard'}: ${status(evaluation.standardStatus)} (${counts(evaluation.standardCounts, checks.standardCheckCounts)})`,
        ]
      : [`- ${markdownText(bureauOnlyLine(evaluation, onlyBureau, lang))}`]),
  ];
  const baseline = baselineLine(evaluation, lang);
  if (baseline !== undefined) lines.push(`- ${markdownText(baseline)}`);
  const figures = figuresReadLines(evaluation, lang);
  if (figures.length > 0)
    lines.push(
      '',
      `**${markdownText(figuresReadHeading(lang))}**`,
      '',
      ...figures.map((line) => `- ${markdownText(line)}`),
    );
  const showSources = sources && evaluation.sources !== undefined;
  const byNumber = new Map(evaluation.indicators.map((indicator) => [indicator.number, indicator]));
  const separator = zh ? '；' : '; ';
  for (const bureau of bureausShown(evaluation, onlyBureau)) {
    lines.push(
      '',
      `## ${markdownText(bureau.name[lang])}: ${status(bureau.status)}`,
      '',
      // A line of its own: capitalized where the language has capitals.
      sentence(counts(bureau.counts, bureauCheckCounts(evaluation, bureau).checkCounts)),
      '',
    );
    lines.push(
      (zh ? '| # | 指标 | 年度目标 | 创建标准 | 说明 |' : '| # | indicator | targets | standard | explanation |') +
        (showSources ? (zh ? ' 数据来源 |' : ' sources |') : ''),
      `|---|---|---|---|---|${showSources ? '---|' : ''}`,
    );
    for (const number of bureau.indicators) {
      const indicator = byNumber.get(number);
      if (indicator === undefined) continue;
      const partial = partialResult(indicator, lang);
      const explanation =
        partial !== undefined
          ? // What a missing indicator did decide, with its figures.
            [
              partial.summary,
              ...partial.decided.map((decided) => `${markdownStatusMarks[decided.status]} ${decided.explanation}`),
            ].join(separator)
          : indicator.status === 'pass' && indicator.standardStatus !== 'pass'
            ? indicator.standardExplanation[lang]
            : indicator.explanation[lang];
      // A figure with a caveat is never shown without it: the notes come whether or not sources are asked for.
      const notes = indicatorNotes(evaluation, indicator, lang).map((line) => `${noteWord(lang)}: ${line}`);
      const cell = [explanation, ...notes].map(markdownText).join(separator);
      lines.push(
        `| ${number} | ${markdownText(indicator.name[lang])} | ${status(indicator.status)} | ${status(indicator.standardStatus)} | ${cell} |` +
          (showSources ? ` ${indicatorSources(evaluation, indicator, lang).map(markdownText).join('; ')} |` : ''),
      );
    }
  }
  const warnings = warningLines(evaluation, lang);
  if (warnings.length > 0)
    lines.push(
      '',
      `## ${warningsHeading(warnings.length, lang)}`,
      '',
      ...warnings.map((line) => `- ${markdownText(line)}`),
    );
  return `${lines.join('\n')}\n`;
}
