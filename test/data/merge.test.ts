import { describe, expect, it } from 'vitest';
import { latestDataYear, mergeDataFiles, yearData } from '../../src/data/merge.js';
import { readDataText } from '../../src/data/read-data.js';
import { DataFileError, formatDataPlace } from '../../src/errors/data-file-error.js';
import { formatIssues } from '../../src/errors/format-issues.js';

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
