import { describe, expect, it } from 'vitest';
import { evaluate, formatIssues, safeEvaluate } from '../../src/index.js';
import {
  evaluationInput,
  inputIssuePlace,
  inYear,
  mergeDataFiles,
  readDataText,
  withInputSources,
} from '../../src/data.js';

// One year of merged files as `evaluate` takes it, and its evaluation as people read it: what
// the command line and the dashboard both make of files (spec/data-files.md, "Which year,
// which baseline").

const csv = [
  'year,key,value,source,note',
  '2020,airGoodDays,324,2020年公报,1—11月（非全年）',
  '2020,airValidDays,335,2020年公报,1—11月（非全年）',
  '2020,pm25,31,2020年公报,',
  '2021,airGoodDaysPercent,94,2021年公报,',
  '2021,pm25,29,2021年公报,',
].join('\n');

const files = () => [readDataText(csv, 'air.csv')];

describe('evaluationInput', () => {
  it('takes the year’s figures, and the previous year’s as the baseline named by its year', () => {
    const input = evaluationInput(mergeDataFiles(files()), 2021);
    expect(input.year).toBe(2021);
    expect(input.measurements).toStrictEqual({ airGoodDaysPercent: '94', pm25: '29' });
    expect(input.baseline).toStrictEqual({ airGoodDays: '324', airValidDays: '335', pm25: '31' });
    expect(input.sources.baselineYear).toBe(2020);
    expect(input.sources.measurements['pm25']?.place).toBe('air.csv:6');
    expect(input.sources.baseline['airGoodDays']?.note).toBe('1—11月（非全年）');
  });

  it('has no baseline without the previous year, and names a baseline by its file when asked', () => {
    const first = evaluationInput(mergeDataFiles(files()), 2020);
    expect(first.baseline).toBeUndefined();
    expect(first.sources).toStrictEqual({
      baselineYear: null,
      measurements: expect.objectContaining({}) as unknown,
      baseline: {},
    });
    const wide = readDataText('key,value\npm25,33\n', 'last-year.csv');
    const byFile = evaluationInput(mergeDataFiles([inYear(wide, 2020)]), 2021, { baselineByFile: true });
    expect(byFile.baseline).toStrictEqual({ pm25: '33' });
    expect(byFile.sources.baselineYear).toBeNull();
  });
});

describe('withInputSources', () => {
  it('places the evaluation’s warnings at their rows, adds the files’ warnings, and traces derived figures to their counts', async () => {
    const read = readDataText(
      ['year,key,value,colour', '2020,pm25,31,', '2021,pm25,29,', '2021,greenTravelPercent,0.52,'].join('\n'),
      'figures.csv',
    );
    const input = evaluationInput(mergeDataFiles([read]), 2021);
    const evaluation = withInputSources(
      await evaluate(2021, input.measurements, input.baseline === undefined ? {} : { baseline: input.baseline }),
      input,
    );
    const warnings = evaluation.warnings ?? [];
    // The ratio-looking 0.52 is the evaluation's warning, placed at its row; the unknown column is the file's.
    expect(warnings.map((warning) => [warning.kind, warning.place])).toStrictEqual([
      ['percentLooksLikeRatio', 'figures.csv:4'],
      ['unknownColumn', 'figures.csv:1'],
    ]);
    expect(evaluation.sources?.baselineYear).toBe(2020);
    const derived = evaluationInput(mergeDataFiles(files()), 2021);
    const traced = withInputSources(
      await evaluate(2021, derived.measurements, { baseline: derived.baseline ?? {} }),
      derived,
    );
    expect(traced.sources?.derived?.baseline['airGoodDaysPercent']?.map((row) => row.place)).toStrictEqual([
      'air.csv:2',
      'air.csv:3',
    ]);
  });
});

describe('inputIssuePlace', () => {
  it('names a refused figure by the row it came from, in either language; an issue of no figure is the caller’s', async () => {
    const read = readDataText(
      [
        'year,key,value',
        '2020,airGoodDays,400',
        '2020,airValidDays,365',
        '2021,airGoodDays,500',
        '2021,airValidDays,365',
      ].join('\n'),
      'counts.csv',
    );
    const input = evaluationInput(mergeDataFiles([read]), 2021);
    const result = await safeEvaluate(2021, input.measurements, { baseline: input.baseline ?? {} });
    expect(result.success).toBe(false);
    if (result.success) return;
    const place = inputIssuePlace(input, { data: ['counts.csv'] });
    const lines = (lang: 'zh' | 'en') =>
      formatIssues(result.issues, { bullet: '', lang, place: (path) => place(path, lang) ?? 'elsewhere' });
    expect(lines('en')).toContain('counts.csv:4: airGoodDays: ');
    expect(lines('en')).toContain('counts.csv:2: baseline airGoodDays: ');
    expect(lines('zh')).toContain('counts.csv:2: 基准 airGoodDays: ');
    expect(place(['year'], 'en')).toBeUndefined();
    // A figure with no row (not in the files) is placed at the files.
    expect(place(['measurements', 'pm25'], 'en')).toBe('counts.csv: pm25');
    expect(place(['options', 'baseline', 'pm25'], 'en')).toBe('counts.csv: baseline pm25');
  });
});
