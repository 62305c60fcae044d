import { bureauIdOf, unknownBureauMessage } from '../catalogue/bureau-names.js';
import { issueAt } from '../errors/issue.js';
import { ValidationError } from '../errors/validation-error.js';
import { csvField } from '../results/csv-field.js';
import type { RuleSetInfo } from '../results/rule-set-info.js';
import type { Language, LocalizedText } from '../vocabulary/localized-text.js';
import { referenceOf } from '../schema/rule-entries.js';
import { tableFor } from '../vocabulary/year-table.js';
import { quotedText } from '../vocabulary/visible-text.js';
import { writeWorkbook, type SheetContent } from './xlsx/write-workbook.js';
import type { DeflateRaw } from './xlsx/zip-writer.js';
import { dataColumns, type DataColumn } from './read-data.js';

/** One row of a fill-in template: a measurement to report for a year, with what helps fill it in. */
export interface TemplateRow {
  readonly year: number;
  /** The first indicator that reads the key: its number and name. */
  readonly indicator: { readonly number: number; readonly name: LocalizedText };
  readonly key: string;
  /** The key's label, with the answers a yes/no fact takes. */
  readonly label: LocalizedText;
  /** The unit the value is in (`%` for percentages); empty for yes/no facts and bare numbers. */
  readonly unit: LocalizedText;
}

/** The columns of a template, in order: the long layout, with the template's reading aids. */
export const templateColumns: readonly DataColumn[] = [
  'year',
  'indicator',
  'key',
  'label',
  'value',
  'unit',
  'source',
  'note',
];

/** A template's header row in `lang`: the names {@link readDataText} reads back. */
export function templateHeader(lang: Language): readonly string[] {
  return templateColumns.map((column) => dataColumns[column][lang]);
}

/** Every fact a rule's tables for `year` read, in the order they are read: the checks' keys and the keys they compare with. */
function factsRead(rule: RuleSetInfo['indicators'][number]['rule'], table: number | 'standard'): string[] {
  const keys: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const { fact, value, all, any } = node as { fact?: unknown; value?: unknown; all?: unknown; any?: unknown };
    if (typeof fact === 'string') keys.push(referenceOf(fact).key);
    if (typeof value === 'object' && value !== null) visit(value);
    visit(all);
    visit(any);
  };
  for (const [index, branch] of rule.conditions.all.entries()) {
    if (index === 0 || (table !== 'standard' && branch.name === String(table))) visit(branch.all);
  }
  return keys;
}

/** Options of {@link templateRows}. */
export interface TemplateOptions {
  /** The year the figures are for. */
  readonly year: number;
  /**
   * Only the measurements this bureau's indicators read: the bureau by its id, Chinese name,
   * short name or English name (any case). @defaultValue every bureau's
   */
  readonly bureau?: string;
  /**
   * Counts offered beside the percentage they derive (`airGoodDays` and `airValidDays` after
   * `airGoodDaysPercent`): the part and whole keys of each derived percentage.
   */
  readonly derivations?: readonly { readonly key: string; readonly part: string; readonly whole: string }[];
}

/**
 * The rows of a fill-in template in the long layout: one per measurement that the (bureau's)
 * indicators read in `year` (the year's table, or the creation standard), grouped by the first
 * indicator that reads it, each with its label and unit, and the counts that derive a percentage
 * right after it. The command line's `template` writes them as CSV or XLSX.
 *
 * @throws `ValidationError` (exported by the main entry) when `bureau` names no bureau (the
 *   message lists them).
 *
 * @example
 * ```ts
 * const rows = templateRows(evaluator.ruleSet, { year: 2024, bureau: 'transport' });
 * ```
 */
export function templateRows(ruleSet: RuleSetInfo, options: TemplateOptions): TemplateRow[] {
  const table = tableFor(options.year, ruleSet.years);
  const bureau = options.bureau === undefined ? undefined : bureauIdOf(options.bureau);
  if (options.bureau !== undefined && bureau === undefined)
    throw new ValidationError([issueAt(['options', 'bureau'], unknownBureauMessage(quotedText(options.bureau)))]);
  const rows: TemplateRow[] = [];
  const seen = new Set<string>();
  const add = (key: string, indicator: TemplateRow['indicator']): void => {
    if (seen.has(key)) return;
    const info = Object.hasOwn(ruleSet.measurements, key) ? ruleSet.measurements[key] : undefined;
    if (info === undefined) return;
    seen.add(key);
    const yesNo = info.kind === 'boolean';
    rows.push({
      year: options.year,
      indicator,
      key,
      label: yesNo ? { zh: `${info.label.zh}（是/否）`, en: `${info.label.en} (yes/no)` } : { ...info.label },
      unit: info.kind === 'percent' ? { zh: '%', en: '%' } : { zh: info.unit.zh, en: info.unit.en },
    });
    for (const derivation of options.derivations ?? []) {
      if (derivation.key !== key) continue;
      add(derivation.part, indicator);
      add(derivation.whole, indicator);
    }
  };
  for (const indicator of ruleSet.indicators) {
    if (bureau !== undefined && indicator.bureau !== bureau) continue;
    const about = { number: indicator.number, name: { ...indicator.name } };
    for (const key of factsRead(indicator.rule, table)) add(key, about);
  }
  return rows;
}

const templateWidths: Readonly<Record<DataColumn, number>> = {
  year: 8,
  indicator: 28,
  key: 38,
  label: 40,
  value: 14,
  unit: 14,
  source: 24,
  note: 24,
};

/**
 * The template of `rows` as a sheet in `lang`: named `数据` or `data`, the header row
 * ({@link templateHeader}), one row per {@link TemplateRow} (the indicator as `8 环境空气质量`,
 * the key, label and unit; value, source and note left empty), the columns a bureau types in
 * (value, source, note) formatted as text, so that what is typed is kept as typed (`89.3%`
 * stays text, `1/2` is no date), and each column's width in characters. What
 * {@link templateCsv} and {@link templateWorkbook} write.
 *
 * @example
 * ```ts
 * const sheet = templateSheet(templateRows(evaluator.ruleSet, { year: 2024 }), 'zh');
 * ```
 */
export function templateSheet(rows: readonly TemplateRow[], lang: Language): SheetContent {
  return {
    name: lang === 'zh' ? '数据' : 'data',
    header: templateHeader(lang),
    rows: rows.map((row) =>
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
    ),
    textColumns: (['value', 'source', 'note'] as const).map((column) => templateColumns.indexOf(column)),
    widths: templateColumns.map((column) => templateWidths[column]),
  };
}

/**
 * The template of `rows` as CSV in `lang`, as `ankang-eco template --format csv` writes it:
 * UTF-8 with a byte-order mark and CRLF line ends, so that Excel on Chinese Windows opens it
 * with its columns and characters intact; read back by {@link readDataText} as it is.
 *
 * @example
 * ```ts
 * const csv = templateCsv(templateRows(evaluator.ruleSet, { year: 2024, bureau: 'transport' }), 'zh');
 * ```
 */
export function templateCsv(rows: readonly TemplateRow[], lang: Language): string {
  const sheet = templateSheet(rows, lang);
  return `\uFEFF${[sheet.header, ...sheet.rows].map((row) => row.map((cell) => csvField(cell)).join(',')).join('\r\n')}\r\n`;
}

/** Options of {@link templateWorkbook}. */
export interface TemplateWorkbookOptions {
  /**
   * Raw DEFLATE (RFC 1951) for the workbook's parts, such as Node's `zlib.deflateRawSync`.
   * Without it the parts are stored uncompressed: a larger file that every spreadsheet
   * program opens the same.
   */
  readonly deflate?: DeflateRaw;
}

/**
 * The template of `rows` as an XLSX workbook in `lang`, as `ankang-eco template --format xlsx`
 * writes it: one sheet ({@link templateSheet}), the header bold and frozen, the columns a
 * bureau types in formatted as text. Browser-safe: give `deflate` to compress it.
 *
 * @example
 * ```ts
 * const bytes = templateWorkbook(templateRows(evaluator.ruleSet, { year: 2024 }), 'zh');
 * ```
 */
export function templateWorkbook(
  rows: readonly TemplateRow[],
  lang: Language,
  options: TemplateWorkbookOptions = {},
): Uint8Array {
  return writeWorkbook(templateSheet(rows, lang), options.deflate);
}
