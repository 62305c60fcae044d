// The cells of one worksheet, streamed from its XML (xml.ts): each `<row>` as a dense row of
// cells up to its last, each cell by its type and number format. A cell is read exactly or
// refused by its sheet and cell: structure this reader does not expect (a cell outside a row, a
// row inside a row, text outside a value, two values, inline text without its type, a type it
// does not know, a shared-string index that is not a plain decimal within the table) is never
// skipped, joined or guessed at. Platform-neutral (no Node built-ins), like xml.ts.

import type { DataCell, DataRow } from '../read-data.js';
import { ReadError } from '../../errors/read-error.js';
import { workbookMessages, type WorkbookCode } from '../../messages/workbook.js';
import { worded, type IssueText, type ParamsOf } from '../../messages/wording.js';
import { PartError, plainIndex, unescapeOoxml, workbookLimits, type NumberShown, type SharedStrings } from './parts.js';
import { XmlReader, xmlLimits, type XmlBudget } from './xml.js';
import { columnLetters } from './write-workbook.js';

/** A cell, row or sheet this reader refuses: where (`数据!C5`, `数据!5:5`, `数据`) and why. */
export class CellError extends ReadError<WorkbookCode> {
  override name = 'CellError' as const;
  constructor(
    readonly where: string,
    text: IssueText<WorkbookCode>,
  ) {
    super(text);
  }
}

/** The wording of `code`, from its params. */
const said = <K extends WorkbookCode>(code: K, params: ParamsOf<(typeof workbookMessages)[K]>): IssueText<K> =>
  worded(workbookMessages, code, params);

/** The 0-based column of a cell reference's letters (`C5` → 2). */
function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** The cell types of SpreadsheetML (`t`): boolean, date, error, inline string, number, shared string, formula string. */
const cellTypes = new Set(['b', 'd', 'e', 'inlineStr', 'n', 's', 'str']);

/** A row number or a cell reference's row: a plain decimal, from 1. */
const rowPattern = /^[1-9]\d{0,6}$/;
const referencePattern = /^([A-Z]{1,3})([1-9]\d{0,6})$/;
const numberPattern = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** The most days a spreadsheet date has: 9999-12-31. */
const lastSerialDay = 2_958_465;

/**
 * A date serial as a spreadsheet shows it (`2020` → `1905-07-12`; with a time when it has one),
 * counting as Excel does from 1900 (its fictitious 1900-02-29 included) or from 1904;
 * `undefined` outside the dates a spreadsheet shows.
 */
export function serialDate(serial: number, date1904: boolean): string | undefined {
  if (!(serial >= 0 && serial < lastSerialDay + 1)) return undefined;
  const day = Math.floor(serial);
  let date: string;
  if (!date1904 && day === 60) date = '1900-02-29';
  else {
    const epoch = date1904 ? Date.UTC(1904, 0, 1) : day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
    date = new Date(epoch + day * 86_400_000).toISOString().slice(0, 10);
  }
  const minutes = Math.round((serial - day) * 24 * 60);
  if (minutes === 0 || minutes === 24 * 60) return date;
  return `${date} ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** What a sheet's cells are read with: the workbook's shared strings, styles and date system, and what is left of its budgets. */
export interface SheetContext {
  readonly sheet: string;
  readonly strings: SharedStrings;
  readonly styles: readonly NumberShown[];
  readonly date1904: boolean;
  /** Cells the workbook may still have, shared by its sheets. */
  readonly cells: { count: number };
  readonly xml: XmlBudget;
}

/** The cell being read. */
interface CellState {
  readonly column: number;
  readonly reference: string;
  readonly type: string;
  readonly style: number;
  /** The element's nesting level. */
  readonly level: number;
  values: number;
  value: string | undefined;
  formula: boolean;
  inline: boolean;
  text: string[];
  textLength: number;
}

/** A cell that cannot be read as a value: refused by the data reader where it is data. */
const errorCell = <K extends WorkbookCode>(code: K, params: ParamsOf<(typeof workbookMessages)[K]>): DataCell => ({
  error: said(code, params),
});

const formulaWithoutValue = (): DataCell => errorCell('workbook.formula_without_value', {});

/** What a shared-string cell's `<v>` names (an error cell without one), or the refusal of it. */
function sharedString(cell: CellState, strings: SharedStrings, where: string): DataCell {
  const index = cell.value;
  if (index === undefined) return errorCell('workbook.shared_string_without_index', {});
  if (!/^\d{1,10}$/.test(index))
    throw new CellError(where, said('workbook.shared_string_index', { index: index.slice(0, 40) }));
  const text = strings.at(Number(index));
  if (text === undefined)
    throw new CellError(where, said('workbook.shared_string_outside', { index, count: strings.count }));
  return text;
}

/** A cell's value by its type and number format. */
function cellValue(cell: CellState, context: SheetContext, where: string): DataCell {
  const { type, value } = cell;
  switch (type) {
    case 's':
      return sharedString(cell, context.strings, where);
    case 'inlineStr':
      return unescapeOoxml(cell.text.join(''));
    case 'str':
      return value === undefined ? formulaWithoutValue() : unescapeOoxml(value);
    case 'b':
      return value === '1'
        ? true
        : value === '0'
          ? false
          : errorCell('workbook.not_true_false', { value: (value ?? '').slice(0, 40) });
    case 'e':
      return errorCell('workbook.error_value', { value: value ?? '' });
    case 'd':
      return errorCell('workbook.date_cell', { value: value ?? '' });
    default:
      break;
  }
  // No value, or an empty one (<v/>): an empty cell; a formula's, no cached value.
  if (value === undefined || value.trim() === '') return cell.formula ? formulaWithoutValue() : null;
  const number = numberPattern.test(value) ? Number(value) : Number.NaN;
  if (!Number.isFinite(number)) return errorCell('workbook.not_a_number', { value: value.slice(0, 40) });
  const shown = context.styles[cell.style] ?? (cell.style === 0 ? 'number' : undefined);
  if (shown === undefined)
    throw new CellError(where, said('workbook.unknown_style', { style: cell.style, count: context.styles.length }));
  if (shown === 'date') {
    const date = serialDate(number, context.date1904);
    const held = value.trim();
    return errorCell('workbook.date_formatted', date === undefined ? { held } : { held, date });
  }
  return shown === 'percent' ? { percent: number } : number;
}

/** A text too long for one cell. */
const tooLong = (where: string): CellError =>
  new CellError(where, said('workbook.cell_text_too_long', { max: xmlLimits.textLength }));

/**
 * The rows of one worksheet, streamed from its XML: each `<row>` as a dense row of cells up to
 * its last. Throws {@link CellError} (by sheet and cell) for what it does not read, and
 * {@link XmlError} for broken or oversized XML.
 */
export function* sheetRows(xml: string, context: SheetContext): Generator<DataRow> {
  const { sheet } = context;
  const rowPlace = (row: number): string => `${sheet}!${row}:${row}`;
  const at = (row: number) => (column?: number) => ({
    sheet,
    cell: column === undefined ? `${row}:${row}` : `${columnLetters(column)}${row}`,
  });
  let rowNumber = 0;
  let rowLevel = 0;
  let cells: DataCell[] | undefined;
  let cell: CellState | undefined;
  const reader = new XmlReader(xml, context.xml);
  for (let event = reader.next(); event !== 'end'; event = reader.next()) {
    const level = reader.depth;
    if (event === 'text') {
      const holder = reader.nameAt(level);
      if (cell !== undefined) {
        const where = `${sheet}!${cell.reference}`;
        if (level === cell.level + 1 && holder === 'v') {
          const text = reader.text();
          cell.value = (cell.value ?? '') + text;
          if (cell.value.length > xmlLimits.textLength) throw tooLong(where);
        } else if (
          holder === 't' &&
          (level === cell.level + 2 || (level === cell.level + 3 && reader.nameAt(cell.level + 2) === 'r')) &&
          reader.nameAt(cell.level + 1) === 'is'
        ) {
          const text = reader.text();
          cell.textLength += text.length;
          if (cell.textLength > xmlLimits.textLength) throw tooLong(where);
          cell.text.push(text);
        } else if ((level === cell.level || (level === cell.level + 1 && holder === 'is')) && !reader.textIsBlank())
          throw new CellError(where, said('workbook.text_outside_value', {}));
        continue;
      }
      if ((holder === 'row' || holder === 'sheetData') && !reader.textIsBlank())
        throw new CellError(
          cells === undefined ? sheet : rowPlace(rowNumber),
          said('workbook.text_outside_cell', { holder }),
        );
      continue;
    }
    if (event === 'open') {
      const name = reader.name;
      const parent = reader.nameAt(level - 1);
      if (cell !== undefined && level > cell.level + 1) {
        // Inside a value or a text nothing nests: what would, would be lost.
        const holder = reader.nameAt(level - 1);
        if (holder === 'v' || holder === 't')
          throw new CellError(
            `${sheet}!${cell.reference}`,
            said('workbook.element_in_value', { holder, element: name }),
          );
        continue;
      }
      if (cell !== undefined && level === cell.level + 1) {
        const where = `${sheet}!${cell.reference}`;
        if (name === 'v') {
          // An empty <v></v> is a value of no characters, not no value.
          cell.value ??= '';
          if (++cell.values > 1) throw new CellError(where, said('workbook.two_values', {}));
          if (cell.type === 'inlineStr') throw new CellError(where, said('workbook.inline_text_with_value', {}));
        } else if (name === 'is') {
          if (cell.type !== 'inlineStr')
            throw new CellError(where, said('workbook.inline_text_type', { type: cell.type }));
          if (cell.inline) throw new CellError(where, said('workbook.two_inline_texts', {}));
          cell.inline = true;
        } else if (name === 'f') cell.formula = true;
        else if (name !== 'extLst') throw new CellError(where, said('workbook.unread_cell_element', { element: name }));
        continue;
      }
      if (name === 'row') {
        if (cells !== undefined)
          throw new CellError(rowPlace(rowNumber), said('workbook.row_in_row', { row: rowNumber }));
        const given = reader.attribute('r');
        if (parent !== 'sheetData')
          throw new CellError(
            given === undefined ? sheet : `${sheet}!${given}:${given}`,
            said('workbook.row_outside_sheet_data', { parent: parent ?? '' }),
          );
        if (given !== undefined && !rowPattern.test(given))
          throw new CellError(sheet, said('workbook.row_number', { value: given.slice(0, 40) }));
        const next = given === undefined ? rowNumber + 1 : Number(given);
        if (next <= rowNumber) throw new CellError(rowPlace(next), said('workbook.rows_out_of_order', {}));
        rowNumber = next;
        rowLevel = level;
        cells = [];
        continue;
      }
      if (name === 'c') {
        const reference = reader.attribute('r');
        if (cells === undefined || parent !== 'row' || level !== rowLevel + 1)
          throw new CellError(
            reference !== undefined && referencePattern.test(reference) ? `${sheet}!${reference}` : sheet,
            said('workbook.cell_outside_row', { parent: parent ?? '' }),
          );
        const match = reference === undefined ? null : referencePattern.exec(reference);
        if (reference !== undefined && (match === null || Number(match[2]) !== rowNumber))
          throw new CellError(
            rowPlace(rowNumber),
            said('workbook.cell_reference', { reference: reference.slice(0, 40) }),
          );
        const column = match === null ? cells.length : columnIndex(match[1] ?? 'A');
        const place = `${columnLetters(column)}${rowNumber}`;
        const type = reader.attribute('t') ?? 'n';
        if (!cellTypes.has(type))
          throw new CellError(`${sheet}!${place}`, said('workbook.unknown_cell_type', { type: type.slice(0, 40) }));
        let style: number;
        try {
          style = plainIndex(reader.attribute('s'), 'cellStyle') ?? 0;
        } catch (error) {
          if (error instanceof PartError) throw new CellError(`${sheet}!${place}`, error.text);
          throw error;
        }
        cell = {
          column,
          reference: place,
          type,
          style,
          level,
          values: 0,
          value: undefined,
          formula: false,
          inline: false,
          text: [],
          textLength: 0,
        };
        continue;
      }
      if (cells !== undefined && level === rowLevel + 1 && name !== 'extLst')
        throw new CellError(
          rowPlace(rowNumber),
          said('workbook.unread_row_element', { row: rowNumber, element: name }),
        );
      if (parent === 'sheetData' && level === 3)
        throw new CellError(sheet, said('workbook.unread_sheet_data_element', { element: name }));
      continue;
    }
    // A closing tag: `level` is now its parent's.
    if (reader.name === 'c' && cell !== undefined && level === cell.level - 1 && cells !== undefined) {
      const where = `${sheet}!${cell.reference}`;
      const result = cellValue(cell, context, where);
      if (cell.column < cells.length) throw new CellError(where, said('workbook.cells_out_of_order', {}));
      context.cells.count -= cell.column + 1 - cells.length;
      if (context.cells.count < 0)
        throw new CellError(sheet, said('workbook.too_many_cells', { max: workbookLimits.cells }));
      while (cells.length < cell.column) cells.push(null);
      cells.push(result);
      cell = undefined;
    } else if (reader.name === 'row' && cells !== undefined && level === rowLevel - 1) {
      yield { cells, at: at(rowNumber) };
      cells = undefined;
    }
  }
}
