import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataFileError, formatDataPlace, formatIssues } from '../../src/index.js';
import { latestDataYear, mergeDataFiles, readDataText, yearData } from '../../src/data.js';

const ecology = readDataText(
  'year,key,value,source\n2020,airGoodDaysPercent,96.7,生态环境局\n2020,waterFunctionZoneCompliancePercent,100\n',
  'ecology.csv',
);
const water = readDataText(
  'year,key,value\n2020,waterUse,7.62\n2020,waterFunctionZoneCompliancePercent,100.0\n',
  'water.csv',
);

describe('mergeDataFiles', () => {
  it('merges files by (year, key): equal values as decimals agree, and each keeps its first place', () => {
    const data = mergeDataFiles([ecology, water]);
    expect(data.years).toStrictEqual([2020]);
    const { measurements, sources } = yearData(data, 2020);
    expect(measurements).toStrictEqual({
      airGoodDaysPercent: '96.7',
      waterFunctionZoneCompliancePercent: '100',
      waterUse: '7.62',
    });
    expect(sources['waterFunctionZoneCompliancePercent']?.place).toBe('ecology.csv:3');
    expect(sources['airGoodDaysPercent']?.source).toBe('生态环境局');
    expect(sources['waterUse']?.place).toBe('water.csv:2');
  });

  it('refuses a (year, key) with different values in two places, naming both', () => {
    const other = readDataText('{"waterUse": 7.9}', 'water-2.json');
    try {
      mergeDataFiles([water, other], { wideYear: 2020 });
      throw new Error('merged');
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
      expect(formatIssues(error.issues, { bullet: '', place: formatDataPlace })).toBe(
        'water-2.json:1: waterUse: 2020: 7.9 here, but 7.62 at water.csv:2; the two places disagree',
      );
      expect(formatIssues(error.issues, { bullet: '', place: formatDataPlace, lang: 'zh' })).toBe(
        'water-2.json:1: waterUse: 2020 年：此处为 7.9，但 water.csv:2 为 7.62；两处不一致',
      );
    }
  });

  it('gives the wide files the year asked for, and needs one when there is a wide file', () => {
    const wide = readDataText('key,value\npm25,30\n', 'wide.csv');
    expect(yearData(mergeDataFiles([wide], { wideYear: 2021 }), 2021).measurements).toStrictEqual({ pm25: '30' });
    expect(() => mergeDataFiles([wide])).toThrow(DataFileError);
  });

  it('the latest year is the long files’ latest; none without long files', () => {
    const long = readDataText('year,key,value\n2019,pm25,35\n2021,pm25,30\n2020,pm25,31\n', 'long.csv');
    expect(latestDataYear([ecology, long])).toBe(2021);
    expect(latestDataYear([readDataText('key,value\npm25,30\n', 'wide.csv')])).toBeUndefined();
  });

  it('a year without figures is an empty year', () => {
    expect(yearData(mergeDataFiles([ecology]), 2019)).toStrictEqual({ measurements: {}, sources: {} });
  });
});

describe('mergeDataFiles: nothing set aside without a word', () => {
  it('an equal figure in a second place keeps that place, its source and its note (alsoAt)', () => {
    const first = readDataText('year,key,value,source,note\n2020,pm25,30,公报,年均值\n', 'first.csv');
    const second = readDataText('year,key,value,source,note\n2020,pm25,30.0,月报,1—11月（非全年）\n', 'second.csv');
    const third = readDataText('{"pm25": "30.00"}', 'third.json');
    const { sources } = yearData(mergeDataFiles([first, second, third], { wideYear: 2020 }), 2020);
    expect(sources['pm25']).toStrictEqual({
      place: 'first.csv:2',
      file: 'first.csv',
      line: 2,
      source: '公报',
      note: '年均值',
      alsoAt: [
        { place: 'second.csv:2', file: 'second.csv', line: 2, source: '月报', note: '1—11月（非全年）' },
        { place: 'third.json:1', file: 'third.json', line: 1 },
      ],
    });
  });

  it('in any order, equal figures keep every place once: one first, the others in alsoAt (property)', () => {
    const files = ['30', '30.0', '30.00', '30.000'].map((value, index) =>
      readDataText(`year,key,value,note\n2020,pm25,${value},n${index}\n`, `f${index}.csv`),
    );
    fc.assert(
      fc.property(fc.shuffledSubarray(files, { minLength: 1 }), (chosen) => {
        const source = yearData(mergeDataFiles(chosen), 2020).sources['pm25'];
        const places = [source?.place, ...(source?.alsoAt ?? []).map((place) => place.place)];
        expect(places).toStrictEqual(chosen.map((file) => `${file.file}:2`));
      }),
    );
  });

  it('with derivations: a percentage that disagrees with its counts given elsewhere is refused naming the three places', () => {
    const counts = readDataText('year,key,value\n2020,airGoodDays,324\n2020,airValidDays,335\n', 'counts.csv');
    const percent = readDataText('year,key,value\n2020,airGoodDaysPercent,96.8\n', 'percent.csv');
    const derivations = [{ key: 'airGoodDaysPercent', part: 'airGoodDays', whole: 'airValidDays', decimalPlaces: 1 }];
    try {
      mergeDataFiles([counts, percent], { derivations });
      throw new Error('merged');
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
      expect(formatIssues(error.issues, { bullet: '', place: formatDataPlace })).toBe(
        'percent.csv:2: airGoodDaysPercent: 2020: airGoodDaysPercent is 96.8 here, but airGoodDays (324) at counts.csv:2 and airValidDays (335) at counts.csv:3 give 96.7 (rounded half up to 1 decimal place); the places disagree',
      );
      expect(formatIssues(error.issues, { bullet: '', lang: 'zh', place: formatDataPlace })).toContain(
        '2020 年：此处 airGoodDaysPercent 为 96.8，但 counts.csv:2 的 airGoodDays（324）与 counts.csv:3 的 airValidDays（335）推算为 96.7（四舍五入保留 1 位小数）；几处不一致',
      );
    }
    // Agreeing as a decimal is fine; a zero whole or a part above its whole is left to evaluate, which names the keys.
    const agreeing = readDataText('year,key,value\n2020,airGoodDaysPercent,96.70\n', 'agree.csv');
    expect(mergeDataFiles([counts, agreeing], { derivations }).observations).toHaveLength(3);
    const zero = readDataText(
      'year,key,value\n2020,airGoodDays,0\n2020,airValidDays,0\n2020,airGoodDaysPercent,5\n',
      'zero.csv',
    );
    expect(mergeDataFiles([zero], { derivations }).observations).toHaveLength(3);
  });
});
