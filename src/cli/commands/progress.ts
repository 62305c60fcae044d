// `ankang-eco progress`: a series of years evaluated, and each indicator's progress toward the
// target year (docs/progress.md). Apart from run.ts, which only routes to it.
import {
  describeProgressMeasure,
  formatIssuePath,
  formatProgressMarkdownReport,
  formatProgressReport,
  progressCategoryWords,
  ValidationError,
  type BureauId,
  type Issue,
  type Language,
  type LocalizedText,
  type SeriesEvaluation,
} from 'ankang-eco-indicators';
import { csvField } from 'ankang-eco-indicators';
import { exitCodes } from '../exit-codes.js';
import { inLanguages, languagesOf, say } from '../language.js';
import { bureauHelp, bureauOf, langOf, limitsOf, measurementInputOptions, parse, yearOf } from '../options.js';
import type { CliIo } from '../io.js';
import { evaluatorFor } from '../builtin-rules.js';
import { outputFormat, outputOptions, outputTarget, reportExtensions, writeOutput } from '../output-file.js';
import { readSeries, type ReadSeries } from '../series-input.js';
import { jsonOutput, terminalLines } from '../terminal.js';
import { shownPlace, shownText } from 'ankang-eco-indicators';
import { cliProblem, issueProblems, UsageError, type Problem } from '../usage-error.js';

/** `ankang-eco progress --help`, in Chinese and English. */
export const progressHelp: LocalizedText = {
  zh: `用法：ankang-eco progress <文件...> [选项]

评估多个年份，并按 Open SDG 的进展测度（加拿大统计局的年均复合增长率法，见
docs/progress.md）衡量各指标向目标年的进展。每一年以上一年为基准评估。报告按部门分组：
每个指标在各年的状态及其进展类别，并列出决定它的数值。

<文件> 的读法同 evaluate（见 ankang-eco evaluate --help）：CSV、XLSX 或 JSON 的长格式
（列为 year、key、value，可加 unit、source、note；也可用中文表头 年份、指标代码、数值、单位、
来源、备注），或以年份为键的 JSON 对象（{ "2019": { "pm25": 39, … }, "2020": { … } }）；
数值按人们的输入方式读取（89.3%、８９．３、28微克/立方米、是）。多个文件按年份和指标代码
合并：同一数值出现两次无妨，两个不同的数值则拒绝。"-" 读取标准输入。

选项：
  --base-year <年份>     衡量进展的起始年（默认：最早的年份）
  --target-year <年份>   目标到期的年份，按该年的目标表衡量（默认：最近一个有自己目标表的
                         年份 2020；数据的最近年份更晚时为该年份）
  --format <格式>        table（默认）、json、markdown 或 csv（每个测度一行）
  --lang <zh|en>         报告、消息和本帮助的语言（默认 zh）
  --bureau <部门>        只列出一个部门的指标；部门可写 id、中文名、简称或英文名：
                           ${bureauHelp('                           ')}
  --rules <目录>         按某目录中的规则评估，目录结构同 rules/
  --encoding <编码>      utf-8（默认）或 gb18030（也读取 GBK、GB2312：中文 Windows 上的 CSV）
  --max-input-bytes <n>  每个输入的大小上限（默认 64MiB，最多 500MiB）
  -o, --output <文件>    写入的文件（默认及 - 为标准输出）；已有的文件不覆盖，
                         除非加 --force；不给 --format 时由扩展名决定格式
  --force                替换 -o 所指的已有文件
  -h, --help             本帮助

English: ankang-eco progress --help --lang en
`,
  en: `Usage: ankang-eco progress <files...> [options]

Evaluates several years and measures each indicator's progress toward the target year with
the progress measure of Open SDG (Statistics Canada's compound annual growth rate; see
docs/progress.md). Each year is evaluated with the previous year as its baseline. The report
is grouped by bureau: per indicator its status in each year and its progress category, with
the values that decided it.

<files> are read as evaluate reads them (see ankang-eco evaluate --help): the long layout in
CSV, XLSX or JSON (the columns year, key, value, and optionally unit, source, note; the Chinese
headers 年份, 指标代码, 数值, 单位, 来源, 备注 work too), or JSON objects keyed by year
({ "2019": { "pm25": 39, … }, "2020": { … } }); values as people type them (89.3%, ８９．３,
28微克/立方米, 是). Several files are merged by year and key; the same value twice is fine, two
values are not. "-" reads standard input.

Options:
  --base-year <year>     the year progress is measured from (default: the earliest year)
  --target-year <year>   the year the targets are due, whose table is measured (default: the
                         latest year with a table of its own, 2020, or the data's latest year
                         when that is later)
  --format <format>      table (default), json, markdown or csv (one row per measure)
  --lang <zh|en>         the language of the report, the messages and this help (default zh)
  --bureau <bureau>      only one bureau's indicators; by its id, Chinese name, short name or
                         English name:
                           ${bureauHelp('                           ')}
  --rules <dir>          the rules of a directory laid out like rules/
  --encoding <name>      utf-8 (default) or gb18030 (also GBK, GB2312: CSV from Chinese Windows)
  --max-input-bytes <n>  the size limit of each input (default 64MiB, at most 500MiB)
  -o, --output <file>    where to write (standard output by default, and for -); an existing file is
                         kept unless --force is given; without --format the extension decides the
                         format
  --force                replace the existing file of -o
  -h, --help             this help
`,
};

const formats = ['table', 'json', 'markdown', 'csv'] as const;

/** The issues of a refused series, each at the file (and line) that gave the value. */
function describeIssues(issues: readonly Issue[], read: ReadSeries): Problem[] {
  return issueProblems(issues, (path, lang) => {
    const [first, year, key, ...rest] = path;
    const input = say(lang, '输入', 'input');
    if (first === 'series' && typeof year === 'string') {
      const given = typeof key === 'string' ? read.places.get(year)?.get(key) : undefined;
      if (given !== undefined) return `${shownPlace(given, lang)}: ${formatIssuePath([key as string, ...rest], lang)}`;
      const files = read.yearPlaces.get(year)?.map((file) => shownText(file, lang));
      return `${files?.join(', ') ?? input}: ${formatIssuePath(path.slice(1), lang)}`;
    }
    if (first === 'series') return input;
    if (first === 'options' && year === 'baseYear') return '--base-year';
    if (first === 'options' && year === 'targetYear') return '--target-year';
    return formatIssuePath(path, lang);
  });
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
    'base_threshold',
    'current_threshold',
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
          measure.baseThreshold,
          measure.currentThreshold,
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
export async function commandProgress(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    'base-year': { type: 'string' },
    'target-year': { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    bureau: { type: 'string' },
    rules: { type: 'string' },
    ...measurementInputOptions,
    ...outputOptions,
  });
  if (values.help === true) {
    io.stdout(inLanguages(progressHelp, languagesOf(values.lang)));
    return exitCodes.ok;
  }
  const lang = langOf(values.lang);
  if (positionals.length === 0) throw new UsageError(cliProblem('cli.takes_files', { command: 'progress' }));
  const baseYear = yearOf(values['base-year'], 'base-year');
  const targetYear = yearOf(values['target-year'], 'target-year');
  const target = outputTarget(values);
  const format = outputFormat(values.format, target, formats, reportExtensions, 'table');
  const bureau = bureauOf(values.bureau);
  const limits = limitsOf(values);
  const evaluator = await evaluatorFor(values.rules, limits, io, lang);
  const catalogue = evaluator.ruleSet.measurements;
  const read = await readSeries(positionals, catalogue, io.readStdin, limits, lang);
  if (read.warnings.length > 0)
    io.stderr(terminalLines(read.warnings.map((warning) => `ankang-eco: ${say(lang, '警告', 'warning')}: ${warning}`)));
  const options = {
    ...(baseYear === undefined ? {} : { baseYear }),
    ...(targetYear === undefined ? {} : { targetYear }),
  };
  let result: SeriesEvaluation<string>;
  try {
    result = await evaluator.evaluateSeries(read.series, options);
  } catch (error) {
    if (error instanceof ValidationError) throw new UsageError(describeIssues(error.issues, read));
    throw error;
  }
  const shown = narrowToBureau(result, bureau);
  const reportOptions = { lang, ...(bureau === undefined ? {} : { bureau }) };
  await writeOutput(
    target,
    format === 'json'
      ? jsonOutput(shown)
      : format === 'markdown'
        ? formatProgressMarkdownReport(shown, reportOptions)
        : format === 'csv'
          ? progressCsv(shown, lang)
          : // The report escapes what comes from data; escaped once more here for the terminal.
            terminalLines(formatProgressReport(shown, reportOptions).trimEnd().split('\n')),
    io,
  );
  return exitCodes.ok;
}
