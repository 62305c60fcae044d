import { DataFileError } from 'ankang-eco-indicators';
import { type DataCell, type DataRow, type DataTable } from 'ankang-eco-indicators/data';
import { childrenNamed, parseXml, XmlError, xmlTokens } from './xml.js';
import { ZipArchive, ZipError } from './zip.js';
import { columnLetters } from '../../data/xlsx/write-workbook.js';

// The sheets of an XLSX workbook (ECMA-376, as Excel, WPS and LibreOffice write it) as tables
// of the data readers: every worksheet, hidden ones included, each cell as its type says
// (text, a number, a boolean), a number shown as a percentage as such, and what cannot be
// read as a value (an error value, a date, a formula without a cached value) as an error
// cell, which the reader refuses by its place if it is data.

/** Cells a workbook may have, counting the empty ones before the last of each row: bounds the work of a huge sheet. */
export const maxWorkbookCells = 5_000_000;

/** `ZIP file starts with "PK\x03\x04"`: how a workbook is told from text without its name. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const refuse = (file: string, zh: string, en: string, where?: string): DataFileError =>
  new DataFileError([{ path: where === undefined ? [file] : [file, where], message: en, localized: { zh, en } }]);

export { columnLetters };

/** The 0-based column of a cell reference's letters (`C5` → 2). */
function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** OOXML's escape for characters XML cannot hold: `_x000D_` is a carriage return, `_x005F_` an underscore. */
const unescapeOoxml = (text: string): string =>
  text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;

/** A part's text: UTF-8, or UTF-16 with its byte-order mark, as XML allows. */
function partText(bytes: Uint8Array): string {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return new TextDecoder(utf16 ? (bytes[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8', { fatal: true }).decode(
    bytes,
  );
}

/** The directory of a part (`xl/workbook.xml` → `xl/`) and a target resolved against it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base
    .slice(0, base.lastIndexOf('/') + 1)
    .split('/')
    .filter((part) => part !== '');
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** The relationships of a part: id → { type, target }. */
function relationships(zip: ZipArchive, part: string): Map<string, { type: string; target: string }> {
  const slash = part.lastIndexOf('/');
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const bytes = zip.read(relsPath);
  const result = new Map<string, { type: string; target: string }>();
  if (bytes === undefined) return result;
  for (const relationship of childrenNamed(parseXml(partText(bytes)), 'Relationship')) {
    const id = relationship.attributes.get('Id');
    const target = relationship.attributes.get('Target');
    if (id === undefined || target === undefined || relationship.attributes.get('TargetMode') === 'External') continue;
    result.set(id, { type: relationship.attributes.get('Type') ?? '', target: resolveTarget(part, target) });
  }
  return result;
}

/** How a number format shows a number: as a percentage, as a date or time, or as a number. */
type NumberShown = 'percent' | 'date' | 'number';

const builtinPercent = new Set([9, 10]);
// Dates and times among the built-in formats, Chinese, Japanese and Korean ones included (27-36, 50-58).
const builtinDate = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

function shownBy(code: string): NumberShown {
  // Quoted text, escaped characters and [bracketed] colours, locales and conditions say nothing of the kind.
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (bare.includes('%')) return 'percent';
  if (/[ymdhs]/i.test(bare.replace(/General/gi, ''))) return 'date';
  return 'number';
}

/** What each cell style (`s`) shows its numbers as. */
function cellStyles(zip: ZipArchive, part: string | undefined): NumberShown[] {
  if (part === undefined) return [];
  const bytes = zip.read(part);
  if (bytes === undefined) return [];
  const root = parseXml(partText(bytes));
  const formats = new Map<number, NumberShown>();
  for (const list of childrenNamed(root, 'numFmts'))
    for (const format of childrenNamed(list, 'numFmt'))
      formats.set(Number(format.attributes.get('numFmtId')), shownBy(format.attributes.get('formatCode') ?? ''));
  const styles: NumberShown[] = [];
  for (const list of childrenNamed(root, 'cellXfs')) {
    for (const xf of childrenNamed(list, 'xf')) {
      const id = Number(xf.attributes.get('numFmtId') ?? '0');
      styles.push(formats.get(id) ?? (builtinPercent.has(id) ? 'percent' : builtinDate.has(id) ? 'date' : 'number'));
    }
  }
  return styles;
}

/** The shared strings: each `<si>`'s text, its runs joined, its phonetic guides (`<rPh>`) left out. */
function sharedStrings(zip: ZipArchive, part: string | undefined): string[] {
  if (part === undefined) return [];
  const bytes = zip.read(part);
  if (bytes === undefined) return [];
  const strings: string[] = [];
  let text: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  for (const token of xmlTokens(partText(bytes))) {
    if (token.type === 'open') {
      if (token.name === 'si') text = [];
      else if (token.name === 'rPh') phonetic += token.selfClosing ? 0 : 1;
      else if (token.name === 't') inText = !token.selfClosing;
      if (token.name === 'si' && token.selfClosing) {
        strings.push('');
        text = undefined;
      }
    } else if (token.type === 'close') {
      if (token.name === 'si') {
        strings.push(unescapeOoxml((text ?? []).join('')));
        text = undefined;
      } else if (token.name === 'rPh') phonetic--;
      else if (token.name === 't') inText = false;
    } else if (inText && phonetic === 0) text?.push(token.text);
  }
  return strings;
}

/** The worksheets of the workbook, in its order: name and part. */
function worksheets(zip: ZipArchive): { name: string; part: string }[] & { shared?: string; styles?: string } {
  const root = relationships(zip, '');
  const office = [...root.values()].find((relationship) => relationship.type.endsWith('/officeDocument'));
  const workbookPart = office?.target ?? 'xl/workbook.xml';
  const bytes = zip.read(workbookPart);
  if (bytes === undefined)
    throw new ZipError('没有工作簿部件（xl/workbook.xml）', 'no workbook part (xl/workbook.xml)');
  const rels = relationships(zip, workbookPart);
  const workbook = parseXml(partText(bytes));
  const sheets: { name: string; part: string }[] & { shared?: string; styles?: string } = [];
  for (const list of childrenNamed(workbook, 'sheets')) {
    for (const sheet of childrenNamed(list, 'sheet')) {
      const relationship = rels.get(sheet.attributes.get('id') ?? '');
      if (!relationship?.type.endsWith('/worksheet')) continue;
      sheets.push({ name: sheet.attributes.get('name') ?? relationship.target, part: relationship.target });
    }
  }
  for (const relationship of rels.values()) {
    if (relationship.type.endsWith('/sharedStrings')) sheets.shared = relationship.target;
    if (relationship.type.endsWith('/styles')) sheets.styles = relationship.target;
  }
  return sheets;
}

/** The state of the cell being read. */
interface CellState {
  readonly column: number;
  readonly type: string;
  readonly style: number;
  value: string | undefined;
  formula: boolean;
  text: string[];
}

/**
 * The rows of one worksheet, streamed from its XML: each `<row>` as a dense row of cells up to
 * its last, each cell by its type and number format.
 */
function* sheetRows(
  file: string,
  sheet: string,
  xml: string,
  strings: readonly string[],
  styles: readonly NumberShown[],
  budget: { cells: number },
): Generator<DataRow> {
  const at = (row: number) => (column?: number) => ({
    sheet,
    cell: column === undefined ? `${row}:${row}` : `${columnLetters(column)}${row}`,
  });
  let rowNumber = 0;
  let cells: DataCell[] | undefined;
  let cell: CellState | undefined;
  let inValue = false;
  let inText = false;
  let inFormula = false;
  let phonetic = 0;
  const finishCell = (): void => {
    if (cell === undefined || cells === undefined) return;
    const { column, type, value, formula } = cell;
    const bad = (zh: string, en: string): DataCell => ({ error: { zh, en } });
    let result: DataCell;
    if (type === 's') {
      const text = value === undefined ? undefined : strings[Number(value)];
      result = text ?? bad('共享字符串缺失', 'a shared string that is missing');
    } else if (type === 'inlineStr') result = unescapeOoxml(cell.text.join(''));
    else if (type === 'str')
      result =
        value === undefined
          ? bad(
              '公式没有缓存的结果；请在 Excel 或 WPS 中打开并保存',
              'a formula without a cached value; open and save the file in Excel or WPS',
            )
          : unescapeOoxml(value);
    else if (type === 'b')
      result = value === '1' ? true : value === '0' ? false : bad('不是有效的是/否值', 'not a valid TRUE/FALSE value');
    else if (type === 'e')
      result = bad(`单元格为错误值 ${value ?? ''}`, `the cell holds the error value ${value ?? ''}`);
    else if (type === 'd') result = bad('单元格为日期', 'the cell holds a date');
    else if (value === undefined)
      result = formula
        ? bad(
            '公式没有缓存的结果；请在 Excel 或 WPS 中打开并保存',
            'a formula without a cached value; open and save the file in Excel or WPS',
          )
        : null;
    else {
      const number = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
      const shown = styles[cell.style] ?? 'number';
      if (!Number.isFinite(number)) result = bad(`不是有效的数值：${value}`, `not a valid number: ${value}`);
      else if (shown === 'date')
        result = bad(
          '单元格设为日期或时间格式：请改为常规格式后填写数值',
          'the cell is formatted as a date or time: give it the General format and type the number',
        );
      else result = shown === 'percent' ? { percent: number } : number;
    }
    if (column >= cells.length) {
      budget.cells -= column + 1 - cells.length;
      if (budget.cells < 0)
        throw refuse(
          file,
          `工作簿单元格过多（超过 ${maxWorkbookCells} 个）`,
          `the workbook has too many cells (more than ${maxWorkbookCells})`,
          sheet,
        );
      while (cells.length < column) cells.push(null);
      cells.push(result);
    } else
      throw refuse(
        file,
        '单元格顺序错乱或重复',
        'cells out of order or given twice',
        `${sheet}!${columnLetters(column)}${rowNumber}`,
      );
    cell = undefined;
  };
  for (const token of xmlTokens(xml)) {
    if (token.type === 'text') {
      if (cell === undefined) continue;
      if (inValue) cell.value = (cell.value ?? '') + token.text;
      else if (inText && phonetic === 0 && !inFormula) cell.text.push(token.text);
      continue;
    }
    if (token.type === 'open') {
      switch (token.name) {
        case 'row': {
          const given = token.attributes.get('r');
          const next = given === undefined ? rowNumber + 1 : Number(given);
          if (!Number.isInteger(next) || next <= rowNumber)
            throw refuse(file, '行顺序错乱或重复', 'rows out of order or given twice', `${sheet}!${next}:${next}`);
          rowNumber = next;
          cells = [];
          if (token.selfClosing) {
            yield { cells, at: at(rowNumber) };
            cells = undefined;
          }
          break;
        }
        case 'c': {
          if (cells === undefined) break;
          const reference = token.attributes.get('r');
          const match = reference === undefined ? null : /^([A-Z]{1,3})(\d+)$/.exec(reference);
          if (reference !== undefined && (match === null || Number(match[2]) !== rowNumber))
            throw refuse(
              file,
              `单元格引用 ${reference} 与所在行不符`,
              `the cell reference ${reference} does not belong to its row`,
              `${sheet}!${rowNumber}:${rowNumber}`,
            );
          cell = {
            column: match === null ? cells.length : columnIndex(match[1] ?? 'A'),
            type: token.attributes.get('t') ?? 'n',
            style: Number(token.attributes.get('s') ?? '0'),
            value: undefined,
            formula: false,
            text: [],
          };
          if (token.selfClosing) finishCell();
          break;
        }
        case 'v':
          inValue = !token.selfClosing;
          break;
        case 'f':
          if (cell !== undefined) cell.formula = true;
          inFormula = !token.selfClosing;
          break;
        case 't':
          inText = !token.selfClosing;
          break;
        case 'rPh':
          if (!token.selfClosing) phonetic++;
          break;
        default:
          break;
      }
      continue;
    }
    switch (token.name) {
      case 'v':
        inValue = false;
        break;
      case 'f':
        inFormula = false;
        break;
      case 't':
        inText = false;
        break;
      case 'rPh':
        phonetic--;
        break;
      case 'c':
        finishCell();
        break;
      case 'row':
        if (cells !== undefined) yield { cells, at: at(rowNumber) };
        cells = undefined;
        break;
      default:
        break;
    }
  }
}

/**
 * The worksheets of an XLSX workbook as tables for `readDataTables`, read within `maxBytes`
 * (the input limit: the file itself, and all the parts it inflates to together). A file that
 * is not a workbook, or not one this reader can read whole, is a {@link DataFileError}.
 */
export function workbookTables(bytes: Uint8Array, file: string, maxBytes: number): DataTable[] {
  try {
    const zip = new ZipArchive(bytes, maxBytes);
    const sheets = worksheets(zip);
    if (sheets.length === 0) throw new ZipError('工作簿没有工作表', 'the workbook has no worksheet');
    const strings = sharedStrings(zip, sheets.shared);
    const styles = cellStyles(zip, sheets.styles);
    const budget = { cells: maxWorkbookCells };
    return sheets.map(({ name, part }) => {
      const content = zip.read(part);
      if (content === undefined) throw new ZipError(`缺少工作表部件 ${part}`, `the worksheet part ${part} is missing`);
      const xml = partText(content);
      return { commaSeparated: false, rows: guarded(file, name, sheetRows(file, name, xml, strings, styles, budget)) };
    });
  } catch (error) {
    throw asDataFileError(error, file);
  }
}

/** Problems found while a sheet is read, as data-file errors naming the sheet. */
function* guarded(file: string, sheet: string, rows: Generator<DataRow>): Generator<DataRow> {
  try {
    yield* rows;
  } catch (error) {
    throw asDataFileError(error, file, sheet);
  }
}

function asDataFileError(error: unknown, file: string, sheet?: string): unknown {
  if (error instanceof ZipError) return refuse(file, error.zh, error.message, sheet);
  if (error instanceof XmlError)
    return refuse(
      file,
      `工作簿的 XML 无法读取：${error.text.zh}`,
      `the workbook's XML cannot be read: ${error.text.en}`,
      sheet,
    );
  if (error instanceof TypeError && /encoded data|decode/i.test(error.message))
    return refuse(
      file,
      '工作簿部件不是有效的 UTF-8 或 UTF-16 文本',
      'a part of the workbook is not valid UTF-8 or UTF-16 text',
      sheet,
    );
  return error;
}
