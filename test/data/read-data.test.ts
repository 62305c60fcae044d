import { describe, expect, it } from 'vitest';
import { DataFileError, formatDataPlace, formatIssues } from '../../src/index.js';
import { readDataTables, readDataText, type DataFile, type DataTable } from '../../src/data.js';

/** The problems a reading refuses, as lines in English (`lang` for Chinese). */
function refused(read: () => unknown, lang: 'zh' | 'en' = 'en'): string[] {
  try {
    read();
  } catch (error) {
    if (error instanceof DataFileError)
      return formatIssues(error.issues, { bullet: '', place: formatDataPlace, lang }).split('\n');
    throw error;
  }
  throw new Error('read without a problem');
}

const values = (file: DataFile): Record<string, unknown> =>
  Object.fromEntries(
    file.observations.map((observation) => [`${observation.year ?? 'wide'} ${observation.key}`, observation.value]),
  );

describe('readDataText: the long and wide layouts, in CSV and JSON', () => {
  it('reads a long CSV with Chinese headers, any case and spaces, each figure with its line, source and note', () => {
    const file = readDataText(
      '\uFEFF 年份 ,指标代码,数值,单位,来源,备注\r\n2019,pm25,35,微克/立方米,公报,\r\n２０２０,pm25,28微克/立方米,,公报 2020,全角年份\r\n2020年,ecoPlanAdopted,是\r\n',
      'figures.csv',
    );
    expect(values(file)).toStrictEqual({ '2019 pm25': '35', '2020 pm25': '28', '2020 ecoPlanAdopted': true });
    expect(file.observations[1]?.origin).toStrictEqual({
      place: 'figures.csv:3',
      file: 'figures.csv',
      line: 3,
      source: '公报 2020',
      note: '全角年份',
    });
    expect(file.warnings).toStrictEqual([]);
  });

  it('warns of a note on a row without a value: the note has no figure to travel with, and is not dropped silently', () => {
    const file = readDataText(
      'year,key,value,note\n2024,airQualityAssessmentPassed,,尚未公布\n2024,pm25,28,\n2024,ecoPlanAdopted,,\n',
      'gaps.csv',
    );
    expect(values(file)).toStrictEqual({ '2024 pm25': '28' });
    expect(file.warnings).toStrictEqual([
      {
        kind: 'noteWithoutValue',
        key: 'airQualityAssessmentPassed',
        place: 'gaps.csv:2',
        code: 'warning.note_without_value',
        params: { year: '2024', key: 'airQualityAssessmentPassed', note: '尚未公布' },
        message: {
          zh: '2024：airQualityAssessmentPassed 没有数值，其备注 "尚未公布" 不会显示在任何检查旁',
          en: '2024: airQualityAssessmentPassed has no value, so its note "尚未公布" is shown beside no check',
        },
      },
    ]);
  });

  it('reads a wide CSV (key, value) as the year evaluated', () => {
    const file = readDataText('KEY , Value\npm25,33\ngreenTravelPercent,52%\n', 'wide.csv');
    expect(values(file)).toStrictEqual({ 'wide pm25': '33', 'wide greenTravelPercent': '52' });
  });

  it('reads JSON wide (an object) and long (an array of objects), values through the same normalizer', () => {
    const wide = readDataText(
      '{\n  "pm25": "28微克/立方米",\n  "ecoPlanAdopted": "是",\n  "airGoodDaysPercent": "８９．３"\n}',
      'wide.json',
    );
    expect(values(wide)).toStrictEqual({
      'wide pm25': '28',
      'wide ecoPlanAdopted': true,
      'wide airGoodDaysPercent': '89.3',
    });
    expect(wide.observations.map((observation) => observation.origin.line)).toStrictEqual([2, 3, 4]);
    const long = readDataText(
      '[\n {"year": 2019, "key": "pm25", "value": 35, "source": "公报"},\n {"年份": "2020", "指标代码": "pm25", "数值": "28"}\n]',
      'long.json',
    );
    expect(values(long)).toStrictEqual({ '2019 pm25': 35, '2020 pm25': '28' });
    expect(long.observations[0]?.origin).toStrictEqual({
      place: 'long.json:2',
      file: 'long.json',
      line: 2,
      source: '公报',
    });
  });

  it('keeps every digit of a JSON number, as the same digits in CSV', () => {
    const json = readDataText(
      '{"energyPerGdp": 0.90000000000000001, "forestLandArea": 123456789012345678901}',
      'a.json',
    );
    expect(values(json)).toStrictEqual({
      'wide energyPerGdp': '0.90000000000000001',
      'wide forestLandArea': '123456789012345678901',
    });
  });

  it('reads a row with fewer cells than the header as empty cells', () => {
    const file = readDataText('year,key,value,unit,source,note\n2020,pm25,30\n2020,greenTravelPercent\n', 'short.csv');
    expect(values(file)).toStrictEqual({ '2020 pm25': '30' });
  });

  it('reports an unknown column (or JSON field) once as a warning and reads the rest', () => {
    const file = readDataText('key,value,区县\npm25,30,汉滨区\ngreenTravelPercent,52,石泉县\n', 'extra.csv');
    expect(values(file)).toStrictEqual({ 'wide pm25': '30', 'wide greenTravelPercent': '52' });
    expect(file.warnings).toHaveLength(1);
    expect(file.warnings[0]).toMatchObject({ kind: 'unknownColumn', column: '区县', place: 'extra.csv:1' });
    expect(file.warnings[0]?.message.zh).toContain('未知的列 "区县"');
    const json = readDataText(
      '[{"year": 2020, "key": "pm25", "value": 30, "county": 1}, {"year": 2020, "key": "waterUse", "value": 7, "county": 2}]',
      'x.json',
    );
    expect(json.warnings.map((warning) => warning.column)).toStrictEqual(['county']);
  });

  it('refuses, by line, a decimal comma or a thousands separator that splits a number into cells', () => {
    expect(refused(() => readDataText('key,value\nenergyPerGdp,0,95\n', 'a.csv'))).toStrictEqual([
      'a.csv:2: 3 cells, but the header has 2 columns: a decimal comma or a thousands separator splits a number into cells; write 0.95 or 1234, or quote the cell',
    ]);
    expect(refused(() => readDataText('key,value,source\nforestLandArea,1,884\n', 'b.csv'))[0]).toContain(
      'b.csv:2: forestLandArea: the value "1" is followed by a cell of digits alone, "884": 1,884 split into cells',
    );
    expect(refused(() => readDataText('key,value,unit,note\nforestLandArea,1,884,760\n', 'c.csv'))[0]).toContain(
      'c.csv:2: forestLandArea: the value "1" is followed by a cell of digits alone',
    );
    expect(refused(() => readDataText('key,value\nenergyPerGdp,"0,95"\n', 'd.csv'))[0]).toContain(
      'd.csv:2: energyPerGdp: "0,95" has a comma',
    );
    expect(refused(() => readDataText('{"forestLandArea": "1,884,760"}', 'e.json'))[0]).toContain(
      'e.json:1: forestLandArea: "1,884,760" has a comma',
    );
  });

  it('refuses a cell in a column without a header, a header naming a column twice, and a file without key and value', () => {
    expect(refused(() => readDataText('key,value,,note\npm25,30,5,\n', 'a.csv'))[0]).toContain(
      'a.csv:2: column 3 has no header',
    );
    expect(refused(() => readDataText('key,value,数值\npm25,30,31\n', 'b.csv'))[0]).toContain(
      'b.csv:1: the header names the column "value" (数值) twice (columns 2 and 3)',
    );
    expect(refused(() => readDataText('指标,值\npm25,30\n', 'c.csv'))[0]).toContain('c.csv:1: expected a header row');
  });

  it('refuses an unknown key with the key meant, or leaves it out with a warning under ignoreUnknown', () => {
    expect(refused(() => readDataText('key,value\nforestCoverPercent,62\n', 'a.csv'))[0]).toContain(
      'a.csv:2: forestCoverPercent: unknown measurement key "forestCoverPercent"',
    );
    const ignored = readDataText('key,value\n森林覆盖率,62\nforestCoverPercent,65\n森林覆盖率,63\npm25,30\n', 'b.csv', {
      ignoreUnknown: true,
    });
    expect(values(ignored)).toStrictEqual({ 'wide pm25': '30' });
    expect(ignored.warnings.map((warning) => [warning.kind, warning.key, warning.place])).toStrictEqual([
      ['unknownKey', '森林覆盖率', 'b.csv:2'],
      ['unknownKey', 'forestCoverPercent', 'b.csv:3'],
    ]);
  });

  it('names the reader’s own control instead of --ignore-unknown when given one (a page’s)', () => {
    const hints = { ignoreUnknown: { zh: '勾选“跳过”可跳过它', en: 'tick “Leave out” to leave it out' } };
    const read = () => readDataText('key,value\nforestCoverPercent,62\n', 'a.csv', { hints });
    expect(refused(read)[0]).toMatch(
      /forestCoverPercent: unknown measurement key .* \(tick “Leave out” to leave it out\)$/,
    );
    expect(refused(read, 'zh')[0]).toMatch(/（勾选“跳过”可跳过它）$/);
    expect(refused(() => readDataText('key,value\nforestCoverPercent,62\n', 'a.csv'))[0]).toContain(
      '(--ignore-unknown leaves unknown keys out, with a warning)',
    );
  });

  it('refuses the same key twice in a year, naming both lines, and a key given twice in a JSON object', () => {
    expect(
      refused(() => readDataText('year,key,value\n2020,pm25,30\n2019,pm25,31\n2020,pm25,30\n', 'a.csv')),
    ).toStrictEqual(['a.csv:4: pm25: 2020: given twice in this file (first at a.csv:2); give each key once a year']);
    expect(refused(() => readDataText('{"pm25": 30,\n"pm25": 30}', 'b.json'))[0]).toContain(
      'b.json:2: pm25: given twice',
    );
  });

  it('refuses a missing or impossible year in the long layout, but not on a row without a value', () => {
    expect(
      refused(() =>
        readDataText('year,key,value\n,pm25,30\n1999,waterUse,7\n20２0x,pm25,31\n2020,greenTravelPercent,\n', 'a.csv'),
      ),
    ).toStrictEqual([
      'a.csv:2: pm25: the year is missing',
      'a.csv:3: waterUse: expected a whole-number year from 2000 to 2100, got "1999"',
      'a.csv:4: pm25: expected a whole-number year from 2000 to 2100, got "20２0x"',
    ]);
  });

  it('refuses a unit column that is not the key’s unit, naming the unit, and one that is a number', () => {
    expect(refused(() => readDataText('key,value,unit\npm25,30,mg/m3\nwaterUse,7,亿立方米\n', 'a.csv'))).toStrictEqual([
      'a.csv:2: pm25: the unit "mg/m3" is not the unit of pm25 (its unit is µg/m³)',
    ]);
  });

  it('says every problem of a file in Chinese too', () => {
    for (const line of refused(
      () => readDataText('key,value\nenergyPerGdp,0,95\nforestCoverPercent,1\necoPlanAdopted,maybe\n', 'a.csv'),
      'zh',
    ))
      expect(line).toMatch(/^a\.csv:\d: .*[\u4e00-\u9fff]/);
  });

  it('refuses broken CSV and JSON by line, and JSON that is neither layout', () => {
    expect(refused(() => readDataText('key,value\npm25,"30\n', 'a.csv'))).toStrictEqual([
      'a.csv:2: a quoted field is not closed',
    ]);
    expect(refused(() => readDataText('{"pm25": 30,\n}', 'b.json'))[0]).toMatch(/^b\.json:2: not valid JSON: /);
    expect(refused(() => readDataText('42', 'c.json'))[0]).toContain(
      'c.json:1: expected an object keyed by measurement key',
    );
    expect(refused(() => readDataText('[{"key": "pm25", "value": 30}]', 'd.json'))[0]).toContain(
      'expected "year", "key" and "value"',
    );
    expect(refused(() => readDataText('{"pm25": [30]}', 'e.json'))[0]).toContain(
      'e.json:1: pm25: expected a number, a text',
    );
  });

  it('lists the first 100 problems of a file and counts the rest', () => {
    const rows = Array.from({ length: 1000 }, (_, index) => `pm25,bad${index}`).join('\n');
    const read = (): unknown => readDataText(`key,value\n${rows}\n`, 'many.csv');
    expect(refused(read)).toHaveLength(100);
    expect(() => read()).toThrow(expect.objectContaining({ omitted: 900 }) as Error);
    expect(() => read()).toThrow(/^Invalid data file \(1000 issues\):\n- many\.csv:2: pm25: /);
  });

  it('bounds the warnings of a file of a hundred thousand unknown keys', () => {
    const entries = Array.from({ length: 100_000 }, (_, index) => `"k${index}": 1`).join(',');
    const file = readDataText(`{${entries}}`, 'huge.json', { ignoreUnknown: true });
    expect(file.observations).toHaveLength(0);
    expect(file.warnings).toHaveLength(101);
    expect(file.warnings[100]?.message.en).toBe('… and 99900 more warnings in this file');
  });

  it('tells JSON from CSV by the name, else by the first character', () => {
    expect(values(readDataText('{"pm25": 30}', '-'))).toStrictEqual({ 'wide pm25': 30 });
    expect(values(readDataText('key,value\npm25,30', '-'))).toStrictEqual({ 'wide pm25': '30' });
  });
});

describe('readDataTables: sheets as a workbook reader gives them', () => {
  const sheet = (rows: readonly (readonly unknown[])[]): DataTable => ({
    commaSeparated: false,
    rows: rows.map((cells, index) => ({
      cells: cells as never,
      at: (column?: number) => ({
        sheet: '数据',
        cell: column === undefined ? `${index + 1}:${index + 1}` : `${String.fromCharCode(65 + column)}${index + 1}`,
      }),
    })),
  });

  it('refuses one (year, key) given on two sheets of one workbook, naming both cells (nothing replaced silently)', () => {
    const named = (name: string, rows: readonly (readonly unknown[])[]): DataTable => ({
      commaSeparated: false,
      rows: rows.map((cells, index) => ({
        cells: cells as never,
        at: (column?: number) => ({ sheet: name, cell: `${String.fromCharCode(65 + (column ?? 0))}${index + 1}` }),
      })),
    });
    expect(() =>
      readDataTables('two.xlsx', [
        named('生态环境局', [
          ['year', 'key', 'value'],
          [2020, 'pm25', 30],
        ]),
        named('统计局', [
          ['year', 'key', 'value'],
          [2020, 'pm25', 31],
        ]),
      ]),
    ).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            path: ['two.xlsx', '统计局!C2', 'pm25'],
            message: '2020: given twice in this file (first at two.xlsx:生态环境局!C2); give each key once a year',
          }),
        ],
      }),
    );
  });

  it('reads typed cells, a percentage cell as the percentage it shows, and names each by sheet and cell', () => {
    const file = readDataTables('t.xlsx', [
      sheet([
        ['年份', '指标代码', '数值'],
        [2020, 'pm25', 28],
        [2020, 'urbanSewageTreatmentPercent', { percent: 0.893 }],
        [2020, 'ecoPlanAdopted', true],
        [2020, 'greenTravelPercent', '８９．３％'],
      ]),
    ]);
    expect(values(file)).toStrictEqual({
      '2020 pm25': 28,
      '2020 urbanSewageTreatmentPercent': '89.3',
      '2020 ecoPlanAdopted': true,
      '2020 greenTravelPercent': '89.3',
    });
    expect(file.observations[0]?.origin).toStrictEqual({
      place: 't.xlsx:数据!C2',
      file: 't.xlsx',
      sheet: '数据',
      cell: 'C2',
    });
  });

  it('refuses an unreadable cell, a percentage cell on a key that is no percentage, and a cell beyond the header', () => {
    expect(
      refused(() =>
        readDataTables('t.xlsx', [
          sheet([
            ['key', 'value'],
            ['pm25', { error: { zh: '错误值', en: 'an error value' } }],
            ['waterUse', { percent: 0.5 }],
            ['waterPerGdp', 70, null, 'stray'],
          ]),
        ]),
      ),
    ).toStrictEqual([
      't.xlsx:数据!B2: pm25: an error value',
      't.xlsx:数据!B3: waterUse: the cell is formatted as a percentage, but waterUse is not a percentage; give it the General format and type the number',
      't.xlsx:数据!D4: a cell beyond the header’s columns holds something; put it under a header, or delete it',
    ]);
  });
});
