import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineProgress, progressCategories } from '../../src/index.js';
import {
  measureProgress,
  measureStatus,
  meetsTarget,
  type ProgressCheck,
  type ProgressPoint,
} from '../../src/results/progress.js';
import { Decimal } from '../../src/vocabulary/decimal.js';

// Cases computed by hand (spec/progress.md, "The measure"). Exponents are chosen so that the
// powers are exact: one year apart (exponent 1) or perfect squares two years apart.

const points = (...entries: readonly (readonly [number, string])[]): ProgressPoint[] =>
  entries.map(([year, value]) => ({ year, value: new Decimal(value), shown: new Decimal(value).toString() }));

const target = (direction: ProgressCheck['direction'], threshold: string): ProgressCheck => ({
  direction,
  method: 'target',
  target: new Decimal(threshold),
  nearLimit: false,
});
const trend = (direction: ProgressCheck['direction'], nearLimit = false): ProgressCheck => ({
  direction,
  method: 'trend',
  target: null,
  nearLimit,
});
const years = (baseYear: number, targetYear = 2020) => ({ baseYear, targetYear });

describe('the target method', () => {
  it('one year apart: the ratio of observed to required growth', () => {
    // growth = 84/80 − 1 = 0.05; required = 100/80 − 1 = 0.25; value = 0.05 / 0.25 = 0.2 → limited
    expect(measureProgress(target('increase', '100'), points([2019, '80'], [2020, '84']), years(2019))).toEqual({
      baseYear: 2019,
      baseValue: '80',
      currentYear: 2020,
      currentValue: '84',
      growth: '0.0500',
      requiredGrowth: '0.2500',
      coefficient: null,
      value: '0.2000',
      category: 'limited_progress',
    });
  });

  it('two years apart, perfect squares: moderate progress', () => {
    // growth = (90.25/64)^(1/2) − 1 = 9.5/8 − 1 = 0.1875; required = (100/64)^(1/2) − 1 = 10/8 − 1 = 0.25;
    // value = 0.1875 / 0.25 = 0.75 → moderate (0.6 ≤ 0.75 < 0.95)
    const measure = measureProgress(target('increase', '100'), points([2018, '64'], [2020, '90.25']), years(2018));
    expect([measure.growth, measure.requiredGrowth, measure.value, measure.category]).toEqual([
      '0.1875',
      '0.2500',
      '0.7500',
      'moderate_progress',
    ]);
  });

  it('the thresholds are inclusive from below: 0.95 is substantial, 0.6 moderate, 0 limited', () => {
    // (99/80 − 1) / (100/80 − 1) = 0.2375 / 0.25 = 0.95 exactly → substantial
    // (98.99/80 − 1) / 0.25 = 0.237375 / 0.25 = 0.9495 → moderate
    // (92/80 − 1) / 0.25 = 0.15 / 0.25 = 0.6 exactly → moderate
    // (91.99/80 − 1) / 0.25 = 0.149875 / 0.25 = 0.5995 → limited
    // (80/80 − 1) / 0.25 = 0 → limited;  (79/80 − 1) / 0.25 = −0.0125 / 0.25 = −0.05 → deterioration
    const cases: [string, string, string][] = [
      ['99', '0.9500', 'substantial_progress'],
      ['98.99', '0.9495', 'moderate_progress'],
      ['92', '0.6000', 'moderate_progress'],
      ['91.99', '0.5995', 'limited_progress'],
      ['80', '0.0000', 'limited_progress'],
      ['79', '-0.0500', 'deterioration'],
    ];
    for (const [current, value, category] of cases) {
      const measure = measureProgress(target('increase', '100'), points([2019, '80'], [2020, current]), years(2019));
      expect([current, measure.value, measure.category]).toEqual([current, value, category]);
    }
  });

  it('a value that should decrease: the direction turns the sign', () => {
    // growth = 0.95/1 − 1 = −0.05; required = 0.90/1 − 1 = −0.1;
    // value = s · d · growth / |required| = 1 · (−1) · (−0.05) / 0.1 = 0.5 → limited
    const measure = measureProgress(target('decrease', '0.90'), points([2019, '1.00'], [2020, '0.95']), years(2019));
    expect([measure.growth, measure.requiredGrowth, measure.value, measure.category]).toEqual([
      '-0.0500',
      '-0.1000',
      '0.5000',
      'limited_progress',
    ]);
  });

  it('the target met in the current year is target_achieved, exactly (no value)', () => {
    const met = measureProgress(target('increase', '95'), points([2019, '90'], [2020, '95.00']), years(2019));
    expect([met.value, met.category]).toEqual([null, 'target_achieved']);
    // A digit below is not met: (94.99999999999999999999/90 − 1) / (95/90 − 1) just under 1 → substantial.
    const below = measureProgress(
      target('increase', '95'),
      points([2019, '90'], [2020, '94.99999999999999999999']),
      years(2019),
    );
    expect(below.category).toBe('substantial_progress');
    const decrease = measureProgress(target('decrease', '0.90'), points([2019, '1'], [2020, '0.90']), years(2019));
    expect(decrease.category).toBe('target_achieved');
  });

  it('the target already met at the base year and still met: target_achieved', () => {
    const measure = measureProgress(target('increase', '80'), points([2019, '85'], [2020, '86']), years(2019));
    expect(measure.category).toBe('target_achieved');
  });

  it('rule 1: the target met at the base year and lost since is deterioration, with no value', () => {
    // sdg-build: growth = 79.9/85 − 1 = −0.06 over a required growth of the wrong sign
    // (80/85 − 1 = −5/85), counted by its size: −1.02. The rule says what happened instead.
    const measure = measureProgress(target('increase', '80'), points([2019, '85'], [2020, '79.9']), years(2019));
    expect([measure.growth, measure.requiredGrowth, measure.value, measure.category]).toEqual([
      '-0.0600',
      '-0.0588',
      null,
      'deterioration',
    ]);
  });

  it('rule 1: a base value at the target and a current one below it is deterioration (not a division by 0)', () => {
    // required = (80/80)^(1/1) − 1 = 0: sdg-build divides by it. growth = 78/80 − 1 = −0.025.
    const measure = measureProgress(target('increase', '80'), points([2019, '80'], [2020, '78']), years(2019));
    expect(measure).toEqual({
      baseYear: 2019,
      baseValue: '80',
      currentYear: 2020,
      currentValue: '78',
      growth: '-0.0250',
      requiredGrowth: '0.0000',
      coefficient: null,
      value: null,
      category: 'deterioration',
    });
    // The sample series' indicator 32: 80 in 2016, 78.5 in 2020, target 80 by 2020.
    expect(measureProgress(target('increase', '80'), points([2016, '80'], [2020, '78.5']), years(2016)).category).toBe(
      'deterioration',
    );
    // A count that must be 0: 0, then 3 incidents.
    expect(measureProgress(target('decrease', '0'), points([2019, '0'], [2020, '3']), years(2019))).toMatchObject({
      growth: null,
      value: null,
      category: 'deterioration',
    });
  });

  it('a target year not after the base year: the trend formula for the same values, method target', () => {
    // growth = 84/80 − 1 = 0.05 ≥ 0.015 → substantial (C = 1: not a percentage)
    const measure = measureProgress(target('increase', '100'), points([2019, '80'], [2020, '84']), years(2019, 2019));
    expect([measure.growth, measure.requiredGrowth, measure.coefficient, measure.value, measure.category]).toEqual([
      '0.0500',
      null,
      '1.0000',
      '0.0500',
      'substantial_progress',
    ]);
    const passedLongAgo = measureProgress(
      { ...target('increase', '100'), nearLimit: true },
      points([2019, '80'], [2021, '79']),
      years(2019, 2016),
    );
    expect(passedLongAgo.category).toBe('deterioration');
  });

  it('rule 3: a base value of 0 is taken as 0.001 to decide, and no rate or value of it is reported', () => {
    // growth = 1/0.001 − 1 = 999; required = 100/0.001 − 1 = 99999;
    // 999 / 99999 = 0.0099900999… → limited; the rates and the ratio describe 0.001, not the data.
    const measure = measureProgress(target('increase', '100'), points([2019, '0'], [2020, '1']), years(2019));
    expect(measure).toEqual({
      baseYear: 2019,
      baseValue: '0',
      currentYear: 2020,
      currentValue: '1',
      growth: null,
      requiredGrowth: null,
      coefficient: null,
      value: null,
      category: 'limited_progress',
    });
    // 0 → 80 against 75 is achieved; 0 → 60 in one year against 75 is 59999/74999 = 0.79999… → moderate.
    expect(measureProgress(target('increase', '75'), points([2019, '0'], [2020, '60']), years(2019))).toMatchObject({
      growth: null,
      value: null,
      category: 'moderate_progress',
    });
  });

  it('rule 2: no change is no change, a base of 0 included: exactly 0, limited progress', () => {
    // provincialDemoCountyPercent 0 in 2019, 2020 and 2021, target 75: sdg-build's 0.001 makes it
    // (0/0.001)^(1/2) − 1 = −100% a year against +7499900% needed: a deterioration.
    const zeros = measureProgress(target('increase', '75'), points([2019, '0'], [2020, '0'], [2021, '0']), years(2019));
    expect(zeros).toEqual({
      baseYear: 2019,
      baseValue: '0',
      currentYear: 2021,
      currentValue: '0',
      growth: null,
      requiredGrowth: null,
      coefficient: null,
      value: '0.0000',
      category: 'limited_progress',
    });
    const held = measureProgress(target('increase', '95'), points([2018, '88.0'], [2020, '88']), years(2018));
    expect([held.growth, held.value, held.category]).toEqual(['0.0000', '0.0000', 'limited_progress']);
    // A count held at 2 where 0 is the target.
    const counts = measureProgress(target('decrease', '0'), points([2019, '2'], [2021, '2']), years(2019));
    expect([counts.value, counts.category]).toEqual(['0.0000', 'limited_progress']);
  });

  it('= 0 counts: 1 → 3 is deterioration, 3 → 1 progress', () => {
    // 1 → 3: growth = 3/1 − 1 = 2; required = 0/1 − 1 = −1; value = −1 · 2 / 1 = −2 → deterioration
    const worse = measureProgress(target('decrease', '0'), points([2019, '1'], [2020, '3']), years(2019));
    expect([worse.growth, worse.requiredGrowth, worse.value, worse.category]).toEqual([
      '2.0000',
      '-1.0000',
      '-2.0000',
      'deterioration',
    ]);
    // 3 → 1: growth = 1/3 − 1 = −2/3; value = 2/3 → moderate (0.6 ≤ 0.6667 < 0.95)
    const better = measureProgress(target('decrease', '0'), points([2019, '3'], [2020, '1']), years(2019));
    expect([better.value, better.category]).toEqual(['0.6667', 'moderate_progress']);
    expect(measureProgress(target('decrease', '0'), points([2019, '3'], [2020, '0']), years(2019)).category).toBe(
      'target_achieved',
    );
  });

  it('rule 4: a value exactly at a threshold lands in the category above, decided before any rounding', () => {
    // 60 → 98 against 100 in one year: (98/60 − 1) / (100/60 − 1) = (38/60) / (40/60) = 0.95 exactly;
    // in 40-digit decimals 0.6333…3 / 0.6666…7 = 0.9499…9 (sdg-build's floats: 0.9499999999999998).
    const measure = measureProgress(target('increase', '100'), points([2019, '60'], [2020, '98']), years(2019));
    expect([measure.value, measure.category]).toEqual(['0.9500', 'substantial_progress']);
    // 60 → 84 against 100: 24/40 = 0.6 exactly, computed as 0.5999…97 → moderate, not limited.
    expect(measureProgress(target('increase', '100'), points([2019, '60'], [2020, '84']), years(2019)).category).toBe(
      'moderate_progress',
    );
    // A digit less is below the threshold: (97.99/60 − 1) / (100/60 − 1) = 37.99/40 = 0.94975.
    const below = measureProgress(target('increase', '100'), points([2019, '60'], [2020, '97.99']), years(2019));
    expect(below.category).toBe('moderate_progress');
  });
});

describe('the trend method', () => {
  it('the directed growth against 0.015 and 0.005 (C = 1)', () => {
    // 101.5/100 − 1 = 0.015 → substantial; 101.49/100 − 1 = 0.0149 → moderate;
    // 100.5/100 − 1 = 0.005 → moderate; 100.49 → 0.0049 → limited; 100 → 0 → limited; 99.9 → −0.001 → deterioration
    const cases: [string, string][] = [
      ['101.5', 'substantial_progress'],
      ['101.49', 'moderate_progress'],
      ['100.5', 'moderate_progress'],
      ['100.49', 'limited_progress'],
      ['100', 'limited_progress'],
      ['99.9', 'deterioration'],
    ];
    for (const [current, category] of cases) {
      const measure = measureProgress(trend('increase'), points([2019, '100'], [2020, current]), years(2019));
      expect([current, measure.coefficient, measure.category]).toEqual([current, '1.0000', category]);
    }
  });

  it('a value that should decrease: falling is progress', () => {
    // pm25 45 → 33 over four years: growth = (33/45)^(1/4) − 1 = −0.07462…; value = −1 · −0.07462 = 0.0746 → substantial
    const measure = measureProgress(trend('decrease'), points([2016, '45'], [2020, '33']), years(2016));
    expect([measure.growth, measure.value, measure.category]).toEqual(['-0.0746', '0.0746', 'substantial_progress']);
  });

  it('a percentage that should increase: the thresholds scale by C = 1 − (y0/100)^4.44', () => {
    // y0 = 50: C = 1 − 0.5^4.44 = 1 − 2^−4.44 = 1 − 0.046070… = 0.953929…;
    // thresholds 0.015 · C = 0.014309 and 0.005 · C = 0.004770.
    // 50.72/50 − 1 = 0.0144 ≥ 0.014309 → substantial (with C = 1 it would be moderate);
    // 50.71/50 − 1 = 0.0142 < 0.014309 → moderate
    const up = measureProgress(trend('increase', true), points([2019, '50'], [2020, '50.72']), years(2019));
    expect([up.coefficient, up.value, up.category]).toEqual(['0.9539', '0.0144', 'substantial_progress']);
    const less = measureProgress(trend('increase', true), points([2019, '50'], [2020, '50.71']), years(2019));
    expect(less.category).toBe('moderate_progress');
    expect(measureProgress(trend('increase', false), points([2019, '50'], [2020, '50.72']), years(2019)).category).toBe(
      'moderate_progress',
    );
  });

  it('C = 0 (a percentage already at 100): holding it is substantial progress, falling is deterioration', () => {
    // C = 1 − (100/100)^4.44 = 0; value = 100/100 − 1 = 0 ≥ 0 → substantial; 99/100 − 1 = −0.01 → deterioration
    const held = measureProgress(trend('increase', true), points([2019, '100'], [2020, '100']), years(2019));
    expect([held.coefficient, held.value, held.category]).toEqual(['0.0000', '0.0000', 'substantial_progress']);
    const fell = measureProgress(trend('increase', true), points([2019, '100'], [2020, '99']), years(2019));
    expect(fell.category).toBe('deterioration');
  });

  it('a base value of 0: 0.001 decides, C from the base as given (1); no rate of the stand-in is reported', () => {
    // 0 → 0 is no change (rule 2), in either direction: sdg-build's 0/0.001 − 1 = −100% would be
    // substantial progress for a decrease and deterioration for an increase.
    for (const direction of ['increase', 'decrease'] as const) {
      const kept = measureProgress(trend(direction), points([2019, '0'], [2020, '0']), years(2019));
      expect([kept.baseValue, kept.growth, kept.value, kept.category]).toEqual([
        '0',
        null,
        '0.0000',
        'limited_progress',
      ]);
    }
    // 0 → 2: 2/0.001 − 1 = 1999 ≥ 0.015 → substantial; rising is deterioration where it should fall.
    const rose = measureProgress(trend('increase', true), points([2019, '0'], [2020, '2']), years(2019));
    expect([rose.coefficient, rose.growth, rose.value, rose.category]).toEqual([
      '1.0000',
      null,
      null,
      'substantial_progress',
    ]);
    expect(measureProgress(trend('decrease'), points([2019, '0'], [2020, '2']), years(2019)).category).toBe(
      'deterioration',
    );
  });

  it('rule 4 for a trend: exactly 0.015 × C and 0.005 × C land above, over several years too', () => {
    // C = 1: 100 → 101.5 over one year is exactly 0.015 (substantial), 100 → 100.5 exactly 0.005 (moderate):
    // the cases of the table above. Over two years, 100 → 103.0225 is (1.015^2)^(1/2) − 1 = 0.015.
    const twoYears = measureProgress(trend('increase'), points([2018, '100'], [2020, '103.0225']), years(2018));
    expect([twoYears.value, twoYears.category]).toEqual(['0.0150', 'substantial_progress']);
    const moderate = measureProgress(trend('increase'), points([2018, '100'], [2020, '101.002500']), years(2018));
    expect([moderate.value, moderate.category]).toEqual(['0.0050', 'moderate_progress']);
  });

  it('negative values: s = −1 keeps the direction right', () => {
    // −4 → −2 is an increase: growth = (−2/−4) − 1 = −0.5; value = s · d · growth = −1 · 1 · −0.5 = 0.5 → substantial
    const measure = measureProgress(trend('increase'), points([2019, '-4'], [2020, '-2']), years(2019));
    expect([measure.growth, measure.value, measure.category]).toEqual(['-0.5000', '0.5000', 'substantial_progress']);
  });
});

describe('not_available', () => {
  it('one year only', () => {
    expect(measureProgress(target('increase', '100'), points([2020, '99']), years(2020))).toEqual({
      baseYear: 2020,
      baseValue: '99',
      currentYear: 2020,
      currentValue: '99',
      growth: null,
      requiredGrowth: null,
      coefficient: null,
      value: null,
      category: 'not_available',
    });
  });

  it('unless that year meets the target: a fact is a fact (target_achieved, no value)', () => {
    expect(measureProgress(target('increase', '80'), points([2021, '92']), years(2021))).toEqual({
      baseYear: 2021,
      baseValue: '92',
      currentYear: 2021,
      currentValue: '92',
      growth: null,
      requiredGrowth: null,
      coefficient: null,
      value: null,
      category: 'target_achieved',
    });
    // A trend has no target to meet: one year is not enough.
    expect(measureProgress(trend('increase'), points([2021, '92']), years(2021)).category).toBe('not_available');
  });

  it('no data at all', () => {
    expect(measureProgress(trend('increase'), [], years(2016))).toMatchObject({
      baseYear: null,
      currentYear: null,
      category: 'not_available',
    });
  });

  it('base and current values of opposite signs', () => {
    expect(measureProgress(trend('increase'), points([2019, '-2'], [2020, '3']), years(2019)).category).toBe(
      'not_available',
    );
    expect(measureProgress(target('increase', '5'), points([2019, '2'], [2020, '-3']), years(2019)).category).toBe(
      'not_available',
    );
    // A current value that meets the target is achieved whatever the signs.
    expect(measureProgress(target('decrease', '1'), points([2019, '2'], [2020, '-3']), years(2019)).category).toBe(
      'target_achieved',
    );
  });

  it('no data from the base year on but one year', () => {
    expect(measureProgress(trend('increase'), points([2016, '1'], [2020, '2']), years(2020)).category).toBe(
      'not_available',
    );
  });

  it('a target of the opposite sign under a fractional power', () => {
    // (−1/2)^(1/2) is not real: no required growth.
    expect(measureProgress(target('decrease', '-1'), points([2018, '2'], [2020, '1']), years(2018)).category).toBe(
      'not_available',
    );
  });
});

it('the base year is the first year with data from the series base year on', () => {
  // Data 2016, 2018, 2020; base year 2017 → t0 = 2018: growth = (121/100)^(1/2) − 1 = 0.1
  const measure = measureProgress(trend('increase'), points([2016, '50'], [2018, '100'], [2020, '121']), years(2017));
  expect([measure.baseYear, measure.baseValue, measure.growth]).toEqual([2018, '100', '0.1000']);
});

it('an indicator takes its least favourable category, ignoring not_available unless all are', () => {
  expect(combineProgress([])).toBe('not_available');
  expect(combineProgress(['not_available', 'not_available'])).toBe('not_available');
  expect(combineProgress(['target_achieved', 'not_available'])).toBe('target_achieved');
  expect(combineProgress(['target_achieved', 'moderate_progress', 'substantial_progress'])).toBe('moderate_progress');
  expect(combineProgress(['limited_progress', 'deterioration', 'not_available'])).toBe('deterioration');
  // The order: deterioration < limited < moderate < substantial < target_achieved.
  const ordered = progressCategories.filter((category) => category !== 'not_available').reverse();
  ordered.forEach((category, index) => {
    expect(combineProgress(ordered.slice(index))).toBe(category);
  });
});

describe('the status method: yes/no checks, other = checks, caps', () => {
  const met = (...entries: readonly (readonly [number, boolean])[]) =>
    entries.map(([year, held]) => ({ year, met: held }));

  it('met now: achieved, even in one year; met then and not now: deterioration; met in neither: limited', () => {
    expect(measureStatus(met([2016, false], [2020, true]), 2016).category).toBe('target_achieved');
    expect(measureStatus(met([2021, true]), 2016).category).toBe('target_achieved');
    expect(measureStatus(met([2016, true], [2018, false], [2020, false]), 2016).category).toBe('deterioration');
    expect(measureStatus(met([2016, false], [2018, true], [2020, false]), 2016).category).toBe('limited_progress');
    expect(measureStatus(met([2021, false]), 2016).category).toBe('not_available');
    expect(measureStatus([], 2016)).toEqual({ base: undefined, current: undefined, category: 'not_available' });
  });

  it('the base year is the first year with a decision from the series base year on', () => {
    const { base, current, category } = measureStatus(met([2016, true], [2018, false], [2020, false]), 2017);
    expect([base?.year, current?.year, category]).toEqual([2018, 2020, 'limited_progress']);
  });
});

describe('laws of the measure', () => {
  /** A value as published figures are: 0 to 200 in hundredths, 0 included. */
  const figure = fc.integer({ min: 0, max: 20_000 }).map((n) => new Decimal(n).div(100));
  const series = fc
    .uniqueArray(fc.integer({ min: 2010, max: 2030 }), { minLength: 1, maxLength: 5 })
    .chain((found) => fc.tuple(...[...found].sort((a, b) => a - b).map((year) => fc.tuple(fc.constant(year), figure))))
    .map((entries) => entries.map(([year, value]) => ({ year, value, shown: value.toString() })));
  const checks = fc.record({
    direction: fc.constantFrom('increase', 'decrease'),
    method: fc.constantFrom('target', 'trend'),
    target: figure,
    nearLimit: fc.boolean(),
  });
  const timing = fc.record({
    baseYear: fc.integer({ min: 2008, max: 2030 }),
    targetYear: fc.integer({ min: 2008, max: 2032 }),
  });

  it('the category never contradicts a current value that meets its target, and achieved means met', () => {
    fc.assert(
      fc.property(checks, series, timing, (check, points, years) => {
        const measure = measureProgress(check, points, years);
        const current = points.at(-1);
        const counted = points.some((point) => point.year >= years.baseYear);
        if (check.method !== 'target' || current === undefined || !counted) {
          if (check.method === 'trend') expect(measure.category).not.toBe('target_achieved');
          return;
        }
        const direction = check.direction;
        expect(measure.category === 'target_achieved').toBe(meetsTarget(current.value, check.target, direction));
      }),
      { numRuns: 1000, seed: 2020 },
    );
  });

  it('a value moving the right way never reads as less progress: the category is monotone in the current value', () => {
    const order = ['deterioration', 'limited_progress', 'moderate_progress', 'substantial_progress', 'target_achieved'];
    fc.assert(
      fc.property(checks, series, figure, figure, timing, (check, points, a, b, years) => {
        if (points.length < 2) return;
        const [low, high] = a.lte(b) ? [a, b] : [b, a];
        const withCurrent = (value: Decimal) => [
          ...points.slice(0, -1),
          { year: (points.at(-1) as ProgressPoint).year, value, shown: value.toString() },
        ];
        const [worse, better] =
          check.direction === 'increase'
            ? [withCurrent(low), withCurrent(high)]
            : [withCurrent(high), withCurrent(low)];
        const first = measureProgress(check, worse, years).category;
        const second = measureProgress(check, better, years).category;
        if (first === 'not_available' || second === 'not_available') return;
        expect(order.indexOf(second)).toBeGreaterThanOrEqual(order.indexOf(first));
      }),
      { numRuns: 1000, seed: 2021 },
    );
  });

  it('no change is never a deterioration, and no rate is reported from a base of 0', () => {
    fc.assert(
      fc.property(checks, figure, fc.integer({ min: 1, max: 10 }), timing, (check, value, span, years) => {
        const points = [
          { year: 2015, value, shown: value.toString() },
          { year: 2015 + span, value, shown: value.toString() },
        ];
        const measure = measureProgress(check, points, { ...years, baseYear: 2015 });
        expect(measure.category).not.toBe('deterioration');
        if (measure.category !== 'target_achieved') expect(measure.value).toBe('0.0000');
        if (value.isZero()) expect([measure.growth, measure.requiredGrowth]).toEqual([null, null]);
      }),
      { numRuns: 500, seed: 2022 },
    );
  });
});
