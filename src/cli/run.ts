import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  builtinRuleSet,
  CaseFileError,
  formatIssuePath,
  formatIssues,
  type Language,
  formatComparison,
  formatIndicatorCatalogue,
  ruleOperatorSymbols,
  tableFor,
  ValidationError,
  type AnyEvaluator,
  type Issue,
  type MeasurementInfo,
  type RuleSetInfo,
} from 'ankang-eco-indicators';
import { compareRuleSets, createEvaluator, parseCaseFile, runCase } from 'ankang-eco-indicators/policy';
import { parseMeasurements, readText } from './input.js';
import { evaluatorForDirectory, readRuleDirectory } from './rule-files.js';
import { commandEvaluate, evaluateHelp } from './evaluate-command.js';
import { commandTemplate, templateHelp } from './template-command.js';
import { oneOf, parse, yearOf } from './options.js';
import { UsageError } from './usage-error.js';

/** What the tool talks to: the process in `main.ts`, a fake in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<string>;
  /** Whether standard output is a terminal (colour is used only there). */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Where the package's own files are (rules/, schema/, package.json), relative to dist/cli.js. */
const packageRoot = new URL('../', import.meta.url);

const usage = `Usage: ankang-eco <command> [options]

Evaluates Ankang City's ecological-civilization indicators (安康市生态文明建设示范市指标).

Commands:
  evaluate <file>...    evaluate a year's measurements (CSV, XLSX or JSON, long or wide;
                        several files are merged; - reads standard input)
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

Exit codes: 0 done; 1 evaluated and something matched --fail-on (or a case failed);
2 invalid input or usage (every problem is listed on stderr, nothing on stdout).
`;

const commandHelp: Readonly<Record<string, string>> = {
  evaluate: evaluateHelp,
  template: templateHelp,
  test: `Usage: ankang-eco test <paths...> [--rules <dir>]

Runs declarative case files (JSON: { "cases": [{ "name", "year", "measurements", "baseline"?,
"expect": { "targets"?, "city"?, "bureaus"?, "indicators"? } }] }) and reports each mismatch.
Directories are searched for *.json files.

Options:
  --rules <dir>   run the cases against the rules of a directory (default: the built-in rules)
  -h, --help      this help
`,
  compare: `Usage: ankang-eco compare <before> <after> <file> [options]

Evaluates <file> under two rule sets and reports which checks, indicators and bureaus change
status, with old and new thresholds. <before> and <after> are rules directories, or "builtin".

Options:
  --year <year>        the year evaluated (default 2020)
  --baseline <file>    last year's measurements
  --format <format>    markdown (default) or json
  --lang <zh|en>       the language of the report (default zh)
  --fail-on-change     exit 1 when any status changes
  -h, --help           this help
`,
  indicators: `Usage: ankang-eco indicators [options]

Lists the indicators with their bureau, their checks and the measurement keys with units.

Options:
  --year <year>       only the checks that apply in that year (the year's table, or the standard)
  --format <format>   table (default), json or markdown (docs/indicators.md is this)
  --rules <dir>       the rules of a directory instead of the built-in rules
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

/** `--year`, or 2020, the year of the task table the tool began with. */
function yearOrDefault(value: string | undefined): number {
  return yearOf(value) ?? 2020;
}

async function evaluatorFor(rules: string | undefined): Promise<AnyEvaluator | undefined> {
  return rules === undefined || rules === 'builtin' ? undefined : evaluatorForDirectory(rules);
}

/** The issues of a refused input, each naming the file and key. */
function describeValidation(
  issues: readonly Issue[],
  file: string,
  baselineFile: string | undefined,
  lang: Language,
): string[] {
  const place = (path: readonly (string | number)[]): string => {
    const [first, second] = path;
    if (first === 'measurements') return `${file}: ${formatIssuePath(path.slice(1))}`;
    if (first === 'options' && second === 'baseline')
      return `${baselineFile ?? 'baseline'}: ${formatIssuePath(path.slice(2))}`;
    if (first === 'year' && path.length === 1) return '--year';
    return formatIssuePath(path);
  };
  return formatIssues(issues, { bullet: '', place, lang }).split('\n');
}

/** How messages name an input: its path, or `stdin` for `-`. */
const inputName = (path: string): string => (path === '-' ? 'stdin' : path);

/** The measurements file and the baseline file, if any; standard input can be only one of them. */
async function readInputs(
  file: string,
  baselinePath: string | undefined,
  catalogue: Readonly<Record<string, MeasurementInfo>>,
  io: CliIo,
): Promise<{ readonly measurements: unknown; readonly baseline: unknown }> {
  if (file === '-' && baselinePath === '-') throw new UsageError('standard input can be read only once');
  const measurements = parseMeasurements(await readText(file, io.readStdin), inputName(file), catalogue);
  const baseline =
    baselinePath === undefined
      ? undefined
      : parseMeasurements(await readText(baselinePath, io.readStdin), inputName(baselinePath), catalogue);
  return { measurements, baseline };
}

async function caseFilesIn(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UsageError(`cannot read ${path}: no such file or directory`);
  }
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() || entry.name.endsWith('.json'))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entry) =>
        entry.isDirectory() ? caseFilesIn(join(path, entry.name)) : Promise.resolve([join(path, entry.name)]),
      ),
  );
  return nested.flat();
}

async function commandTest(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { rules: { type: 'string' } });
  if (values.help === true) return help(io, 'test');
  if (positionals.length === 0)
    throw new UsageError('test takes case files or directories; see ankang-eco test --help');
  const evaluator = await evaluatorFor(values.rules);
  const files = (await Promise.all(positionals.map(caseFilesIn))).flat();
  if (files.length === 0) throw new UsageError(`no case files (*.json) in ${positionals.join(', ')}`);
  const problems: string[] = [];
  const parsed = [];
  for (const file of files) {
    const text = await readText(file, io.readStdin);
    try {
      parsed.push({ file, caseFile: parseCaseFile(JSON.parse(text.replace(/^\uFEFF/, '')) as unknown, file) });
    } catch (error) {
      if (error instanceof CaseFileError) problems.push(...formatIssues(error.issues, { bullet: '' }).split('\n'));
      else if (error instanceof SyntaxError) problems.push(`${file}: not valid JSON: ${error.message}`);
      else throw error;
    }
  }
  if (problems.length > 0) throw new UsageError(problems);
  let passed = 0;
  let failed = 0;
  const lines: string[] = [];
  for (const { file, caseFile } of parsed) {
    const failures: string[] = [];
    for (const testCase of caseFile.cases) {
      const result = await runCase(testCase, evaluator === undefined ? {} : { evaluator });
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
        failures.push(formatIssues(result.issues, { bullet: '      invalid data: ' }));
      }
    }
    lines.push(
      `${failures.length === 0 ? '✔' : '✘'} ${file} (${caseFile.cases.length} ${caseFile.cases.length === 1 ? 'case' : 'cases'})`,
      ...failures,
    );
  }
  lines.push('', `${passed} passed, ${failed} failed`);
  io.stdout(`${lines.join('\n')}\n`);
  return failed > 0 ? 1 : 0;
}

async function builtinRuleSetInfo(): Promise<RuleSetInfo> {
  // The package's rules/ carry the seed table's task texts, which the bundled copy leaves out.
  const directory = await readRuleDirectory(new URL('rules/', packageRoot).pathname);
  return createEvaluator({ name: builtinRuleSet.name, rules: directory.rules, labels: directory.labels }).ruleSet;
}

async function commandIndicators(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    year: { type: 'string' },
    format: { type: 'string' },
    rules: { type: 'string' },
  });
  if (values.help === true) return help(io, 'indicators');
  if (positionals.length > 0) throw new UsageError('indicators takes no arguments; see ankang-eco indicators --help');
  const format = oneOf(values.format, ['table', 'json', 'markdown'] as const, 'format', 'table');
  const year = yearOf(values.year);
  const evaluator = await evaluatorFor(values.rules);
  const info = evaluator?.ruleSet ?? (await builtinRuleSetInfo());
  const selected = year === undefined ? info : narrowToYear(info, year);
  if (format === 'json') io.stdout(`${JSON.stringify(selected, null, 2)}\n`);
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
  for (const indicator of info.indicators) {
    lines.push(
      '',
      `${String(indicator.number).padStart(2)}. ${indicator.name.zh} / ${indicator.name.en}  [${indicator.id}, ${indicator.bureau}]`,
    );
    for (const table of indicator.rule.conditions.all) {
      for (const check of table.all) {
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
        lines.push(
          `      ${table.name.padEnd(8)} ${check.fact} ${ruleOperatorSymbols[check.operator]} ${against}${unit === '' ? '' : ` (${unit})`}`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
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
  });
  if (values.help === true) return help(io, 'compare');
  if (positionals.length !== 3)
    throw new UsageError('compare takes <before> <after> <file>; see ankang-eco compare --help');
  const [beforePath, afterPath, file] = positionals as [string, string, string];
  const year = yearOrDefault(values.year);
  const format = oneOf(values.format, ['markdown', 'json'] as const, 'format', 'markdown');
  const lang = oneOf<Language>(values.lang, ['zh', 'en'], 'lang', 'zh');
  const load = async (path: string): Promise<AnyEvaluator> =>
    (await evaluatorFor(path)) ??
    createEvaluator({
      name: builtinRuleSet.name,
      rules: (await readRuleDirectory(new URL('rules/', packageRoot).pathname)).rules,
    });
  const [before, after] = await Promise.all([load(beforePath), load(afterPath)]);
  const catalogue = { ...before.ruleSet.measurements, ...after.ruleSet.measurements };
  const { measurements, baseline } = await readInputs(file, values.baseline, catalogue, io);
  let comparison;
  try {
    comparison = await compareRuleSets(
      before,
      after,
      year,
      measurements,
      baseline === undefined ? undefined : { baseline },
    );
  } catch (error) {
    if (error instanceof ValidationError)
      throw new UsageError(
        describeValidation(error.issues, inputName(file), values.baseline && inputName(values.baseline), lang),
      );
    throw error;
  }
  io.stdout(format === 'json' ? `${JSON.stringify(comparison, null, 2)}\n` : formatComparison(comparison, { lang }));
  return values['fail-on-change'] === true && comparison.changed ? 1 : 0;
}

function help(io: CliIo, command?: string): number {
  io.stdout(command === undefined ? usage : (commandHelp[command] ?? usage));
  return 0;
}

async function version(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('package.json', packageRoot), 'utf8')) as { version?: unknown };
  return String(manifest.version);
}

const commands: Readonly<Record<string, (args: readonly string[], io: CliIo) => Promise<number>>> = {
  evaluate: commandEvaluate,
  template: commandTemplate,
  test: commandTest,
  compare: commandCompare,
  indicators: commandIndicators,
  schema: commandSchema,
};

/**
 * Runs the tool with `args` (without `node` and the script) and returns the exit code. A
 * usage or input problem is printed on stderr, one line each, with exit code 2.
 */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === undefined) {
      // No command is a usage error: the usage goes to stderr, and a script sees exit code 2.
      io.stderr(usage);
      return 2;
    }
    if (command === '-h' || command === '--help' || command === 'help') {
      return help(io, command === 'help' ? rest[0] : undefined);
    }
    if (command === '-v' || command === '--version') {
      io.stdout(`${await version()}\n`);
      return 0;
    }
    const handler = Object.prototype.hasOwnProperty.call(commands, command) ? commands[command] : undefined;
    if (handler === undefined)
      throw new UsageError(`unknown command ${JSON.stringify(command)}; see ankang-eco --help`);
    return await handler(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `ankang-eco: ${error.problems.length === 1 ? '' : `${error.problems.length} problems:\n`}${error.problems.map((problem) => (error.problems.length === 1 ? problem : `  ${problem}`)).join('\n')}\n`,
      );
      return 2;
    }
    throw error;
  }
}
