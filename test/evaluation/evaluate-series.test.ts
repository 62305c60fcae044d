import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  builtinRuleSet,
  evaluate,
  evaluateSeries,
  measurementCatalogue,
  progressCategories,
  ValidationError,
  type Measurements,
} from '../../src/index.js';
import { createEvaluator } from '../../src/policy.js';
import { seriesEvaluationSchema } from '../../src/schemas.js';
import { quickSeries } from '../../src/evaluation/evaluate-series.js';
import { checkSeriesInput } from '../../src/evaluation/series-issues.js';
import { validatorFor } from '../fixtures/json-schemas.js';
import { expectThresholdAssumed, ruleThreshold } from '../fixtures/thresholds.js';
import { Decimal } from '../../src/vocabulary/decimal.js';
import { measurementsArbitrary } from '../fixtures/random-measurements.js';
import { sampleSeries } from '../fixtures/samples.js';

/** What `evaluate` gives for `year` of `series`, with the previous calendar year as the baseline when there is one. */
async function evaluateYear(series: Readonly<Record<string, Measurements>>, year: number) {
  const own = series[String(year)] as Measurements;
  const previous = series[String(year - 1)];
  return evaluate(year, own, previous === undefined ? undefined : { baseline: previous });
}

describe('the sample series, 2016 to 2020', () => {
  it('evaluates each year as evaluate does with the previous year as the baseline', async () => {
    const result = await evaluateSeries(sampleSeries);
    expect(result.years).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect([result.baseYear, result.targetYear]).toEqual([2016, 2020]);
    for (const [index, year] of result.years.entries()) {
      expect(result.evaluations[index]).toStrictEqual(await evaluateYear(sampleSeries, year));
    }
  });

  it('yields every category a series with data every year can give', async () => {
    // What each measure comes to depends on the thresholds of rules/: that is
    // examples/sample-progress.{zh,en}.md, written by `npm run regenerate` and held current by
    // test/generated-files.test.ts. That every category shows is the design of the data; every
    // measured key has figures for 2019 and 2020 (the two files), so none is `not_available`.
    const result = await evaluateSeries(sampleSeries, { targetYear: 2020 });
    expect(
      new Set(result.progress.map((measure) => measure.category)),
      'examples/ankang-2016-2020-series.json was designed to show every progress category under the rules of rules/; ' +
        'after a policy change that removes one, adjust the series (and examples/README.md) so that it shows again',
    ).toEqual(new Set(progressCategories.filter((category) => category !== 'not_available')));
  });

  it('central-city sewage: the hand-computed ratio', async () => {
    // y0 = 88 (2016), y1 = 93.6 (2020), target 95 by 2020, four years both ways:
    // growth = (93.6/88)^(1/4) − 1 = 1.063636…^0.25 − 1 = 0.015543…
    // required = (95/88)^(1/4) − 1 = 1.079545…^0.25 − 1 = 0.019319…
    // value = 0.015543 / 0.019319 = 0.80455… → moderate (0.6 ≤ value < 0.95)
    expectThresholdAssumed('urban-sewage', '2020', 'centralCitySewageTreatmentPercent', '95');
    const result = await evaluateSeries(sampleSeries);
    const sewage = result.progress.find((measure) => measure.key === 'centralCitySewageTreatmentPercent');
    expect(sewage).toEqual({
      indicator: 19,
      key: 'centralCitySewageTreatmentPercent',
      operator: 'decimalAtLeast',
      against: 'value',
      direction: 'increase',
      method: 'target',
      baseYear: 2016,
      baseValue: '88',
      currentYear: 2020,
      currentValue: '93.6',
      targetYear: 2020,
      target: '95',
      baseThreshold: null,
      currentThreshold: null,
      growth: '0.0155',
      requiredGrowth: '0.0193',
      coefficient: null,
      value: '0.8045',
      category: 'moderate_progress',
      explanation: {
        zh: '中心城区污水处理率 ≥ 95%（2020 年目标）：2016 年 88% → 2020 年 93.6%；年均 +1.55%，所需 +1.93%，比值 0.8045 → 进展一般，需加快',
        en: 'Central-city sewage treatment ≥ 95% (by 2020): 2016 88% → 2020 93.6%; +1.55%/yr, needed +1.93%/yr, ratio 0.8045 → moderate progress, acceleration needed',
      },
    });
  });

  it('indicators: statuses by year and the least favourable category', async () => {
    // Worked out from the series at these thresholds (the standard's applies before 2020).
    expectThresholdAssumed('urban-sewage', 'standard', 'urbanSewageTreatmentPercent', '85');
    expectThresholdAssumed('urban-sewage', '2020', 'centralCitySewageTreatmentPercent', '95');
    const result = await evaluateSeries(sampleSeries);
    expect(result.indicators).toHaveLength(34);
    const byId = new Map(result.indicators.map((indicator) => [indicator.id, indicator]));
    expect(byId.get('urban-sewage')?.statuses).toEqual({
      2016: 'fail',
      2017: 'pass',
      2018: 'pass',
      2019: 'pass',
      2020: 'fail',
    });
    // Total energy use grew, but within its cap every year: the cap check is met, and a trend of
    // the raw value says nothing about meeting it (method status). It does not hold the indicator back.
    const cap = result.progress.find((measure) => measure.key === 'energyConsumption');
    expect([cap?.method, cap?.category]).toEqual(['status', 'target_achieved']);
    expect(byId.get('energy-intensity')?.progress).not.toBe('deterioration');
    // Yes/no checks: met in 2020.
    expect(byId.get('pollutant-reduction')?.progress).toBe('target_achieved');
  });

  it('validates against the zod schema and the shipped JSON Schema', async () => {
    const result = await evaluateSeries(sampleSeries);
    expect(seriesEvaluationSchema.safeParse(result).success).toBe(true);
    const validate = validatorFor('series-evaluation');
    expect(validate(JSON.parse(JSON.stringify(result))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...result, progress: [{ ...result.progress[0], category: 'on_track' }] })).toBe(false);
  });
});

it('property: each year is evaluated exactly as evaluate with the previous year as the baseline', async () => {
  const series = fc.dictionary(fc.integer({ min: 2017, max: 2022 }).map(String), measurementsArbitrary, {
    minKeys: 1,
    maxKeys: 4,
  });
  await fc.assert(
    fc.asyncProperty(series, async (generated) => {
      const result = await evaluateSeries(generated);
      expect(result.years).toEqual(
        Object.keys(generated)
          .map(Number)
          .sort((a, b) => a - b),
      );
      for (const [index, year] of result.years.entries()) {
        expect(result.evaluations[index]).toStrictEqual(await evaluateYear(generated, year));
        for (const indicator of result.indicators) {
          expect(indicator.statuses[String(year)]).toBe(
            result.evaluations[index]?.indicators[indicator.number - 1]?.status,
          );
        }
      }
    }),
    { numRuns: 60, seed: 20_261_215 },
  );
});

describe('edge cases through evaluateSeries', () => {
  const measureOf = async (series: Record<string, Measurements>, key: string, options = {}) =>
    (await evaluateSeries(series, options)).progress.find((measure) => measure.key === key);

  it('one year only: achieved where that year meets the target or the check, not_available elsewhere', async () => {
    const result = await evaluateSeries({ 2020: sampleSeries['2020'] as Measurements });
    // Each year's own status of a check is what the measure of one year can say: met, or too little to tell.
    const checks = result.evaluations[0]?.indicators.flatMap((indicator) => indicator.checks) ?? [];
    for (const measure of result.progress) {
      const check = checks.find(
        (candidate) =>
          candidate.key === measure.key &&
          candidate.operator === measure.operator &&
          candidate.against === measure.against,
      );
      if (measure.method === 'trend') expect(measure.category).toBe('not_available');
      else
        expect([measure.key, measure.category]).toEqual([
          measure.key,
          check?.status === 'pass' ? 'target_achieved' : 'not_available',
        ]);
    }
    expect(result.evaluations).toStrictEqual([await evaluate(2020, sampleSeries['2020'] as Measurements)]);
  });

  it('a base value of 0 is taken as 0.001 to decide the category; no rate of it is reported', async () => {
    expectThresholdAssumed('performance-assessment', '2020', 'ecoAssessmentWeightPercent', '20');
    // ecoAssessmentWeightPercent ≥ 20 by 2020: 0 (2018) → 16 (2020);
    // growth = (16/0.001)^(1/2) − 1 = 125.4911; required = (20/0.001)^(1/2) − 1 = 140.4214;
    // 125.4911 / 140.4214 = 0.8937 → moderate. Those figures are of 0.001, not of the data.
    const measure = await measureOf(
      { 2018: { ecoAssessmentWeightPercent: 0 }, 2020: { ecoAssessmentWeightPercent: 16 } },
      'ecoAssessmentWeightPercent',
    );
    expect([measure?.baseValue, measure?.growth, measure?.requiredGrowth, measure?.value, measure?.category]).toEqual([
      '0',
      null,
      null,
      null,
      'moderate_progress',
    ]);
    expect(measure?.explanation).toEqual({
      zh: '生态文明建设工作占党政实绩考核的比例 ≥ 20%（2020 年目标）：2018 年 0% → 2020 年 16%；由 0 变为 16%（基数为 0，不计增长率） → 进展一般，需加快',
      en: 'Weight of ecological work in leaders’ assessment ≥ 20% (by 2020): 2018 0% → 2020 16%; from 0 to 16% (no growth rate from a base of 0) → moderate progress, acceleration needed',
    });
  });

  it('the target already met at the base year', async () => {
    // The values are set from the thresholds of rules/, so that the ratios below hold for any.
    const target = new Decimal(ruleThreshold('green-travel', '2020', 'greenTravelPercent'));
    const kept = await measureOf(
      {
        2019: { greenTravelPercent: target.plus(5).toString() },
        2020: { greenTravelPercent: target.plus(4).toString() },
      },
      'greenTravelPercent',
    );
    // The 2020 table's threshold, met in 2020: achieved, whatever the trend.
    expect(kept?.category).toBe('target_achieved');
    // Standard table (targetYear 2021), s: 1.2 s → 0.9 s (one year): met, then short of it (rule 1).
    // sdg-build: growth 0.9/1.2 − 1 = −0.25 over a required growth of the wrong sign, −1/6: −1.5.
    const standardThreshold = ruleThreshold('green-travel', 'standard', 'greenTravelPercent');
    const standard = new Decimal(standardThreshold);
    const lost = await measureOf(
      {
        2020: { greenTravelPercent: standard.times('1.2').toString() },
        2021: { greenTravelPercent: standard.times('0.9').toString() },
      },
      'greenTravelPercent',
      { targetYear: 2021 },
    );
    expect([lost?.target, lost?.value, lost?.category]).toEqual([standardThreshold, null, 'deterioration']);
  });

  it('required growth 0: the base value is the target and the current one misses it: deterioration', async () => {
    expectThresholdAssumed('public-awareness', 'standard', 'publicAwarenessPercent', '80');
    const measure = await measureOf(
      { 2019: { publicAwarenessPercent: 80 }, 2020: { publicAwarenessPercent: '79.5' } },
      'publicAwarenessPercent',
    );
    expect([measure?.requiredGrowth, measure?.value, measure?.category]).toEqual(['0.0000', null, 'deterioration']);
  });

  it('opposite signs cannot reach the measure: every kind of measurement is 0 or more', async () => {
    const rejected = await evaluateSeries({ 2019: { pm25: 30 }, 2020: { pm25: -1 } }).catch((error: unknown) => error);
    expect(rejected).toBeInstanceOf(ValidationError);
    expect((rejected as ValidationError).issues.map((issue) => issue.path)).toEqual([['series', '2020', 'pm25']]);
  });

  it('a gap in the series leaves the next year without a baseline', async () => {
    const series = { 2018: { pm25: 40 }, 2020: { pm25: 33 } };
    const result = await evaluateSeries(series);
    const air = result.evaluations[1]?.indicators.find((indicator) => indicator.id === 'air-quality');
    expect(air?.checks.find((check) => check.key === 'pm25')?.status).toBe('missing');
    // The trend still spans 2018 to 2020: (33/40)^(1/2) − 1 = −0.0917; decrease → 0.0917, substantial.
    const pm25 = result.progress.find((measure) => measure.key === 'pm25');
    expect([pm25?.baseYear, pm25?.value, pm25?.category]).toEqual([2018, '0.0917', 'substantial_progress']);
  });

  it('baseYear moves t0; targetYear picks the table and when targets are due', async () => {
    expectThresholdAssumed('green-travel', 'standard', 'greenTravelPercent', '50');
    expectThresholdAssumed('efficient-appliances', 'standard', 'efficientAppliancePercent', '55');
    const from2018 = await evaluateSeries(sampleSeries, { baseYear: 2018 });
    expect(from2018.progress.every((measure) => measure.baseYear === null || measure.baseYear >= 2018)).toBe(true);
    const standard = await evaluateSeries(sampleSeries, { targetYear: 2022 });
    const green = standard.progress.find((measure) => measure.key === 'greenTravelPercent');
    // 2022 has no table: the standard's ≥ 50 (not 2020's ≥ 35); 52 meets it.
    expect([green?.target, green?.targetYear, green?.category]).toEqual(['50', 2022, 'target_achieved']);
    const appliances = standard.progress.find((measure) => measure.key === 'efficientAppliancePercent');
    // ≥ 55 by 2022 from 38 (2016): growth (52/38)^(1/4) − 1 = 0.0816; required (55/38)^(1/6) − 1 = 0.0635; ratio 1.28
    expect([appliances?.target, appliances?.category]).toEqual(['55', 'substantial_progress']);
  });
});

describe('raw counts in a series (spec: "Raw counts and the percentages derived from them")', () => {
  it('each year derives its percentages as evaluate does, and progress reads the derived values', async () => {
    const series = {
      2019: { airGoodDays: 310, airValidDays: 365, pm25: 35 },
      2020: { airGoodDays: 324, airValidDays: 335, pm25: 33 },
    };
    const result = await evaluateSeries(series);
    for (const [index, year] of result.years.entries()) {
      expect(result.evaluations[index]).toStrictEqual(await evaluateYear(series, year));
    }
    const air = result.evaluations[1]?.indicators.find((indicator) => indicator.id === 'air-quality');
    expect(air?.checks[0]?.actual).toBe('96.7');
    const measures = result.progress.filter((measure) => measure.key === 'airGoodDaysPercent');
    expect(measures.map((measure) => [measure.method, measure.baseValue, measure.currentValue])).toEqual(
      measures.map((measure) => [measure.method, '84.9', '96.7']),
    );
    expect(measures.length).toBeGreaterThan(0);
  });

  it('a year whose counts cannot give the percentage refuses the series, at its year and key', async () => {
    const error = await evaluateSeries({
      2019: { airGoodDays: 366, airValidDays: 365 },
      2020: { airGoodDays: 1, airValidDays: 0 },
    }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([
      ['series', '2019', 'airGoodDays'],
      ['series', '2020', 'airValidDays'],
    ]);
  });
});

describe('validation, as evaluate validates', () => {
  const issuesOf = async (series: unknown, options?: unknown) => {
    const error = await evaluateSeries(series as never, options as never).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  };

  it('names each problem by its path', async () => {
    const issues = await issuesOf(
      { 2019: { pm25: 'x', greenTravelPercnt: 1 }, 1999: {}, last: {}, 2020: { pm25: 30 } },
      { baseYear: 1990, targetYaer: 2020 },
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      ['series', '1999'],
      ['series', '2019', 'pm25'],
      ['series', '2019', 'greenTravelPercnt'],
      ['series', 'last'],
      ['options', 'baseYear'],
      ['options', 'targetYaer'],
    ]);
    expect(issues.find((issue) => issue.path[2] === 'greenTravelPercnt')?.message).toContain('greenTravelPercent');
    expect(issues.find((issue) => issue.path[1] === 'targetYaer')?.message).toContain('"targetYear"');
  });

  it('refuses what is not a series', async () => {
    for (const series of [null, [], 'x', new Map(), {}]) {
      const issues = await issuesOf(series);
      expect(issues.map((issue) => issue.path)).toEqual([['series']]);
    }
    expect((await issuesOf({ 2020: null })).map((issue) => issue.path)).toEqual([['series', '2020']]);
    expect((await issuesOf({ 2020: {} }, 'x')).map((issue) => issue.path)).toEqual([['options']]);
  });

  it('a getter that throws is an issue, not a crash', async () => {
    const series = {
      get 2020(): Measurements {
        throw new Error('boom');
      },
    };
    const issues = await issuesOf(series);
    expect(issues).toEqual([
      {
        code: 'input.unreadable',
        params: { thrown: 'boom' },
        path: ['series', '2020'],
        message: 'could not be read: boom',
        localized: { en: 'could not be read: boom', zh: '无法读取：boom' },
      },
    ]);
  });

  it('the quick check never accepts what the schemas refuse, and accepts valid series itself', () => {
    const awkward = fc.dictionary(
      fc.oneof(fc.integer({ min: 1995, max: 2105 }).map(String), fc.constantFrom('x', '02020', '2020.0', '')),
      fc.oneof(measurementsArbitrary, fc.constantFrom(null, [], { pm25: -1 }, { greenTravelPercnt: 1 })),
      { maxKeys: 4 },
    );
    const options = fc.oneof(
      fc.constant(undefined),
      fc.record({ baseYear: fc.integer({ min: 1990, max: 2110 }) }, { requiredKeys: [] }),
      fc.record({ targetYear: fc.constantFrom(2020, 2020.5, '2020') }, { requiredKeys: [] }),
      fc.constant({ other: 1 }),
    );
    fc.assert(
      fc.property(awkward, options, (series, given) => {
        const quick = quickSeries(series, given, measurementCatalogue);
        const schema = checkSeriesInput(series, given, measurementCatalogue);
        if (quick !== undefined) {
          expect(schema.success).toBe(true);
          if (schema.success) {
            expect(quick.years).toEqual(schema.input.years);
            expect([quick.baseYear, quick.targetYear]).toEqual([schema.input.baseYear, schema.input.targetYear]);
            for (const year of quick.years)
              expect(quick.measurements.get(year)?.given).toEqual(schema.input.measurements.get(year)?.given);
          }
        }
      }),
      { numRuns: 2000, seed: 15 },
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.integer({ min: 2000, max: 2100 }).map(String), measurementsArbitrary, {
          minKeys: 1,
          maxKeys: 3,
        }),
        (series) => {
          expect(quickSeries(series, { baseYear: 2000, targetYear: 2100 }, measurementCatalogue)).toBeDefined();
        },
      ),
      { numRuns: 300, seed: 16 },
    );
  });
});

it('every evaluator has evaluateSeries, with its own rule set', async () => {
  const evaluator = createEvaluator({ name: 'builtin-copy', rules: builtinRuleSet.rules });
  const own = await evaluator.evaluateSeries(sampleSeries);
  const packaged = await evaluateSeries(sampleSeries);
  expect(own.progress).toEqual(packaged.progress);
  expect(own.evaluations.map((evaluation) => evaluation.ruleSet.name)).toEqual(Array(5).fill('builtin-copy'));
  // A set without year tables: the target year is the series' latest, judged by the standard.
  const standardOnly = createEvaluator({
    name: 'standard-only',
    rules: builtinRuleSet.rules.map((rule) => ({ ...rule, conditions: { all: rule.conditions.all.slice(0, 1) } })),
  });
  const result = await standardOnly.evaluateSeries(sampleSeries);
  expect(result.targetYear).toBe(2020);
  expect(result.progress.find((measure) => measure.key === 'greenTravelPercent')?.target).toBe('50');
});
