import fc from 'fast-check';
import { expect, it } from 'vitest';
import { measurementCatalogue, measurementKeys } from '../../src/catalogue/measurements.js';
import { measurementsSchema } from '../../src/schema/measurements.js';
import { quickMeasurements } from '../../src/evaluation/validate.js';
import { measurementsArbitrary } from '../fixtures/random-measurements.js';

// The quick check of valid input (src/evaluation/validate.ts) lets evaluate skip zod. It may pass
// anything to zod, but must never accept what zod refuses, nor read a value differently.
const awkwardValue = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 200 }),
  fc.constantFrom(
    '1e2',
    '0x10',
    ' 31 ',
    '52%',
    'NaN',
    '',
    '-0',
    '007.50',
    '-1',
    '100.0000000000000000001',
    '0.5',
    '2.5',
    '1'.repeat(1001),
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    1e21,
    5e-324,
  ),
  fc.string(),
  fc.boolean(),
  fc.constantFrom(null, undefined, {}, [], new Date(0)),
);

const awkwardMeasurements = fc.dictionary(
  fc.oneof(fc.constantFrom(...measurementKeys), fc.constantFrom('pm2.5', 'constructor', '__proto__', 'greenTravel')),
  awkwardValue,
  { maxKeys: 6 },
);

it('never accepts measurements the schema refuses, and reads them as the schema does', () => {
  fc.assert(
    fc.property(fc.oneof(awkwardMeasurements, measurementsArbitrary), (measurements) => {
      const quick = quickMeasurements(measurements, measurementCatalogue);
      if (quick === undefined) return;
      const parsed = measurementsSchema.safeParse(measurements);
      expect(parsed.success).toBe(true);
      expect(quick.given).toEqual(parsed.data);
    }),
    { numRuns: 5000, seed: 7 },
  );
});

it('accepts valid measurements itself, so evaluate does skip the schema', () => {
  fc.assert(
    fc.property(measurementsArbitrary, (measurements) => {
      expect(quickMeasurements(measurements, measurementCatalogue)).toBeDefined();
    }),
    { numRuns: 1000, seed: 8 },
  );
});
