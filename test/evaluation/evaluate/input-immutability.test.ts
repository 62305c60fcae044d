import fc from 'fast-check';
import { expect, it } from 'vitest';
import { evaluate } from '../../../src/index.js';
import { anyEvaluation } from '../../fixtures/arbitraries.js';
import { expectSame } from '../../fixtures/same.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

it('inputs are never mutated, and deep-frozen inputs evaluate like unfrozen ones', async () => {
  await fc.assert(
    fc.asyncProperty(anyEvaluation, async ({ year, measurements, baseline }) => {
      const options = baseline === undefined ? {} : { baseline };
      // fast-check makes some records without a prototype; a copy keeps that, and -0.
      const copy = structuredClone({ measurements, options });
      const prototypes = [Object.getPrototypeOf(measurements), Object.getPrototypeOf(baseline ?? {})] as unknown[];
      const open = await evaluate(year, measurements, options);
      expect({ measurements, options }).toEqual(copy);
      expect([Object.getPrototypeOf(measurements), Object.getPrototypeOf(baseline ?? {})]).toEqual(prototypes);
      const frozen = deepFreeze(structuredClone(copy));
      expectSame(await evaluate(year, frozen.measurements, frozen.options), open);
      expect(frozen).toEqual(copy);
    }),
    { numRuns: 60 },
  );
});

it('a result handed out is not shared with the next call', async () => {
  const measurements = { pm25: 30, greenTravelPercent: '40' };
  const first = await evaluate(2020, measurements, { baseline: { pm25: 31 } });
  const copy = structuredClone(first);
  const second = await evaluate(2020, measurements, { baseline: { pm25: 31 } });
  (second.indicators[0]?.checks as unknown as { status: string }[]).forEach((check) => {
    check.status = 'edited';
  });
  expect(first).toStrictEqual(copy);
});
