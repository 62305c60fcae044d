import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CaseFileError,
  formatIssuePath,
  formatIssues,
  type Language,
  formatComparison,
  formatIndicatorCatalogue,
  ruleOperatorSymbols,
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
import { defaultMaxInputBytes, readInputText, type StdinReader } from './read-input.js';
import { evaluationData } from './data-files.js';
import { commandEvaluate, describeRefusal, evaluateHelp } from './evaluate-command.js';
import { limitsOf, measurementInputOptions, inputOptions, oneOf, parse, yearOf } from './options.js';
import { commandProgress, progressHelp } from './progress.js';
import { commandTemplate, templateHelp } from './template-command.js';
import { jsonOutput, terminalLines } from './terminal.js';
import { maxProblemsListed, ProblemList, UsageError } from './usage-error.js';

/** What the tool talks to: the process in `main.ts`, a fake in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Standard input's bytes, at most `maxBytes` of them (more says the input is too large). */
  readonly readStdin: StdinReader;
  /** Whether standard output is a terminal (colour is used only there). */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

const usage = `Usage: ankang-eco <command> [options]

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

Input: JSON or CSV in UTF-8 (a BOM is dropped; evaluate also reads UTF-16 with a BOM and XLSX;
evaluate, progress and compare read GB18030/GBK with --encoding gb18030). Only regular files are read, each at most ${defaultMaxInputBytes / 1024 ** 2} MiB, and standard input
too; --max-input-bytes raises the limit (at most 500MiB).

Exit codes:
  0   done; nothing matched --fail-on
  1   evaluated, and an indicator matched --fail-on (or a case failed, or
      compare --fail-on-change saw a change)
  2   invalid input or usage: every problem on stderr (the first ${maxProblemsListed}, then a
      count), nothing on stdout
  70  internal error: a bug of ours, in one line on stderr (please report it)
  74  standard output or standard error could not be written (a full disk, a
      closed device); a reader that stops early (| head) ends the run quietly

输入：UTF-8 编码的 JSON 或 CSV（BOM 会被去掉；evaluate 还读取带 BOM 的 UTF-16 和 XLSX；
evaluate、progress 和 compare 加 --encoding gb18030 可读 GB18030/GBK）。只读取普通文件；每个文件和标准输入最多 ${defaultMaxInputBytes / 1024 ** 2} MiB，可用
--max-input-bytes 提高（最多 500MiB）。

退出码：
  0   完成，没有符合 --fail-on 的指标
  1   已评估，且有指标符合 --fail-on（或有用例失败，或 compare --fail-on-change 发现变化）
  2   输入或用法无效：所有问题列在标准错误中（前 ${maxProblemsListed} 条，其余计数），标准输出为空
  70  内部错误：程序缺陷，标准错误中一行说明（请报告）
  74  无法写入标准输出或标准错误（磁盘已满、设备已关闭）；读取方提前结束（| head）时安静退出
`;

const commandHelp: Readonly<Record<string, string>> = {
  evaluate: evaluateHelp,
  progress: progressHelp,
  template: templateHelp,
  test: `Usage: ankang-eco test <paths...> [--rules <dir>]

Runs declarative case files (JSON: { "cases": [{ "name", "year", "measurements", "baseline"?,
"expect": { "targets"?, "city"?, "bureaus"?, "indicators"? } }] }) and reports each mismatch.
Directories are searched for *.json files.

Options:
  --rules <dir>           run the cases against the rules of a directory (default: the built-in rules)
  --max-input-bytes <n>   the size limit of each file (default 64MiB, at most 500MiB)
  -h, --help              this help
`,
  compare: `Usage: ankang-eco compare <before> <after> <file> [options]

Evaluates <file> (CSV, XLSX or JSON, read as evaluate reads it) under two rule sets and reports
which checks, indicators and bureaus change status, with old and new thresholds. <before> and
<after> are rules directories, or "builtin".

Options:
  --year <year>        the year evaluated (default: the latest year in <file>, or 2020)
  --baseline <file>    last year's measurements (default: the previous year of <file>)
  --format <format>    markdown (default) or json
  --lang <zh|en>       the language of the report (default zh)
  --fail-on-change     exit 1 when any status changes
  --encoding <enc>     utf-8 (default) or gb18030 (also reads GBK), for <file> and the baseline
  --max-input-bytes <n>
                       the size limit of each input (default 64MiB, at most 500MiB)
  -h, --help           this help

A key that only one of the rule sets declares is that side's data; a refusal says which side
refused.
`,
  indicators: `Usage: ankang-eco indicators [options]

Lists the indicators with their bureau, their checks and the measurement keys with units.

Options:
  --year <year>       only the checks that apply in that year (the year's table, or the standard)
  --format <format>   table (default), json or markdown (docs/indicators.md is this)
  --rules <dir>       the rules of a directory instead of the built-in rules
  --max-input-bytes <n>
                      the size limit of each rule file (default 64MiB, at most 500MiB)
  -h, --help          this help
`,
  schema: `Usage: ankang-eco schema <name> [options]

Prints a JSON Schema generated from the library's schemas, for forms, validators and code
generators. Names: the files of the package's schema/ directory, such as measurements,
evaluate-options, evaluation and rule-file. Without options: draft 2020-12, English titles and
descriptions in Chinese and English (for tools).

Options:
  --lang <lang>     zh or en: titles, descriptions and messages in that language (for forms)
  --draft <draft>   2020-12 (default) or 07, for form builders that default to draft-07
  -h, --help        this help
`,
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
    throw new UsageError(`cannot read ${path}: no such file or directory`);
  }
  if (!info.isDirectory()) return [path];
  const found: string[] = [];
  const walk = async (directory: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      throw new UsageError(`cannot read the directory ${directory}: ${(error as Error).message}`);
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

/** Issues listed for one refused case; the rest are counted. */
const caseIssuesListed = 10;

async function commandTest(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { rules: { type: 'string' }, ...inputOptions });
  if (values.help === true) return help(io, 'test');
  if (positionals.length === 0)
    throw new UsageError('test takes case files or directories; see ankang-eco test --help');
  const limits = limitsOf(values);
  const evaluator = await evaluatorFor(values.rules, limits, io);
  const files: string[] = [];
  for (const path of positionals) for (const file of await caseFilesIn(path)) files.push(file);
  if (files.length === 0) throw new UsageError(`no case files (*.json) in ${positionals.join(', ')}`);
  const problems = new ProblemList();
  const parsed = [];
  for (const file of files) {
    try {
      const text = await readInputText(file, io.readStdin, limits, 'a case file ({ "cases": [ … ] })');
      const value = parseJsonText(text.startsWith('\uFEFF') ? text.slice(1) : text, { readNumber: measurementNumber });
      parsed.push({ file, caseFile: parseCaseFile(value, file) });
    } catch (error) {
      if (error instanceof CaseFileError)
        for (const line of formatIssues(error.issues, { bullet: '' }).split('\n')) problems.add(line);
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
      failures.push(`  ✘ ${result.name}`);
      if (result.status === 'failed') {
        for (const mismatch of result.mismatches) {
          failures.push(
            `      ${formatIssuePath(mismatch.path)}: expected ${JSON.stringify(mismatch.expected)}, got ${JSON.stringify(mismatch.actual)}`,
          );
        }
      } else {
        const listed = formatIssues(result.issues, { bullet: '      invalid data: ', limit: caseIssuesListed });
        for (const line of listed.split('\n')) failures.push(line);
      }
    }
    lines.push(
      `${failures.length === 0 ? '✔' : '✘'} ${file} (${caseFile.cases.length} ${caseFile.cases.length === 1 ? 'case' : 'cases'})`,
      ...failures,
    );
  }
  lines.push('', `${passed} passed, ${failed} failed`);
  io.stdout(terminalLines(lines));
  return failed > 0 ? exitCodes.matched : exitCodes.ok;
}

async function commandIndicators(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    year: { type: 'string' },
    format: { type: 'string' },
    rules: { type: 'string' },
    ...inputOptions,
  });
  if (values.help === true) return help(io, 'indicators');
  if (positionals.length > 0) throw new UsageError('indicators takes no arguments; see ankang-eco indicators --help');
  const format = oneOf(values.format, ['table', 'json', 'markdown'] as const, 'format', 'table');
  const year = yearOf(values.year);
  // The package's rules/ carry the seed table's task texts, which the bundled copy leaves out.
  const info = (await evaluatorFor(values.rules, limitsOf(values), io)).ruleSet;
  const selected = year === undefined ? info : narrowToYear(info, year);
  if (format === 'json') io.stdout(jsonOutput(selected));
  else if (format === 'markdown') io.stdout(formatIndicatorCatalogue(selected));
  else io.stdout(indicatorTable(selected, year));
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

function indicatorTable(info: RuleSetInfo, year: number | undefined): string {
  const lines = [
    `Rule set ${info.name} (${info.hash}); year tables: ${info.years.join(', ') || 'none'}${year === undefined ? '' : `; checks for ${year}`}`,
  ];
  if (info.derivations.length > 0) {
    lines.push('', 'Derived percentages (100 × part ÷ whole, rounded half up), when given as counts:');
    for (const { key, part, whole, decimalPlaces } of info.derivations) {
      lines.push(
        `      ${key} = 100 × ${part} ÷ ${whole}, ${decimalPlaces} decimal place${decimalPlaces === 1 ? '' : 's'}`,
      );
    }
  }
  const describe = (check: RuleCheck): string => {
    const measurement = info.measurements[check.fact];
    const unit =
      measurement === undefined || measurement.kind === 'boolean'
        ? ''
        : measurement.kind === 'percent'
          ? '%'
          : measurement.unit.en;
    const against =
      typeof check.value === 'object'
        ? check.value.fact.startsWith('baseline.')
          ? `baseline ${check.value.fact.slice('baseline.'.length)}`
          : check.value.fact
        : String(check.value);
    return `${check.fact} ${ruleOperatorSymbols[check.operator]} ${against}${unit === '' ? '' : ` (${unit})`}`;
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
        lines.push(`      ${table.name.padEnd(8)} any of:`);
        entry.any.forEach((alternative, index) => {
          const checks = 'all' in alternative ? alternative.all : [alternative];
          lines.push(`      ${''.padEnd(8)}   (${index + 1}) ${checks.map(describe).join(' and ')}`);
        });
      }
    }
  }
  return terminalLines(lines);
}

async function commandSchema(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { lang: { type: 'string' }, draft: { type: 'string' } });
  if (values.help === true) return help(io, 'schema');
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') {
    throw new UsageError(`--lang takes zh or en, not ${JSON.stringify(values.lang)}`);
  }
  if (values.draft !== undefined && values.draft !== '2020-12' && values.draft !== '07') {
    throw new UsageError(`--draft takes 2020-12 or 07, not ${JSON.stringify(values.draft)}`);
  }
  const folder = `${values.lang === undefined ? '' : `${values.lang}/`}${values.draft === '07' ? 'draft-07/' : ''}`;
  const directory = new URL(`schema/${folder}`, packageRoot);
  const names = (await readdir(directory).catch(() => [] as string[]))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
  const [name] = positionals;
  if (positionals.length !== 1 || name === undefined || !names.includes(name)) {
    throw new UsageError(`schema takes one name: ${names.join(', ') || '(none shipped)'}`);
  }
  io.stdout(await readFile(new URL(`${name}.json`, directory), 'utf8'));
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
  });
  if (values.help === true) return help(io, 'compare');
  if (positionals.length !== 3)
    throw new UsageError('compare takes <before> <after> <file>; see ankang-eco compare --help');
  const [beforePath, afterPath, file] = positionals as [string, string, string];
  const year = yearOf(values.year);
  const format = oneOf(values.format, ['markdown', 'json'] as const, 'format', 'markdown');
  const lang = oneOf<Language>(values.lang, ['zh', 'en'], 'lang', 'zh');
  const limits = limitsOf(values);
  // One side after the other: each reads its directory a few files at a time.
  const before = await evaluatorFor(beforePath, limits, io);
  const after = await evaluatorFor(afterPath, limits, io);
  // A key either side declares is read as that side reads it (the proposal's, where both do).
  const catalogue = { ...before.ruleSet.measurements, ...after.ruleSet.measurements };
  const data = await evaluationData(
    [file],
    values.baseline,
    year,
    { catalogue, encoding: limits.encoding, ignoreUnknown: false, maxBytes: limits.maxBytes, lang },
    io.readStdin,
  );
  // One rule set on both sides can show no change of rules: say so, beside the report that says so too.
  if (before.ruleSet.hash === after.ruleSet.hash) {
    io.stderr(sameRuleSetNote(beforePath, afterPath, before.ruleSet.hash, rulesDirectory, file));
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
      throw new UsageError(describeRefusal(error.issues, data, [file], values.baseline, lang));
    throw error;
  }
  io.stdout(format === 'json' ? jsonOutput(comparison) : formatComparison(comparison, { lang }));
  return values['fail-on-change'] === true && comparison.changed ? exitCodes.matched : exitCodes.ok;
}

function help(io: CliIo, command?: string): number {
  // Own properties only: `help constructor` is a name, not Object's constructor.
  const text = command === undefined ? usage : Object.hasOwn(commandHelp, command) ? commandHelp[command] : undefined;
  if (text === undefined) {
    throw new UsageError(`no help for ${JSON.stringify(command)}: not a command; see ankang-eco --help`);
  }
  io.stdout(text);
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

/** A usage error as lines for stderr: one problem on one line, or a count and the problems listed. */
function describeUsageError(error: UsageError): string {
  const listed = error.problems.slice(0, maxProblemsListed);
  const more = error.more + error.problems.length - listed.length;
  const total = error.problems.length + error.more;
  if (total === 1) return terminalLines([`ankang-eco: ${listed[0] ?? ''}`]);
  return terminalLines([
    `ankang-eco: ${total} problems:`,
    ...listed.map((problem) => `  ${problem}`),
    ...(more > 0 ? [`  … and ${more} more`] : []),
  ]);
}

/**
 * Runs the tool with `args` (without `node` and the script) and returns the exit code. A
 * usage or input problem is printed on stderr, one line each (control characters escaped), with
 * exit code 2; see {@link exitCodes} for the others.
 */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === undefined) {
      // No command is a usage error: the usage goes to stderr, and a script sees exit code 2.
      io.stderr(usage);
      return exitCodes.usage;
    }
    if (command === '-h' || command === '--help' || command === 'help') {
      return help(io, command === 'help' ? rest[0] : undefined);
    }
    if (command === '-v' || command === '--version') {
      io.stdout(`${await version()}\n`);
      return 0;
    }
    const handler = Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (handler === undefined)
      throw new UsageError(`unknown command ${JSON.stringify(command)}; see ankang-eco --help`);
    return await handler(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(describeUsageError(error));
      return exitCodes.usage;
    }
    throw error;
  }
}
