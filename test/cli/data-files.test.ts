import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../src/data/xlsx/write-workbook.js';
import type { Evaluation, EvaluationSources } from '../../src/index.js';
import { runCli } from '../fixtures/run-cli.js';
import { sample2019, sample2020 } from '../fixtures/samples.js';

const directory = mkdtempSync(join(tmpdir(), 'ankang-data-files-'));
function file(name: string, content: string | Uint8Array): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

type Printed = Evaluation<string> & { readonly sources?: unknown };
const json = (stdout: string): Printed => JSON.parse(stdout) as Printed;
/** The evaluation itself: without where its figures came from, every actual as text (CSV gives text, JSON numbers). */
function evaluationOnly(printed: Printed): unknown {
  const evaluation = { ...printed };
  delete evaluation.sources;
  return {
    ...evaluation,
    indicators: evaluation.indicators.map((indicator) => ({
      ...indicator,
      checks: indicator.checks.map((check) => ({
        ...check,
        actual: check.actual === null ? null : String(check.actual),
      })),
      standardChecks: indicator.standardChecks.map((check) => ({
        ...check,
        actual: check.actual === null ? null : String(check.actual),
      })),
    })),
  };
}
const actualOf = (evaluation: Printed, key: string): unknown =>
  evaluation.indicators.flatMap((indicator) => indicator.checks).find((check) => check.key === key)?.actual;

/** The sample data of both years as one long-layout CSV, with Chinese headers. */
const longCsv = [
  '年份,指标代码,数值,来源',
  ...Object.entries(sample2019).map(([key, value]) => `2019,${key},${String(value)},2019 年统计公报`),
  ...Object.entries(sample2020).map(([key, value]) => `2020,${key},${String(value)},2020 年统计公报`),
].join('\r\n');

describe('data files as bureaus hand them in', () => {
  it('one long CSV with 2019 and 2020 gives the evaluation of the two files with --baseline, naming 2019 as the baseline', async () => {
    const path = file('long.csv', longCsv);
    const fromLong = await runCli(['evaluate', path, '--year', '2020', '--format', 'json']);
    const fromTwo = await runCli([
      'evaluate',
      'examples/ankang-2020.json',
      '--baseline',
      'examples/ankang-2019.json',
      '--format',
      'json',
    ]);
    expect([fromLong.code, fromLong.stderr]).toStrictEqual([0, '']);
    expect(evaluationOnly(json(fromLong.stdout))).toStrictEqual(evaluationOnly(json(fromTwo.stdout)));
    const sources = json(fromLong.stdout).sources as { baselineYear: number; measurements: Record<string, unknown> };
    expect(sources.baselineYear).toBe(2019);
    expect(sources.measurements['pm25']).toStrictEqual({
      place: `${path}:${Object.keys(sample2019).length + 1 + Object.keys(sample2020).indexOf('pm25') + 1}`,
      file: path,
      line: Object.keys(sample2019).length + 1 + Object.keys(sample2020).indexOf('pm25') + 1,
      source: '2020 年统计公报',
    });
    // Without --year, the latest year in the data; the report names the baseline year.
    expect((await runCli(['evaluate', path, '--format', 'json'])).stdout).toBe(fromLong.stdout);
    expect((await runCli(['evaluate', path, '--lang', 'en'])).stdout).toContain('\nBaseline: 2019\n');
    expect((await runCli(['evaluate', path])).stdout).toContain('\n基准年：2019 年\n');
    expect((await runCli(['evaluate', path, '--year', '2019', '--lang', 'en'])).stdout).toContain(
      'Baseline: none (the checks against last year are missing)',
    );
  });

  it('--baseline is merged with the data like another file: a different figure exits 2 naming both places, an equal one is fine; a year without figures is refused', async () => {
    const path = file('long-2.csv', longCsv);
    const pm25Line = Object.keys(sample2019).indexOf('pm25') + 2;
    // The data hold 2019's PM2.5; a baseline file that says otherwise never sets it aside without a word.
    const other = file('2019-other.json', JSON.stringify({ ...sample2019, pm25: 50 }));
    const refused = await runCli(['evaluate', path, '--baseline', other, '--format', 'json', '--lang', 'en']);
    expect([refused.code, refused.stdout]).toStrictEqual([2, '']);
    expect(refused.stderr).toBe(
      `ankang-eco: ${other}:1: pm25: 2019: 50 here, but ${String(sample2019.pm25)} at ${path}:${pm25Line}; the two places disagree\n`,
    );
    const zh = await runCli(['evaluate', path, '--baseline', other]);
    expect([zh.code, zh.stderr]).toStrictEqual([
      2,
      `ankang-eco: ${other}:1: pm25: 2019 年：此处为 50，但 ${path}:${pm25Line} 为 ${String(sample2019.pm25)}；两处不一致\n`,
    ]);
    // Equal as decimals is the same figure: both places are kept, each with its source.
    const same = file('2019-same.json', JSON.stringify({ ...sample2019, pm25: `${String(sample2019.pm25)}.0` }));
    const merged = await runCli(['evaluate', path, '--baseline', same, '--format', 'json']);
    expect([merged.code, merged.stderr]).toStrictEqual([0, '']);
    const sources = json(merged.stdout).sources as EvaluationSources;
    expect(sources.baselineYear).toBe(2019);
    expect(sources.baseline['pm25']).toStrictEqual({
      place: `${path}:${pm25Line}`,
      file: path,
      line: pm25Line,
      source: '2019 年统计公报',
      alsoAt: [{ place: `${same}:1`, file: same, line: 1 }],
    });
    const missing = await runCli(['evaluate', path, '--year', '2021', '--lang', 'en']);
    expect([missing.code, missing.stderr]).toStrictEqual([
      2,
      'ankang-eco: the data have no figures for 2021 (they have 2019, 2020)\n',
    ]);
  });

  it('two bureau files that agree merge, the JSON output saying where each figure came from; two that disagree exit 2 naming both places', async () => {
    const ecology = file(
      'ecology.csv',
      'year,key,value,source\n2020,airGoodDaysPercent,96.7,生态环境局\n2020,waterFunctionZoneCompliancePercent,100,生态环境局\n',
    );
    const water = file(
      'water.csv',
      'year,key,value,source\n2020,waterUse,7.62,水利局\n2020,waterFunctionZoneCompliancePercent,100.0,水利局\n',
    );
    const merged = await runCli(['evaluate', ecology, water, '--format', 'json']);
    expect(merged.code).toBe(0);
    const sources = json(merged.stdout).sources as { measurements: Record<string, { place: string; source: string }> };
    expect(sources.measurements['airGoodDaysPercent']).toMatchObject({ place: `${ecology}:2`, source: '生态环境局' });
    expect(sources.measurements['waterUse']).toMatchObject({ place: `${water}:2`, source: '水利局' });
    expect(sources.measurements['waterFunctionZoneCompliancePercent']?.place).toBe(`${ecology}:3`);
    const other = file('water-other.csv', 'year,key,value\n2020,waterFunctionZoneCompliancePercent,98\n');
    const disagree = await runCli(['evaluate', ecology, other, '--lang', 'en']);
    expect([disagree.code, disagree.stdout]).toStrictEqual([2, '']);
    expect(disagree.stderr).toBe(
      `ankang-eco: ${other}:2: waterFunctionZoneCompliancePercent: 2020: 98 here, but 100 at ${ecology}:3; the two places disagree\n`,
    );
  });

  describe('values as people type them, the same in CSV, XLSX and JSON', () => {
    const typed = {
      airGoodDaysPercent: '８９．３',
      greenTravelPercent: '89.3％',
      pm25: '28微克/立方米',
      ecoPlanAdopted: '是',
    };
    const csv = file(
      'typed.csv',
      `key,value\n${Object.entries(typed)
        .map(([key, value]) => `${key},${value}`)
        .join('\n')}\n`,
    );
    const jsonFile = file('typed.json', JSON.stringify(typed, null, 2));
    const xlsx = file(
      'typed.xlsx',
      writeWorkbook({
        name: '数据',
        header: ['指标代码', '数值'],
        rows: Object.entries(typed),
        textColumns: [1],
        widths: [30, 20],
      }),
    );

    it.each([
      ['CSV', csv],
      ['JSON', jsonFile],
      ['XLSX', xlsx],
    ])('%s: ８９．３, 89.3％, 28微克/立方米 and 是 read as 89.3, 89.3, 28 and true', async (_format, path) => {
      const { code, stdout } = await runCli(['evaluate', path, '--year', '2020', '--format', 'json']);
      expect(code).toBe(0);
      const evaluation = json(stdout);
      expect([
        actualOf(evaluation, 'airGoodDaysPercent'),
        actualOf(evaluation, 'greenTravelPercent'),
        actualOf(evaluation, 'pm25'),
        actualOf(evaluation, 'ecoPlanAdopted'),
      ]).toStrictEqual(['89.3', '89.3', '28', true]);
      expect(evaluationOnly(evaluation)).toStrictEqual(
        evaluationOnly(json((await runCli(['evaluate', csv, '--year', '2020', '--format', 'json'])).stdout)),
      );
    });

    it.each([
      [
        'CSV',
        'split.csv',
        'key,value\nenergyPerGdp,0,95\nforestLandArea,1,884,760\n',
        [':2: 3 cells, but the header has 2 columns', ':3: 4 cells, but the header has 2 columns'],
      ],
      [
        'quoted CSV',
        'quoted.csv',
        'key,value\nenergyPerGdp,"0,95"\nforestLandArea,"1,884,760"\n',
        [':2: energyPerGdp: "0,95" has a comma', ':3: forestLandArea: "1,884,760" has a comma'],
      ],
      [
        'JSON',
        'split.json',
        '{\n"energyPerGdp": "0,95",\n"forestLandArea": "1,884,760"\n}',
        [':2: energyPerGdp: "0,95" has a comma', ':3: forestLandArea: "1,884,760" has a comma'],
      ],
    ])('%s: 0,95 and 1,884,760 are refused by their place', async (_format, name, content, places) => {
      const path = file(name, content);
      const { code, stdout, stderr } = await runCli(['evaluate', path, '--lang', 'en']);
      expect([code, stdout]).toStrictEqual([2, '']);
      for (const place of places) expect(stderr).toContain(`${path}${place}`);
    });

    it('XLSX: 0,95 and 1,884,760 typed in cells are refused by sheet and cell', async () => {
      const path = file(
        'split.xlsx',
        writeWorkbook({
          name: 'data',
          header: ['key', 'value'],
          rows: [
            ['energyPerGdp', '0,95'],
            ['forestLandArea', '1,884,760'],
          ],
          textColumns: [1],
          widths: [20, 20],
        }),
      );
      const { code, stderr } = await runCli(['evaluate', path, '--lang', 'en']);
      expect(code).toBe(2);
      expect(stderr).toContain(`${path}:data!B2: energyPerGdp: "0,95" has a comma`);
      expect(stderr).toContain(`${path}:data!B3: forestLandArea: "1,884,760" has a comma`);
    });

    it('a GBK file is refused without --encoding, naming the option, and read with it', async () => {
      // 是 in GBK (Excel's plain "CSV" on Chinese Windows): CA C7.
      const path = file('gbk.csv', Uint8Array.from([...Buffer.from('key,value\necoPlanAdopted,'), 0xca, 0xc7, 0x0a]));
      const refused = await runCli(['evaluate', path]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('请加 --encoding gb18030 读取');
      const read = await runCli(['evaluate', path, '--encoding', 'gb18030', '--format', 'json']);
      expect(read.code).toBe(0);
      expect(actualOf(json(read.stdout), 'ecoPlanAdopted')).toBe(true);
    });
  });

  it('--lang zh prints every problem in Chinese, from the files and from the evaluation alike', async () => {
    const path = file(
      'bad.csv',
      'key,value,区县\nenergyPerGdp,0,95\nforestCoverPercent,62,\necoPlanAdopted,maybe,\npm25,"1,5",\n',
    );
    const fromFile = await runCli(['evaluate', path, '--lang', 'zh']);
    expect(fromFile.code).toBe(2);
    const lines = fromFile.stderr.trimEnd().split('\n').slice(1);
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(line).toMatch(/[\u4e00-\u9fff]/);
      // English only in option names and quoted values.
      expect(line.replaceAll('--ignore-unknown', '')).not.toMatch(/\b(expected|unknown|cells|comma|given)\b/);
    }
    const fromEvaluation = await runCli([
      'evaluate',
      file('negative.csv', 'key,value\npm25,-3\ngreenTravelPercent,130\n'),
      '--lang',
      'zh',
    ]);
    expect(fromEvaluation.code).toBe(2);
    expect(fromEvaluation.stderr).toContain('negative.csv:2: pm25: 应为数量（0 或以上），实际为 "-3"');
    expect(fromEvaluation.stderr).toContain('negative.csv:3: greenTravelPercent: 应为百分数（0 到 100）');
  });

  it('0.893 for a percentage warns naming 89.3, at its place, and no status changes because of it', async () => {
    const path = file('ratio.csv', 'key,value\ngreenTravelPercent,0.893\n');
    const { code, stdout } = await runCli(['evaluate', path, '--year', '2020', '--format', 'json']);
    expect(code).toBe(0);
    const evaluation = json(stdout);
    expect(evaluation.warnings).toStrictEqual([
      expect.objectContaining({ kind: 'percentLooksLikeRatio', key: 'greenTravelPercent', place: `${path}:2` }),
    ]);
    expect(evaluation.warnings?.[0]?.message.en).toContain('89.3?');
    expect(evaluation.indicators.find((indicator) => indicator.id === 'green-travel')?.status).toBe('fail');
    const table = (await runCli(['evaluate', path, '--year', '2020', '--lang', 'en'])).stdout;
    expect(table).toContain(
      `Warnings (1; no status depends on them)\n  ! ${path}:2: greenTravelPercent is 0.893, which looks like a ratio`,
    );
    const asCsv = await runCli(['evaluate', path, '--year', '2020', '--format', 'csv', '--lang', 'en']);
    expect(asCsv.stderr).toContain(`warning: ${path}:2: greenTravelPercent is 0.893`);
  });

  it('--ignore-unknown leaves out a key the rules do not know (forest cover, 森林覆盖率), with a warning', async () => {
    const path = file('forest.csv', 'key,value,区县\n森林覆盖率,65.7,全市\nforestLandPercent,62\n');
    const refused = await runCli(['evaluate', path, '--lang', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${path}:2: 森林覆盖率: unknown measurement key "森林覆盖率"`);
    const ignored = await runCli(['evaluate', path, '--ignore-unknown', '--format', 'json']);
    expect(ignored.code).toBe(0);
    expect(json(ignored.stdout).warnings?.map((warning) => [warning.kind, warning.place])).toStrictEqual([
      ['unknownColumn', `${path}:1`],
      ['unknownKey', `${path}:2`],
    ]);
  });

  it('--bureau reports one bureau with the statuses of the whole evaluation; --sources shows where each figure came from', async () => {
    const path = file('long-3.csv', longCsv);
    const whole = json((await runCli(['evaluate', path, '--format', 'json'])).stdout);
    const transport = (await runCli(['evaluate', path, '--bureau', 'transport', '--lang', 'en'])).stdout;
    expect(transport).toContain('Municipal Transport Bureau only');
    expect(transport).not.toContain('City:');
    expect(transport).not.toContain('Ecology and Environment');
    const greenTravel = whole.indicators.find((indicator) => indicator.id === 'green-travel');
    expect(transport).toContain(`23. Green travel: ${greenTravel?.status === 'pass' ? '✔ pass' : '✘ FAIL'}`);
    const csv = (
      await runCli(['evaluate', path, '--bureau', 'transport', '--format', 'csv', '--sources', '--lang', 'en'])
    ).stdout;
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toMatch(
      /,explanation,alternative,note,threshold_note,place,source,threshold_place,threshold_source$/,
    );
    expect(rows.slice(1).every((row) => row.includes(',transport,greenTravelPercent,'))).toBe(true);
    expect(rows[1]).toMatch(new RegExp(`,${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+,2020 年统计公报,,$`));
    const sources = (await runCli(['evaluate', path, '--sources', '--lang', 'en'])).stdout;
    expect(sources).toMatch(/Source: pm25 ← .*long-3\.csv:\d+ \(2020 年统计公报\)/);
    expect(sources).toMatch(/Source: baseline pm25 ← .*long-3\.csv:\d+ \(2019 年统计公报\)/);
    const unknown = await runCli(['evaluate', path, '--bureau', 'transprot', '--lang', 'en']);
    expect([unknown.code, unknown.stderr]).toStrictEqual([
      2,
      expect.stringContaining('--bureau "transprot" names no bureau; give an id, the Chinese name'),
    ]);
  });

  it('the shipped XLSX fixture written by another program reads as its cells say', () => {
    const fixture = new URL('../fixtures/xlsx/figures.xlsx', import.meta.url).pathname;
    expect(readFileSync(fixture).subarray(0, 2).toString()).toBe('PK');
  });
});
