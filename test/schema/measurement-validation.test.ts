import { describe, expect, it } from 'vitest';
import { plainIssues } from '../fixtures/plain-issues.js';
import { evaluate, safeEvaluate, ValidationError, type Measurements } from '../../src/index.js';

/** The issues `evaluate` rejects with, or a failure when it does not reject. */
async function issuesOf(year: unknown, measurements: unknown, options?: unknown) {
  const error: unknown = await evaluate(year as number, measurements as Measurements, options as never).then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return plainIssues((error as ValidationError).issues);
}

const invalidValues: readonly [string, string, unknown, string][] = [
  ['percent above 100', 'greenTravelPercent', 100.5, 'expected a percentage (0 to 100), got 100.5'],
  [
    'percent above 100 as a long string',
    'greenTravelPercent',
    '100.0000000000000000000001',
    'expected a percentage (0 to 100)',
  ],
  ['negative percent', 'greenTravelPercent', -1, 'expected a percentage (0 to 100), got -1'],
  ['negative amount', 'energyPerGdp', '-0.1', 'expected an amount (0 or more)'],
  ['ratio above 1', 'irrigationWaterCoefficient', 1.2, 'expected a ratio (0 to 1)'],
  ['index above 100', 'ecologicalIndex', '100.01', 'expected an index (0 to 100)'],
  ['fractional count', 'majorEnvironmentalIncidents', 1.5, 'expected a whole number (0 or more), got 1.5'],
  ['negative count', 'surfaceWaterWorseThanVCount', -2, 'expected a whole number (0 or more)'],
  ['NaN', 'pm25', Number.NaN, 'expected a finite number or a decimal string'],
  ['Infinity', 'pm25', Number.POSITIVE_INFINITY, 'expected a finite number or a decimal string'],
  ['-Infinity', 'pm25', Number.NEGATIVE_INFINITY, 'expected a finite number or a decimal string'],
  ['empty string', 'pm25', '', 'plain notation'],
  ['exponent notation', 'pm25', '1e2', 'got "1e2"'],
  ['hex', 'pm25', '0x10', 'got "0x10"'],
  ['spaces', 'pm25', ' 31 ', 'got " 31 "'],
  ['"NaN"', 'pm25', 'NaN', 'got "NaN"'],
  ['a trailing %', 'greenTravelPercent', '52%', 'got "52%"'],
  ['a leading +', 'pm25', '+31', 'got "+31"'],
  ['a bare fraction', 'pm25', '.5', 'got ".5"'],
  ['a comma decimal', 'pm25', '31,5', 'got "31,5"'],
  ['a boolean for a number', 'pm25', true, 'expected a finite number or a decimal string'],
  ['a number for a boolean', 'ecoPlanAdopted', 1, 'expected true or false'],
  ['a string for a boolean', 'ecoPlanAdopted', 'true', 'expected true or false'],
  ['an object', 'pm25', { value: 31 }, 'expected a finite number or a decimal string'],
  ['an array', 'pm25', [31], 'expected a finite number or a decimal string'],
  ['a bigint', 'pm25', 31n, 'expected a finite number or a decimal string'],
];

describe('invalid measurement values', () => {
  it.each(invalidValues)(
    '%s is refused with its path and a message that says why',
    async (_name, key, value, message) => {
      const issues = await issuesOf(2020, { [key]: value });
      expect(issues).toHaveLength(1);
      expect(issues[0]?.path).toEqual(['measurements', key]);
      expect(issues[0]?.message).toContain(message);
    },
  );

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

describe('objects that are not plain', () => {
  class Figures {
    pm25 = 31;
  }
  it.each([
    ['a Map', new Map([['pm25', 31]])],
    ['a Date', new Date(0)],
    ['a class instance', new Figures()],
    ['an object that inherits its keys', Object.create({ pm25: 31 }) as object],
  ])('refuses %s as measurements, and as a baseline', async (_name, value) => {
    expect((await issuesOf(2020, value)).map((issue) => issue.path)).toEqual([['measurements']]);
    expect((await issuesOf(2020, {}, { baseline: value })).map((issue) => issue.path)).toEqual([
      ['options', 'baseline'],
    ]);
    expect((await issuesOf(2020, {}, value)).map((issue) => issue.path)).toEqual([['options']]);
  });

  it('accepts an object without a prototype', async () => {
    const measurements = Object.assign(Object.create(null) as object, { pm25: 31 });
    const evaluation = await evaluate(2020, measurements, { baseline: { pm25: 31 } });
    const air = evaluation.indicators.find((indicator) => indicator.id === 'air-quality');
    expect(air?.checks.find((check) => check.key === 'pm25')?.status).toBe('pass');
  });
});

describe('long decimal strings', () => {
  it('accepts 1000 characters and compares them exactly', async () => {
    const long = `0.${'9'.repeat(998)}`;
    const evaluation = await evaluate(2020, { irrigationWaterCoefficient: long });
    const check = evaluation.indicators
      .find((indicator) => indicator.id === 'water-intensity')
      ?.checks.find((candidate) => candidate.key === 'irrigationWaterCoefficient');
    expect(check?.status).toBe('pass');
  });

  it('gives the exact gap between two long values', async () => {
    const baseline = `50.${'0'.repeat(900)}1`;
    const evaluation = await evaluate(
      2020,
      { ecologicalLandPercent: '50' },
      { baseline: { ecologicalLandPercent: baseline } },
    );
    const check = evaluation.indicators.find((indicator) => indicator.id === 'ecological-land')?.checks[0];
    expect(check?.gap).toBe(`0.${'0'.repeat(900)}1`);
  });

  it('refuses more than 1000 characters with a clear message, quickly', async () => {
    const issues = await issuesOf(2020, { forestLandArea: '1'.repeat(1_000_000) });
    expect(issues).toEqual([
      {
        path: ['measurements', 'forestLandArea'],
        message: 'expected a decimal of at most 1000 characters, got 1000000 characters',
      },
    ]);
  });
});
