import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { builtinRuleSet, evaluate, type Evaluation, type Measurements } from '../../src/index.js';
import { createEvaluator } from '../../src/policy.js';
import { anyEvaluation } from '../fixtures/arbitraries.js';
import { expectSame } from '../fixtures/same.js';

/** Every setting of decimal.js's global constructor, as the host may change them. */
const settingKeys = ['precision', 'rounding', 'minE', 'maxE', 'toExpNeg', 'toExpPos', 'modulo', 'crypto'] as const;
type Settings = DecimalJs.Config;
const currentSettings = (): Settings => Object.fromEntries(settingKeys.map((key) => [key, DecimalJs[key]]));
const defaults = currentSettings();
afterEach(() => {
  DecimalJs.set(defaults);
});

/** Host settings that would change answers if the library used the global constructor. */
const hostile: readonly (readonly [string, Settings])[] = [
  ['precision 5, ROUND_DOWN', { precision: 5, rounding: DecimalJs.ROUND_DOWN }],
  ['precision 1, ROUND_UP', { precision: 1, rounding: DecimalJs.ROUND_UP }],
  ['ROUND_CEIL', { precision: 3, rounding: DecimalJs.ROUND_CEIL }],
  ['ROUND_FLOOR', { precision: 3, rounding: DecimalJs.ROUND_FLOOR }],
  ['ROUND_HALF_UP', { precision: 2, rounding: DecimalJs.ROUND_HALF_UP }],
  ['exponent notation from 10^2 and 10^-2', { toExpNeg: -2, toExpPos: 2 }],
  ['a narrow exponent range (overflow to Infinity, underflow to 0)', { minE: -9, maxE: 9 }],
  ['EUCLID modulo and crypto', { modulo: DecimalJs.EUCLID, crypto: false }],
  ['all at once', { precision: 2, rounding: DecimalJs.ROUND_UP, minE: -5, maxE: 5, toExpNeg: -1, toExpPos: 1 }],
];

/** Inputs whose answers depend on exact decimals: long strings, tiny, huge, exponents. */
const tricky: readonly { year: number; measurements: Measurements; baseline?: Measurements }[] = [
  {
    year: 2020,
    measurements: {
      energyPerGdp: '0.9000000000000000001',
      energyConsumption: '100.123456789',
      energyConsumptionCap: '100.1234567',
      waterUse: '8.0300000001',
      pm25: '12345678901',
      forestLandArea: Number.MAX_VALUE,
      majorEnvironmentalIncidents: '9007199254740993',
      ecologicalIndex: '54.99999999999',
    },
    baseline: { pm25: '12345678900', forestLandArea: '179769313486231570000000000000000', ecologicalIndex: 55 },
  },
  { year: 2021, measurements: { energyPerGdp: 5e-324, waterPerGdp: 1e21, greenTravelPercent: 49.99999999999999 } },
];

const callerRules = structuredClone(builtinRuleSet.rules) as unknown as {
  name: string;
  conditions: { all: { all: { value: unknown }[] }[] };
}[];
const energy = callerRules.find((rule) => rule.name === 'energy-intensity')?.conditions.all[0]?.all[0];
if (energy) energy.value = '0.87654321987654321';
const caller = createEvaluator({ name: 'host-settings', rules: callerRules });

type Run = (year: number, measurements: Measurements, baseline: Measurements | undefined) => Promise<Evaluation>;
const runs: readonly (readonly [string, Run])[] = [
  ['built-in', (year, measurements, baseline) => evaluate(year, measurements, { baseline })],
  ['caller', (year, measurements, baseline) => caller.evaluate(year, measurements, { baseline })],
];

const inputs = [...tricky, ...fc.sample(anyEvaluation, { numRuns: 15, seed: 4242 })];
let expected: Evaluation[][];
beforeAll(async () => {
  expected = await Promise.all(
    runs.map(([, run]) =>
      Promise.all(inputs.map(({ year, measurements, baseline }) => run(year, measurements, baseline))),
    ),
  );
});

describe("the host's global Decimal settings change no answer, and evaluating leaves them as the host set them", () => {
  it.each(hostile)('%s, set after the library loaded', async (_name, settings) => {
    DecimalJs.set(settings);
    const set = currentSettings();
    const probe = new DecimalJs(1).div(3).toString();
    for (const [index, [, run]] of runs.entries()) {
      for (const [inputIndex, { year, measurements, baseline }] of inputs.entries()) {
        expectSame(await run(year, measurements, baseline), expected[index]?.[inputIndex]);
      }
    }
    expect(currentSettings()).toEqual(set);
    expect(new DecimalJs(1).div(3).toString()).toBe(probe);
  });

  it('set before the library loads', async () => {
    DecimalJs.set(hostile.at(-1)?.[1] ?? {});
    const set = currentSettings();
    vi.resetModules();
    const fresh = await import('../../src/evaluation/evaluate.js');
    const freshCaller = (await import('../../src/evaluation/create-evaluator.js')).createEvaluator({
      name: 'host-settings',
      rules: callerRules,
    });
    for (const [inputIndex, { year, measurements, baseline }] of inputs.entries()) {
      expectSame(await fresh.evaluate(year, measurements, { baseline }), expected[0]?.[inputIndex]);
      expectSame(await freshCaller.evaluate(year, measurements, { baseline }), expected[1]?.[inputIndex]);
    }
    expect(currentSettings()).toEqual(set);
  });

  it('changed again and again while evaluations are running', async () => {
    const running = inputs.flatMap(({ year, measurements, baseline }) =>
      runs.map(([, run]) => run(year, measurements, baseline)),
    );
    for (const [, settings] of hostile) {
      DecimalJs.set(settings);
      await Promise.resolve();
    }
    const results = await Promise.all(running);
    results.forEach((result, index) => {
      expectSame(result, expected[index % runs.length]?.[Math.floor(index / runs.length)]);
    });
  });
});
