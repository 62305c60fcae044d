import { utf8 } from '../web-platform.js';
import { zipBytes, type DeflateRaw } from './zip-writer.js';

// An XLSX workbook of one sheet (ECMA-376), as Excel, WPS and LibreOffice open it: the one
// workbook writer, browser-safe (the command line deflates its parts with zlib; a page stores
// them), used by `templateWorkbook`.

/** A column's letters as a spreadsheet names it (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** Text to put in XML: `&`, `<`, `>` and quotes escaped, and characters XML 1.0 cannot hold written as OOXML's `_xHHHH_`. */
export function escapeXml(text: string): string {
  return text
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(
      /[&<>"]/g,
      (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character] ?? character,
    )
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
      (character) => `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );
}

/** One sheet to write: a header row, then rows of text, numbers or empty cells. */
export interface SheetContent {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Columns formatted as text, so that what is typed in them is kept as typed (`89.3%` stays text, `1/2` no date). */
  readonly textColumns: readonly number[];
  /** Column widths, in characters. */
  readonly widths: readonly number[];
}

const xmlHeader = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationshipsNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelationships = 'http://schemas.openxmlformats.org/package/2006/relationships';

// Styles: 0 the default, 1 the header (bold), 2 text (number format 49, "@").
const styles = `${xmlHeader}<styleSheet xmlns="${main}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function cellXml(reference: string, value: string | number | null, style: number): string {
  const s = style === 0 ? '' : ` s="${style}"`;
  if (value === null || value === '') return style === 0 ? '' : `<c r="${reference}"${s}/>`;
  if (typeof value === 'number') return `<c r="${reference}"${s}><v>${String(value)}</v></c>`;
  const preserve = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return `<c r="${reference}"${s} t="inlineStr"><is><t${preserve}>${escapeXml(value)}</t></is></c>`;
}

/**
 * An XLSX workbook of one sheet, as Excel, WPS and LibreOffice open it: the header frozen and
 * bold; its parts deflated with `deflate`, or stored without it.
 */
export function writeWorkbook(sheet: SheetContent, deflate?: DeflateRaw): Uint8Array {
  const width = sheet.header.length;
  const text = new Set(sheet.textColumns);
  const rows = [sheet.header, ...sheet.rows].map((row, rowIndex) => {
    const number = rowIndex + 1;
    const cells = Array.from({ length: width }, (_, column) =>
      cellXml(`${columnLetters(column)}${number}`, row[column] ?? null, rowIndex === 0 ? 1 : text.has(column) ? 2 : 0),
    ).join('');
    return `<row r="${number}">${cells}</row>`;
  });
  const columns = sheet.widths
    .map(
      (chars, column) =>
        `<col min="${column + 1}" max="${column + 1}" width="${chars}" customWidth="1"${text.has(column) ? ' style="2"' : ''}/>`,
    )
    .join('');
  const worksheet = `${xmlHeader}<worksheet xmlns="${main}" xmlns:r="${relationshipsNs}"><dimension ref="A1:${columnLetters(width - 1)}${rows.length}"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${columns}</cols><sheetData>${rows.join('')}</sheetData></worksheet>`;
  const workbook = `${xmlHeader}<workbook xmlns="${main}" xmlns:r="${relationshipsNs}"><sheets><sheet name="${escapeXml(sheet.name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const workbookRels = `${xmlHeader}<Relationships xmlns="${packageRelationships}"><Relationship Id="rId1" Type="${relationshipsNs}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${relationshipsNs}/styles" Target="styles.xml"/></Relationships>`;
  const rootRels = `${xmlHeader}<Relationships xmlns="${packageRelationships}"><Relationship Id="rId1" Type="${relationshipsNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const contentTypes = `${xmlHeader}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
  return zipBytes(
    [
      ['[Content_Types].xml', utf8(contentTypes)],
      ['_rels/.rels', utf8(rootRels)],
      ['xl/workbook.xml', utf8(workbook)],
      ['xl/_rels/workbook.xml.rels', utf8(workbookRels)],
      ['xl/styles.xml', utf8(styles)],
      ['xl/worksheets/sheet1.xml', utf8(worksheet)],
    ],
    deflate,
  );
}
