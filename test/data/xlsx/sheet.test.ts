import { describe, expect, it } from 'vitest';
import { noSharedStrings, readSharedStrings, type NumberShown } from '../../../src/data/xlsx/parts.js';
import { CellError, serialDate, sheetRows, type SheetContext } from '../../../src/data/xlsx/sheet.js';

const context = (styles: readonly NumberShown[] = [], date1904 = false): SheetContext => ({
  sheet: 'data',
  strings: readSharedStrings('<sst><si><t>pm25</t></si><si><t>30</t></si></sst>', { elements: 100 }),
  styles,
  date1904,
  cells: { count: 1000 },
  xml: { elements: 10_000 },
});

/** The cells of each row of `rows` (the XML inside <sheetData>). */
function cells(rows: string, sheetContext = context()): unknown[][] {
  return [...sheetRows(`<worksheet><sheetData>${rows}</sheetData></worksheet>`, sheetContext)].map((row) => [
    ...row.cells,
  ]);
}

/** Where and why reading `rows` is refused. */
function refusal(rows: string, sheetContext = context()): string {
  try {
    cells(rows, sheetContext);
  } catch (error) {
    if (error instanceof CellError) return `${error.where}: ${error.text.en}`;
    throw error;
  }
  throw new Error('read');
}

describe('the cells of a sheet', () => {
  it('reads each cell by its type and format: shared, inline and formula strings, numbers, booleans, percentages', () => {
    expect(
      cells(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c><c t="str"><f>x</f><v>y</v></c></row>' +
          '<row r="3"><c r="B3" s="1"><v>0.893</v></c><c t="b"><v>1</v></c><c><v></v></c><c t="n"/><c><v>  7 </v></c></row>',
        context(['number', 'percent']),
      ),
    ).toStrictEqual([
      ['pm25', null, 'ab', 'y'],
      [null, { percent: 0.893 }, true, null, null, 7],
    ]);
  });

  it('a cell formatted as a date says that it is one and what it holds, as the workbook shows it', () => {
    const held = (value: string, date1904 = false): unknown =>
      cells(`<row><c s="1"><v>${value}</v></c></row>`, context(['number', 'date'], date1904))[0]?.[0];
    expect(held('2020')).toStrictEqual({
      error: {
        zh: '单元格设为日期或时间格式，其中为 2020（显示为 1905-07-12）：请改为常规格式后填写数值',
        en: 'the cell is formatted as a date or time and holds 2020 (shown as 1905-07-12): give it the General format and type the number',
      },
    });
    expect(JSON.stringify(held('2020', true))).toContain('holds 2020 (shown as 1909-07-13)');
    expect(JSON.stringify(held('-1'))).toContain('holds -1: give');
  });

  it('date serials as Excel shows them, its fictitious 1900-02-29 included', () => {
    expect(
      [1, 59, 60, 61, 43831, 43831.5, 2_958_465, 2_958_466, -1].map((serial) => serialDate(serial, false)),
    ).toStrictEqual([
      '1900-01-01',
      '1900-02-28',
      '1900-02-29',
      '1900-03-01',
      '2020-01-01',
      '2020-01-01 12:00',
      '9999-12-31',
      undefined,
      undefined,
    ]);
    expect(serialDate(0, true)).toBe('1904-01-01');
  });

  it('refuses structure it does not read, by sheet and cell, never skipping or joining', () => {
    expect(refusal('<row r="1"><c r="A1"><v>1</v></c></row><c r="B2"><v>30</v></c>')).toBe(
      'data!B2: a cell (<c>) outside any row (<row>), in <sheetData>',
    );
    expect(refusal('<row r="2"><c r="A2"><v>1</v></c><row r="3"/></row>')).toMatch(
      /^data!2:2: a row \(<row>\) inside row 2/,
    );
    expect(refusal('<row r="2"><c r="B2"><is><t>30</t></is></c></row>')).toMatch(
      /^data!B2: the cell holds inline text \(<is>\) but its type is t="n"/,
    );
    expect(refusal('<row r="2"><c r="B2" t="inlineStr"><v>30</v></c></row>')).toMatch(
      /^data!B2: the cell has the type t="inlineStr" and a value/,
    );
    expect(refusal('<row r="2"><c r="B2"><v>3</v><v>0</v></c></row>')).toMatch(
      /^data!B2: two values \(<v>\) in one cell/,
    );
    expect(refusal('<row r="2"><c r="B2">30</c></row>')).toMatch(/^data!B2: the cell holds text outside its value/);
    expect(refusal('<row r="2"><c r="B2"><v><x>30</x></v></c></row>')).toMatch(/^data!B2: an element <x> inside/);
    expect(refusal('<row r="2"><c r="B2" t="zz"><v>30</v></c></row>')).toMatch(/^data!B2: unknown cell type t="zz"/);
    expect(refusal('<row r="2"><c r="B2" s="x"><v>30</v></c></row>')).toMatch(/^data!B2: the cell style s should be/);
    expect(refusal('<row r="2"><c r="B2" s="3"><v>30</v></c></row>')).toMatch(
      /^data!B2: the cell style s="3" is not among/,
    );
    expect(refusal('<row r="1e0"/>')).toMatch(/^data: a row number should be a plain decimal number, not "1e0"/);
    expect(refusal('<row r="2"><v>30</v></row>')).toMatch(
      /^data!2:2: row 2 holds an element this reader does not read, <v>/,
    );
    expect(refusal('<row r="2">30</row>')).toMatch(/^data!2:2: text in <row> outside any cell/);
    for (const [index, says] of [
      ['0x1', 'the shared-string index should be a plain decimal number, not "0x1"'],
      ['1e0', 'the shared-string index should be a plain decimal number, not "1e0"'],
      [' 1', 'the shared-string index should be a plain decimal number, not " 1"'],
      ['', 'the shared-string index should be a plain decimal number, not ""'],
      ['2', 'the shared-string index 2 is outside the table of 2 shared strings'],
    ])
      expect(refusal(`<row r="2"><c r="B2" t="s"><v>${index}</v></c></row>`)).toContain(`data!B2: ${says}`);
    expect(cells('<row><c t="s"/></row>', { ...context(), strings: noSharedStrings })[0]?.[0]).toStrictEqual({
      error: { zh: '共享字符串单元格没有编号（<v>）', en: 'a shared-string cell without its index (<v>)' },
    });
  });
});
