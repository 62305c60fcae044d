import { describe, expect, it } from 'vitest';
import { evaluate, safeEvaluate } from '../../src/evaluate.js';
import { ValidationError } from '../../src/errors/validation-error.js';
import type { Measurements } from '../../src/schema/measurements.js';

/** The issues `evaluate` rejects with, or a failure when it does not reject. */
async function issuesOf(year: unknown, measurements: unknown, options?: unknown) {
  const error: unknown = await evaluate(year as number, measurements as Measurements, options as never).then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues;
}

const invalidValues: readonly [string, string, unknown][] = [
  ['percent above 100', 'greenTravelPercent', 100.5],
  ['percent above 100 as a long string', 'greenTravelPercent', '100.0000000000000000000001'],
  ['negative percent', 'greenTravelPercent', -1],
  ['negative amount', 'energyPerGdp', '-0.1'],
  ['ratio above 1', 'irrigationWaterCoefficient', 1.2],
  ['index above 100', 'ecologicalIndex', '100.01'],
  ['fractional count', 'majorEnvironmentalIncidents', 1.5],
  ['negative count', 'surfaceWaterWorseThanVCount', -2],
  ['NaN', 'pm25', Number.NaN],
  ['Infinity', 'pm25', Number.POSITIVE_INFINITY],
  ['-Infinity', 'pm25', Number.NEGATIVE_INFINITY],
  ['empty string', 'pm25', ''],
  ['exponent notation', 'pm25', '1e2'],
  ['hex', 'pm25', '0x10'],
  ['spaces', 'pm25', ' 31 '],
  ['"NaN"', 'pm25', 'NaN'],
  ['a trailing %', 'greenTravelPercent', '52%'],
  ['a leading +', 'pm25', '+31'],
  ['a bare fraction', 'pm25', '.5'],
  ['a comma decimal', 'pm25', '31,5'],
  ['a boolean for a number', 'pm25', true],
  ['a number for a boolean', 'ecoPlanAdopted', 1],
  ['a string for a boolean', 'ecoPlanAdopted', 'true'],
  ['an object', 'pm25', { value: 31 }],
  ['an array', 'pm25', [31]],
  ['a bigint', 'pm25', 31n],
];

describe('invalid measurement values', () => {
  it.each(invalidValues)('%s is refused with its path', async (_name, key, value) => {
    const issues = await issuesOf(2020, { [key]: value });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(['measurements', key]);
    expect(issues[0]?.message.length).toBeGreaterThan(10);
  });

  it.each(invalidValues)('%s is refused in the baseline too, with its path', async (_name, key, value) => {
    const issues = await issuesOf(2020, {}, { baseline: { [key]: value } });
    expect(issues.map((issue) => issue.path)).toEqual([['options', 'baseline', key]]);
  });

  it('lists every problem, not just the first', async () => {
    const issues = await issuesOf(2020, { pm25: 'x', greenTravelPercent: 101, ecoPlanAdopted: 'yes' });
    expect(issues.map((issue) => issue.path.at(-1)).sort()).toEqual(['ecoPlanAdopted', 'greenTravelPercent', 'pm25']);
  });
});

describe('unknown keys', () => {
  it('names the key and the one probably meant', async () => {
    const issues = await issuesOf(2020, { greenTravelPercnt: 52 });
    expect(issues).toEqual([
      {
        path: ['measurements', 'greenTravelPercnt'],
        message: 'unknown measurement key "greenTravelPercnt"; did you mean "greenTravelPercent"?',
      },
    ]);
  });

  it('suggests the key in other letter case', async () => {
    const [issue] = await issuesOf(2020, { PM25: 31 });
    expect(issue?.message).toContain('did you mean "pm25"?');
  });

  it('says nothing it does not know: no suggestion for a key far from all', async () => {
    const [issue] = await issuesOf(2020, { population: 3000000 });
    expect(issue?.message).toBe('unknown measurement key "population"');
  });

  it('refuses __proto__ and constructor keys without touching any prototype', async () => {
    const measurements = JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}') as unknown;
    const issues = await issuesOf(2020, measurements);
    expect(issues.map((issue) => issue.path)).toEqual([
      ['measurements', '__proto__'],
      ['measurements', 'constructor'],
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('valid edge values', () => {
  it('accepts null and absent keys as no data, -0 as zero, and the bounds themselves', async () => {
    const evaluation = await evaluate(2020, {
      pm25: null,
      majorEnvironmentalIncidents: -0,
      greenTravelPercent: '100',
      irrigationWaterCoefficient: '0',
      surfaceWaterWorseThanVCount: '0.0',
    });
    const incidents = evaluation.indicators.find((indicator) => indicator.id === 'environmental-incidents');
    expect(incidents?.status).toBe('pass');
    expect(incidents?.checks[0]?.actual).toBe(0);
    expect(Object.is(incidents?.checks[0]?.actual, -0)).toBe(false);
  });
});

describe('year and options', () => {
  it.each([1999, 2101, 2020.5, Number.NaN, '2020', null, undefined])('refuses the year %s', async (year) => {
    const issues = await issuesOf(year, {});
    expect(issues.map((issue) => issue.path)).toEqual([['year']]);
  });

  it.each([2000, 2100])('accepts the year %s', async (year) => {
    expect((await evaluate(year, {})).year).toBe(year);
  });

  it.each([null, 'x', 42, []])('refuses measurements that are not an object: %s', async (measurements) => {
    const issues = await issuesOf(2020, measurements);
    expect(issues.map((issue) => issue.path)).toEqual([['measurements']]);
  });

  it('refuses unknown options, naming them', async () => {
    const issues = await issuesOf(2020, {}, { baseLine: {} });
    expect(issues).toEqual([
      { path: ['options', 'baseLine'], message: 'unknown option "baseLine"; evaluate accepts only "baseline"' },
    ]);
  });

  it('refuses options that are not an object', async () => {
    const issues = await issuesOf(2020, {}, 'baseline');
    expect(issues.map((issue) => issue.path)).toEqual([['options']]);
  });

  it('reports problems of the year, the measurements and the options together', async () => {
    const issues = await issuesOf(1900, { pm25: -1 }, { baseline: { pm25: 'a' } });
    expect(issues.map((issue) => issue.path)).toEqual([
      ['year'],
      ['measurements', 'pm25'],
      ['options', 'baseline', 'pm25'],
    ]);
  });
});

describe('hostile objects', () => {
  it('a getter that throws becomes a ValidationError', async () => {
    const measurements = Object.defineProperty({}, 'pm25', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const issues = await issuesOf(2020, measurements);
    expect(issues[0]?.path).toEqual(['measurements']);
    expect(issues[0]?.message).toContain('boom');
  });

  it('a Proxy whose traps throw becomes a ValidationError', async () => {
    const trap = () => {
      throw new TypeError('trap');
    };
    const measurements = new Proxy({}, { get: trap, ownKeys: trap, has: trap, getOwnPropertyDescriptor: trap });
    const issues = await issuesOf(2020, measurements);
    expect(issues[0]?.path).toEqual(['measurements']);
  });

  it('safeEvaluate returns the issues instead of rejecting', async () => {
    const result = await safeEvaluate(2020, { pm25: 'NaN' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues[0]?.path).toEqual(['measurements', 'pm25']);
      expect(result.error).toBeInstanceOf(ValidationError);
    }
  });
});
