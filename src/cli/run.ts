import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CaseFileError,
  formatIssuePath,
  formatIssues,
  languages,
  type Language,
  type LocalizedText,
  formatComparison,
  formatIndicatorCatalogue,
  ruleOperatorWords,
  tableFor,
  ValidationError,
  type RuleCheck,
  type RuleSetInfo,
} from 'ankang-eco-indicators';
import { compareRuleSets, parseCaseFile, runCase } from 'ankang-eco-indicators/policy';
import { evaluatorFor, packageRoot, rulesDirectory, sameRuleSetNote } from './builtin-rules.js';
import { exitCodes } from './exit-codes.js';
import { measurementNumber } from '../data/json-numbers.js';
import { JsonTextError, parseJsonText } from '../data/json-text.js';
import { describeJsonError } from './json-errors.js';
import { inLanguages, languagesOf, say, scanLanguages, type RunLanguages } from './language.js';
import { defaultMaxInputBytes, readInputText, type StdinReader } from './read-input.js';
import { evaluationData } from './data-files.js';
import { commandEvaluate, describeRefusal, evaluateHelp } from './evaluate-command.js';
import { inputOptions, langOf, limitsOf, measurementInputOptions, oneOf, parse, yearOf } from './options.js';
import { OutputWriteError, outputFormat, outputOptions, outputTarget, writeOutput } from './output-file.js';
import { commandProgress, progressHelp } from './progress.js';
import { commandTemplate, templateHelp } from './template-command.js';
import { jsonOutput, terminalLines } from './terminal.js';
import { issueProblems, maxProblemsListed, ProblemList, UsageError } from './usage-error.js';
import { referenceOf } from '../schema/rule-entries.js';
import { cutText, quotedText, shownText } from '../vocabulary/visible-text.js';

/** What the tool talks to: the process in `main.ts`, a fake in tests. */
export interface CliIo {
  /** Standard output: text, or the bytes of a workbook (when it is not a terminal). */
  readonly stdout: (content: string | Uint8Array) => void;
  readonly stderr: (text: string) => void;
  /** Standard input's bytes, at most `maxBytes` of them (more says the input is too large). */
  readonly readStdin: StdinReader;
  /** Whether standard output is a terminal (colour is used only there). */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

const mebibytes = defaultMaxInputBytes / 1024 ** 2;

/** `ankang-eco --help`, and what a run without a command prints on stderr. */
const usage: LocalizedText = {
  zh: `用法：ankang-eco <命令> [选项]
English: ankang-eco --help --lang en

评估安康市生态文明建设示范市指标（Ankang City's ecological-civilization indicators）。

命令：
  evaluate <文件>...    评估一年的监测数据（CSV、XLSX 或 JSON，长格式或宽格式；多个文件按
                        年份和指标代码合并；- 读取标准输入）
  progress <文件...>    多个年份：各年的状态，以及各指标向目标年的进展（Open SDG 的进展测度）
  template              生成部门填报数值用的表格（CSV 或 XLSX）
  test <路径...>        运行声明式用例文件（文件，或含 *.json 的目录）
  compare <前> <后> <文件>
                        规则改动对同一数据的影响（规则目录；"builtin" 为内置规则）
  indicators            指标、检查和指标代码的目录
  schema <名称>         JSON Schema：measurements、evaluation 等

选项：
  -h, --help            本工具或某条命令的帮助（ankang-eco evaluate --help）
  -v, --version         版本号
  --lang <zh|en>        消息、帮助和报告的语言（默认 zh），每条命令都接受

输入：UTF-8 编码的 JSON 或 CSV（BOM 会被去掉；evaluate 还读取带 BOM 的 UTF-16 和 XLSX；
evaluate、progress 和 compare 加 --encoding gb18030 可读 GB18030/GBK）。只读取普通文件；
每个文件和标准输入最多 ${mebibytes} MiB，可用 --max-input-bytes 提高（最多 500MiB）。

退出码：
  0   完成，没有符合 --fail-on 的指标
  1   已评估，且有指标符合 --fail-on（或有用例失败，或 compare --fail-on-change 发现变化）
  2   输入或用法无效（包括无法打开的 -o 文件：文件夹不存在、是目录、没有权限；已有的文件未加
      --force）：所有问题列在标准错误中（前 ${maxProblemsListed} 条，其余计数），标准输出为空
  70  内部错误：程序缺陷，标准错误中一行说明（请报告）
  74  无法写入标准输出、标准错误或 -o 所指的文件（磁盘已满、设备已关闭、I/O 错误）；读取方提前结束
      （| head）时安静退出
`,
  en: `Usage: ankang-eco <command> [options]

Evaluates Ankang City's ecological-civilization indicators (安康市生态文明建设示范市指标).

Commands:
  evaluate <file>...    evaluate a year's measurements (CSV, XLSX or JSON, long or wide;
                        several files are merged by year and key; - reads standard input)
  progress <files...>   several years: each year's statuses and each indicator's progress
                        toward the target year (Open SDG's progress measure)
  template              write a fill-in sheet (CSV or XLSX) for a bureau's figures
  test <paths...>       run declarative case files (files or directories of *.json)
  compare <before> <after> <file>
                        what a change of rules does to the same data (rules directories;
                        "builtin" for the built-in rules)
  indicators            the catalogue of indicators, checks and measurement keys
  schema <name>         a JSON Schema: measurements, evaluation, …

Options:
  -h, --help            help for the tool, or for a command (ankang-eco evaluate --help)
  -v, --version         the version
  --lang <zh|en>        the language of messages, help and reports (default zh); every
                        command takes it

Input: JSON or CSV in UTF-8 (a BOM is dropped; evaluate also reads UTF-16 with a BOM and XLSX;
evaluate, progress and compare read GB18030/GBK with --encoding gb18030). Only regular files
are read, each at most ${mebibytes} MiB, and standard input too; --max-input-bytes raises the
limit (at most 500MiB).

Exit codes:
  0   done; nothing matched --fail-on
  1   evaluated, and an indicator matched --fail-on (or a case failed, or
      compare --fail-on-change saw a change)
  2   invalid input or usage (an -o file that cannot be opened, for a missing folder,
      a directory or no permission, or that exists without --force, included): every
      problem on stderr (the first ${maxProblemsListed}, then a count), nothing on stdout
  70  internal error: a bug of ours, in one line on stderr (please report it)
  74  standard output, standard error or the file of -o could not be written (a
      full disk, a closed device, an I/O error); a reader that stops early (| head)
      ends the run quietly
`,
};

/** Each command's `--help`, in Chinese and English. */
const commandHelp: Readonly<Record<string, LocalizedText>> = {
  evaluate: evaluateHelp,
  progress: progressHelp,
  template: templateHelp,
  test: {
    zh: `用法：ankang-eco test <路径...> [--rules <目录>]

运行声明式用例文件（JSON：{ "cases": [{ "name", "year", "measurements", "baseline"?,
"expect": { "targets"?, "city"?, "bureaus"?, "indicators"? } }] }），逐条报告不符之处。
目录中查找 *.json 文件。

选项：
  --rules <目录>          按某目录中的规则运行用例（默认：内置规则）
  --lang <zh|en>          报告、消息和本帮助的语言（默认 zh）
  --max-input-bytes <n>   每个文件的大小上限（默认 64MiB，最多 500MiB）
  -o, --output <文件>     写入报告的文件（默认及 - 为标准输出）；已有的文件不覆盖，
                          除非加 --force
  --force                 替换 -o 所指的已有文件
  -h, --help              本帮助

English: ankang-eco test --help --lang en
`,
    en: `Usage: ankang-eco test <paths...> [--rules <dir>]

Runs declarative case files (JSON: { "cases": [{ "name", "year", "measurements", "baseline"?,
"expect": { "targets"?, "city"?, "bureaus"?, "indicators"? } }] }) and reports each mismatch.
Directories are searched for *.json files.

Options:
  --rules <dir>           run the cases against the rules of a directory (default: the built-in rules)
  --lang <zh|en>          the language of the report, the messages and this help (default zh)
  --max-input-bytes <n>   the size limit of each file (default 64MiB, at most 500MiB)
  -o, --output <file>     where to write the report (standard output by default, and for -); an
                          existing file is kept unless --force is given
  --force                 replace the existing file of -o
  -h, --help              this help
`,
  },
  compare: {
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
  },
  indicators: {
    zh: `用法：ankang-eco indicators [选项]

列出各指标及其所属部门、检查，以及带单位的指标代码。

选项：
  --year <年份>       只列出该年适用的检查（该年的目标表，或创建标准）
  --format <格式>     table（默认）、json 或 markdown（即 docs/indicators.md）
  --rules <目录>      用某目录中的规则代替内置规则
  --lang <zh|en>      表格、消息和本帮助的语言（默认 zh）
  --max-input-bytes <n>
                      每个规则文件的大小上限（默认 64MiB，最多 500MiB）
  -o, --output <文件> 写入的文件（默认及 - 为标准输出）；已有的文件不覆盖，
                      除非加 --force；不给 --format 时由扩展名决定格式
  --force             替换 -o 所指的已有文件
  -h, --help          本帮助

English: ankang-eco indicators --help --lang en
`,
    en: `Usage: ankang-eco indicators [options]

Lists the indicators with their bureau, their checks and the measurement keys with units.

Options:
  --year <year>       only the checks that apply in that year (the year's table, or the standard)
  --format <format>   table (default), json or markdown (docs/indicators.md is this)
  --rules <dir>       the rules of a directory instead of the built-in rules
  --lang <zh|en>      the language of the table, the messages and this help (default zh)
  --max-input-bytes <n>
                      the size limit of each rule file (default 64MiB, at most 500MiB)
  -o, --output <file> where to write (standard output by default, and for -); an existing file is
                      kept unless --force is given; without --format the extension decides the
                      format
  --force             replace the existing file of -o
  -h, --help          this help
`,
  },
  schema: {
    zh: `用法：ankang-eco schema <名称> [选项]

输出由本库的 schema 生成的 JSON Schema，供表单、校验器和代码生成器使用。名称为本包 schema/
目录中的文件，如 measurements、evaluate-options、evaluation 和 rule-file。不加选项时：
draft 2020-12，英文标题，说明为中英双语（供工具使用）。

选项：
  --lang <zh|en>    标题、说明和消息使用该语言（供表单使用）；也是本帮助和命令消息的语言
  --draft <版本>    2020-12（默认）或 07，供默认使用 draft-07 的表单生成器
  -o, --output <文件>
                    写入的文件（默认及 - 为标准输出）；已有的文件不覆盖，除非加 --force
  --force           替换 -o 所指的已有文件
  -h, --help        本帮助

English: ankang-eco schema --help --lang en
`,
    en: `Usage: ankang-eco schema <name> [options]

Prints a JSON Schema generated from the library's schemas, for forms, validators and code
generators. Names: the files of the package's schema/ directory, such as measurements,
evaluate-options, evaluation and rule-file. Without options: draft 2020-12, English titles and
descriptions in Chinese and English (for tools).

Options:
  --lang <zh|en>    titles, descriptions and messages in that language (for forms); also the
                    language of this help and of the command's messages
  --draft <draft>   2020-12 (default) or 07, for form builders that default to draft-07
  -o, --output <file>
                    where to write (standard output by default, and for -); an existing file is kept
                    unless --force is given
  --force           replace the existing file of -o
  -h, --help        this help
`,
  },
};

/**
 * The case files of a path: the file itself, or the `*.json` files under a directory, in name
 * order, one directory at a time (a tree of thousands of folders opens one at once). Symbolic
 * links to directories are not followed; anything that is not a regular file is refused when read.
 */
async function caseFilesIn(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UsageError({
      zh: `无法读取 ${shownText(path, 'zh')}：没有这个文件或目录`,
      en: `cannot read ${shownText(path)}: no such file or directory`,
    });
  }
  if (!info.isDirectory()) return [path];
  const found: string[] = [];
  const walk = async (directory: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      // The system's own words (EACCES: permission denied, scandir …), in a sentence of either language.
      const why = (error as Error).message;
      throw new UsageError({
        zh: `无法读取目录 ${shownText(directory, 'zh')}：${shownText(why, 'zh', 1000)}`,
        en: `cannot read the directory ${shownText(directory)}: ${shownText(why, 'en', 1000)}`,
      });
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.isDirectory()) await walk(join(directory, entry.name));
      else if (entry.name.endsWith('.json')) found.push(join(directory, entry.name));
    }
  };
  await walk(path);
  return found;
}

/** The formats of the catalogue an output file's extension names. */
const catalogueExtensions = { '.json': 'json', '.md': 'markdown', '.markdown': 'markdown', '.txt': 'table' } as const;
/** The formats of a comparison an output file's extension names. */
const comparisonExtensions = { '.json': 'json', '.md': 'markdown', '.markdown': 'markdown' } as const;

/** Issues listed for one refused case; the rest are counted. */
const caseIssuesListed = 10;

async function commandTest(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    rules: { type: 'string' },
    lang: { type: 'string' },
    ...inputOptions,
    ...outputOptions,
  });
  if (values.help === true) return help(io, 'test', languagesOf(values.lang));
  const lang = langOf(values.lang);
  const target = outputTarget(values);
  if (positionals.length === 0)
    throw new UsageError({
      zh: 'test 需要用例文件或目录；见 ankang-eco test --help',
      en: 'test takes case files or directories; see ankang-eco test --help',
    });
  const limits = limitsOf(values);
  const evaluator = await evaluatorFor(values.rules, limits, io, lang);
  const files: string[] = [];
  for (const path of positionals) for (const file of await caseFilesIn(path)) files.push(file);
  if (files.length === 0)
    throw new UsageError({
      zh: `${positionals.map((path) => shownText(path, 'zh')).join('、')} 中没有用例文件（*.json）`,
      en: `no case files (*.json) in ${positionals.map((path) => shownText(path)).join(', ')}`,
    });
  const problems = new ProblemList();
  const parsed = [];
  const caseFile = { zh: '用例文件（{ "cases": [ … ] }）', en: 'a case file ({ "cases": [ … ] })' };
  for (const file of files) {
    try {
      const text = await readInputText(file, io.readStdin, limits, caseFile);
      const value = parseJsonText(text.startsWith('\uFEFF') ? text.slice(1) : text, { readNumber: measurementNumber });
      parsed.push({ file, caseFile: parseCaseFile(value, file) });
    } catch (error) {
      if (error instanceof CaseFileError) for (const problem of issueProblems(error.issues)) problems.add(problem);
      else if (error instanceof JsonTextError) problems.add(describeJsonError(error, file));
      else if (error instanceof UsageError) for (const problem of error.problems) problems.add(problem);
      else throw error;
    }
  }
  problems.throwIfAny();
  let passed = 0;
  let failed = 0;
  const lines: string[] = [];
  for (const { file, caseFile } of parsed) {
    const failures: string[] = [];
    for (const testCase of caseFile.cases) {
      const result = await runCase(testCase, { evaluator });
      if (result.status === 'passed') {
        passed++;
        continue;
      }
      failed++;
      failures.push(`  ✘ ${shownText(result.name, lang)}`);
      if (result.status === 'failed') {
        for (const mismatch of result.mismatches) {
          const [expected, actual] = [mismatch.expected, mismatch.actual].map((value) =>
            shownText((JSON.stringify(value) as string | undefined) ?? 'undefined', lang),
          );
          failures.push(
            `      ${formatIssuePath(mismatch.path, lang)}: ${say(lang, `应为 ${expected}，实际为 ${actual}`, `expected ${expected}, got ${actual}`)}`,
          );
        }
      } else {
        const bullet = `      ${say(lang, '数据无效：', 'invalid data: ')}`;
        const listed = formatIssues(result.issues, { bullet, limit: caseIssuesListed, lang });
        for (const line of listed.split('\n')) failures.push(line);
      }
    }
    const count = caseFile.cases.length;
    lines.push(
      `${failures.length === 0 ? '✔' : '✘'} ${shownText(file, lang)}${say(lang, `（${count} 个用例）`, ` (${count} ${count === 1 ? 'case' : 'cases'})`)}`,
      ...failures,
    );
  }
  lines.push('', say(lang, `通过 ${passed}，失败 ${failed}`, `${passed} passed, ${failed} failed`));
  await writeOutput(target, terminalLines(lines), io);
  return failed > 0 ? exitCodes.matched : exitCodes.ok;
}

async function commandIndicators(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    year: { type: 'string' },
    format: { type: 'string' },
    rules: { type: 'string' },
    lang: { type: 'string' },
    ...inputOptions,
    ...outputOptions,
  });
  if (values.help === true) return help(io, 'indicators', languagesOf(values.lang));
  const lang = langOf(values.lang);
  if (positionals.length > 0)
    throw new UsageError({
      zh: 'indicators 不接受参数；见 ankang-eco indicators --help',
      en: 'indicators takes no arguments; see ankang-eco indicators --help',
    });
  const target = outputTarget(values);
  const format = outputFormat(values.format, target, ['table', 'json', 'markdown'], catalogueExtensions, 'table');
  const year = yearOf(values.year);
  // The package's rules/ carry the seed table's task texts, which the bundled copy leaves out.
  const info = (await evaluatorFor(values.rules, limitsOf(values), io, lang)).ruleSet;
  const selected = year === undefined ? info : narrowToYear(info, year);
  const output =
    format === 'json'
      ? jsonOutput(selected)
      : format === 'markdown'
        ? formatIndicatorCatalogue(selected)
        : indicatorTable(selected, year, lang);
  await writeOutput(target, output, io);
  return 0;
}

/** The rule set with each indicator's tables narrowed to what applies in `year`. */
function narrowToYear(info: RuleSetInfo, year: number): RuleSetInfo {
  const hasYear = tableFor(year, info.years) !== 'standard';
  return {
    ...info,
    years: hasYear ? [year] : [],
    indicators: info.indicators.map((indicator) => {
      const [standard, ...rest] = indicator.rule.conditions.all;
      const own = rest.find((table) => table.name === String(year));
      const tables = [standard, ...(own === undefined ? [] : [own])].filter((table) => table !== undefined);
      return { ...indicator, rule: { ...indicator.rule, conditions: { all: tables } } };
    }),
  };
}

/** The catalogue as a plain-text table in `lang`: names, keys, operators and table names as the rules write them. */
function indicatorTable(info: RuleSetInfo, year: number | undefined, lang: Language): string {
  const years = info.years.join(say(lang, '、', ', ')) || say(lang, '无', 'none');
  const lines = [
    say(
      lang,
      `规则集 ${info.name}（${info.hash}）；年度目标表：${years}${year === undefined ? '' : `；${year} 年适用的检查`}`,
      `Rule set ${info.name} (${info.hash}); year tables: ${years}${year === undefined ? '' : `; checks for ${year}`}`,
    ),
  ];
  if (info.derivations.length > 0) {
    lines.push(
      '',
      say(
        lang,
        '推算的百分比（100 × 分子 ÷ 分母，四舍五入），在给出计数时：',
        'Derived percentages (100 × part ÷ whole, rounded half up), when given as counts:',
      ),
    );
    for (const { key, part, whole, decimalPlaces } of info.derivations) {
      const places = say(
        lang,
        `保留 ${decimalPlaces} 位小数`,
        `${decimalPlaces} decimal place${decimalPlaces === 1 ? '' : 's'}`,
      );
      lines.push(`      ${key} = 100 × ${part} ÷ ${whole}${say(lang, '，', ', ')}${places}`);
    }
  }
  const describe = (check: RuleCheck): string => {
    const measurement = info.measurements[check.fact];
    const unit =
      measurement === undefined || measurement.kind === 'boolean'
        ? ''
        : measurement.kind === 'percent'
          ? '%'
          : measurement.unit[lang];
    let against: string;
    if (typeof check.value === 'object') {
      const { key, isBaseline } = referenceOf(check.value.fact);
      against = `${isBaseline ? `${say(lang, '基准', 'baseline')} ` : ''}${key}`;
    } else against = String(check.value);
    return `${check.fact} ${ruleOperatorWords[check.operator][lang]} ${against}${unit === '' ? '' : ` (${unit})`}`;
  };
  for (const indicator of info.indicators) {
    lines.push(
      '',
      `${String(indicator.number).padStart(2)}. ${indicator.name.zh} / ${indicator.name.en}  [${indicator.id}, ${indicator.bureau}]`,
    );
    for (const table of indicator.rule.conditions.all) {
      for (const entry of table.all) {
        if (!('any' in entry)) {
          lines.push(`      ${table.name.padEnd(8)} ${describe(entry)}`);
          continue;
        }
        lines.push(`      ${table.name.padEnd(8)} ${say(lang, '以下任一：', 'any of:')}`);
        entry.any.forEach((alternative, index) => {
          const checks = 'all' in alternative ? alternative.all : [alternative];
          lines.push(`      ${''.padEnd(8)}   (${index + 1}) ${checks.map(describe).join(say(lang, ' 且 ', ' and '))}`);
        });
      }
    }
  }
  return terminalLines(lines);
}

async function commandSchema(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    lang: { type: 'string' },
    draft: { type: 'string' },
    ...outputOptions,
  });
  if (values.help === true) return help(io, 'schema', languagesOf(values.lang));
  const target = outputTarget(values);
  // Without --lang: the schema for tools, in both languages (and messages in Chinese).
  const lang = oneOf(values.lang, languages, 'lang', undefined);
  const draft = oneOf(values.draft, ['2020-12', '07'] as const, 'draft', '2020-12');
  const folder = `${lang === undefined ? '' : `${lang}/`}${draft === '07' ? 'draft-07/' : ''}`;
  const directory = new URL(`schema/${folder}`, packageRoot);
  const names = (await readdir(directory).catch(() => [] as string[]))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
  const [name] = positionals;
  if (positionals.length !== 1 || name === undefined || !names.includes(name)) {
    throw new UsageError({
      zh: `schema 需要一个名称：${names.join('、') || '（未附带任何 schema）'}`,
      en: `schema takes one name: ${names.join(', ') || '(none shipped)'}`,
    });
  }
  await writeOutput(target, await readFile(new URL(`${name}.json`, directory), 'utf8'), io);
  return 0;
}

async function commandCompare(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    year: { type: 'string' },
    baseline: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    'fail-on-change': { type: 'boolean' },
    ...measurementInputOptions,
    ...outputOptions,
  });
  if (values.help === true) return help(io, 'compare', languagesOf(values.lang));
  const lang = langOf(values.lang);
  if (positionals.length !== 3)
    throw new UsageError({
      zh: 'compare 需要 <前> <后> <文件>；见 ankang-eco compare --help',
      en: 'compare takes <before> <after> <file>; see ankang-eco compare --help',
    });
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

/** The tool's usage, or a command's help, in the run's language(s), on stdout. */
function help(io: CliIo, command: string | undefined, runLanguages: RunLanguages): number {
  // Own properties only: `help constructor` is a name, not Object's constructor.
  const text = command === undefined ? usage : Object.hasOwn(commandHelp, command) ? commandHelp[command] : undefined;
  if (text === undefined) {
    throw new UsageError({
      zh: `没有 ${quotedText(command ?? '', 'zh')} 的帮助：它不是命令；见 ankang-eco --help`,
      en: `no help for ${quotedText(command ?? '')}: not a command; see ankang-eco --help`,
    });
  }
  io.stdout(inLanguages(text, runLanguages));
  return exitCodes.ok;
}

async function version(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('package.json', packageRoot), 'utf8')) as { version?: unknown };
  return String(manifest.version);
}

const commands: Readonly<Record<string, (args: readonly string[], io: CliIo) => Promise<number>>> = {
  evaluate: commandEvaluate,
  progress: commandProgress,
  template: commandTemplate,
  test: commandTest,
  compare: commandCompare,
  indicators: commandIndicators,
  schema: commandSchema,
};

/**
 * A usage error as lines for stderr, in each of the run's languages: one problem on one line,
 * or a count and the problems listed. Every line escaped: problems quote file names and data.
 */
export function describeUsageError(error: UsageError, runLanguages: RunLanguages): string {
  const listed = error.problems.slice(0, maxProblemsListed);
  const more = error.more + error.problems.length - listed.length;
  const total = error.problems.length + error.more;
  const lines = runLanguages.flatMap((lang) =>
    total === 1
      ? [`ankang-eco: ${listed[0]?.[lang] ?? ''}`]
      : [
          `ankang-eco: ${say(lang, `${total} 个问题：`, `${total} problems:`)}`,
          ...listed.map((problem) => `  ${problem[lang]}`),
          ...(more > 0 ? [`  ${say(lang, `……另有 ${more} 项`, `… and ${more} more`)}`] : []),
        ],
  );
  return terminalLines(lines);
}

/** The longest line written on standard error: a message, with its place and what it quotes, fits in it. */
export const maxStderrLine = 2000;

/** `text` with each line past {@link maxStderrLine} characters cut, with its length said. */
function boundedLines(text: string, lang: Language): string {
  if (text.length <= maxStderrLine) return text;
  return text
    .split('\n')
    .map((line) => (line.length > maxStderrLine ? cutText(line, lang, maxStderrLine - 50) : line))
    .join('\n');
}

/** Whether `arg` is `--lang` or `--lang=…`. */
const isLangOption = (arg: string | undefined): boolean => arg === '--lang' || arg?.startsWith('--lang=') === true;

/**
 * The command and its arguments. A `--lang` written before the command (`ankang-eco --lang en
 * evaluate …`) is the command's, as if written after it.
 */
function commandOf(args: readonly string[]): { command: string | undefined; rest: string[] } {
  let index = 0;
  while (isLangOption(args[index])) index += args[index] === '--lang' ? 2 : 1;
  const [command, ...rest] = args.slice(index);
  return { command, rest: [...args.slice(0, index), ...rest] };
}

/** `args` without their `--lang` options and values: what names the command of `help`. */
function withoutLang(args: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === '--lang') index++;
    else if (!isLangOption(arg)) kept.push(arg);
  }
  return kept;
}

/**
 * Runs the tool with `args` (without `node` and the script) and returns the exit code. A
 * usage or input problem is printed on stderr, one line each (control characters escaped), with
 * exit code 2, in the language of `--lang` (Chinese without it, both when it names neither);
 * see {@link exitCodes} for the others.
 */
export async function run(args: readonly string[], given: CliIo): Promise<number> {
  // Known before any option is parsed, so that a problem with the options is said in it too.
  const runLanguages = scanLanguages(args);
  // Every echo of input is cut where it is made (shownText); this bounds what any line of stderr can be, whatever was missed.
  const io: CliIo = {
    ...given,
    stderr: (text) => {
      given.stderr(boundedLines(text, runLanguages[0]));
    },
  };
  const { command, rest } = commandOf(args);
  try {
    if (command === undefined) {
      // No command is a usage error: the usage goes to stderr, and a script sees exit code 2.
      io.stderr(inLanguages(usage, runLanguages));
      return exitCodes.usage;
    }
    if (command === '-h' || command === '--help' || command === 'help') {
      return help(io, command === 'help' ? withoutLang(rest)[0] : undefined, runLanguages);
    }
    if (command === '-v' || command === '--version') {
      io.stdout(`${await version()}\n`);
      return 0;
    }
    const handler = Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (handler === undefined)
      throw new UsageError({
        zh: `未知命令 ${quotedText(command, 'zh')}；见 ankang-eco --help`,
        en: `unknown command ${quotedText(command)}; see ankang-eco --help`,
      });
    return await handler(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(describeUsageError(error, runLanguages));
      return exitCodes.usage;
    }
    // A write that failed once its file was open, as a failed write to standard output: one line, 74.
    if (error instanceof OutputWriteError) {
      io.stderr(`ankang-eco: ${inLanguages(error.text, runLanguages, ' / ')}\n`);
      return exitCodes.write;
    }
    throw error;
  }
}
