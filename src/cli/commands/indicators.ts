// `ankang-eco indicators`: the catalogue of indicators, checks and measurement keys.
import {
  formatIndicatorCatalogue,
  referenceOf,
  ruleOperatorWords,
  tableFor,
  type Language,
  type LocalizedText,
  type RuleCheck,
  type RuleSetInfo,
} from 'ankang-eco-indicators';
import { evaluatorFor } from '../builtin-rules.js';
import { exitCodes } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { inLanguages, languagesOf, say } from '../language.js';
import { inputOptions, langOf, limitsOf, parse, yearOf } from '../options.js';
import { outputFormat, outputOptions, outputTarget, writeOutput } from '../output-file.js';
import { jsonOutput, terminalLines } from '../terminal.js';
import { cliProblem, UsageError } from '../usage-error.js';

/** `ankang-eco indicators --help`, in Chinese and English. */
export const indicatorsHelp: LocalizedText = {
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
};

/** The formats of the catalogue an output file's extension names. */
const catalogueExtensions = { '.json': 'json', '.md': 'markdown', '.markdown': 'markdown', '.txt': 'table' } as const;

/** `ankang-eco indicators`. */
export async function commandIndicators(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    year: { type: 'string' },
    format: { type: 'string' },
    rules: { type: 'string' },
    lang: { type: 'string' },
    ...inputOptions,
    ...outputOptions,
  });
  if (values.help === true) {
    io.stdout(inLanguages(indicatorsHelp, languagesOf(values.lang)));
    return exitCodes.ok;
  }
  const lang = langOf(values.lang);
  if (positionals.length > 0) throw new UsageError(cliProblem('cli.indicators_takes_no_arguments', {}));
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
