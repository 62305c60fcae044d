import { DataFileError } from '../../errors/data-file-error.js';
import type { LocalizedText } from '../../vocabulary/localized-text.js';
import type { DataRow, DataTable } from '../read-data.js';
import { commandLineHints } from '../option-hints.js';
import { textDecoder } from '../web-platform.js';
import {
  noSharedStrings,
  PartError,
  readRelationships,
  readSharedStrings,
  readStyles,
  readWorkbookPart,
  relationshipsPart,
  workbookLimits,
  type NumberShown,
  type Relationship,
  type SharedStrings,
} from './parts.js';
import { CellError, sheetRows, type SheetContext } from './sheet.js';
import { workbookXmlBudget, XmlError, type XmlBudget } from './xml.js';
import { ZipArchive, ZipError } from './zip.js';

// The sheets of an XLSX workbook (ECMA-376, as Excel, WPS and LibreOffice write it) as tables
// of the data readers: every worksheet, hidden ones included, each cell as its type says
// (text, a number, a boolean), a number shown as a percentage as such, and what cannot be
// read as a value (an error value, a date, a formula without a cached value) as an error
// cell, which the reader refuses by its place if it is data. Every part is read within the
// bounds of xml.ts and parts.ts, one at a time, each sheet only when its rows are read: what a
// workbook costs is its file, the part being read (its bytes, then its text), and the shared
// strings' text. The same code in Node and in browsers (DEFLATE is the platform's
// DecompressionStream, inflate-raw.ts): the data entry's `readDataFile` loads it on demand.

/** `ZIP file starts with "PK\x03\x04"`: how a workbook is told from text without its name. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const refuse = (file: string, text: LocalizedText, where?: string): DataFileError =>
  new DataFileError([{ path: where === undefined ? [file] : [file, where], message: text.en, localized: text }]);

/** A part's text: UTF-8, or UTF-16 with its byte-order mark, as XML allows. */
function partText(bytes: Uint8Array): string {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return textDecoder(utf16 ? (bytes[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8', { fatal: true }).decode(bytes);
}

/** Why a part cannot be read, naming it: broken XML, a bound passed, or content out of shape. */
function partProblem(part: string, error: unknown): LocalizedText | undefined {
  if (error instanceof XmlError || error instanceof PartError)
    return {
      zh: `工作簿部件 ${part} 无法读取：${error.text.zh}`,
      en: `the workbook part ${part} cannot be read: ${error.text.en}`,
    };
  if (error instanceof TypeError && /encoded data|decode/i.test(error.message))
    return {
      zh: `工作簿部件 ${part} 不是有效的 UTF-8 或 UTF-16 文本`,
      en: `the workbook part ${part} is not valid UTF-8 or UTF-16 text`,
    };
  return undefined;
}

/**
 * The text of `part` (`undefined` when the workbook has none), inflated within the budget: its
 * bytes are let go once decoded, so a part costs its text while it is read.
 */
async function readPartText(zip: ZipArchive, part: string): Promise<string | undefined> {
  const bytes = await zip.read(part);
  return bytes === undefined ? undefined : partText(bytes);
}

/** Reads `part` with `read`, its problems named by the part (and `where`: a sheet). */
async function readPart<T>(
  zip: ZipArchive,
  file: string,
  part: string,
  read: (xml: string) => T,
  where?: string,
): Promise<T | undefined> {
  try {
    const xml = await readPartText(zip, part);
    return xml === undefined ? undefined : read(xml);
  } catch (error) {
    const problem = partProblem(part, error);
    if (problem !== undefined) throw refuse(file, problem, where);
    throw error;
  }
}

/** What the workbook's sheets are read with. */
interface Workbook {
  readonly sheets: readonly { readonly name: string; readonly part: string }[];
  readonly strings: SharedStrings;
  readonly styles: readonly NumberShown[];
  readonly date1904: boolean;
}

/** The workbook part, its relationships, its sheets in order, shared strings and styles. */
async function readWorkbook(zip: ZipArchive, file: string, budget: XmlBudget): Promise<Workbook> {
  const typeOf = (relationship: Relationship, type: string): boolean => relationship.type.endsWith(`/${type}`);
  const root = await readPart(zip, file, '_rels/.rels', (xml) => readRelationships(xml, '', budget));
  const office = [...(root?.values() ?? [])].find((relationship) => typeOf(relationship, 'officeDocument'));
  const workbookPart = office?.target ?? 'xl/workbook.xml';
  const workbook = await readPart(zip, file, workbookPart, (xml) => readWorkbookPart(xml, budget));
  if (workbook === undefined)
    throw new ZipError(`没有工作簿部件（${workbookPart}）`, `no workbook part (${workbookPart})`);
  const relsPart = relationshipsPart(workbookPart);
  const rels =
    (await readPart(zip, file, relsPart, (xml) => readRelationships(xml, workbookPart, budget))) ??
    new Map<string, Relationship>();
  const sheets: { name: string; part: string }[] = [];
  for (const sheet of workbook.sheets) {
    const relationship = rels.get(sheet.id);
    if (relationship === undefined)
      throw refuse(file, {
        zh: `工作表 ${JSON.stringify(sheet.name)} 的关系 ${JSON.stringify(sheet.id)} 不在 ${relsPart} 中：无法找到它的单元格`,
        en: `the relationship ${JSON.stringify(sheet.id)} of the sheet ${JSON.stringify(sheet.name)} is not in ${relsPart}: its cells cannot be found`,
      });
    // Chart sheets and dialog sheets hold no cells.
    if (!typeOf(relationship, 'worksheet')) continue;
    sheets.push({ name: sheet.name === '' ? relationship.target : sheet.name, part: relationship.target });
  }
  const related = (type: string): string | undefined =>
    [...rels.values()].find((relationship) => typeOf(relationship, type))?.target;
  const sharedPart = related('sharedStrings');
  const stylesPart = related('styles');
  const strings =
    sharedPart === undefined
      ? noSharedStrings
      : ((await readPart(zip, file, sharedPart, (xml) => readSharedStrings(xml, budget))) ?? noSharedStrings);
  const styles =
    stylesPart === undefined ? [] : ((await readPart(zip, file, stylesPart, (xml) => readStyles(xml, budget))) ?? []);
  return { sheets, strings, styles, date1904: workbook.date1904 };
}

/** The text of one sheet's part; problems as data-file errors naming the sheet. */
async function sheetText(zip: ZipArchive, file: string, part: string, sheet: string): Promise<string> {
  let xml: string | undefined;
  try {
    xml = await readPart(zip, file, part, (text) => text, sheet);
  } catch (error) {
    throw asDataFileError(error, file, sheet);
  }
  if (xml === undefined)
    throw refuse(file, { zh: `缺少工作表部件 ${part}`, en: `the worksheet part ${part} is missing` }, sheet);
  return xml;
}

/** The rows of one sheet's text; problems as data-file errors naming the sheet, the part or the cell. */
function* sheetTable(file: string, part: string, xml: string, context: SheetContext): Generator<DataRow> {
  try {
    yield* sheetRows(xml, context);
  } catch (error) {
    const problem = partProblem(part, error);
    if (problem !== undefined) throw refuse(file, problem, context.sheet);
    throw asDataFileError(error, file, context.sheet);
  }
}

/**
 * The worksheets of an XLSX workbook as tables for the data readers, one at a time: each
 * sheet's part is inflated when the table before it has been read, so that a workbook costs
 * one sheet's text at a time. Read within `maxBytes` (the input limit: the file itself, and
 * all the parts it inflates to together; a refusal past it ends with `raiseLimit`) and the
 * bounds of `xmlLimits` and `workbookLimits`. A file that is not a workbook, or not one this
 * reader can read whole, is a {@link DataFileError} naming the part, sheet or cell.
 */
export async function* workbookTables(
  bytes: Uint8Array,
  file: string,
  maxBytes: number,
  raiseLimit: LocalizedText = commandLineHints.maxBytes,
): AsyncGenerator<DataTable> {
  let zip: ZipArchive;
  let workbook: Workbook;
  const budget = workbookXmlBudget();
  try {
    zip = new ZipArchive(bytes, maxBytes, raiseLimit);
    workbook = await readWorkbook(zip, file, budget);
    if (workbook.sheets.length === 0) throw new ZipError('工作簿没有工作表', 'the workbook has no worksheet');
  } catch (error) {
    throw asDataFileError(error, file);
  }
  const cells = { count: workbookLimits.cells };
  for (const { name, part } of workbook.sheets) {
    const xml = await sheetText(zip, file, part, name);
    yield {
      commaSeparated: false,
      rows: sheetTable(file, part, xml, {
        sheet: name,
        strings: workbook.strings,
        styles: workbook.styles,
        date1904: workbook.date1904,
        cells,
        xml: budget,
      }),
    };
  }
}

function asDataFileError(error: unknown, file: string, sheet?: string): unknown {
  if (error instanceof ZipError) return refuse(file, { zh: error.zh, en: error.message }, sheet);
  if (error instanceof CellError) return refuse(file, error.text, error.where);
  return error;
}
