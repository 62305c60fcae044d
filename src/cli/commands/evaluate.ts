import {
  formatCsvReport,
  formatIssuePath,
  formatMarkdownReport,
  ValidationError,
  type Evaluation,
  type Issue,
  type LocalizedText,
} from 'ankang-eco-indicators';
import { inputIssuePlace, withInputSources } from 'ankang-eco-indicators/data';
import { evaluationData, type EvaluationData } from '../data-files.js';
import { exitCodes } from '../exit-codes.js';
import { inLanguages, languagesOf, say } from '../language.js';
import { bureauHelp, bureauOf, langOf, limitsOf, measurementInputOptions, oneOf, parse, yearOf } from '../options.js';
import { evaluationFormats, tableReport } from '../output.js';
import { outputFormat, outputOptions, outputTarget, reportExtensions, writeOutput } from '../output-file.js';
import type { CliIo } from '../io.js';
import { inputName } from '../read-input.js';
import { evaluatorFor } from '../builtin-rules.js';
import { jsonOutput } from '../terminal.js';
import { shownPlace } from 'ankang-eco-indicators';
import { cliProblem, issueProblems, UsageError, type Problem } from '../usage-error.js';

/** `ankang-eco evaluate --help`, in Chinese and English. */
export const evaluateHelp: LocalizedText = {
  zh: `用法：ankang-eco evaluate <文件>... [选项]

按当年的目标和创建标准评估一年的监测数据。每个 <文件> 可为 CSV、XLSX 或 JSON，即各部门
报送时的样子（见 docs/data-files.md）：

  长格式   列为 year、key、value（可加 unit、source、note）：可含任意多年
  宽格式   列为 key、value（可加 unit、source、note），或以指标代码为键的 JSON 对象：
           一年的数据，即评估的年份
表头可用中文：年份、指标代码、数值、单位、来源、备注。数值按人们的输入方式读取：89.3%、
８９．３、28微克/立方米、326天、是/否；其他写法（0,95、约94、340-364、35/38）连同位置一起
拒绝。多个文件按（年份、指标代码）合并：数值相等即一致，不同则报告两处位置。"-" 读取标准输入。

选项：
  --year <年份>           评估的年份（默认：数据中最新的年份；文件不含年份时为 2020）
  --baseline <文件>       上一年的数值，用于“不低于上年”类检查（默认：同一数据中的上一年，
                          如有）；与数据像另一个文件一样合并：同一（年份、指标代码）数值不同
                          则报告两处位置
  --bureau <部门>         只列出一个部门的指标（状态不变）；部门可写 id、中文名、简称或英文名：
                            ${bureauHelp('                            ')}
  --sources               在表格、Markdown 和 CSV 报告中列出每个数值的来源（文件与行号，或
                          工作表与单元格，以及 source 列；由计数推算的百分比列出两个计数）。
                          note（备注）列总会显示在使用该数值的检查旁
  --encoding <编码>       utf-8（默认；也读取带 BOM 的 UTF-16）或 gb18030（也读取 GBK，
                          即中文 Windows 上 Excel 保存的 CSV）
  --ignore-unknown        跳过规则不认识的指标代码，每个给出一条警告
  --max-input-bytes <n>   每个输入的大小上限（默认 64MiB）
  --format <格式>         table（默认）、json、markdown 或 csv（每项检查一行）
  --lang <zh|en>          报告、消息和本帮助的语言（默认 zh）
  --rules <目录>          按某目录中的规则评估，目录结构同 rules/
  --fail-on <fail|missing>
                          有指标未达标（fail），或未达标或缺数据（missing）时退出码为 1
  -o, --output <文件>     写入的文件（默认及 - 为标准输出）；已有的文件不覆盖，
                          除非加 --force；不给 --format 时由扩展名决定格式
  --force                 替换 -o 所指的已有文件
  -h, --help              本帮助

English: ankang-eco evaluate --help --lang en
`,
  en: `Usage: ankang-eco evaluate <file>... [options]

Evaluates a year's measurements against the year's targets and the creation standard. Each
<file> is CSV, XLSX or JSON, as bureaus hand them in (see docs/data-files.md):

  long layout   columns year, key, value (and unit, source, note): any number of years
  wide layout   columns key, value (and unit, source, note), or a JSON object keyed by
                measurement key: one year, the year evaluated
Headers may be Chinese: 年份, 指标代码, 数值, 单位, 来源, 备注. Values are read as people
type them: 89.3%, ８９．３, 28微克/立方米, 326天, 是/否; anything else (0,95, 约94, 340-364,
35/38) is refused with its place. Several files are merged by (year, key): equal values
agree, different ones are refused naming both places. "-" reads standard input.

Options:
  --year <year>           the year evaluated (default: the latest year in the data, or 2020
                          for files without years)
  --baseline <file>       last year's figures for the "not lower than last year" checks
                          (default: the previous year of the same data, when it is there);
                          merged with the data like another file: a different figure for the
                          same (year, key) is refused naming both places
  --bureau <bureau>       report one bureau's indicators only (statuses unchanged); by its id,
                          Chinese name, short name or English name:
                            ${bureauHelp('                            ')}
  --sources               show where each figure came from (file and line, or sheet and
                          cell, and the source column; both counts of a derived percentage) in
                          the table, Markdown and CSV reports. The note column is always shown
                          beside the checks that read its figure
  --encoding <enc>        utf-8 (default; UTF-16 with a BOM is read too) or gb18030 (also
                          reads GBK, as Excel on Chinese Windows saves CSV)
  --ignore-unknown        leave out keys the rules do not know, with a warning each
  --max-input-bytes <n>   the size limit of each input (default 64MiB)
  --format <format>       table (default), json, markdown or csv (one row per check)
  --lang <zh|en>          the language of the report, the messages and this help (default zh)
  --rules <dir>           evaluate with the rules of a directory laid out like rules/
  --fail-on <fail|missing>
                          exit 1 when an indicator fails (fail), or fails or lacks data (missing)
  -o, --output <file>     where to write (standard output by default, and for -); an existing file
                          is kept unless --force is given; without --format the extension decides
                          the format
  --force                 replace the existing file of -o
  -h, --help              this help
`,
};

/** The issues of an evaluation that refused its input, each at the place its figure came from. */
export function describeRefusal(
  issues: readonly Issue[],
  data: EvaluationData,
  files: readonly string[],
  baselineFile: string | undefined,
): Problem[] {
  const place = inputIssuePlace(data, {
    data: files.map(inputName),
    baseline: baselineFile === undefined ? undefined : inputName(baselineFile),
  });
  return issueProblems(issues, (path, lang) => {
    if (path[0] === 'year' && path.length === 1) return '--year';
    return place(path, lang) ?? formatIssuePath(path, lang);
  });
}

/** `ankang-eco evaluate <file>...`. */
export async function commandEvaluate(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    year: { type: 'string' },
    baseline: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    rules: { type: 'string' },
    'fail-on': { type: 'string' },
    bureau: { type: 'string' },
    sources: { type: 'boolean' },
    'ignore-unknown': { type: 'boolean' },
    ...measurementInputOptions,
    ...outputOptions,
  });
  if (values.help === true) {
    io.stdout(inLanguages(evaluateHelp, languagesOf(values.lang)));
    return exitCodes.ok;
  }
  const lang = langOf(values.lang);
  if (positionals.length === 0) throw new UsageError(cliProblem('cli.takes_files', { command: 'evaluate' }));
  const year = yearOf(values.year);
  const target = outputTarget(values);
  const format = outputFormat(values.format, target, evaluationFormats, reportExtensions, 'table');
  const failOn =
    values['fail-on'] === undefined
      ? undefined
      : oneOf(values['fail-on'], ['fail', 'missing'] as const, 'fail-on', 'fail');
  const bureau = bureauOf(values.bureau);
  const { encoding, maxBytes } = limitsOf(values);
  // The package's rules/ as on disk unless --rules names others (src/cli/builtin-rules.ts).
  const evaluator = await evaluatorFor(values.rules, { encoding, maxBytes }, io, lang);
  const catalogue = evaluator.ruleSet.measurements;
  const data = await evaluationData(
    positionals,
    values.baseline,
    year,
    {
      catalogue,
      derivations: evaluator.ruleSet.derivations,
      encoding,
      ignoreUnknown: values['ignore-unknown'] === true,
      maxBytes,
    },
    io.readStdin,
  );
  const options = data.baseline === undefined ? undefined : { baseline: data.baseline };
  let evaluated: Evaluation<string>;
  try {
    evaluated = await evaluator.evaluate(data.year, data.measurements, options);
  } catch (error) {
    if (error instanceof ValidationError)
      throw new UsageError(describeRefusal(error.issues, data, positionals, values.baseline));
    throw error;
  }
  const evaluation = withInputSources(evaluated, data);
  const sources = values.sources === true;
  const colour = target.kind === 'stdout' && io.isTTY && (io.env['NO_COLOR'] ?? '') === '' && format === 'table';
  const output =
    format === 'json'
      ? jsonOutput(evaluation)
      : format === 'markdown'
        ? formatMarkdownReport(evaluation, { lang, sources, ...(bureau === undefined ? {} : { bureau }) })
        : format === 'csv'
          ? formatCsvReport(evaluation, { lang, sources, ...(bureau === undefined ? {} : { bureau }) })
          : tableReport(evaluation, { lang, sources, ...(bureau === undefined ? {} : { bureau }) }, colour);
  await writeOutput(target, output, io);
  // A CSV of checks has no room for warnings: they go to standard error, so none is lost.
  if (format === 'csv')
    for (const warning of evaluation.warnings ?? [])
      io.stderr(
        `${say(lang, '警告', 'warning')}: ${warning.place === undefined ? '' : `${shownPlace(warning.place, lang)}: `}${warning.message[lang]}\n`,
      );
  if (failOn === undefined) return exitCodes.ok;
  const shown = evaluation.indicators.filter((indicator) => bureau === undefined || indicator.bureau === bureau);
  const matched = shown.some(
    (indicator) => indicator.status === 'fail' || (failOn === 'missing' && indicator.status === 'missing'),
  );
  return matched ? exitCodes.matched : exitCodes.ok;
}
