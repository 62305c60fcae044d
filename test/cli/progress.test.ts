import { describe, expect, it } from 'vitest';
import { evaluateSeries, progressCategories, progressCategoryWords, type SeriesEvaluation } from '../../src/index.js';
import { validatorFor } from '../fixtures/json-schemas.js';
import { runCli } from '../fixtures/run-cli.js';
import { expectThresholdAssumed } from '../fixtures/thresholds.js';
import { sampleSeries } from '../fixtures/samples.js';

const sample = ['progress', 'examples/ankang-2016-2020-series.json', '--target-year', '2020'];
const fixture = (name: string): string => `test/fixtures/series/${name}`;

describe('ankang-eco progress on the sample series', () => {
  it.each(['zh', 'en'] as const)('prints every category in %s, grouped by bureau', async (lang) => {
    expectThresholdAssumed('urban-sewage', '2020', 'centralCitySewageTreatmentPercent', '95');
    const { code, stdout, stderr } = await runCli([...sample, '--lang', lang]);
    expect([code, stderr]).toEqual([0, '']);
    // Every measured key has data in 2019 and 2020: nothing is "not enough data".
    for (const category of progressCategories.filter((category) => category !== 'not_available'))
      expect(stdout).toContain(progressCategoryWords[category][lang]);
    expect(stdout).not.toContain(progressCategoryWords.not_available[lang]);
    expect(stdout).toContain('市住建局 / Municipal Housing and Urban-Rural Development Bureau');
    // Per indicator: its status each year (2016 … 2020), then its progress; under it the values that decided it.
    expect(stdout).toContain(
      lang === 'zh'
        ? '  19. ✘ ✔ ✔ ✔ ✘  城镇污水处理率 → 进展一般，需加快'
        : '  19. ✘ ✔ ✔ ✔ ✘  Urban sewage treatment → moderate progress, acceleration needed',
    );
    expect(stdout).toContain(
      lang === 'zh'
        ? '中心城区污水处理率 ≥ 95%（2020 年目标）：2016 年 88% → 2020 年 93.6%；年均 +1.55%，所需 +1.93%，比值 0.8045 → 进展一般，需加快'
        : 'Central-city sewage treatment ≥ 95% (by 2020): 2016 88% → 2020 93.6%; +1.55%/yr, needed +1.93%/yr, ratio 0.8045 → moderate progress, acceleration needed',
    );
  });

  it('--format json is the series evaluation, valid against schema/series-evaluation.json', async () => {
    const { code, stdout } = await runCli([...sample, '--format', 'json']);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as SeriesEvaluation;
    const validate = validatorFor('series-evaluation');
    expect(validate(printed), JSON.stringify(validate.errors)).toBe(true);
    expect(printed).toStrictEqual(JSON.parse(JSON.stringify(await evaluateSeries(sampleSeries, { targetYear: 2020 }))));
  });

  it('--bureau keeps one bureau: its indicators and measures; JSON stays valid', async () => {
    const { stdout } = await runCli([...sample, '--bureau', 'housing-urban-rural', '--format', 'json']);
    const printed = JSON.parse(stdout) as SeriesEvaluation;
    expect(validatorFor('series-evaluation')(printed)).toBe(true);
    expect(printed.indicators.map((indicator) => indicator.number)).toEqual([19, 20, 21, 22]);
    expect(new Set(printed.progress.map((measure) => measure.indicator))).toEqual(new Set([19, 20, 21, 22]));
    expect(printed.evaluations).toHaveLength(5);
    const table = (await runCli([...sample, '--bureau', 'transport', '--lang', 'en'])).stdout;
    expect(table).toContain('Municipal Transport Bureau');
    expect(table).not.toContain('Municipal Finance Bureau');
  });

  it('--format markdown: a table per bureau with a column per year', async () => {
    const { stdout } = await runCli([...sample, '--format', 'markdown', '--lang', 'en']);
    expect(stdout).toMatch(
      /^# Ankang ecological-civilization indicators: progress · 2016–2020 \(base year 2016, target year 2020\)$/m,
    );
    expect(stdout).toContain('| # | indicator | 2016 | 2017 | 2018 | 2019 | 2020 | progress | measures |');
    expect(stdout).toMatch(
      // Each year's status is the rules' to say (examples/sample-progress.en.md); the measure is the data's.
      /^\| 32 \| Public awareness \| (?:[✅❌❔] \| ){5}🔴 deterioration \| Public awareness of ecological civilization ≥ 80% \(by 2020\): 2016 80% → 2020 78\.5%; met the target in 2016, not in 2020 → deterioration \|$/m,
    );
  });

  it('--format csv: one row per measure, and one per indicator without any', async () => {
    expectThresholdAssumed('public-awareness', 'standard', 'publicAwarenessPercent', '80');
    const { stdout } = await runCli([...sample, '--format', 'csv', '--lang', 'en']);
    const result = await evaluateSeries(sampleSeries);
    const withoutMeasures = result.indicators.filter(
      (indicator) => !result.progress.some((measure) => measure.indicator === indicator.number),
    ).length;
    const lines = stdout.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + result.progress.length + withoutMeasures);
    expect(lines[0]).toMatch(
      /^number,indicator,bureau,name,status_2016,status_2017,status_2018,status_2019,status_2020,indicator_progress,key,/,
    );
    expect(lines).toContain(
      '32,public-awareness,statistics,Public awareness,pass,fail,fail,fail,fail,deterioration,publicAwarenessPercent,decimalAtLeast,value,increase,target,2016,80,2020,78.5,2020,80,,,-0.0047,0.0000,,,deterioration,"Public awareness of ecological civilization ≥ 80% (by 2020): 2016 80% → 2020 78.5%; met the target in 2016, not in 2020 → deterioration"',
    );
    // A cap: the cap of each year beside the value; a yes/no check: its booleans.
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^4,energy-intensity,.*,energyConsumption,decimalAtMost,measurement,,status,2016,930,2020,952,2020,energyConsumptionCap,990,\d+,,,,,target_achieved,/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^11,pollutant-reduction,.*,pollutantReductionTargetsMet,booleanIs,value,,status,2016,true,2020,true,2020,true,,,,,,,target_achieved,/,
      ),
    );
  });

  it('--base-year moves the start of every measure', async () => {
    const { stdout } = await runCli([...sample, '--base-year', '2019', '--format', 'json']);
    const printed = JSON.parse(stdout) as SeriesEvaluation;
    expect(printed.baseYear).toBe(2019);
    expect(new Set(printed.progress.map((measure) => measure.baseYear))).toEqual(new Set([2019]));
  });
});

describe('ankang-eco progress says nothing false (issue 20), in every format', () => {
  const formats = ['table', 'markdown', 'csv', 'json'] as const;
  const run = async (input: string, format: string, lang: string, ...options: string[]) => {
    const { code, stdout, stderr } = await runCli(['progress', '-', '--format', format, '--lang', lang, ...options], {
      input,
    });
    expect([code, stderr]).toEqual([0, '']);
    return stdout;
  };

  it('a value stuck at 0 stayed at 0: limited progress, 0.0000, and no rate of the 0.001 stand-in anywhere', async () => {
    const stuck = '{"2019":{"provincialDemoCountyPercent":0},"2021":{"provincialDemoCountyPercent":0}}';
    for (const lang of ['zh', 'en'] as const)
      for (const format of formats) {
        const stdout = await run(stuck, format, lang);
        // sdg-build's words for it: "-100.00% a year, needed +7499900.00% → deterioration".
        expect(stdout, `${format} ${lang}`).not.toMatch(/100\.00|7499900|999\.|退步|deterioration/);
        if (format === 'json') {
          const measure = (JSON.parse(stdout) as SeriesEvaluation).progress.find(
            (candidate) => candidate.key === 'provincialDemoCountyPercent',
          );
          expect([measure?.value, measure?.category, measure?.growth]).toEqual(['0.0000', 'limited_progress', null]);
        } else {
          expect(stdout, `${format} ${lang}`).toContain(
            lang === 'zh'
              ? '2019 年 0% → 2021 年 0%；保持在 0%，比值 0.0000 → 进展有限'
              : '2019 0% → 2021 0%; stayed at 0%, ratio 0.0000 → limited progress',
          );
        }
      }
    // From 0 to a figure: the line says so, without a rate.
    const rose = await run(
      '{"2019":{"provincialDemoCountyPercent":0},"2021":{"provincialDemoCountyPercent":10}}',
      'table',
      'en',
    );
    expect(rose).toContain('2019 0% → 2021 10%; from 0 to 10% (no growth rate from a base of 0) → limited progress');
    expect(rose).not.toMatch(/%\/yr/);
  });

  it('the target year has passed: said in every format and language, by every measure with a target', async () => {
    const late = '{"2019":{"greenTravelPercent":30},"2022":{"greenTravelPercent":33}}';
    for (const format of ['table', 'markdown', 'csv'] as const) {
      expect(await run(late, format, 'zh', '--target-year', '2020')).toContain('目标年 2020 已过');
      expect(await run(late, format, 'en', '--target-year', '2020')).toContain('target year 2020 has passed');
    }
    const json = JSON.parse(await run(late, 'json', 'en', '--target-year', '2020')) as SeriesEvaluation;
    expect(json.progress.find((measure) => measure.key === 'greenTravelPercent')?.explanation).toMatchObject({
      zh: expect.stringContaining('目标年 2020 已过') as unknown,
      en: expect.stringContaining('target year 2020 has passed') as unknown,
    });
    // Without --target-year the target year is the data's latest, and nothing has passed.
    expect(await run(late, 'table', 'en')).toContain('(base year 2019, target year 2022)');
  });

  it('60 → 98 against 100 in one year is substantial progress; the EI line is printed once', async () => {
    expect(await run('{"2019":{"planningEiaPercent":60},"2020":{"planningEiaPercent":98}}', 'csv', 'en')).toContain(
      ',0.9500,substantial_progress,',
    );
    for (const format of ['table', 'markdown', 'csv'] as const) {
      const stdout = (await runCli([...sample, '--format', format, '--lang', 'en'])).stdout;
      expect(stdout.match(/Ecological index \(EI\) \(trend, should rise\)/g), format).toHaveLength(1);
    }
  });

  it('units on every line: PM2.5 in µg/m³, percentages with %, counts with their unit in Chinese', async () => {
    const table = (await runCli([...sample, '--lang', 'zh'])).stdout;
    expect(table).toContain('PM2.5 年均浓度（趋势，应下降）：2016 年 45 微克/立方米 → 2020 年 33 微克/立方米');
    expect(table).toContain('重、特大突发环境事件 = 0 起（2020 年目标）：2016 年 0 起 → 2020 年 0 起 → 已达标');
    expect((await runCli([...sample, '--lang', 'en'])).stdout).toContain(
      'Annual mean PM2.5 (trend, should fall): 2016 45 µg/m³ → 2020 33 µg/m³',
    );
  });
});

describe('ankang-eco progress reads the long layout and merges files', () => {
  it('a long CSV (Chinese headers, BOM, CRLF, %, 是/否, empty cells) and a JSON array of rows, merged', async () => {
    expectThresholdAssumed('urban-sewage', '2020', 'centralCitySewageTreatmentPercent', '95');
    const { code, stdout, stderr } = await runCli([
      'progress',
      fixture('long-2019-2020.csv'),
      fixture('long-2018.json'),
      '--format',
      'json',
    ]);
    expect([code, stderr]).toEqual([0, '']);
    const printed = JSON.parse(stdout) as SeriesEvaluation;
    // 2019 pm25 is in both files: 39 and "39.0" are the same decimal.
    const expected = await evaluateSeries({
      2018: { centralCitySewageTreatmentPercent: 91.8, pm25: '41' },
      2019: {
        centralCitySewageTreatmentPercent: '93.1',
        pm25: '39',
        publicAwarenessPercent: '80',
        ecoPlanAdopted: true,
      },
      2020: {
        centralCitySewageTreatmentPercent: '93.6',
        pm25: '33',
        publicAwarenessPercent: '78.5',
        ecoPlanAdopted: true,
        greenTravelPercent: null,
      },
    });
    expect(printed).toStrictEqual(JSON.parse(JSON.stringify(expected)));
    const sewage = printed.progress.find((measure) => measure.key === 'centralCitySewageTreatmentPercent');
    // (93.6/91.8)^(1/2) − 1 = 1.019608^0.5 − 1 = 0.009756; (95/91.8)^(1/2) − 1 = 1.034858^0.5 − 1 = 0.017280;
    // ratio 0.009756 / 0.017280 = 0.5646 → limited (0 ≤ 0.5646 < 0.6)
    expect([sewage?.baseYear, sewage?.value, sewage?.category]).toEqual([2018, '0.5646', 'limited_progress']);
  });

  it('an unknown column is a warning; headers match without case or spaces', async () => {
    const { code, stderr } = await runCli([
      'progress',
      fixture('extra-column.csv'),
      fixture('long-2019-2020.csv'),
      '--lang',
      'en',
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `ankang-eco: warning: ${fixture('extra-column.csv')}:1: unknown column "comment", not read (the columns read are year, key, value, unit, source, note)\n`,
    );
  });

  it('two values for one year and key, and a row with too many cells, are refused by place', async () => {
    // A file's own problems first (each file is read whole before files are merged) …
    const { code, stdout, stderr } = await runCli([
      'progress',
      fixture('long-2019-2020.csv'),
      fixture('conflicting.csv'),
      '--lang',
      'en',
    ]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain(
      `${fixture('conflicting.csv')}:3: 4 cells, but the header has 3 columns: a decimal comma or a thousands separator splits a number into cells; write 0.95 or 1234, or quote the cell`,
    );
    // … then what the files say against each other.
    const conflict = await runCli(['progress', fixture('long-2019-2020.csv'), '-', '--lang', 'en'], {
      input: 'year,key,value\n2019,pm25,38\n',
    });
    expect([conflict.code, conflict.stdout]).toEqual([2, '']);
    expect(conflict.stderr).toContain(
      `stdin:2: pm25: 2019: 38 here, but 39 at ${fixture('long-2019-2020.csv')}:3; the two places disagree`,
    );
  });

  it('invalid values are named by file and line', async () => {
    const input = 'year,key,value\n2019,pm25,abc\n2020,greenTravelPercnt,50\n';
    const { code, stderr } = await runCli(['progress', '-', '--lang', 'en'], { input });
    expect(code).toBe(2);
    expect(stderr).toContain('stdin:2: pm25: expected a number such as 95.2');
    expect(stderr).toContain(
      'stdin:3: greenTravelPercnt: unknown measurement key "greenTravelPercnt"; did you mean "greenTravelPercent"?',
    );
    // In Chinese by default, at the same places.
    const zh = (await runCli(['progress', '-'], { input })).stderr;
    expect(zh).toContain('stdin:2: pm25: 应为数值，如 95.2');
    expect(zh).toContain('stdin:3: greenTravelPercnt: ');
  });

  it('JSON is read digit for digit, and a year or key given twice in one file is refused by place', async () => {
    const exact = await runCli(['progress', '-', '--format', 'json'], {
      input: '{"2019": {"pm25": 39}, "2020": {"greenTravelPercent": 35.00000000000000001}}',
    });
    expect(exact.code).toBe(0);
    const green = (JSON.parse(exact.stdout) as SeriesEvaluation).evaluations[1]?.indicators.find(
      (indicator) => indicator.id === 'green-travel',
    );
    expect(green?.checks[0]?.actual).toBe('35.00000000000000001');
    const twice = await runCli(['progress', '-', '--lang', 'en'], { input: '{"2019": {"pm25": 39, "pm25": 40}}' });
    expect([twice.code, twice.stdout]).toEqual([2, '']);
    expect(twice.stderr).toMatch(/stdin:1: 2019\.pm25: .*twice/);
  });

  it('usage errors exit 2 and print nothing on stdout', async () => {
    for (const args of [
      ['progress'],
      [...sample, '--bureau', 'police'],
      [...sample, '--base-year', '20'],
      [...sample, '--format', 'xml'],
      ['progress', '-', '-'],
    ]) {
      const { code, stdout, stderr } = await runCli(args);
      expect([args.join(' '), code, stdout]).toEqual([args.join(' '), 2, '']);
      expect(stderr).toMatch(/^ankang-eco: /);
    }
    expect((await runCli([...sample, '--target-year', '2200', '--lang', 'en'])).stderr).toContain(
      '--target-year: expected a whole-number year',
    );
    expect((await runCli([...sample, '--target-year', '2200'])).stderr).toContain(
      '--target-year: 年份应为 2000 到 2100 之间的整数',
    );
  });

  it('--help, and the tool help lists the command', async () => {
    expect((await runCli(['progress', '--help', '--lang', 'en'])).stdout).toContain(
      'Usage: ankang-eco progress <files...> [options]',
    );
    expect((await runCli(['progress', '--help'])).stdout).toContain('用法：ankang-eco progress <文件...> [选项]');
    expect((await runCli(['--help', '--lang', 'en'])).stdout).toContain('progress <files...>');
    expect((await runCli(['--help'])).stdout).toContain('progress <文件...>');
    expect((await runCli(['help', 'progress', '--lang', 'en'])).stdout).toContain('--target-year <year>');
    expect((await runCli(['help', 'progress'])).stdout).toContain('--target-year <年份>');
  });
});
