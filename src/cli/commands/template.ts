import type { LocalizedText } from 'ankang-eco-indicators';
import { templateCsv, templateRows, templateWorkbook } from 'ankang-eco-indicators/data';
import { exitCodes } from '../exit-codes.js';
import { inLanguages, languagesOf, say } from '../language.js';
import { bureauHelp, bureauOf, inputOptions, langOf, limitsOf, parse, yearOf } from '../options.js';
import { evaluatorFor } from '../builtin-rules.js';
import { nodeDeflateRaw } from '../node-deflate.js';
import { outputFormat, outputOptions, outputTarget, writeOutput } from '../output-file.js';
import { shownText } from 'ankang-eco-indicators';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';

/** `ankang-eco template --help`, in Chinese and English. */
export const templateHelp: LocalizedText = {
  zh: `用法：ankang-eco template [--bureau <部门>] [--year <年份>] [--format csv|xlsx] [--lang zh|en] [-o <文件>]

生成长格式的填报表：该年份各部门（默认全部部门）的指标需要填报的每个数值一行，按指标分组，
名称和单位用所选语言，数值留空，并在可推算的百分比旁列出所需的计数。填好后原样即可评估：
ankang-eco evaluate <文件>。

选项：
  --bureau <部门>      一个部门的数值；部门可写 id、中文名、简称或英文名：
                         ${bureauHelp('                         ')}
  --year <年份>        数值所属的年份（默认：上一年）
  --format <格式>      csv（默认，带 BOM 的 UTF-8，Excel 可直接打开）或 xlsx（数值列设为文本
                       格式，输入什么就保存什么）；默认由 -o 的扩展名决定，与之不符则拒绝
  --lang <zh|en>       表头、名称、单位、消息和本帮助的语言（默认 zh）
  --rules <目录>       用某规则目录中的数据项代替内置规则
  --max-input-bytes <n>
                       每个规则文件的大小上限（默认 64MiB，最多 500MiB）
  -o, --output <文件>  写入的文件（默认及 - 为标准输出；XLSX 不写到终端）；已有的文件不覆盖，
                       除非加 --force；不给 --format 时由扩展名决定格式
  --force              替换 -o 所指的已有文件
  -h, --help           本帮助

English: ankang-eco template --help --lang en
`,
  en: `Usage: ankang-eco template [--bureau <bureau>] [--year <year>] [--format csv|xlsx] [--lang zh|en] [-o <file>]

Writes a fill-in sheet in the long layout: one row per measurement that the bureau's indicators
read in that year (all bureaus by default), grouped by indicator, with the label and unit in
the chosen language, the value left empty, and the counts offered beside the percentages they
derive. Filled in, it is evaluated as it is: ankang-eco evaluate <file>.

Options:
  --bureau <bureau>    one bureau's measurements; by its id, Chinese name, short name or
                       English name:
                         ${bureauHelp('                         ')}
  --year <year>        the year the figures are for (default: last year)
  --format <format>    csv (default, UTF-8 with a BOM, as Excel opens it) or xlsx (the value
                       column formatted as text, so that what is typed is kept as typed);
                       by default the extension of -o decides, and one it contradicts is refused
  --lang <zh|en>       the language of the headers, labels, units, messages and this help
                       (default zh)
  --rules <dir>        the measurements of a rules directory instead of the built-in rules
  --max-input-bytes <n>
                       the size limit of each rule file (default 64MiB, at most 500MiB)
  -o, --output <file>  where to write it (standard output by default, and for -; XLSX never
                       to a terminal); an existing file is kept unless --force is given;
                       without --format the extension decides the format
  --force              replace the existing file of -o
  -h, --help           this help
`,
};

/** `ankang-eco template`. */
export async function commandTemplate(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    bureau: { type: 'string' },
    year: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    rules: { type: 'string' },
    ...inputOptions,
    ...outputOptions,
  });
  if (values.help === true) {
    io.stdout(inLanguages(templateHelp, languagesOf(values.lang)));
    return exitCodes.ok;
  }
  const lang = langOf(values.lang);
  if (positionals.length > 0)
    throw new UsageError({
      zh: 'template 不接受文件参数；用 -o 指定输出文件',
      en: 'template takes no file arguments; name the output with -o',
    });
  const bureau = bureauOf(values.bureau);
  const year = yearOf(values.year) ?? new Date().getFullYear() - 1;
  if (year < 2000 || year > 2100)
    throw new UsageError({
      zh: `--year 应在 2000 至 2100 之间，实际为 ${year}`,
      en: `--year must be from 2000 to 2100; got ${year}`,
    });
  const target = outputTarget(values);
  const format = outputFormat(values.format, target, ['csv', 'xlsx'], { '.csv': 'csv', '.xlsx': 'xlsx' }, 'csv');
  if (format === 'xlsx' && target.kind === 'stdout' && io.isTTY)
    throw new UsageError({
      zh: 'XLSX 是二进制文件，不写到终端：请加 -o <文件>，或把标准输出重定向到文件（> 文件.xlsx）',
      en: 'XLSX is binary and is not written to a terminal: add -o <file>, or redirect standard output to a file (> file.xlsx)',
    });
  // The package's rules/ as on disk unless --rules names others (src/cli/builtin-rules.ts).
  const info = (await evaluatorFor(values.rules, limitsOf(values), io, lang)).ruleSet;
  const rows = templateRows(info, {
    year,
    derivations: info.derivations,
    ...(bureau === undefined ? {} : { bureau }),
  });
  const content =
    format === 'xlsx' ? templateWorkbook(rows, lang, { deflate: nodeDeflateRaw }) : templateCsv(rows, lang);
  await writeOutput(target, content, io);
  if (target.kind === 'file') {
    const path = shownText(target.path, lang);
    io.stderr(say(lang, `已写入 ${path}（${rows.length} 行）\n`, `wrote ${path} (${rows.length} rows)\n`));
  }
  return exitCodes.ok;
}
