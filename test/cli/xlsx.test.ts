import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataTableStream } from '../../src/data/read-data.js';
import { DataFileError, formatDataPlace, formatIssues } from '../../src/index.js';
import { workbookTables } from '../../src/data/xlsx/read-workbook.js';
import { crc32 } from '../../src/data/xlsx/zip-writer.js';
import { workbookWith } from '../fixtures/hostile-workbooks.js';
import { runCli } from '../fixtures/run-cli.js';

const fixture = (name: string): string => new URL(`../fixtures/xlsx/${name}`, import.meta.url).pathname;
const directory = mkdtempSync(join(tmpdir(), 'ankang-xlsx-'));
const limit = 64 * 1024 * 1024;

/** A minimal workbook (as writeWorkbook lays it out) with `sheet` as the XML of its one sheet. */
const withSheet = (sheet: string): Uint8Array => workbookWith({ 'xl/worksheets/sheet1.xml': sheet });
const sheetXml = (rows: string): string =>
  `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

async function refusal(bytes: Uint8Array, maxBytes = limit): Promise<string> {
  try {
    await readDataTableStream('w.xlsx', workbookTables(bytes, 'w.xlsx', maxBytes));
  } catch (error) {
    if (error instanceof DataFileError) return formatIssues(error.issues, { bullet: '', place: formatDataPlace });
    throw error;
  }
  throw new Error('read');
}

/** `bytes` with the uncompressed size of entry `name` said to be `size`, in its local and central headers. */
function declaredSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  const encoded = new TextEncoder().encode(name);
  for (let offset = 0; offset + 46 < copy.length; offset++) {
    const signature = view.getUint32(offset, true);
    const at = signature === 0x04034b50 ? 30 : signature === 0x02014b50 ? 46 : -1;
    if (at === -1) continue;
    const nameLength = view.getUint16(offset + (signature === 0x04034b50 ? 26 : 28), true);
    if (
      nameLength !== encoded.length ||
      !copy.subarray(offset + at, offset + at + nameLength).every((byte, index) => byte === encoded[index])
    )
      continue;
    view.setUint32(offset + (signature === 0x04034b50 ? 22 : 24), size, true);
  }
  return copy;
}

describe('XLSX files', () => {
  it('a workbook written by openpyxl (shared strings, styles, a percentage format, a hidden sheet) reads as its cells say', async () => {
    const { code, stdout, stderr } = await runCli(['evaluate', fixture('figures.xlsx'), '--format', 'json']);
    expect([code, stderr]).toStrictEqual([0, '']);
    const evaluation = JSON.parse(stdout) as {
      year: number;
      sources: { baselineYear: number; measurements: Record<string, { place: string; source?: string }> };
      indicators: { checks: { key: string; actual: unknown; against: string; threshold: unknown }[] }[];
    };
    const actual = (key: string): unknown =>
      evaluation.indicators.flatMap((indicator) => indicator.checks).find((check) => check.key === key)?.actual;
    expect([evaluation.year, evaluation.sources.baselineYear]).toStrictEqual([2020, 2019]);
    expect(actual('airGoodDaysPercent')).toBe('89.3');
    expect(actual('pm25')).toBe('28');
    expect(actual('greenTravelPercent')).toBe('89.3');
    expect(actual('ecoPlanAdopted')).toBe(true);
    expect(actual('ecoPlanImplemented')).toBe(true);
    // A cell formatted 0.0% holding 0.893 shows 89.3%: read as the percentage it shows.
    expect(actual('urbanSewageTreatmentPercent')).toBe('89.3');
    expect(actual('waterUse')).toBe(7.9);
    expect(evaluation.sources.measurements['airGoodDaysPercent']).toMatchObject({
      place: `${fixture('figures.xlsx')}:数据!C3`,
      source: '2020 年环境状况公报',
    });
  });

  it('a formula without its value, a date, an error value and commas are refused by sheet and cell', async () => {
    const { code, stderr } = await runCli(['evaluate', fixture('refused.xlsx'), '--lang', 'en']);
    expect(code).toBe(2);
    const place = `${fixture('refused.xlsx')}:Sheet1!`;
    expect(stderr).toContain(`${place}C2: pm25: a formula without a cached value`);
    expect(stderr).toContain(`${place}C3: greenTravelPercent: the cell is formatted as a date or time`);
    expect(stderr).toContain(`${place}C4: energyPerGdp: the cell holds the error value #DIV/0!`);
    expect(stderr).toContain(`${place}C5: forestLandArea: "1,884,760" has a comma`);
    expect(stderr).toContain(`${place}C6: waterPerGdp: "0,95" has a comma`);
  });

  it('reads inline strings, numbers, rich text without its phonetic guide, OOXML escapes and cells without references', async () => {
    const header =
      '<row r="1"><c t="inlineStr"><is><t>key</t></is></c><c t="inlineStr"><is><t>value</t></is></c></row>';
    const rows =
      '<row r="2"><c t="inlineStr"><is><t>pm25</t></is></c><c><v>28.000000000000004</v></c></row>' +
      '<row r="3"><c r="A3" t="inlineStr"><is><r><t>eco</t></r><r><t>PlanAdopted</t></r><rPh><t>フリガナ</t></rPh></is></c><c r="B3" t="str"><f>"是"</f><v>是</v></c></row>' +
      '<row r="5"><c r="A5" t="inlineStr"><is><t>green_x0054_ravelPercent</t></is></c><c r="B5"><v>52</v></c></row>';
    const file = await readDataTableStream(
      'w.xlsx',
      workbookTables(withSheet(sheetXml(header + rows)), 'w.xlsx', limit),
    );
    expect(
      file.observations.map((observation) => [observation.key, observation.value, observation.origin.place]),
    ).toStrictEqual([
      ['pm25', 28.000000000000004, 'w.xlsx:data!B2'],
      ['ecoPlanAdopted', true, 'w.xlsx:data!B3'],
      ['greenTravelPercent', 52, 'w.xlsx:data!B5'],
    ]);
    const boolean = '<row r="2"><c t="inlineStr"><is><t>greenTravelPercent</t></is></c><c t="b"><v>1</v></c></row>';
    expect(await refusal(withSheet(sheetXml(header + boolean)))).toBe(
      'w.xlsx:data!B2: greenTravelPercent: expected a number or a decimal as text, got true',
    );
  });

  it('a zip bomb ends with a message: a part that inflates past its declared size, or past the input limit', async () => {
    const padding = ' '.repeat(20 * 1024 * 1024);
    const bomb = withSheet(sheetXml(`<row r="1"><c t="inlineStr"><is><t>key</t></is></c></row>${padding}`));
    expect(bomb.length).toBeLessThan(100_000);
    expect(await refusal(declaredSize(bomb, 'xl/worksheets/sheet1.xml', 1000))).toBe(
      'w.xlsx:data: not a valid XLSX (ZIP) file: xl/worksheets/sheet1.xml: it inflates to more than the size it declares (a zip bomb?)',
    );
    expect(await refusal(bomb, 1024 * 1024)).toMatch(
      /^w\.xlsx:data: the workbook inflates past the input limit \(xl\/worksheets\/sheet1\.xml needs 2097\d+ bytes/,
    );
    const path = join(directory, 'bomb.xlsx');
    writeFileSync(path, bomb);
    const { code, stderr } = await runCli(['evaluate', path, '--max-input-bytes', '1MiB', '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr).toContain('raise it with --max-input-bytes');
  });

  it('refuses what a hostile or broken workbook holds: a document type, too many cells, a bad checksum, no ZIP at all', async () => {
    const doctype = sheetXml('<row r="1"><c t="inlineStr"><is><t>key</t></is></c></row>').replace(
      '<worksheet',
      '<!DOCTYPE lol [<!ENTITY lol "lol">]><worksheet',
    );
    expect(await refusal(withSheet(doctype))).toContain('a document type declaration (<!DOCTYPE …>) is not read');
    const keyValue =
      '<row r="1"><c t="inlineStr"><is><t>key</t></is></c><c t="inlineStr"><is><t>value</t></is></c></row>';
    const farCells = Array.from(
      { length: 400 },
      (_, index) => `<row r="${index + 2}"><c r="XFD${index + 2}"><v>1</v></c></row>`,
    );
    const wide = sheetXml(keyValue + farCells.join(''));
    expect(await refusal(withSheet(wide))).toBe('w.xlsx:data: the workbook has too many cells (more than 5000000)');
    const good = withSheet(sheetXml(''));
    const corrupt = good.slice();
    const at = new TextDecoder('latin1').decode(corrupt).indexOf('xl/styles.xml') + 'xl/styles.xml'.length;
    corrupt[at + 5] = (corrupt[at + 5] ?? 0) ^ 0xff;
    expect(await refusal(corrupt)).toMatch(/^w\.xlsx: not a valid XLSX \(ZIP\) file: /);
    expect(await refusal(new TextEncoder().encode('key,value\npm25,30\n'))).toBe(
      'w.xlsx: not a valid XLSX (ZIP) file: no end-of-central-directory record',
    );
    const path = join(directory, 'not-a-workbook.xlsx');
    writeFileSync(path, 'key,value\npm25,30\n');
    expect(await runCli(['evaluate', path, '--lang', 'en'])).toMatchObject({ code: 2, stdout: '' });
  });

  it('CRC-32 is the standard one', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
  });
});
