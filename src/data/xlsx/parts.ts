// The small parts of a workbook, each read from its XML text as a stream of events (xml.ts), so
// that a part costs its text and what is kept of it, whatever it holds: the relationships (which
// part is which), the workbook (its sheets, its date system), the styles (how each cell style
// shows a number) and the shared strings. Platform-neutral (no Node built-ins), like xml.ts.

import type { LocalizedText } from '../../vocabulary/localized-text.js';
import { XmlError, XmlReader, xmlLimits, type XmlBudget } from './xml.js';

/**
 * The bounds of a workbook's content beyond its XML (see `xmlLimits` in xml.ts for those): the
 * cells it may have, counting the empty ones before the last of each row (bounds the work of a
 * huge sheet), and the shared strings (a string no cell can use is no data).
 */
export const workbookLimits = { cells: 5_000_000, sharedStrings: 5_000_000 } as const;

/** What a part holds that this reader does not take (not broken XML: a workbook out of shape). */
export class PartError extends Error {
  override name = 'PartError' as const;
  constructor(readonly text: LocalizedText) {
    super(text.en);
  }
}

/** A relationship of a part: what kind of part it points to, and which (resolved against the part). */
export interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** The directory of a part (`xl/workbook.xml` → `xl/`) and a target resolved against it. */
export function resolveTarget(base: string, target: string): string {
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

/** The relationships part of `part` (`xl/_rels/workbook.xml.rels` for `xl/workbook.xml`). */
export function relationshipsPart(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The relationships of `part` from the XML of its relationships part: id → relationship; external targets left out. */
export function readRelationships(xml: string, part: string, budget: XmlBudget): Map<string, Relationship> {
  const result = new Map<string, Relationship>();
  const reader = new XmlReader(xml, budget);
  for (let event = reader.next(); event !== 'end'; event = reader.next()) {
    if (event !== 'open' || reader.depth !== 2 || reader.name !== 'Relationship') continue;
    const id = reader.attribute('Id');
    const target = reader.attribute('Target');
    if (id === undefined || target === undefined || reader.attribute('TargetMode') === 'External') continue;
    if (result.has(id)) throw new PartError({ zh: `关系 ${id} 出现两次`, en: `the relationship ${id} is given twice` });
    result.set(id, { type: reader.attribute('Type') ?? '', target: resolveTarget(part, target) });
  }
  return result;
}

/** A sheet of the workbook part: its name and the id of its relationship. */
export interface SheetEntry {
  readonly name: string;
  readonly id: string;
}

/** What the workbook part says: its sheets in order, and whether its dates count from 1904. */
export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
}

/** The workbook part (`xl/workbook.xml`): its sheets, each named once, and its date system. */
export function readWorkbookPart(xml: string, budget: XmlBudget): WorkbookPart {
  const sheets: SheetEntry[] = [];
  const names = new Set<string>();
  let date1904 = false;
  const reader = new XmlReader(xml, budget);
  for (let event = reader.next(); event !== 'end'; event = reader.next()) {
    if (event !== 'open' || reader.depth !== 2 + (reader.name === 'sheet' ? 1 : 0)) continue;
    if (reader.name === 'workbookPr') {
      const value = reader.attribute('date1904');
      date1904 = value === '1' || value === 'true';
    } else if (reader.name === 'sheet' && reader.nameAt(2) === 'sheets') {
      const id = reader.attribute('id') ?? '';
      const name = reader.attribute('name') ?? '';
      // Places name a sheet (`数据!C5`): two sheets of one name would make two cells one place. Excel ignores case.
      const folded = name.toLowerCase();
      if (names.has(folded))
        throw new PartError({
          zh: `工作表名称 ${JSON.stringify(name)} 出现两次`,
          en: `the sheet name ${JSON.stringify(name)} is given twice`,
        });
      names.add(folded);
      sheets.push({ name, id });
    }
  }
  return { sheets, date1904 };
}

/** How a number format shows a number: as a percentage, as a date or time, or as a number. */
export type NumberShown = 'percent' | 'date' | 'number';

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

/** A number format id or style index: a plain decimal, as OOXML writes it; anything else is refused. */
export function plainIndex(value: string | undefined, what: LocalizedText): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value))
    throw new PartError({
      zh: `${what.zh}应为十进制整数，实际为 ${JSON.stringify(value.slice(0, 40))}`,
      en: `${what.en} should be a whole decimal number, not ${JSON.stringify(value.slice(0, 40))}`,
    });
  return Number(value);
}

/** The styles part: what each cell style (`s`, an index of `cellXfs`) shows its numbers as. */
export function readStyles(xml: string, budget: XmlBudget): NumberShown[] {
  const formats = new Map<number, NumberShown>();
  const styles: NumberShown[] = [];
  const formatId = { zh: '数字格式编号 numFmtId ', en: 'the number format id numFmtId' };
  const reader = new XmlReader(xml, budget);
  for (let event = reader.next(); event !== 'end'; event = reader.next()) {
    if (event !== 'open' || reader.depth !== 3) continue;
    if (reader.name === 'numFmt' && reader.nameAt(2) === 'numFmts') {
      const id = plainIndex(reader.attribute('numFmtId'), formatId);
      if (id !== undefined) formats.set(id, shownBy(reader.attribute('formatCode') ?? ''));
    } else if (reader.name === 'xf' && reader.nameAt(2) === 'cellXfs') {
      const id = plainIndex(reader.attribute('numFmtId'), formatId) ?? 0;
      styles.push(formats.get(id) ?? (builtinPercent.has(id) ? 'percent' : builtinDate.has(id) ? 'date' : 'number'));
    }
  }
  return styles;
}

/** OOXML's escape for characters XML cannot hold: `_x000D_` is a carriage return, `_x005F_` an underscore. */
export const unescapeOoxml = (text: string): string =>
  text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;

/**
 * The shared strings of a workbook, kept small: a string that is its XML text as it is (no
 * entity, no run, no OOXML escape: nearly all of them) is kept as where it is in the part's text,
 * two numbers, and cut out when a cell asks for it; only the others are kept as strings.
 */
export class SharedStrings {
  readonly #text: string;
  /** Per string: start and end in the text, or (start -1 - n, 0) for the n-th of `#decoded`. */
  readonly #ranges: Int32Array;
  readonly #decoded: readonly string[];
  readonly count: number;

  constructor(text: string, ranges: Int32Array, count: number, decoded: readonly string[]) {
    this.#text = text;
    this.#ranges = ranges;
    this.count = count;
    this.#decoded = decoded;
  }

  /** The string at `index`, or `undefined` past the table. */
  at(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) return undefined;
    const start = this.#ranges[index * 2] ?? 0;
    return start < 0 ? this.#decoded[-1 - start] : this.#text.slice(start, this.#ranges[index * 2 + 1]);
  }
}

/** No shared strings: a workbook without the part. */
export const noSharedStrings = new SharedStrings('', new Int32Array(0), 0, []);

/** The shared strings part: each `<si>`'s text, its runs joined, its phonetic guides (`<rPh>`) left out. */
export function readSharedStrings(xml: string, budget: XmlBudget): SharedStrings {
  let ranges = new Int32Array(2048);
  const decoded: string[] = [];
  let count = 0;
  /** The texts of the string being read: raw ranges while it may be kept as a range, else decoded pieces. */
  let raw: [number, number] | undefined;
  let pieces: string[] = [];
  let length = 0;
  let inString = false;
  let texts = 0;
  const reader = new XmlReader(xml, budget);
  for (let event = reader.next(); event !== 'end'; event = reader.next()) {
    const depth = reader.depth;
    if (event === 'open') {
      if (depth === 2 && reader.name === 'si') {
        inString = true;
        raw = undefined;
        pieces = [];
        length = 0;
        texts = 0;
      }
      continue;
    }
    if (event === 'text') {
      if (!inString || reader.nameAt(depth) !== 't') continue;
      // A string's text is its <t> (depth 3) or its runs' <r><t> (depth 4), never a phonetic guide's <rPh><t>.
      const holder = reader.nameAt(3);
      if (!(depth === 3 || (depth === 4 && holder === 'r'))) continue;
      texts++;
      const range = reader.rawTextRange();
      if (texts === 1 && range !== undefined) {
        raw = [range[0], range[1]];
        length = range[1] - range[0];
      } else {
        if (raw !== undefined) pieces.push(xml.slice(raw[0], raw[1]));
        raw = undefined;
        const text = reader.text();
        length += text.length;
        pieces.push(text);
      }
      if (length > xmlLimits.textLength)
        throw new XmlError({
          zh: `第 ${count + 1} 个共享字符串超过 ${xmlLimits.textLength} 个字符`,
          en: `shared string ${count + 1} is longer than ${xmlLimits.textLength} characters`,
        });
      continue;
    }
    if (depth !== 1 || reader.name !== 'si') continue;
    inString = false;
    if (count >= workbookLimits.sharedStrings)
      throw new PartError({
        zh: `共享字符串超过 ${workbookLimits.sharedStrings} 个（工作簿的单元格上限）`,
        en: `more than ${workbookLimits.sharedStrings} shared strings (the most cells a workbook may have)`,
      });
    if (count * 2 + 2 > ranges.length) {
      const grown = new Int32Array(ranges.length * 2);
      grown.set(ranges);
      ranges = grown;
    }
    const plain = raw !== undefined && !xml.slice(raw[0], raw[1]).includes('_x');
    if (plain && raw !== undefined) {
      ranges[count * 2] = raw[0];
      ranges[count * 2 + 1] = raw[1];
    } else if (texts === 0) {
      ranges[count * 2] = 0;
      ranges[count * 2 + 1] = 0;
    } else {
      ranges[count * 2] = -1 - decoded.length;
      decoded.push(unescapeOoxml(raw === undefined ? pieces.join('') : xml.slice(raw[0], raw[1])));
    }
    count++;
  }
  return new SharedStrings(xml, ranges, count, decoded);
}
