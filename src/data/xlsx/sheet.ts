// The cells of one worksheet, streamed from its XML (xml.ts): each `<row>` as a dense row of
// cells up to its last, each cell by its type and number format. A cell is read exactly or
// refused by its sheet and cell: structure this reader does not expect (a cell outside a row, a
// row inside a row, text outside a value, two values, inline text without its type, a type it
// does not know, a shared-string index that is not a plain decimal within the table) is never
// skipped, joined or guessed at. Platform-neutral (no Node built-ins), like xml.ts.

import type { LocalizedText } from '../../vocabulary/localized-text.js';
import type { DataCell, DataRow } from '../read-data.js';
import { PartError, plainIndex, unescapeOoxml, workbookLimits, type NumberShown, type SharedStrings } from './parts.js';
import { XmlReader, xmlLimits, type XmlBudget } from './xml.js';
import { columnLetters } from './write-workbook.js';

/** A cell, row or sheet this reader refuses: where (`数据!C5`, `数据!5:5`, `数据`) and why. */
export class CellError extends Error {
  override name = 'CellError' as const;
  constructor(
    readonly where: string,
    readonly text: LocalizedText,
  ) {
    super(text.en);
  }
}

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

const formulaWithoutValue: LocalizedText = {
  zh: '公式没有缓存的结果；请在 Excel 或 WPS 中打开并保存',
  en: 'a formula without a cached value; open and save the file in Excel or WPS',
};

/** A cell that cannot be read as a value: refused by the data reader where it is data. */
const errorCell = (zh: string, en: string): DataCell => ({ error: { zh, en } });

/** What a shared-string cell's `<v>` names (an error cell without one), or the refusal of it. */
function sharedString(cell: CellState, strings: SharedStrings, where: string): DataCell {
  const index = cell.value;
  if (index === undefined)
    return errorCell('共享字符串单元格没有编号（<v>）', 'a shared-string cell without its index (<v>)');
  if (!/^\d{1,10}$/.test(index))
    throw new CellError(where, {
      zh: `共享字符串的编号应为十进制整数，实际为 ${JSON.stringify(index.slice(0, 40))}`,
      en: `the shared-string index should be a plain decimal number, not ${JSON.stringify(index.slice(0, 40))}`,
    });
  const text = strings.at(Number(index));
  if (text === undefined)
    throw new CellError(where, {
      zh: `共享字符串编号 ${index} 超出共享字符串表（共 ${strings.count} 个）`,
      en: `the shared-string index ${index} is outside the table of ${strings.count} shared strings`,
    });
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
      return value === undefined ? { error: formulaWithoutValue } : unescapeOoxml(value);
    case 'b':
      return value === '1'
        ? true
        : value === '0'
          ? false
          : errorCell(
              `不是有效的是/否值：${JSON.stringify((value ?? '').slice(0, 40))}`,
              `not a valid TRUE/FALSE value: ${JSON.stringify((value ?? '').slice(0, 40))}`,
            );
    case 'e':
      return errorCell(`单元格为错误值 ${value ?? ''}`, `the cell holds the error value ${value ?? ''}`);
    case 'd':
      return errorCell(
        `单元格为日期 ${value ?? ''}；请改为常规格式后填写数值`,
        `the cell holds the date ${value ?? ''}; give it the General format and type the number`,
      );
    default:
      break;
  }
  // No value, or an empty one (<v/>): an empty cell; a formula's, no cached value.
  if (value === undefined || value.trim() === '') return cell.formula ? { error: formulaWithoutValue } : null;
  const number = numberPattern.test(value) ? Number(value) : Number.NaN;
  if (!Number.isFinite(number))
    return errorCell(
      `不是有效的数值：${JSON.stringify(value.slice(0, 40))}`,
      `not a valid number: ${JSON.stringify(value.slice(0, 40))}`,
    );
  const shown = context.styles[cell.style] ?? (cell.style === 0 ? 'number' : undefined);
  if (shown === undefined)
    throw new CellError(where, {
      zh: `单元格样式 s="${cell.style}" 不在工作簿的 ${context.styles.length} 个单元格样式中，无法判断数值的显示方式`,
      en: `the cell style s="${cell.style}" is not among the workbook's ${context.styles.length} cell styles: how its number is shown is unknown`,
    });
  if (shown === 'date') {
    const date = serialDate(number, context.date1904);
    const held = value.trim();
    return errorCell(
      `单元格设为日期或时间格式，其中为 ${held}${date === undefined ? '' : `（显示为 ${date}）`}：请改为常规格式后填写数值`,
      `the cell is formatted as a date or time and holds ${held}${date === undefined ? '' : ` (shown as ${date})`}: give it the General format and type the number`,
    );
  }
  return shown === 'percent' ? { percent: number } : number;
}

/** A text too long for one cell. */
const tooLong = (where: string): CellError =>
  new CellError(where, {
    zh: `单元格文本超过 ${xmlLimits.textLength} 个字符`,
    en: `the cell's text is longer than ${xmlLimits.textLength} characters`,
  });

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
          throw new CellError(where, {
            zh: '单元格中有不在 <v> 或 <is> 里的文本，不读取',
            en: 'the cell holds text outside its value (<v>) or inline text (<is>), which is not read',
          });
        continue;
      }
      if ((holder === 'row' || holder === 'sheetData') && !reader.textIsBlank())
        throw new CellError(cells === undefined ? sheet : rowPlace(rowNumber), {
          zh: `<${holder}> 中有不在单元格里的文本，不读取`,
          en: `text in <${holder}> outside any cell, which is not read`,
        });
      continue;
    }
    if (event === 'open') {
      const name = reader.name;
      const parent = reader.nameAt(level - 1);
      if (cell !== undefined && level > cell.level + 1) {
        // Inside a value or a text nothing nests: what would, would be lost.
        const holder = reader.nameAt(level - 1);
        if (holder === 'v' || holder === 't')
          throw new CellError(`${sheet}!${cell.reference}`, {
            zh: `单元格的 <${holder}> 中有元素 <${name}>，不读取`,
            en: `an element <${name}> inside the cell's <${holder}>, which is not read`,
          });
        continue;
      }
      if (cell !== undefined && level === cell.level + 1) {
        const where = `${sheet}!${cell.reference}`;
        if (name === 'v') {
          // An empty <v></v> is a value of no characters, not no value.
          cell.value ??= '';
          if (++cell.values > 1)
            throw new CellError(where, {
              zh: '一个单元格有两个值（<v>），不拼接也不取其一',
              en: 'two values (<v>) in one cell; neither is joined nor chosen',
            });
          if (cell.type === 'inlineStr')
            throw new CellError(where, {
              zh: '单元格类型为 t="inlineStr"，却有值（<v>）：不知该读哪个',
              en: 'the cell has the type t="inlineStr" and a value (<v>): which one holds it is unknown',
            });
        } else if (name === 'is') {
          if (cell.type !== 'inlineStr')
            throw new CellError(where, {
              zh: `单元格有内联文本（<is>），但类型为 t="${cell.type}" 而非 t="inlineStr"`,
              en: `the cell holds inline text (<is>) but its type is t="${cell.type}", not t="inlineStr"`,
            });
          if (cell.inline)
            throw new CellError(where, {
              zh: '一个单元格有两段内联文本（<is>）',
              en: 'two inline texts (<is>) in one cell',
            });
          cell.inline = true;
        } else if (name === 'f') cell.formula = true;
        else if (name !== 'extLst')
          throw new CellError(where, {
            zh: `单元格中有不读取的元素 <${name}>`,
            en: `the cell holds an element this reader does not read, <${name}>`,
          });
        continue;
      }
      if (name === 'row') {
        if (cells !== undefined)
          throw new CellError(rowPlace(rowNumber), {
            zh: `第 ${rowNumber} 行中嵌套了另一行（<row>）：外层行的单元格会丢失，不读取`,
            en: `a row (<row>) inside row ${rowNumber}: the outer row's cells would be lost, so it is not read`,
          });
        const given = reader.attribute('r');
        if (parent !== 'sheetData')
          throw new CellError(given === undefined ? sheet : `${sheet}!${given}:${given}`, {
            zh: `行（<row>）不在 <sheetData> 中，而在 <${parent ?? ''}> 中`,
            en: `a row (<row>) outside <sheetData>, in <${parent ?? ''}>`,
          });
        if (given !== undefined && !rowPattern.test(given))
          throw new CellError(sheet, {
            zh: `行号应为十进制整数，实际为 ${JSON.stringify(given.slice(0, 40))}`,
            en: `a row number should be a plain decimal number, not ${JSON.stringify(given.slice(0, 40))}`,
          });
        const next = given === undefined ? rowNumber + 1 : Number(given);
        if (next <= rowNumber)
          throw new CellError(rowPlace(next), { zh: '行顺序错乱或重复', en: 'rows out of order or given twice' });
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
            {
              zh: `单元格（<c>）不在任何行（<row>）中，而在 <${parent ?? ''}> 中`,
              en: `a cell (<c>) outside any row (<row>), in <${parent ?? ''}>`,
            },
          );
        const match = reference === undefined ? null : referencePattern.exec(reference);
        if (reference !== undefined && (match === null || Number(match[2]) !== rowNumber))
          throw new CellError(rowPlace(rowNumber), {
            zh: `单元格引用 ${JSON.stringify(reference.slice(0, 40))} 与所在行不符`,
            en: `the cell reference ${JSON.stringify(reference.slice(0, 40))} does not belong to its row`,
          });
        const column = match === null ? cells.length : columnIndex(match[1] ?? 'A');
        const place = `${columnLetters(column)}${rowNumber}`;
        const type = reader.attribute('t') ?? 'n';
        if (!cellTypes.has(type))
          throw new CellError(`${sheet}!${place}`, {
            zh: `未知的单元格类型 t=${JSON.stringify(type.slice(0, 40))}（应为 b、d、e、inlineStr、n、s 或 str）`,
            en: `unknown cell type t=${JSON.stringify(type.slice(0, 40))} (SpreadsheetML has b, d, e, inlineStr, n, s and str)`,
          });
        let style: number;
        try {
          style = plainIndex(reader.attribute('s'), { zh: '单元格样式 s ', en: 'the cell style s' }) ?? 0;
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
        throw new CellError(rowPlace(rowNumber), {
          zh: `第 ${rowNumber} 行中有不读取的元素 <${name}>`,
          en: `row ${rowNumber} holds an element this reader does not read, <${name}>`,
        });
      if (parent === 'sheetData' && level === 3)
        throw new CellError(sheet, {
          zh: `<sheetData> 中有不读取的元素 <${name}>`,
          en: `<sheetData> holds an element this reader does not read, <${name}>`,
        });
      continue;
    }
    // A closing tag: `level` is now its parent's.
    if (reader.name === 'c' && cell !== undefined && level === cell.level - 1 && cells !== undefined) {
      const where = `${sheet}!${cell.reference}`;
      const result = cellValue(cell, context, where);
      if (cell.column < cells.length)
        throw new CellError(where, { zh: '单元格顺序错乱或重复', en: 'cells out of order or given twice' });
      context.cells.count -= cell.column + 1 - cells.length;
      if (context.cells.count < 0)
        throw new CellError(sheet, {
          zh: `工作簿单元格过多（超过 ${workbookLimits.cells} 个）`,
          en: `the workbook has too many cells (more than ${workbookLimits.cells})`,
        });
      while (cells.length < cell.column) cells.push(null);
      cells.push(result);
      cell = undefined;
    } else if (reader.name === 'row' && cells !== undefined && level === rowLevel - 1) {
      yield { cells, at: at(rowNumber) };
      cells = undefined;
    }
  }
}
