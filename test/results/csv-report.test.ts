import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/data/csv-records.js';
import { evaluate, formatCsvReport, ValidationError } from '../../src/index.js';
import { evaluationInput, mergeDataFiles, readDataText, withInputSources } from '../../src/data.js';
import { csvReportColumns, csvReportSourceColumns } from '../../src/results/csv-report.js';

// The one CSV formatter of an evaluation: the command line's `--format csv` and the dashboard's
// download (their equality for the same files is held by test/examples/dashboard-files.test.ts).

async function evaluated() {
  const read = readDataText(
    [
      'year,key,value,source,note',
      '2020,pm25,31,公报,1—11月',
      '2021,pm25,33,公报,',
      '2021,greenTravelPercent,52%,,',
    ].join('\n'),
    'figures.csv',
  );
  const input = evaluationInput(mergeDataFiles([read]), 2021);
  return withInputSources(await evaluate(2021, input.measurements, { baseline: input.baseline ?? {} }), input);
}

describe('formatCsvReport', () => {
  it('one row per check of both tables, the notes always, the places and sources with `sources`', async () => {
    const evaluation = await evaluated();
    const [header, ...rows] = [...csvRecords(formatCsvReport(evaluation, { lang: 'en' }))];
    expect(header?.cells).toStrictEqual([...csvReportColumns]);
    const pm25 = rows.find((row) => row.cells[6] === 'pm25' && row.cells[8] === 'baseline');
    expect(pm25?.cells.slice(-2)).toStrictEqual(['', '1—11月']);
    const [withSources, ...sourced] = [...csvRecords(formatCsvReport(evaluation, { lang: 'zh', sources: true }))];
    expect(withSources?.cells).toStrictEqual([...csvReportColumns, ...csvReportSourceColumns]);
    const placed = sourced.find((row) => row.cells[6] === 'pm25' && row.cells[8] === 'baseline');
    expect(placed?.cells.slice(-4)).toStrictEqual(['figures.csv:3', '公报', 'figures.csv:2', '公报']);
    // One bureau, by any of its names.
    const transport = [...csvRecords(formatCsvReport(evaluation, { bureau: '交通局' }))].slice(1);
    expect(new Set(transport.map((row) => row.cells[5]))).toStrictEqual(new Set(['transport']));
  });

  it('refuses options it does not know, as the other report formatters do', async () => {
    const evaluation = await evaluated();
    expect(() => formatCsvReport(evaluation, { lang: 'fr' } as never)).toThrow(ValidationError);
    expect(() => formatCsvReport(evaluation, { bureau: 'nobody' })).toThrow(ValidationError);
    expect(() => formatCsvReport(evaluation, { colour: true } as never)).toThrow(ValidationError);
  });
});
