// `ankang-eco progress`: a series of years evaluated, and each indicator's progress toward the
// target year (spec/progress.md). Apart from run.ts, which only routes to it.
import { parseArgs } from 'node:util';
import {
  bureauIds,
  describeProgressMeasure,
  formatIssuePath,
  formatIssues,
  formatProgressMarkdownReport,
  formatProgressReport,
  progressCategoryWords,
  ValidationError,
  type BureauId,
  type Issue,
  type Language,
  type SeriesEvaluation,
} from 'ankang-eco-indicators';
import { csvField } from './csv.js';
import { exitCodes } from './exit-codes.js';
import { limitsOf, measurementInputOptions, oneOf } from './options.js';
import type { StdinReader } from './read-input.js';
import { evaluatorFor } from './builtin-rules.js';
import { readSeries, type ReadSeries } from './series-input.js';
import { jsonOutput, terminalLines } from './terminal.js';
import { UsageError } from './usage-error.js';

/** What the command needs of the tool's input and output. */
export interface ProgressIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Standard input's bytes, at most `maxBytes` of them. */
  readonly readStdin: StdinReader;
}

export const progressHelp = `Usage: ankang-eco progress <files...> [options]

Evaluates several years and measures each indicator's progress toward the target year with
the progress measure of Open SDG (Statistics Canada's compound annual growth rate; see
docs/progress.md). Each year is evaluated with the previous year as its baseline. The report
is grouped by bureau: per indicator its status in each year and its progress category, with
the values that decided it.
评估多个年份，并按 Open SDG（加拿大统计局年均复合增长率法）测度各指标向目标年的进展。

<files> are read as evaluate reads them (see ankang-eco evaluate --help): the long layout in
CSV, XLSX or JSON (the columns year, key, value, and optionally unit, source, note; the Chinese
headers 年份, 指标代码, 数值, 单位, 来源, 备注 work too), or JSON objects keyed by year
({ "2019": { "pm25": 39, … }, "2020": { … } }); values as people type them (89.3%, ８９．３,
28微克/立方米, 是). Several files are merged by year and key; the same value twice is fine, two
values are not. "-" reads standard input.

Options:
  --base-year <year>     the year progress is measured from (default: the earliest year)
  --target-year <year>   the year the targets are due, whose table is measured (default: the
                         latest year with a table of its own, 2020)
  --format <format>      table (default), json, markdown or csv (one row per measure)
  --lang <zh|en>         the language of the report (default zh)
  --bureau <id>          only one bureau's indicators (${bureauIds.join(', ')})
  --rules <dir>          the rules of a directory laid out like rules/
  --encoding <name>      utf-8 (default) or gb18030 (also GBK, GB2312: CSV from Chinese Windows)
  --max-input-bytes <n>  the size limit of each input (default 64MiB, at most 500MiB)
  -h, --help             this help
`;

const formats = ['table', 'json', 'markdown', 'csv'] as const;

function optionYear(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value))
    throw new UsageError(`--${option} must be a year such as 2020; got ${JSON.stringify(value)}`);
  return Number(value);
}

/** The issues of a refused series, each at the file (and line) that gave the value, in `lang`. */
function describeIssues(issues: readonly Issue[], read: ReadSeries, lang: Language): string[] {
  const place = (path: readonly (string | number)[]): string => {
    const [first, year, key, ...rest] = path;
    if (first === 'series' && typeof year === 'string') {
      const given = typeof key === 'string' ? read.places.get(year)?.get(key) : undefined;
      if (given !== undefined) return `${given}: ${formatIssuePath([key as string, ...rest])}`;
      return `${read.yearPlaces.get(year)?.join(', ') ?? 'input'}: ${formatIssuePath(path.slice(1))}`;
    }
    if (first === 'series') return 'input';
    if (first === 'options' && year === 'baseYear') return '--base-year';
    if (first === 'options' && year === 'targetYear') return '--target-year';
    return formatIssuePath(path);
  };
  return formatIssues(issues, { bullet: '', place, lang }).split('\n');
}

/** Only `bureau`'s indicators and measures; the evaluations stay whole. */
function narrowToBureau(series: SeriesEvaluation<string>, bureau: BureauId | undefined): SeriesEvaluation<string> {
  if (bureau === undefined) return series;
  const numbers = new Set(
    series.indicators.filter((indicator) => indicator.bureau === bureau).map((indicator) => indicator.number),
  );
  return {
    ...series,
    progress: series.progress.filter((measure) => numbers.has(measure.indicator)),
    indicators: series.indicators.filter((indicator) => numbers.has(indicator.number)),
  };
}

/** One row per measure (and one per indicator without any), with the indicator's status in each year. */
export function progressCsv(series: SeriesEvaluation<string>, lang: Language): string {
  const columns = [
    'number',
    'indicator',
    'bureau',
    'name',
    ...series.years.map((year) => `status_${year}`),
    'indicator_progress',
    'key',
    'operator',
    'against',
    'direction',
    'method',
    'base_year',
    'base_value',
    'current_year',
    'current_value',
    'target_year',
    'target',
    'growth',
    'required_growth',
    'coefficient',
    'value',
    'category',
    'explanation',
  ];
  const rows = [columns.join(',')];
  for (const indicator of series.indicators) {
    const head = [
      indicator.number,
      indicator.id,
      indicator.bureau,
      indicator.name[lang],
      ...series.years.map((year) => indicator.statuses[String(year)] ?? null),
      indicator.progress,
    ];
    const measures = series.progress.filter((measure) => measure.indicator === indicator.number);
    if (measures.length === 0) {
      rows.push(
        [
          ...head,
          ...Array<null>(columns.length - head.length - 2).fill(null),
          'not_available',
          progressCategoryWords.not_available[lang],
        ]
          .map(csvField)
          .join(','),
      );
      continue;
    }
    for (const measure of measures) {
      rows.push(
        [
          ...head,
          measure.key,
          measure.operator,
          measure.against,
          measure.direction,
          measure.method,
          measure.baseYear,
          measure.baseValue,
          measure.currentYear,
          measure.currentValue,
          measure.targetYear,
          measure.target,
          measure.growth,
          measure.requiredGrowth,
          measure.coefficient,
          measure.value,
          measure.category,
          describeProgressMeasure(measure, lang),
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** Runs `ankang-eco progress` with `args` (after the command name); the exit code. */
export async function commandProgress(args: readonly string[], io: ProgressIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        'base-year': { type: 'string' },
        'target-year': { type: 'string' },
        format: { type: 'string' },
        lang: { type: 'string' },
        bureau: { type: 'string' },
        rules: { type: 'string' },
        ...measurementInputOptions,
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout(progressHelp);
    return exitCodes.ok;
  }
  if (positionals.length === 0)
    throw new UsageError('progress takes one or more files (or - for standard input); see ankang-eco progress --help');
  const baseYear = optionYear(values['base-year'], 'base-year');
  const targetYear = optionYear(values['target-year'], 'target-year');
  const format = oneOf(values.format, formats, 'format', 'table');
  const lang = oneOf<Language>(values.lang, ['zh', 'en'], 'lang', 'zh');
  const bureau =
    values.bureau === undefined ? undefined : oneOf<BureauId>(values.bureau, bureauIds, 'bureau', bureauIds[0]);
  const limits = limitsOf(values);
  const evaluator = await evaluatorFor(values.rules, limits, io);
  const catalogue = evaluator.ruleSet.measurements;
  const read = await readSeries(positionals, catalogue, io.readStdin, limits, lang);
  if (read.warnings.length > 0)
    io.stderr(terminalLines(read.warnings.map((warning) => `ankang-eco: warning: ${warning}`)));
  const options = {
    ...(baseYear === undefined ? {} : { baseYear }),
    ...(targetYear === undefined ? {} : { targetYear }),
  };
  let result: SeriesEvaluation<string>;
  try {
    result = await evaluator.evaluateSeries(read.series, options);
  } catch (error) {
    if (error instanceof ValidationError) throw new UsageError(describeIssues(error.issues, read, lang));
    throw error;
  }
  const shown = narrowToBureau(result, bureau);
  const reportOptions = { lang, ...(bureau === undefined ? {} : { bureau }) };
  io.stdout(
    format === 'json'
      ? jsonOutput(shown)
      : format === 'markdown'
        ? formatProgressMarkdownReport(shown, reportOptions)
        : format === 'csv'
          ? progressCsv(shown, lang)
          : // The report escapes what comes from data; escaped once more here for the terminal.
            terminalLines(formatProgressReport(shown, reportOptions).trimEnd().split('\n')),
  );
  return exitCodes.ok;
}
