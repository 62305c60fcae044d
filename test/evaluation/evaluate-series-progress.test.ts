// The rules of spec/progress.md, "Where this goes beyond sdg-build", and its methods, each on
// data shaped as published figures are: values stuck at 0, a value that sat at its target and
// fell, yes/no indicators, caps, counts that must be 0, gaps, counts for some years and
// percentages for others, a single year, a target year that has passed. Issue 20.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateSeries, type Measurements, type ProgressMeasure } from '../../src/index.js';
import { seriesEvaluationSchema } from '../../src/schemas.js';
import { Decimal } from '../../src/vocabulary/decimal.js';
import { validatorFor } from '../fixtures/json-schemas.js';
import { measurementsArbitrary } from '../fixtures/random-measurements.js';
import { sampleSeries } from '../fixtures/samples.js';
import { expectThresholdAssumed } from '../fixtures/thresholds.js';

type Series = Readonly<Record<string, Measurements>>;

const measuresOf = async (series: Series, key: string, options = {}): Promise<ProgressMeasure[]> =>
  (await evaluateSeries(series, options)).progress.filter((measure) => measure.key === key);
const measureOf = async (series: Series, key: string, options = {}): Promise<ProgressMeasure | undefined> =>
  (await measuresOf(series, key, options))[0];

/** What a line may say only where a rate describes the data (spec rule 3, rule 6). */
const rateWords = /年均 [+-]\d|所需 [+-]\d|%\/yr|needed [+-]\d/;

describe('rule 2: no change is no change (provincialDemoCountyPercent stuck at 0)', () => {
  it('0 in 2019 and 2021 (a gap between): limited progress, value 0.0000, the line says it stayed at 0', async () => {
    expectThresholdAssumed('demonstration-counties', 'standard', 'provincialDemoCountyPercent', '75');
    const measure = await measureOf(
      { 2019: { provincialDemoCountyPercent: 0 }, 2021: { provincialDemoCountyPercent: 0 } },
      'provincialDemoCountyPercent',
    );
    expect(measure).toMatchObject({
      method: 'target',
      direction: 'increase',
      baseYear: 2019,
      baseValue: '0',
      currentYear: 2021,
      currentValue: '0',
      targetYear: 2021,
      growth: null,
      requiredGrowth: null,
      value: '0.0000',
      category: 'limited_progress',
    });
    expect(measure?.explanation).toEqual({
      zh: '省级生态文明建设示范县占比 ≥ 75%（2021 年目标）：2019 年 0% → 2021 年 0%；保持在 0%，比值 0.0000 → 进展有限',
      en: 'Counties named provincial demonstration counties ≥ 75% (by 2021): 2019 0% → 2021 0%; stayed at 0%, ratio 0.0000 → limited progress',
    });
  });

  it('0 in 2019, 2020 and 2021, with the 2020 target: limited, and the target year is said to have passed', async () => {
    const measure = await measureOf(
      {
        2019: { provincialDemoCountyPercent: 0 },
        2020: { provincialDemoCountyPercent: '0.0' },
        2021: { provincialDemoCountyPercent: 0 },
      },
      'provincialDemoCountyPercent',
      { targetYear: 2020 },
    );
    expect([measure?.value, measure?.category]).toEqual(['0.0000', 'limited_progress']);
    expect(measure?.explanation.zh).toContain('保持在 0%');
    expect(measure?.explanation.zh).toContain('目标年 2020 已过');
    expect(measure?.explanation.en).toContain('target year 2020 has passed');
    // sdg-build's sentence: "-100.00% a year, needed +7499900.00%".
    for (const line of Object.values(measure?.explanation ?? {})) expect(line).not.toMatch(/100\.00|7499900/);
  });
});

describe('rule 1: already at the target, then below it', () => {
  it('indicator 32 of the sample series, 80 in 2016 and 78.5 in 2020 against 80: deterioration', async () => {
    expectThresholdAssumed('public-awareness', 'standard', 'publicAwarenessPercent', '80');
    const result = await evaluateSeries(sampleSeries, { targetYear: 2020 });
    expect(result.indicators.find((indicator) => indicator.number === 32)?.progress).toBe('deterioration');
    const measure = result.progress.find((candidate) => candidate.indicator === 32);
    expect(measure).toMatchObject({ baseValue: '80', currentValue: '78.5', value: null, category: 'deterioration' });
    expect(measure?.explanation).toEqual({
      zh: '公众对生态文明知识知晓度 ≥ 80%（2020 年目标）：2016 年 80% → 2020 年 78.5%；2016 年已达到目标，2020 年未达到 → 退步',
      en: 'Public awareness of ecological civilization ≥ 80% (by 2020): 2016 80% → 2020 78.5%; met the target in 2016, not in 2020 → deterioration',
    });
  });
});

describe('method status: yes/no checks, other = checks and caps', () => {
  it('indicators 11, 14, 26 and 28 of the sample series have status measures, none "not enough data"', async () => {
    const result = await evaluateSeries(sampleSeries, { targetYear: 2020 });
    for (const number of [11, 14, 26, 28]) {
      const measures = result.progress.filter((measure) => measure.indicator === number);
      expect(measures.length, `indicator ${number}`).toBeGreaterThan(0);
      for (const measure of measures) {
        expect(measure).toMatchObject({ method: 'status', direction: null, value: null, targetYear: 2020 });
        expect(typeof measure.target).toBe('boolean');
        expect(typeof measure.currentValue).toBe('boolean');
        expect(measure.category).not.toBe('not_available');
      }
      expect(result.indicators.find((indicator) => indicator.number === number)?.progress).not.toBe('not_available');
    }
    // 26: the plan implemented, no in 2016, yes in 2020.
    const implemented = result.progress.find((measure) => measure.key === 'ecoPlanImplemented');
    expect([implemented?.baseValue, implemented?.currentValue, implemented?.category]).toEqual([
      false,
      true,
      'target_achieved',
    ]);
    expect(implemented?.explanation).toEqual({
      zh: '生态文明建设规划实施中（2020 年要求：是）：2016 年 否 → 2020 年 是 → 已达标',
      en: 'Ecological-civilization plan implemented (required by 2020: yes): 2016 no → 2020 yes → target achieved',
    });
  });

  it('a yes/no check met, then not: deterioration; met in neither year: limited progress; one year, not met: not available', async () => {
    const flag = (...values: readonly (boolean | null)[]): Series =>
      Object.fromEntries(values.map((value, index) => [String(2018 + index), { pollutantReductionTargetsMet: value }]));
    expect((await measureOf(flag(true, null, false), 'pollutantReductionTargetsMet'))?.category).toBe('deterioration');
    const neither = await measureOf(flag(false, true, false), 'pollutantReductionTargetsMet');
    expect(neither?.category).toBe('limited_progress');
    expect(neither?.explanation.en).toContain('2018 no → 2020 no; not met in 2018 or 2020 → limited progress');
    expect(neither?.explanation.zh).toContain('2018 年 否 → 2020 年 否；2018 年和 2020 年均未达到 → 进展有限');
    expect((await measureOf(flag(null, null, false), 'pollutantReductionTargetsMet'))?.category).toBe('not_available');
    expect((await measureOf(flag(null, null, true), 'pollutantReductionTargetsMet'))?.category).toBe('target_achieved');
  });

  it('a cap (energyConsumption ≤ energyConsumptionCap): judged by the cap of each year, not by the trend', async () => {
    const within = await measureOf(sampleSeries, 'energyConsumption', { targetYear: 2020 });
    expect(within).toMatchObject({
      method: 'status',
      against: 'measurement',
      direction: null,
      target: 'energyConsumptionCap',
      baseValue: '930',
      baseThreshold: '990',
      currentValue: '952',
      value: null,
      category: 'target_achieved',
    });
    expect(within?.explanation.zh).toContain(
      '能源消耗总量 ≤ 能源消耗总量控制目标值：2016 年 930 万吨标煤（上限 990 万吨标煤） → 2020 年 952 万吨标煤（上限 ',
    );
    const over = await measureOf(
      {
        2019: { energyConsumption: 900, energyConsumptionCap: 950 },
        2020: { energyConsumption: 940, energyConsumptionCap: 930 },
      },
      'energyConsumption',
    );
    expect([over?.baseThreshold, over?.currentThreshold, over?.category]).toEqual(['950', '930', 'deterioration']);
    expect(over?.explanation.en).toBe(
      'Total energy consumption ≤ Total energy consumption cap: 2019 900 × 10⁴ tce (cap 950 × 10⁴ tce) → 2020 940 × 10⁴ tce (cap 930 × 10⁴ tce); met in 2019, not in 2020 → deterioration',
    );
    // A year without its cap cannot be decided: 2020 alone, over its cap, is too little to tell.
    const capless = await measureOf(
      { 2019: { energyConsumption: 900 }, 2020: { energyConsumption: 940, energyConsumptionCap: 930 } },
      'energyConsumption',
    );
    expect([capless?.baseYear, capless?.category]).toEqual([2020, 'not_available']);
  });
});

describe('= 0 counts are targets of 0 that should decrease', () => {
  it('major incidents 1 → 3 is deterioration, 3 → 1 progress, 0 → 2 deterioration without a value', async () => {
    const incidents = (first: number, second: number): Series => ({
      2019: { majorEnvironmentalIncidents: first },
      2020: { majorEnvironmentalIncidents: second },
    });
    const worse = await measureOf(incidents(1, 3), 'majorEnvironmentalIncidents');
    expect(worse).toMatchObject({
      method: 'target',
      direction: 'decrease',
      target: '0',
      value: '-2.0000',
      category: 'deterioration',
    });
    expect(worse?.explanation.zh).toBe(
      '重、特大突发环境事件 = 0 起（2020 年目标）：2019 年 1 起 → 2020 年 3 起；年均 +200.00%，所需 -100.00%，比值 -2.0000 → 退步',
    );
    const better = await measureOf(incidents(3, 1), 'majorEnvironmentalIncidents');
    expect([better?.value, better?.category]).toEqual(['0.6667', 'moderate_progress']);
    const fromNone = await measureOf(incidents(0, 2), 'majorEnvironmentalIncidents');
    expect([fromNone?.growth, fromNone?.value, fromNone?.category]).toEqual([null, null, 'deterioration']);
    expect((await measureOf(incidents(2, 0), 'majorEnvironmentalIncidents'))?.category).toBe('target_achieved');
  });
});

describe('the target met by the current value is achieved, however many years have data', () => {
  it('a single year meeting its target: target_achieved; a single year short of it: not_available', async () => {
    const met = await measureOf({ 2021: { greenTravelPercent: 60 } }, 'greenTravelPercent');
    expect([met?.baseYear, met?.currentYear, met?.category]).toEqual([2021, 2021, 'target_achieved']);
    expect(met?.explanation.en).toMatch(/: only 2021: 60% → target achieved$/);
    const short = await measureOf({ 2021: { greenTravelPercent: 40 } }, 'greenTravelPercent');
    expect(short?.category).toBe('not_available');
  });
});

describe('rule 4: exact thresholds', () => {
  it('planningEiaPercent 60 → 98 against 100 in one year is exactly 0.95: substantial progress', async () => {
    expectThresholdAssumed('planning-eia', 'standard', 'planningEiaPercent', '100');
    const measure = await measureOf(
      { 2019: { planningEiaPercent: 60 }, 2020: { planningEiaPercent: 98 } },
      'planningEiaPercent',
    );
    expect([measure?.value, measure?.category]).toEqual(['0.9500', 'substantial_progress']);
  });
});

describe('rule 5: the target year has passed', () => {
  it('data after the target year: every measure with a target says so, in both languages', async () => {
    const series = {
      2019: { greenTravelPercent: 30, pm25: 40, ecoPlanAdopted: false },
      2022: { greenTravelPercent: 33, pm25: 35, ecoPlanAdopted: false },
    };
    const result = await evaluateSeries(series, { targetYear: 2020 });
    const withTarget = result.progress.filter((measure) => measure.targetYear !== null && measure.currentYear !== null);
    expect(withTarget.length).toBeGreaterThan(0);
    for (const measure of withTarget) {
      expect(measure.explanation.zh).toContain('目标年 2020 已过');
      expect(measure.explanation.en).toContain('target year 2020 has passed');
    }
    // The measure is unchanged: the growth achieved against the growth the deadline needed.
    const green = result.progress.find((measure) => measure.key === 'greenTravelPercent');
    // (33/30)^(1/3) − 1 = 0.032280; (35/30)^(1/1) − 1 = 0.166667; ratio 0.1937 → limited
    expect([green?.target, green?.value, green?.category]).toEqual(['35', '0.1937', 'limited_progress']);
  });

  it('a target year not after the base year: measured by the trend, and said so', async () => {
    const measure = await measureOf(
      { 2021: { greenTravelPercent: 30 }, 2022: { greenTravelPercent: 33 } },
      'greenTravelPercent',
      { targetYear: 2020 },
    );
    // 33/30 − 1 = 0.1 ≥ 0.015 × C → substantial
    expect([measure?.method, measure?.value, measure?.requiredGrowth, measure?.category]).toEqual([
      'target',
      '0.1000',
      null,
      'substantial_progress',
    ]);
    expect(measure?.explanation.en).toContain(
      'target year 2020 has passed (not after the base year 2021), measured by the trend',
    );
  });

  it('the default target year is the series’ latest when it is later than the rule set’s last table', async () => {
    const result = await evaluateSeries({ 2023: { pm25: 30 }, 2024: { pm25: 28 } });
    expect(result.targetYear).toBe(2024);
    // The table that decides 2024's statuses (the creation standard), so no category contradicts them.
    const statuses = result.evaluations[1]?.indicators.find((indicator) => indicator.id === 'air-quality')?.checks;
    expect(statuses?.map((check) => check.key)).toEqual(
      result.progress.filter((measure) => measure.indicator === 8).map((measure) => measure.key),
    );
  });
});

describe('rule 6: what a line shows', () => {
  it('units and years on every line (PM2.5 in µg/m³), and one line for the two EI checks, in the first check’s place', async () => {
    const result = await evaluateSeries(sampleSeries, { targetYear: 2020 });
    const pm25 = result.progress.find((measure) => measure.key === 'pm25');
    expect(pm25?.explanation.zh).toContain('2016 年 45 微克/立方米 → 2020 年 33 微克/立方米');
    expect(pm25?.explanation.en).toContain('2016 45 µg/m³ → 2020 33 µg/m³');
    const ei = result.progress.filter((measure) => measure.indicator === 12);
    expect(ei.map((measure) => [measure.key, measure.operator, measure.method])).toEqual([
      ['ecologicalIndex', 'eiGradeAtLeast', 'trend'],
    ]);
  });

  it('counts for some years and percentages for others: the derived value, shown as evaluate shows it', async () => {
    const series = {
      2019: { airGoodDays: 310, airValidDays: 365 },
      2020: { airGoodDaysPercent: '96.7' },
      2021: { airGoodDays: 320, airValidDays: 330 },
    };
    const measures = await measuresOf(series, 'airGoodDaysPercent', { targetYear: 2021 });
    expect(measures.map((measure) => [measure.method, measure.baseValue, measure.currentValue])).toEqual([
      ['target', '84.9', '97.0'],
      ['trend', '84.9', '97.0'],
    ]);
    expect(measures[1]?.explanation.en).toContain('2019 84.9% → 2021 97.0%');
  });
});

describe('laws over random series', () => {
  const seriesArbitrary = fc.dictionary(fc.integer({ min: 2017, max: 2023 }).map(String), measurementsArbitrary, {
    minKeys: 1,
    maxKeys: 4,
  });
  const validate = validatorFor('series-evaluation');

  it('no rate where there is no value; none from a base of 0; achieved exactly when the target is met; one line per measure; valid JSON', async () => {
    await fc.assert(
      fc.asyncProperty(seriesArbitrary, fc.constantFrom(undefined, 2019, 2020, 2021), async (series, targetYear) => {
        const result = await evaluateSeries(series, targetYear === undefined ? {} : { targetYear });
        expect(seriesEvaluationSchema.safeParse(result).success).toBe(true);
        expect(validate(JSON.parse(JSON.stringify(result))), JSON.stringify(validate.errors)).toBe(true);
        for (const measure of result.progress) {
          for (const line of [measure.explanation.zh, measure.explanation.en]) {
            if (measure.value === null) expect(line).not.toMatch(rateWords);
            expect(line).toContain(String(measure.currentYear ?? ''));
          }
          if (measure.baseValue === '0') expect([measure.growth, measure.requiredGrowth]).toEqual([null, null]);
          if (measure.method === 'target' && typeof measure.currentValue === 'string') {
            const current = new Decimal(measure.currentValue);
            const target = new Decimal(String(measure.target));
            const met = measure.direction === 'increase' ? current.gte(target) : current.lte(target);
            expect(measure.category === 'target_achieved').toBe(met);
          }
          if (measure.method === 'status') expect([measure.direction, measure.value]).toEqual([null, null]);
          else expect(measure.direction).not.toBeNull();
        }
        for (const indicator of result.indicators) {
          const own = result.progress.filter((measure) => measure.indicator === indicator.number);
          const lines = own.flatMap((measure) => [measure.explanation.zh, measure.explanation.en]);
          expect(new Set(lines).size).toBe(lines.length);
          const ids = own
            .filter((measure) => measure.method !== 'status')
            .map((measure) => `${measure.key}|${measure.method}|${measure.direction}`);
          expect(new Set(ids).size).toBe(ids.length);
        }
      }),
      { numRuns: 60, seed: 20_200_020 },
    );
  });
});
