import { writeFile } from 'node:fs/promises';
import { bureauIds, type Language } from 'ankang-eco-indicators';
import { templateHeader, templateColumns, templateRows } from 'ankang-eco-indicators/data';
import { csvField } from './csv.js';
import { say } from './data-files.js';
import { exitCodes } from './exit-codes.js';
import { inputOptions, limitsOf, oneOf, parse, yearOf } from './options.js';
import { evaluatorFor } from './builtin-rules.js';
import { writeWorkbook } from './xlsx/write-workbook.js';
import { UsageError } from './usage-error.js';

/** What `template` needs of the process. */
interface TemplateIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const templateHelp = `Usage: ankang-eco template [--bureau <id>] [--year <year>] [--format csv|xlsx] [--lang zh|en] [-o <file>]

Writes a fill-in sheet in the long layout: one row per measurement that the bureau's indicators
read in that year (all bureaus by default), grouped by indicator, with the label and unit in
the chosen language, the value left empty, and the counts offered beside the percentages they
derive. Filled in, it is evaluated as it is: ankang-eco evaluate <file>.

Options:
  --bureau <id>        one bureau's measurements: ${bureauIds.join(', ')}
  --year <year>        the year the figures are for (default: last year)
  --format <format>    csv (default, UTF-8 with a BOM, as Excel opens it) or xlsx (the value
                       column formatted as text, so that what is typed is kept as typed);
                       by default the extension of -o decides
  --lang <zh|en>       the language of the headers, labels and units (default zh)
  --rules <dir>        the measurements of a rules directory instead of the built-in rules
  -o, --output <file>  where to write it (CSV may go to standard output; XLSX is written to a
                       file, never to a terminal)
  -h, --help           this help

用法：ankang-eco template [--bureau 部门] [--year 年份] [--format csv|xlsx] [--lang zh|en] [-o 文件]
生成长格式的填报表：每个指标一行，列出该部门（默认全部部门）在该年需要填报的数值、名称和单位，
数值留空。填好后可直接用 ankang-eco evaluate <文件> 评估，无须修改表头。XLSX 只写入文件。
`;

/** `ankang-eco template`. */
export async function commandTemplate(args: readonly string[], io: TemplateIo): Promise<number> {
  const { values, positionals } = parse(args, {
    bureau: { type: 'string' },
    year: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    rules: { type: 'string' },
    output: { type: 'string', short: 'o' },
    ...inputOptions,
  });
  if (values.help === true) {
    io.stdout(templateHelp);
    return exitCodes.ok;
  }
  const lang = oneOf<Language>(values.lang, ['zh', 'en'], 'lang', 'zh');
  if (positionals.length > 0)
    throw new UsageError(
      say(
        lang,
        'template 不接受文件参数；用 -o 指定输出文件',
        'template takes no file arguments; name the output with -o',
      ),
    );
  const bureau = values.bureau;
  if (bureau !== undefined && !(bureauIds as readonly string[]).includes(bureau))
    throw new UsageError(
      say(
        lang,
        `--bureau 应为以下之一：${bureauIds.join('、')}；实际为 ${JSON.stringify(bureau)}`,
        `--bureau must be one of ${bureauIds.join(', ')}; got ${JSON.stringify(bureau)}`,
      ),
    );
  const year = yearOf(values.year) ?? new Date().getFullYear() - 1;
  if (year < 2000 || year > 2100)
    throw new UsageError(
      say(lang, `--year 应在 2000 至 2100 之间，实际为 ${year}`, `--year must be from 2000 to 2100; got ${year}`),
    );
  const output = values.output;
  const format = oneOf(
    values.format,
    ['csv', 'xlsx'] as const,
    'format',
    output?.toLowerCase().endsWith('.xlsx') === true ? 'xlsx' : 'csv',
  );
  if (format === 'xlsx' && output === undefined)
    throw new UsageError(
      say(lang, 'XLSX 只写入文件：请加 -o <文件>', 'XLSX is written to a file, never to a terminal: add -o <file>'),
    );
  // The package's rules/ as on disk unless --rules names others (src/cli/builtin-rules.ts).
  const info = (await evaluatorFor(values.rules, limitsOf(values), io)).ruleSet;
  const rows = templateRows(info, {
    year,
    derivations: info.derivations,
    ...(bureau === undefined ? {} : { bureau }),
  });
  const cells = rows.map((row) =>
    templateColumns.map((column): string | number | null => {
      switch (column) {
        case 'year':
          return row.year;
        case 'indicator':
          return `${row.indicator.number} ${row.indicator.name[lang]}`;
        case 'key':
          return row.key;
        case 'label':
          return row.label[lang];
        case 'unit':
          return row.unit[lang];
        default:
          return null;
      }
    }),
  );
  const header = templateHeader(lang);
  let content: string | Uint8Array;
  if (format === 'xlsx') {
    const textColumns = (['value', 'source', 'note'] as const).map((column) => templateColumns.indexOf(column));
    const widths = templateColumns.map(
      (column) => ({ year: 8, indicator: 28, key: 38, label: 40, value: 14, unit: 14, source: 24, note: 24 })[column],
    );
    content = writeWorkbook({ name: lang === 'zh' ? '数据' : 'data', header, rows: cells, textColumns, widths });
  } else {
    // A byte-order mark and CRLF: Excel on Chinese Windows opens it as UTF-8, columns intact.
    content = `\uFEFF${[header, ...cells].map((row) => row.map((cell) => csvField(cell)).join(',')).join('\r\n')}\r\n`;
  }
  if (output === undefined) {
    io.stdout(content as string);
    return exitCodes.ok;
  }
  try {
    await writeFile(output, content);
  } catch (error) {
    throw new UsageError(
      say(
        lang,
        `无法写入 ${output}：${(error as Error).message}`,
        `cannot write ${output}: ${(error as Error).message}`,
      ),
    );
  }
  io.stderr(say(lang, `已写入 ${output}（${rows.length} 行）\n`, `wrote ${output} (${rows.length} rows)\n`));
  return exitCodes.ok;
}
