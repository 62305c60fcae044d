import { formatReport, type Evaluation, type Status } from 'ankang-eco-indicators';
import DecimalJs from 'decimal.js';
import { csvField } from './csv.js';

// A spreadsheet reads `1e-7` as a formula or a float: numbers go out in plain notation.
const PlainDecimal = DecimalJs.clone({ toExpNeg: -9e15, toExpPos: 9e15 });
const plainNumber = (value: string | number | boolean | null): string | boolean | null =>
  typeof value === 'number' ? new PlainDecimal(value).toFixed() : value;

/** The output formats of `evaluate`. */
export const evaluationFormats = ['table', 'json', 'markdown', 'csv'] as const;
export type EvaluationFormat = (typeof evaluationFormats)[number];
export type Language = 'zh' | 'en';

const ansi = { green: '\u001b[32m', red: '\u001b[31m', yellow: '\u001b[33m', bold: '\u001b[1m', reset: '\u001b[0m' };

/** The plain-text report, with the status marks coloured when `colour` is on. */
export function tableReport(evaluation: Evaluation, lang: Language, colour: boolean): string {
  const text = formatReport(evaluation, { lang });
  if (!colour) return `${text}\n`;
  const coloured = text
    .replace(/✔ (\S+)/g, `${ansi.green}✔ $1${ansi.reset}`)
    .replace(/✘ (\S+)/g, `${ansi.red}${ansi.bold}✘ $1${ansi.reset}`)
    .replace(/\? (\S+)/g, `${ansi.yellow}? $1${ansi.reset}`);
  return `${coloured}\n`;
}

const statusWords: Readonly<Record<Status, { readonly zh: string; readonly en: string; readonly mark: string }>> = {
  pass: { zh: '达标', en: 'pass', mark: '✅' },
  fail: { zh: '未达标', en: 'fail', mark: '❌' },
  missing: { zh: '缺数据', en: 'missing', mark: '❔' },
};

const mdCell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** A Markdown report to paste into a document: the city, then a table per bureau. */
export function markdownReport(evaluation: Evaluation, lang: Language): string {
  const zh = lang === 'zh';
  const status = (value: Status): string => `${statusWords[value].mark} ${statusWords[value][lang]}`;
  const counts = (c: Evaluation['counts']): string =>
    zh
      ? `达标 ${c.pass}，未达标 ${c.fail}，缺数据 ${c.missing}`
      : `${c.pass} pass, ${c.fail} fail, ${c.missing} missing`;
  const targets =
    evaluation.targets === 'standard'
      ? zh
        ? '创建标准'
        : 'the creation standard'
      : zh
        ? `${evaluation.targets} 年目标`
        : `the ${evaluation.targets} targets`;
  const lines = [
    zh
      ? `# 安康市生态文明建设指标评估 · ${evaluation.year} 年`
      : `# Ankang ecological-civilization indicators · ${evaluation.year}`,
    '',
    zh
      ? `对照${targets}；规则集 \`${evaluation.ruleSet.name}\`（\`${evaluation.ruleSet.hash}\`）。`
      : `Against ${targets}; rule set \`${evaluation.ruleSet.name}\` (\`${evaluation.ruleSet.hash}\`).`,
    '',
    `- ${zh ? '全市' : 'City'}: **${status(evaluation.status)}** (${counts(evaluation.counts)})`,
    `- ${zh ? '对照创建标准' : 'Against the creation standard'}: ${status(evaluation.standardStatus)} (${counts(evaluation.standardCounts)})`,
  ];
  const byNumber = new Map(evaluation.indicators.map((indicator) => [indicator.number, indicator]));
  for (const bureau of evaluation.bureaus) {
    lines.push('', `## ${bureau.name[lang]}: ${status(bureau.status)}`, '');
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
        `| ${number} | ${mdCell(indicator.name[lang])} | ${status(indicator.status)} | ${status(indicator.standardStatus)} | ${mdCell(explanation)} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

const csvColumns = [
  'year',
  'targets',
  'table',
  'number',
  'indicator',
  'bureau',
  'key',
  'operator',
  'against',
  'threshold_key',
  'threshold',
  'actual',
  'status',
  'gap',
  'explanation',
] as const;

/** One row per check: the year's checks (`table` = targets) and the standard's (`standard`). */
export function csvReport(evaluation: Evaluation, lang: Language): string {
  const rows = [csvColumns.join(',')];
  for (const indicator of evaluation.indicators) {
    for (const [table, checks] of [
      ['targets', indicator.checks],
      ['standard', indicator.standardChecks],
    ] as const) {
      for (const check of checks) {
        rows.push(
          [
            evaluation.year,
            evaluation.targets,
            table,
            indicator.number,
            indicator.id,
            indicator.bureau,
            check.key,
            check.operator,
            check.against,
            check.thresholdKey,
            check.threshold,
            plainNumber(check.actual),
            check.status,
            check.gap,
            check.explanation[lang],
          ]
            .map(csvField)
            .join(','),
        );
      }
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
