// `ankang-eco compare`: what a change of rules does to the same data.
import { formatComparison, ValidationError, type LocalizedText } from 'ankang-eco-indicators';
import { compareRuleSets } from 'ankang-eco-indicators/policy';
import { evaluatorFor, rulesDirectory, sameRuleSetNote } from '../builtin-rules.js';
import { evaluationData } from '../data-files.js';
import { exitCodes } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { inLanguages, languagesOf } from '../language.js';
import { langOf, limitsOf, measurementInputOptions, parse, yearOf } from '../options.js';
import { outputFormat, outputOptions, outputTarget, writeOutput } from '../output-file.js';
import { jsonOutput } from '../terminal.js';
import { cliProblem, UsageError } from '../usage-error.js';
import { describeRefusal } from './evaluate.js';

/** `ankang-eco compare --help`, in Chinese and English. */
export const compareHelp: LocalizedText = {
  zh: `用法：ankang-eco compare <前> <后> <文件> [选项]

在两个规则集下评估 <文件>（CSV、XLSX 或 JSON，读法同 evaluate），报告哪些检查、指标和部门
的状态改变，并列出新旧阈值。<前> 和 <后> 为规则目录，或 "builtin"。

选项：
  --year <年份>        评估的年份（默认：<文件> 中最新的年份，或 2020）
  --baseline <文件>    上一年的数值（默认：<文件> 中的上一年）
  --format <格式>      markdown（默认）或 json
  --lang <zh|en>       报告、消息和本帮助的语言（默认 zh）
  --fail-on-change     有任何状态改变时退出码为 1
  --encoding <编码>    utf-8（默认）或 gb18030（也读取 GBK），用于 <文件> 和基准
  --max-input-bytes <n>
                       每个输入的大小上限（默认 64MiB，最多 500MiB）
  -o, --output <文件>  写入的文件（默认及 - 为标准输出）；已有的文件不覆盖，
                       除非加 --force；不给 --format 时由扩展名决定格式
  --force              替换 -o 所指的已有文件
  -h, --help           本帮助

只有一方规则集声明的指标代码属于该方的数据；拒绝时说明是哪一方拒绝的。

English: ankang-eco compare --help --lang en
`,
  en: `Usage: ankang-eco compare <before> <after> <file> [options]

Evaluates <file> (CSV, XLSX or JSON, read as evaluate reads it) under two rule sets and reports
which checks, indicators and bureaus change status, with old and new thresholds. <before> and
<after> are rules directories, or "builtin".

Options:
  --year <year>        the year evaluated (default: the latest year in <file>, or 2020)
  --baseline <file>    last year's measurements (default: the previous year of <file>)
  --format <format>    markdown (default) or json
  --lang <zh|en>       the language of the report, the messages and this help (default zh)
  --fail-on-change     exit 1 when any status changes
  --encoding <enc>     utf-8 (default) or gb18030 (also reads GBK), for <file> and the baseline
  --max-input-bytes <n>
                       the size limit of each input (default 64MiB, at most 500MiB)
  -o, --output <file>  where to write (standard output by default, and for -); an existing file is
                       kept unless --force is given; without --format the extension decides the
                       format
  --force              replace the existing file of -o
  -h, --help           this help

A key that only one of the rule sets declares is that side's data; a refusal says which side
refused.
`,
};

/** The formats of a comparison an output file's extension names. */
const comparisonExtensions = { '.json': 'json', '.md': 'markdown', '.markdown': 'markdown' } as const;

/** `ankang-eco compare <before> <after> <file>`. */
export async function commandCompare(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    year: { type: 'string' },
    baseline: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    'fail-on-change': { type: 'boolean' },
    ...measurementInputOptions,
    ...outputOptions,
  });
  if (values.help === true) {
    io.stdout(inLanguages(compareHelp, languagesOf(values.lang)));
    return exitCodes.ok;
  }
  const lang = langOf(values.lang);
  if (positionals.length !== 3) throw new UsageError(cliProblem('cli.compare_takes_three', {}));
  const [beforePath, afterPath, file] = positionals as [string, string, string];
  const year = yearOf(values.year);
  const target = outputTarget(values);
  const format = outputFormat(values.format, target, ['markdown', 'json'], comparisonExtensions, 'markdown');
  const limits = limitsOf(values);
  // One side after the other: each reads its directory a few files at a time.
  const before = await evaluatorFor(beforePath, limits, io, lang);
  const after = await evaluatorFor(afterPath, limits, io, lang);
  // A key either side declares is read as that side reads it (the proposal's, where both do).
  const catalogue = { ...before.ruleSet.measurements, ...after.ruleSet.measurements };
  const data = await evaluationData(
    [file],
    values.baseline,
    year,
    { catalogue, encoding: limits.encoding, ignoreUnknown: false, maxBytes: limits.maxBytes },
    io.readStdin,
  );
  // One rule set on both sides can show no change of rules: say so, beside the report that says so too.
  if (before.ruleSet.hash === after.ruleSet.hash) {
    io.stderr(sameRuleSetNote(beforePath, afterPath, before.ruleSet.hash, rulesDirectory, file, lang));
  }
  let comparison;
  try {
    comparison = await compareRuleSets(
      before,
      after,
      data.year,
      data.measurements,
      data.baseline === undefined ? undefined : { baseline: data.baseline },
    );
  } catch (error) {
    if (error instanceof ValidationError)
      throw new UsageError(describeRefusal(error.issues, data, [file], values.baseline));
    throw error;
  }
  await writeOutput(target, format === 'json' ? jsonOutput(comparison) : formatComparison(comparison, { lang }), io);
  return values['fail-on-change'] === true && comparison.changed ? exitCodes.matched : exitCodes.ok;
}
