import fc from 'fast-check';
import { it } from 'vitest';
import {
  evaluate,
  measurementCatalogue,
  measurementKeys,
  type Evaluation,
  type MeasurementKey,
} from '../../../src/index.js';
import { plainNumberOf } from '../../fixtures/arbitraries.js';
import { consistentWithDerivations } from '../../fixtures/derivations.js';
import { expectSame } from '../../fixtures/same.js';

const decimalKeys = measurementKeys.filter((key) => measurementCatalogue[key].kind !== 'boolean');

/**
 * Measurements of numbers whose shortest JS string is plain notation, on a random subset of
 * keys, consistent with the derived percentages (a percentage beside its counts is their share).
 */
const plainNumbers: fc.Arbitrary<Readonly<Record<string, number>>> = fc
  .record(
    Object.fromEntries(decimalKeys.map((key) => [key, plainNumberOf(key)])) as Record<
      MeasurementKey,
      fc.Arbitrary<number>
    >,
    { requiredKeys: [] },
  )
  .map((values) => {
    const consistent: Readonly<Record<string, number | string>> = consistentWithDerivations(values);
    // The shares are written as strings; as numbers they stay plain ("96.7" → 96.7).
    return Object.fromEntries(Object.entries(consistent).map(([key, value]) => [key, Number(value)]));
  });

const asStrings = (values: Readonly<Record<string, number>>): Record<string, string> =>
  Object.fromEntries(Object.entries(values).map(([key, value]) => [key, String(value)]));

/** The evaluation with every `actual` as the string it stands for: the one field that keeps the given type. */
const actualsAsStrings = (evaluation: Evaluation): Evaluation => ({
  ...evaluation,
  indicators: evaluation.indicators.map((indicator) => ({
    ...indicator,
    checks: indicator.checks.map((check) => ({
      ...check,
      actual: typeof check.actual === 'number' ? String(check.actual) : check.actual,
    })),
    standardChecks: indicator.standardChecks.map((check) => ({
      ...check,
      actual: typeof check.actual === 'number' ? String(check.actual) : check.actual,
    })),
  })),
});

it('a value as a number and as its decimal string give the same result', async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(2020, 2021), plainNumbers, plainNumbers, async (year, measurements, baseline) => {
      const fromNumbers = await evaluate(year, measurements, { baseline });
      const fromStrings = await evaluate(year, asStrings(measurements), {
        baseline: asStrings(baseline),
      });
      expectSame(actualsAsStrings(fromNumbers), fromStrings);
    }),
    { numRuns: 80 },
  );
});
