import { measurementCatalogue } from '../catalogue/measurements.js';
import { DataFileError } from '../errors/data-file-error.js';
import { issueAt, type Issue } from '../errors/issue.js';
import { CappedList } from '../vocabulary/capped-list.js';
import type { IssueCode } from '../messages/codes.js';
import { dataFileMessages as m, type ReasonParam } from '../messages/data-file.js';
import { textParam, worded, type IssueText } from '../messages/wording.js';
import type { LocalizedText } from '../vocabulary/localized-text.js';
import { csvRecords, CsvSyntaxError } from './csv-records.js';
import { measurementNumber, shortestDecimal, timesHundred } from './json-numbers.js';
import { JsonTextError, parseJsonText } from './json-text.js';
import {
  normalizeMeasurementValue,
  readYear,
  unitCellProblem,
  unknownKeyMessage,
  unknownKeyParams,
  type Catalogue,
  type CountedKeys,
} from './normalize-value.js';
import type { DataFile, DataWarning, Observation, ValueSource } from './observations.js';
import { commandLineHints, type DataOptionHints } from './option-hints.js';
import { quotedText, quotedTextLength, shownText, shownTextLength } from '../vocabulary/visible-text.js';

/**
 * The columns of the data-file layouts, each with the headers that name it (matched without
 * regard to case or surrounding spaces): the long layout has `year`; the wide layout does not,
 * and takes its year from the caller (`--year`). `indicator` and `label` are the template's
 * reading aids, never read as data.
 */
export const dataColumns = {
  year: { en: 'year', zh: '年份' },
  indicator: { en: 'indicator', zh: '所属指标' },
  key: { en: 'key', zh: '指标代码' },
  label: { en: 'label', zh: '名称' },
  value: { en: 'value', zh: '数值' },
  unit: { en: 'unit', zh: '单位' },
  source: { en: 'source', zh: '来源' },
  note: { en: 'note', zh: '备注' },
} as const;

/** A column of {@link dataColumns}. */
export type DataColumn = keyof typeof dataColumns;

/** The column a header names, if any. */
function columnOf(header: string): DataColumn | undefined {
  const name = header.trim().toLowerCase();
  for (const [column, names] of Object.entries(dataColumns) as [DataColumn, { en: string; zh: string }][]) {
    if (name === names.en || name === names.zh) return column;
  }
  return undefined;
}

/** Where a cell is: a line (CSV, JSON) or a sheet and cell (XLSX). */
export type DataLocation = { readonly line: number } | { readonly sheet: string; readonly cell: string };

/**
 * A cell as a file holds it: text, a number (an XLSX numeric cell), a boolean, or `null` for
 * an empty cell; a numeric cell shown as a percentage (`{ percent }`, the stored ratio); or a
 * cell that cannot be read (`{ error }`: a spreadsheet error value, a formula without a value).
 */
export type DataCell =
  string | number | boolean | null | { readonly percent: number } | { readonly error: LocalizedText };

/** One row of a table: its cells in column order, and where each is. */
export interface DataRow {
  readonly cells: readonly DataCell[];
  /** Where the row is (`column` undefined) or one of its cells. */
  readonly at: (column?: number) => DataLocation;
}

/** A table of a data file: a CSV file, or one sheet of a workbook. */
export interface DataTable {
  readonly rows: Iterable<DataRow>;
  /**
   * Whether a comma can split one number into two cells (CSV, unquoted): a value followed by a
   * cell of digits alone is then refused rather than read as its first part.
   */
  readonly commaSeparated: boolean;
}

/** Options of the data readers. */
export interface ReadDataOptions {
  /** The keys known: the contract's by default, or `evaluator.ruleSet.measurements`. */
  readonly catalogue?: Catalogue;
  /** Leave out keys the catalogue does not know, with a warning each, instead of refusing them. */
  readonly ignoreUnknown?: boolean;
  /**
   * The percentages derived from counts: the contract's by default, or
   * `evaluator.ruleSet.derivations`; a fraction typed for a key is answered with its counts.
   */
  readonly derivations?: CountedKeys;
  /** How a refusal of an unknown key names what leaves it out: `--ignore-unknown` by default; a page names its own control. */
  readonly hints?: Pick<DataOptionHints, 'ignoreUnknown'>;
}

/** Issues listed for one file; the rest are counted, so a file of a million bad rows costs a count. */
export const maxIssuesListed = 100;
/** Warnings listed for one file; the rest are counted. */
export const maxWarningsListed = 100;

const emptyCell = (cell: DataCell | undefined): boolean =>
  cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');

/** The text of a key or source cell; numbers as the shortest decimal, booleans as written. */
function cellText(cell: DataCell | undefined): string {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return shortestDecimal(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return 'percent' in cell ? `${timesHundred(shortestDecimal(cell.percent))}%` : '';
}

/** Why a cell cannot be read (an error value, a date, a formula without its value), if it cannot. */
function unreadableCell(cell: DataCell | undefined): ReasonParam | undefined {
  return cell !== null && typeof cell === 'object' && 'error' in cell ? reasonOf(cell.error) : undefined;
}

/** A cell's error as a param: its words, and its code and params where its reader gave them (a workbook's). */
function reasonOf(error: LocalizedText): ReasonParam {
  const { zh, en } = error;
  const coded = error as Partial<IssueText>;
  return typeof coded.code === 'string' && coded.params !== undefined
    ? { zh, en, code: coded.code, params: coded.params }
    : { zh, en };
}

/** One field of a row as the reader takes it: its cell and where it is. */
interface Field {
  readonly cell: DataCell | undefined;
  readonly at: DataLocation;
}

/** The rows of one file, read into observations: issues and warnings collected, capped. */
class FileReader {
  readonly observations: Observation[] = [];
  readonly #issues = new CappedList<Issue>(maxIssuesListed);
  readonly #warnings = new CappedList<DataWarning>(maxWarningsListed);
  /** Each (year, key) once per file: where it was first given. */
  readonly #seen = new Map<string, string>();
  /** Unknown keys warned about (once each). */
  readonly #unknownWarned = new Set<string>();
  readonly catalogue: Catalogue;
  readonly ignoreUnknown: boolean;
  readonly derivations: CountedKeys | undefined;
  readonly ignoreUnknownHint: LocalizedText;

  constructor(
    readonly file: string,
    options: ReadDataOptions,
  ) {
    this.catalogue = options.catalogue ?? measurementCatalogue;
    this.ignoreUnknown = options.ignoreUnknown ?? false;
    this.derivations = options.derivations;
    this.ignoreUnknownHint = options.hints?.ignoreUnknown ?? commandLineHints.ignoreUnknown;
  }

  /** The issue path's place element: the line, or `Sheet!C5`. */
  where(at: DataLocation): string | number {
    return 'line' in at ? at.line : `${at.sheet}!${at.cell}`;
  }

  place(at: DataLocation): string {
    return `${this.file}:${this.where(at)}`;
  }

  origin(at: DataLocation, source: string, note: string): ValueSource {
    const where = 'line' in at ? { line: at.line } : { sheet: at.sheet, cell: at.cell };
    return {
      place: this.place(at),
      file: this.file,
      ...where,
      ...(source === '' ? {} : { source }),
      ...(note === '' ? {} : { note }),
    };
  }

  /** An issue of the file; `text` may be worded on demand, since past the first issues they are only counted. */
  issue(
    at: DataLocation | undefined,
    key: string | undefined,
    text: IssueText<IssueCode> | (() => IssueText<IssueCode>),
  ): void {
    this.#issues.addWith(() => {
      const path = [this.file, ...(at === undefined ? [] : [this.where(at)]), ...(key === undefined ? [] : [key])];
      return issueAt(path, typeof text === 'function' ? text() : text);
    });
  }

  /** A warning of the file; `warning` may be worded on demand, since past the first warnings they are only counted. */
  warn(warning: DataWarning | (() => DataWarning)): void {
    this.#warnings.addWith(() => (typeof warning === 'function' ? warning() : warning));
  }

  /** An unknown column, or JSON field: a warning, once. */
  unknownColumn(header: string, at: DataLocation, field: boolean): void {
    const what = field ? { zh: '字段', en: 'field' } : { zh: '列', en: 'column' };
    this.warn({
      kind: 'unknownColumn',
      column: header,
      place: this.place(at),
      message: {
        zh: `未知的${what.zh} ${quotedText(header, 'zh')}，不读取（可用的${what.zh}：year 年份、key 指标代码、value 数值、unit 单位、source 来源、note 备注）`,
        en: `unknown ${what.en} ${quotedText(header)}, not read (the ${what.en}s read are year, key, value, unit, source, note)`,
      },
    });
  }

  /**
   * One row: its key, value, optional year (long layout), unit, source and note. Adds the
   * observation, or the issues that refuse it, or nothing for a row without data.
   */
  row(fields: {
    readonly year: Field | undefined;
    readonly key: Field;
    readonly value: Field;
    readonly unit?: Field;
    readonly source?: Field;
    /** The `note` (备注) column: a caveat that travels with the value, as written. */
    readonly note?: Field;
    readonly longLayout: boolean;
    /** The cell after the value, in a comma-separated file: digits alone there are the rest of a split number. */
    readonly afterValue?: DataCell;
  }): void {
    const { key: keyField, value: valueField } = fields;
    const valueEmpty = emptyCell(valueField.cell);
    if (emptyCell(keyField.cell)) {
      if (!valueEmpty) this.issue(valueField.at, undefined, worded(m, 'data_file.value_without_key', {}));
      return;
    }
    if (typeof keyField.cell !== 'string') {
      const { cell } = keyField;
      this.issue(
        keyField.at,
        undefined,
        cell !== null && typeof cell === 'object' && 'error' in cell
          ? worded(m, 'data_file.unreadable_key', { reason: reasonOf(cell.error) })
          : worded(m, 'data_file.key_not_text', { cell: cellText(cell) }),
      );
      return;
    }
    const key = keyField.cell.trim();
    if (!Object.hasOwn(this.catalogue, key)) {
      // Worded only when listed: the key meant is a search, and a file may hold a million unknown keys.
      if (!this.ignoreUnknown) {
        this.issue(keyField.at, key, () => {
          const { zh, en } = this.ignoreUnknownHint;
          return worded(m, 'data_file.unknown_key', { ...unknownKeyParams(key, this.catalogue), hint: { zh, en } });
        });
      } else if (!this.#unknownWarned.has(key)) {
        // Past the warnings listed, each further unknown key is only counted.
        if (this.#unknownWarned.size < maxWarningsListed) this.#unknownWarned.add(key);
        this.warn(() => {
          const message = unknownKeyMessage(key, this.catalogue);
          return {
            kind: 'unknownKey',
            key,
            place: this.place(keyField.at),
            message: { zh: `${message.zh}；未读取`, en: `${message.en}; left out` },
          };
        });
      }
      return;
    }
    if (valueEmpty) {
      // A note on a gap ("未公布") has no figure to travel with: said, never dropped without a word.
      const note = fields.note === undefined ? '' : cellText(fields.note.cell);
      if (note !== '') {
        const year = fields.year === undefined ? '' : shownText(cellText(fields.year.cell));
        this.warn(() => ({
          kind: 'noteWithoutValue',
          key,
          place: this.place(valueField.at),
          message: {
            zh: `${year === '' ? '' : `${year}：`}${key} 没有数值，其备注 ${quotedText(note, 'zh')} 不会显示在任何检查旁`,
            en: `${year === '' ? '' : `${year}: `}${key} has no value, so its note ${quotedText(note)} is shown beside no check`,
          },
        }));
      }
      return;
    }
    let year: number | null = null;
    if (fields.longLayout) {
      const yearField = fields.year;
      const unreadable = unreadableCell(yearField?.cell);
      if (unreadable !== undefined) {
        this.issue(yearField?.at ?? keyField.at, key, worded(m, 'data_file.unreadable_year', { reason: unreadable }));
        return;
      }
      const parsed = yearField === undefined || emptyCell(yearField.cell) ? undefined : readYear(yearField.cell);
      if (parsed === undefined || parsed < 2000 || parsed > 2100) {
        const shown = yearField === undefined || emptyCell(yearField.cell) ? '' : cellText(yearField.cell);
        this.issue(
          yearField?.at ?? keyField.at,
          key,
          shown === ''
            ? worded(m, 'data_file.missing_year', {})
            : worded(m, 'data_file.bad_year', { year: textParam(shown, quotedTextLength) }),
        );
        return;
      }
      year = parsed;
    }
    const afterValue = fields.afterValue;
    if (
      afterValue !== undefined &&
      typeof valueField.cell === 'string' &&
      /^\s*-?\d+(?:\.\d+)?\s*$/.test(valueField.cell) &&
      typeof afterValue === 'string' &&
      /^\d+$/.test(afterValue.trim())
    ) {
      const joined = `${valueField.cell.trim()},${afterValue.trim()}`;
      this.issue(
        valueField.at,
        key,
        worded(m, 'data_file.value_split_by_comma', {
          value: textParam(valueField.cell.trim(), quotedTextLength),
          next: textParam(afterValue.trim(), quotedTextLength),
          joined,
        }),
      );
      return;
    }
    // A unit or source that cannot be read is refused, never read as none.
    for (const [field, column] of [
      [fields.unit, 'unit'],
      [fields.source, 'source'],
      [fields.note, 'note'],
    ] as const) {
      const unreadable = unreadableCell(field?.cell);
      if (field !== undefined && unreadable !== undefined) {
        this.issue(field.at, key, worded(m, 'data_file.unreadable_cell', { column, reason: unreadable }));
        return;
      }
    }
    const unitText = fields.unit === undefined ? '' : cellText(fields.unit.cell);
    const unitProblem = unitCellProblem(key, unitText, this.catalogue);
    if (unitProblem !== undefined) {
      this.issue(fields.unit?.at ?? valueField.at, key, unitProblem);
      return;
    }
    const value = this.value(key, valueField);
    if (value === undefined) return;
    const yearKey = `${year ?? ''}\u0000${key}`;
    const here = this.place(valueField.at);
    const first = this.#seen.get(yearKey);
    if (first !== undefined) {
      const place = textParam(first, shownTextLength, 40);
      this.issue(
        valueField.at,
        key,
        worded(m, 'data_file.given_twice', year === null ? { first: place } : { year, first: place }),
      );
      return;
    }
    this.#seen.set(yearKey, here);
    this.observations.push({
      year,
      key,
      value,
      origin: this.origin(
        valueField.at,
        fields.source === undefined ? '' : cellText(fields.source.cell),
        fields.note === undefined ? '' : cellText(fields.note.cell),
      ),
    });
  }

  /** A value cell through the normalizer; `undefined` (with an issue) when it is refused. */
  value(key: string, field: Field): number | string | boolean | undefined {
    const { cell } = field;
    if (cell !== null && typeof cell === 'object') {
      if ('error' in cell) {
        this.issue(field.at, key, worded(m, 'data_file.unreadable_value', { reason: reasonOf(cell.error) }));
        return undefined;
      }
      if (this.catalogue[key]?.kind !== 'percent') {
        this.issue(field.at, key, worded(m, 'data_file.percent_cell_not_percentage', { key }));
        return undefined;
      }
      // A percentage cell stores the ratio it shows: 89.3% is 0.893, shown and meant as 89.3.
      return timesHundred(shortestDecimal(cell.percent));
    }
    const result = normalizeMeasurementValue(key, cell, this.catalogue, this.derivations);
    if (!result.success) {
      this.issue(field.at, key, result.message);
      return undefined;
    }
    return result.value ?? undefined;
  }

  /** The file's observations and warnings, or a {@link DataFileError} with every issue found. */
  finish(): DataFile {
    if (this.#issues.size > 0) throw new DataFileError([...this.#issues.items], this.#issues.omitted);
    const warnings = [...this.#warnings.items];
    if (this.#warnings.omitted > 0)
      warnings.push({
        kind: warnings[warnings.length - 1]?.kind ?? 'unknownKey',
        place: this.file,
        message: {
          zh: `……本文件另有 ${this.#warnings.omitted} 条警告`,
          en: `… and ${this.#warnings.omitted} more warnings in this file`,
        },
      });
    return { file: this.file, observations: this.observations, warnings };
  }
}

/** Reads one table (a CSV file, a sheet) into `reader`: a header row, then rows. */
function readTable(reader: FileReader, table: DataTable): void {
  let header:
    | {
        readonly columns: readonly (DataColumn | undefined)[];
        readonly named: readonly boolean[];
        readonly width: number;
      }
    | undefined;
  for (const row of table.rows) {
    if (row.cells.every(emptyCell)) continue;
    if (header === undefined) {
      header = readHeader(reader, row);
      if (header === undefined) return;
      continue;
    }
    const { columns, named, width } = header;
    if (table.commaSeparated && row.cells.length > columns.length) {
      reader.issue(
        row.at(),
        undefined,
        worded(m, 'data_file.too_many_cells', { cells: row.cells.length, columns: columns.length }),
      );
      continue;
    }
    // A cell beyond the header, or under a column without a name, holds data no column reads: refused, not dropped.
    const orphan = row.cells.findIndex((cell, index) => (index >= width || !named[index]) && !emptyCell(cell));
    if (orphan !== -1) {
      reader.issue(
        row.at(orphan),
        undefined,
        orphan >= width
          ? worded(m, 'data_file.cell_beyond_header', {})
          : worded(m, 'data_file.cell_without_header', { column: orphan + 1 }),
      );
      continue;
    }
    const fieldAt = (column: DataColumn): Field | undefined => {
      const index = columns.indexOf(column);
      return index === -1 ? undefined : { cell: row.cells[index] ?? null, at: row.at(index) };
    };
    const unit = fieldAt('unit');
    const source = fieldAt('source');
    const note = fieldAt('note');
    const valueIndex = columns.indexOf('value');
    reader.row({
      year: fieldAt('year'),
      key: fieldAt('key') as Field,
      value: fieldAt('value') as Field,
      ...(unit === undefined ? {} : { unit }),
      ...(source === undefined ? {} : { source }),
      ...(note === undefined ? {} : { note }),
      longLayout: columns.includes('year'),
      ...(table.commaSeparated ? { afterValue: row.cells[valueIndex + 1] ?? null } : {}),
    });
  }
}

/** The header row: which column each cell names; issues (and `undefined`) when it cannot be one. */
function readHeader(
  reader: FileReader,
  row: DataRow,
): { columns: (DataColumn | undefined)[]; named: boolean[]; width: number } | undefined {
  const columns: (DataColumn | undefined)[] = [];
  const named: boolean[] = [];
  const firstOf = new Map<DataColumn, number>();
  let problem = false;
  for (const [index, cell] of row.cells.entries()) {
    const text = cellText(cell);
    const column = text === '' ? undefined : columnOf(text);
    columns.push(column);
    named.push(text !== '');
    if (text !== '' && column === undefined) reader.unknownColumn(text, row.at(index), false);
    if (column === undefined) continue;
    const first = firstOf.get(column);
    if (first !== undefined) {
      problem = true;
      reader.issue(
        row.at(index),
        undefined,
        worded(m, 'data_file.column_twice', { column, first: first + 1, second: index + 1 }),
      );
    }
    firstOf.set(column, index);
  }
  if (!firstOf.has('key') || !firstOf.has('value')) {
    reader.issue(row.at(), undefined, worded(m, 'data_file.no_header', {}));
    return undefined;
  }
  if (problem) return undefined;
  // Trailing columns without a name are no columns: the header ends at its last name.
  let width = columns.length;
  while (width > 0 && !named[width - 1]) width--;
  return { columns, named, width };
}

/** The cells of a CSV text, as a table. */
function csvTable(text: string): DataTable {
  return {
    commaSeparated: true,
    rows: (function* () {
      for (const record of csvRecords(text)) {
        const at = { line: record.line };
        yield { cells: record.cells, at: () => at };
      }
    })(),
  };
}

/** A JSON value as a cell: text, a number, a boolean or null; objects and arrays are refused by the caller. */
function jsonCell(value: unknown): DataCell | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return undefined;
}

/** A top-level key of the series layout: a year. */
const yearKey = /^\d{4}$/;

/**
 * Reads a JSON data file: an object keyed by measurement key (wide), an array of
 * `{ year, key, value }` (long), or an object keyed by year whose values are objects keyed by
 * measurement key (the series layout, as `evaluateSeries` takes it).
 */
function readJson(reader: FileReader, text: string): void {
  const notCell = (at: DataLocation, key: string | undefined): void => {
    reader.issue(at, key, worded(m, 'data_file.json_not_cell', {}));
  };
  /** The lines of the fields of the entry being read. */
  let fieldLines = new Map<string, number>();
  const warned = new Set<string>();
  const entry = (name: string | number, value: unknown, line: number): void => {
    const lines = fieldLines;
    fieldLines = new Map();
    const at = { line };
    if (
      typeof name === 'string' &&
      yearKey.test(name) &&
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value)
    ) {
      // The series layout: a year's measurements as an object keyed by measurement key.
      for (const [key, fieldValue] of Object.entries(value as Record<string, unknown>)) {
        const fieldAt = { line: lines.get(key) ?? line };
        const cell = jsonCell(fieldValue);
        if (cell === undefined) notCell(fieldAt, key);
        else
          reader.row({
            year: { cell: name, at },
            key: { cell: key, at: fieldAt },
            value: { cell, at: fieldAt },
            longLayout: true,
          });
      }
      return;
    }
    if (typeof name === 'string') {
      const cell = jsonCell(value);
      if (cell === undefined) notCell(at, name);
      else reader.row({ year: undefined, key: { cell: name, at }, value: { cell, at }, longLayout: false });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      reader.issue(at, undefined, worded(m, 'data_file.json_entry_not_object', {}));
      return;
    }
    const fields = new Map<DataColumn, { cell: DataCell | undefined; at: DataLocation; name: string }>();
    let bad = false;
    for (const [field, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      const fieldAt = { line: lines.get(field) ?? line };
      const column = columnOf(field);
      if (column === undefined) {
        if (!warned.has(field) && warned.size < maxWarningsListed) {
          warned.add(field);
          reader.unknownColumn(field, fieldAt, true);
        }
        continue;
      }
      const cell = jsonCell(fieldValue);
      if (cell === undefined) {
        notCell(fieldAt, field);
        bad = true;
        continue;
      }
      const other = fields.get(column);
      if (other !== undefined) {
        reader.issue(
          fieldAt,
          undefined,
          worded(m, 'data_file.json_same_column', {
            first: textParam(other.name, quotedTextLength),
            second: textParam(field, quotedTextLength),
            column,
          }),
        );
        bad = true;
        continue;
      }
      fields.set(column, { cell, at: fieldAt, name: field });
    }
    if (bad) return;
    const key = fields.get('key');
    const cell = fields.get('value');
    if (key === undefined || cell === undefined || !fields.has('year')) {
      reader.issue(at, undefined, worded(m, 'data_file.json_entry_fields', {}));
      return;
    }
    const unit = fields.get('unit');
    const source = fields.get('source');
    const note = fields.get('note');
    reader.row({
      year: fields.get('year'),
      key,
      value: cell,
      ...(unit === undefined ? {} : { unit }),
      ...(source === undefined ? {} : { source: { cell: source.cell ?? null, at: source.at } }),
      ...(note === undefined ? {} : { note: { cell: note.cell ?? null, at: note.at } }),
      longLayout: true,
    });
  };
  let parsed: unknown;
  try {
    parsed = parseJsonText(text, {
      readNumber: measurementNumber,
      onEntry: entry,
      onField: (name, line) => fieldLines.set(name, line),
    });
  } catch (error) {
    if (!(error instanceof JsonTextError)) throw error;
    const key = error.kind === 'syntax' || error.path.length === 0 ? undefined : error.path.join('.');
    reader.issue({ line: error.line }, key, error.text);
    return;
  }
  if (typeof parsed !== 'object' || parsed === null) {
    reader.issue({ line: 1 }, undefined, worded(m, 'data_file.json_layout', {}));
  }
}

/** The formats of data files given as text. */
export type DataTextFormat = 'csv' | 'json';

/** The format of a data file: by its name's extension, else by its first character (`{` or `[` is JSON). */
export function dataTextFormat(name: string, text: string): DataTextFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return /^[\s\uFEFF]*[{[]/.test(text) ? 'json' : 'csv';
}

/**
 * Reads a data file given as text (CSV or JSON, long or wide layout; see docs/data-files.md):
 * every value through {@link normalizeMeasurementValue}, every figure with its place. Throws
 * {@link DataFileError} with every problem, each named by its place (`file:line`), in English
 * and Chinese; nothing is dropped or guessed. Columns (and JSON fields) the layout does not know
 * are left out with a warning, as are unknown keys under `ignoreUnknown`.
 *
 * @param name - How places name the file: its path, or `stdin`.
 * @param options - The keys known and whether unknown ones are left out (see
 *   {@link ReadDataOptions}), and `format`: `csv` or `json`, by default told from `name`'s
 *   extension, else from the text.
 *
 * @example
 * ```ts
 * const data = readDataText('year,key,value\n2020,greenTravelPercent,５２％\n', 'figures.csv');
 * console.log(data.observations[0]); // { year: 2020, key: 'greenTravelPercent', value: '52', origin: { place: 'figures.csv:2', … } }
 * ```
 */
export function readDataText(
  text: string,
  name: string,
  options: ReadDataOptions & { readonly format?: DataTextFormat } = {},
): DataFile {
  const reader = new FileReader(name, options);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if ((options.format ?? dataTextFormat(name, body)) === 'json') readJson(reader, body);
  else {
    try {
      readTable(reader, csvTable(body));
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      reader.issue({ line: error.line }, undefined, error.text);
    }
  }
  return reader.finish();
}

/**
 * Reads the tables of one data file that is not text, as a reader of its format gives them
 * (`readDataFile` reads XLSX workbooks itself). The same layouts, normalizer, places and
 * refusals as {@link readDataText}; a table with nothing in it is skipped.
 */
export function readDataTables(name: string, tables: readonly DataTable[], options: ReadDataOptions = {}): DataFile {
  const reader = new FileReader(name, options);
  for (const table of tables) readTable(reader, table);
  return reader.finish();
}

/**
 * {@link readDataTables} of tables a reader gives one at a time, each when the one before it
 * has been read: the XLSX reader inflates a sheet only then, so that a workbook costs one
 * sheet's text at a time.
 */
export async function readDataTableStream(
  name: string,
  tables: AsyncIterable<DataTable>,
  options: ReadDataOptions = {},
): Promise<DataFile> {
  const reader = new FileReader(name, options);
  for await (const table of tables) readTable(reader, table);
  return reader.finish();
}
