import DecimalJs from 'decimal.js';
import { afterEach, expect, it, vi } from 'vitest';

const defaults = {
  precision: DecimalJs.precision,
  rounding: DecimalJs.rounding,
  minE: DecimalJs.minE,
  maxE: DecimalJs.maxE,
  toExpNeg: DecimalJs.toExpNeg,
  toExpPos: DecimalJs.toExpPos,
};
afterEach(() => {
  DecimalJs.set(defaults);
});

it('global Decimal settings made before the library loads change no answer', async () => {
  // minE/maxE would turn these values into Infinity and 0 in a constructor cloned from them.
  DecimalJs.set({ precision: 5, rounding: DecimalJs.ROUND_DOWN, minE: -9, maxE: 9 });
  vi.resetModules();
  const { evaluate } = await import('../../src/evaluation/evaluate.js');
  const evaluation = await evaluate(
    2020,
    { pm25: '12345678901', energyPerGdp: '0.9000000000000000001' },
    { baseline: { pm25: '12345678900' } },
  );
  const air = evaluation.indicators.find((indicator) => indicator.id === 'air-quality');
  const pm25 = air?.checks.find((check) => check.key === 'pm25');
  expect([pm25?.status, pm25?.gap]).toEqual(['fail', '1']);
  const energy = evaluation.indicators.find((indicator) => indicator.id === 'energy-intensity');
  expect([energy?.checks[0]?.status, energy?.checks[0]?.gap]).toEqual(['fail', '0.0000000000000000001']);
});
