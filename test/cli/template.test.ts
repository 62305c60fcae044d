import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeZip, zipEntries, zipText } from '../fixtures/zip.js';
import { csvRecords } from '../../src/data/csv-records.js';
import { evaluate } from '../../src/index.js';
import { cliPath, runCli } from '../fixtures/run-cli.js';
import { run } from '../../src/cli/run.js';
import { sample2020, typedSampleFigure } from '../fixtures/samples.js';

const directory = mkdtempSync(join(tmpdir(), 'ankang-template-'));
const bureau = 'ecology-environment';

const typed = typedSampleFigure;

/** What the library says of the same figures: the statuses the filled-in template must give. */
async function expectedStatuses(keys: readonly string[]): Promise<string[][]> {
  const measurements = Object.fromEntries(keys.map((key) => [key, (sample2020 as Record<string, unknown>)[key]]));
  const evaluation = await evaluate(2020, measurements);
  return evaluation.indicators.map((indicator) => [indicator.id, indicator.status, indicator.standardStatus]);
}

function statusesOf(stdout: string): string[][] {
  const evaluation = JSON.parse(stdout) as { indicators: { id: string; status: string; standardStatus: string }[] };
  return evaluation.indicators.map((indicator) => [indicator.id, indicator.status, indicator.standardStatus]);
}

describe('ankang-eco template', () => {
  it('CSV: filled in by a bureau and evaluated with no edit, gives the statuses of the same figures', async () => {
    const template = await runCli(['template', '--bureau', bureau, '--year', '2020', '--format', 'csv']);
    expect(template.code).toBe(0);
    expect(template.stdout.startsWith('\uFEFF年份,所属指标,指标代码,名称,数值,单位,来源,备注\r\n')).toBe(true);
    const [header, ...rows] = [...csvRecords(template.stdout)];
    const keyColumn = header?.cells.indexOf('指标代码') ?? -1;
    const valueColumn = header?.cells.indexOf('数值') ?? -1;
    const keys = rows.map((row) => row.cells[keyColumn] ?? '');
    expect(keys).toContain('pm25');
    expect(keys).not.toContain('greenTravelPercent');
    // The counts that derive a percentage (rules/derivations.json) are offered right after it.
    const percentAt = keys.indexOf('airGoodDaysPercent');
    expect(keys.slice(percentAt, percentAt + 3)).toStrictEqual(['airGoodDaysPercent', 'airGoodDays', 'airValidDays']);
    const quote = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
    const filled = [header, ...rows]
      .map((row, index) =>
        (row?.cells ?? [])
          .map((cell, column) => (index > 0 && column === valueColumn ? typed(keys[index - 1] ?? '') : cell))
          .map(quote)
          .join(','),
      )
      .join('\r\n');
    const path = join(directory, 'filled.csv');
    writeFileSync(path, `\uFEFF${filled}\r\n`);
    const result = await runCli(['evaluate', path, '--format', 'json']);
    expect([result.code, result.stderr]).toStrictEqual([0, '']);
    expect(statusesOf(result.stdout)).toStrictEqual(await expectedStatuses(keys));
  });

  it('XLSX: written to a file, filled in cell by cell and evaluated with no edit, gives the statuses of the same figures', async () => {
    const path = join(directory, 't.xlsx');
    const written = await runCli([
      'template',
      '--bureau',
      bureau,
      '--format',
      'xlsx',
      '--year',
      '2020',
      '-o',
      path,
      '--lang',
      'en',
    ]);
    expect([written.code, written.stdout]).toStrictEqual([0, '']);
    expect(written.stderr).toMatch(/^wrote .*t\.xlsx \(\d+ rows\)\n$/);
    const bytes = new Uint8Array(readFileSync(path));
    const names = [
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
    ];
    const entries = await zipEntries(bytes, names);
    const sheet = await zipText(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t>year</t></is></c>');
    // Fill in each value cell (column E, formatted as text) as a spreadsheet saves what is typed into it.
    const keys: string[] = [];
    const filledSheet = sheet.replace(/<row r="(\d+)">(.*?)<\/row>/g, (row, number: string, cells: string) => {
      if (number === '1') return row;
      const key = /<c r="C\d+" t="inlineStr"><is><t>([^<]*)<\/t><\/is><\/c>/.exec(cells)?.[1] ?? '';
      keys.push(key);
      return row.replace(
        `<c r="E${number}" s="2"/>`,
        `<c r="E${number}" s="2" t="inlineStr"><is><t>${typed(key)}</t></is></c>`,
      );
    });
    expect(keys).toContain('pm25');
    const files = names.map((name) => [name, entries.get(name) ?? new Uint8Array()] as const);
    const filledPath = join(directory, 'filled.xlsx');
    writeFileSync(
      filledPath,
      writeZip([...files, ['xl/worksheets/sheet1.xml', new TextEncoder().encode(filledSheet)]]),
    );
    const result = await runCli(['evaluate', filledPath, '--format', 'json']);
    expect([result.code, result.stderr]).toStrictEqual([0, '']);
    expect(statusesOf(result.stdout)).toStrictEqual(await expectedStatuses(keys));
    const sources = (JSON.parse(result.stdout) as { sources: { measurements: Record<string, { place: string }> } })
      .sources;
    expect(sources.measurements['pm25']?.place).toMatch(/filled\.xlsx:data!E\d+$/);
  });

  it('XLSX is never written to a terminal, but goes to standard output that is not one; an unknown bureau is refused', async () => {
    let stderr = '';
    const written: (string | Uint8Array)[] = [];
    const code = await run(['template', '--format', 'xlsx', '--lang', 'en'], {
      stdout: (content) => written.push(content),
      stderr: (text) => (stderr += text),
      readStdin: () => Promise.resolve(new Uint8Array()),
      isTTY: true,
      env: {},
    });
    expect([code, written, stderr]).toStrictEqual([
      2,
      [],
      'ankang-eco: XLSX is binary and is not written to a terminal: add -o <file>, or redirect standard output to a file (> file.xlsx)\n',
    ]);
    const piped = spawnSync(process.execPath, [cliPath, 'template', '--format', 'xlsx', '-o', '-', '--lang', 'en']);
    expect([piped.status, piped.stderr.toString()]).toStrictEqual([0, '']);
    expect(await zipText(new Uint8Array(piped.stdout), 'xl/workbook.xml')).toContain('<sheet name="data"');
    expect((await runCli(['template', '--bureau', 'nobody'])).code).toBe(2);
  });

  it('without --bureau, every measurement; English headers with --lang en', async () => {
    const { stdout } = await runCli(['template', '--year', '2020', '--lang', 'en']);
    const [header, ...rows] = [...csvRecords(stdout)];
    expect(header?.cells).toStrictEqual(['year', 'indicator', 'key', 'label', 'value', 'unit', 'source', 'note']);
    expect(rows.map((row) => row.cells[2])).toContain('greenTravelPercent');
    expect(rows.find((row) => row.cells[2] === 'pm25')?.cells).toStrictEqual([
      '2020',
      '8 Air quality',
      'pm25',
      'Annual mean PM2.5',
      '',
      'µg/m³',
      '',
      '',
    ]);
  });
});
