import DecimalJs from 'decimal.js';
import { afterEach, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';
import { ruleThreshold } from '../fixtures/rule-files.js';

const defaults = {
  precision: DecimalJs.precision,
  rounding: DecimalJs.rounding,
  toExpNeg: DecimalJs.toExpNeg,
  toExpPos: DecimalJs.toExpPos,
};
afterEach(() => {
  DecimalJs.set(defaults);
});

/** 10^-19 above energy intensity's limit in rules/ (0.90 in the seed table): a string that keeps the digit. */
const justAboveTheLimit = new (DecimalJs.clone({ precision: 100 }))(
  ruleThreshold('energy-intensity', 'standard', 'energyPerGdp'),
)
  .plus('1e-19')
  .toFixed();

it("the host's global Decimal settings change no answer, and evaluating does not change them", async () => {
  const measurements = {
    energyPerGdp: justAboveTheLimit,
    energyConsumption: '100.123456789',
    energyConsumptionCap: '100.1234567',
  };
  const before = await evaluate(2020, measurements);
  DecimalJs.set({ precision: 5, rounding: DecimalJs.ROUND_DOWN, toExpNeg: -2, toExpPos: 2 });
  const after = await evaluate(2020, measurements);
  expect(after).toEqual(before);
  const energy = after.indicators.find((indicator) => indicator.id === 'energy-intensity');
  expect(energy?.checks.map((check) => [check.status, check.gap])).toEqual([
    ['fail', '0.0000000000000000001'],
    ['fail', '0.000000089'],
  ]);
  expect(DecimalJs.precision).toBe(5);
  expect(DecimalJs.rounding).toBe(DecimalJs.ROUND_DOWN);
});
