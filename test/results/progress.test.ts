import { describe, expect, it } from 'vitest';
import {
  combineProgress,
  measureProgress,
  type ProgressCheck,
  type ProgressPoint,
} from '../../src/results/progress.js';
import { Decimal } from '../../src/vocabulary/decimal.js';
import { progressCategories } from '../../src/vocabulary/progress.js';

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

  it('the target met at the base year and lost since: the wrong-way required growth counts by its size', () => {
    // growth = 79.9/85 − 1 = −0.06; required = 80/85 − 1 = −5/85; |required| = 5/85;
    // value = −0.06 / (5/85) = −0.06 · 17 = −1.02 → deterioration
    const measure = measureProgress(target('increase', '80'), points([2019, '85'], [2020, '79.9']), years(2019));
    expect([measure.growth, measure.requiredGrowth, measure.value, measure.category]).toEqual([
      '-0.0600',
      '-0.0588',
      '-1.0200',
      'deterioration',
    ]);
  });

  it('required growth 0 (the base value is the target, not met now): not_available', () => {
    // required = (80/80)^(1/1) − 1 = 0: the ratio has no denominator. growth = 78/80 − 1 = −0.025.
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
      category: 'not_available',
    });
  });

  it('a target year not after the base year: not_available', () => {
    const measure = measureProgress(target('increase', '100'), points([2019, '80'], [2020, '84']), years(2019, 2019));
    expect([measure.requiredGrowth, measure.category]).toEqual([null, 'not_available']);
  });

  it('a base value of 0 is taken as 0.001, and reported as given', () => {
    // growth = 1/0.001 − 1 = 999; required = 100/0.001 − 1 = 99999;
    // value = 999 / 99999 = 0.0099900999… → 0.0100, limited
    const measure = measureProgress(target('increase', '100'), points([2019, '0'], [2020, '1']), years(2019));
    expect(measure).toEqual({
      baseYear: 2019,
      baseValue: '0',
      currentYear: 2020,
      currentValue: '1',
      growth: '999.0000',
      requiredGrowth: '99999.0000',
      coefficient: null,
      value: '0.0100',
      category: 'limited_progress',
    });
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

  it('a base value of 0: taken as 0.001 for the growth; C from the base as given (1)', () => {
    // decrease, 0 → 0: growth = 0/0.001 − 1 = −1; value = −1 · −1 = 1 → substantial
    const kept = measureProgress(trend('decrease'), points([2019, '0'], [2020, '0']), years(2019));
    expect([kept.baseValue, kept.growth, kept.value, kept.category]).toEqual([
      '0',
      '-1.0000',
      '1.0000',
      'substantial_progress',
    ]);
    const rose = measureProgress(trend('increase', true), points([2019, '0'], [2020, '2']), years(2019));
    expect([rose.coefficient, rose.growth, rose.category]).toEqual(['1.0000', '1999.0000', 'substantial_progress']);
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

  it('even when that year meets the target (the spec checks the data first; sdg-build would say target achieved)', () => {
    expect(measureProgress(target('increase', '80'), points([2020, '99']), years(2020)).category).toBe('not_available');
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
    expect(measureProgress(target('decrease', '1'), points([2019, '2'], [2020, '-3']), years(2019)).category).toBe(
      'not_available',
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
