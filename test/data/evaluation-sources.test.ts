import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';
import { mergeDataFiles, readDataText, withSources, yearData } from '../../src/data.js';

// A derived value keeps the places, sources and notes of the counts it came from
// (spec/data-files.md): "where does 96.7 come from?" is answered with both rows.

const csv = [
  'year,key,value,source,note',
  '2020,airGoodDays,324,2020年公报,1—11月（非全年）',
  '2020,airValidDays,335,2020年公报,1—11月（非全年）',
  '2021,airGoodDays,343,2021年公报,',
  '2021,airValidDays,365,2021年公报,',
  '2021,pm25,29,2021年公报,',
].join('\n');

async function evaluated() {
  const data = mergeDataFiles([readDataText(csv, 'air.csv')]);
  const year = yearData(data, 2021);
  const last = yearData(data, 2020);
  const evaluation = await evaluate(2021, year.measurements, { baseline: last.measurements });
  return withSources(evaluation, { baselineYear: 2020, measurements: year.sources, baseline: last.sources });
}

describe('withSources', () => {
  it('traces each derived percentage a check read to its counts’ rows, on both sides, notes included', async () => {
    const { sources } = await evaluated();
    const row = (line: number, key: string, note?: string) => ({
      key,
      place: `air.csv:${line}`,
      file: 'air.csv',
      line,
      source: line < 4 ? '2020年公报' : '2021年公报',
      ...(note === undefined ? {} : { note }),
    });
    expect(sources?.derived).toStrictEqual({
      measurements: { airGoodDaysPercent: [row(4, 'airGoodDays'), row(5, 'airValidDays')] },
      baseline: {
        airGoodDaysPercent: [row(2, 'airGoodDays', '1—11月（非全年）'), row(3, 'airValidDays', '1—11月（非全年）')],
      },
    });
    expect(sources?.measurements['pm25']?.place).toBe('air.csv:6');
  });

  it('adds no `derived` where no check read a derived value, and leaves the evaluation itself as it was', async () => {
    const evaluation = await evaluate(2021, { pm25: 29 });
    const placed = withSources(evaluation, {
      baselineYear: null,
      measurements: { pm25: { place: 'a.csv:2', file: 'a.csv', line: 2 } },
      baseline: {},
    });
    expect(placed.sources).toStrictEqual({
      baselineYear: null,
      measurements: { pm25: { place: 'a.csv:2', file: 'a.csv', line: 2 } },
      baseline: {},
    });
    expect({ ...placed, sources: undefined }).toStrictEqual({ ...evaluation, sources: undefined });
  });
});
