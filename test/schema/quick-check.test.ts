import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measurementCatalogue, measurementKeys } from '../../src/index.js';
import { measurementsSchema } from '../../src/schemas.js';
import { quickMeasurements } from '../../src/evaluation/parsed-values.js';
import { readMeasurements } from '../../src/evaluation/input.js';
import { keyLayout } from '../../src/evaluation/key-layout.js';
import type { MeasurementValues } from '../../src/evaluation/measurement-values.js';
import { toDecimal } from '../../src/vocabulary/decimal.js';
import { measurementsArbitrary } from '../fixtures/random-measurements.js';

// The quick checks of valid input (src/evaluation/input.ts, src/evaluation/parsed-values.ts) let evaluate skip zod. It may pass
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

describe('readMeasurements, the quick check evaluate runs (values kept as given, by position)', () => {
  const layout = keyLayout(measurementCatalogue);
  const asObject = (values: MeasurementValues): Record<string, unknown> =>
    Object.fromEntries(
      layout.keys.flatMap((key, position) => {
        const given = values.givenAt(position);
        return given === undefined ? [] : [[key, given]];
      }),
    );

  it('never accepts measurements the schema refuses, and reads them as the schema does', () => {
    fc.assert(
      fc.property(fc.oneof(awkwardMeasurements, measurementsArbitrary), (measurements) => {
        const read = readMeasurements(measurements, layout);
        if (read === undefined) return;
        const parsed = measurementsSchema.safeParse(measurements);
        expect(parsed.success).toBe(true);
        expect(asObject(read)).toEqual(parsed.data);
        // The same values the parsing quick check reads: it parses them all at once, this one when read.
        const quick = quickMeasurements(measurements, measurementCatalogue);
        for (const key of Object.keys(quick?.facts ?? {})) expect(read.get(key)).toEqual(quick?.facts[key]);
      }),
      { numRuns: 5000, seed: 9 },
    );
  });

  it('accepts valid measurements itself, so evaluate does skip the schema', () => {
    fc.assert(
      fc.property(measurementsArbitrary, (measurements) => {
        expect(readMeasurements(measurements, layout)).toBeDefined();
      }),
      { numRuns: 1000, seed: 10 },
    );
  });

  it('leaves to the schema a measurement given as a non-enumerable own key, and passes over other non-enumerable keys as the schema does', () => {
    const hidden = Object.defineProperty({ pm25: 30 }, 'greenTravelPercent', { value: 52, enumerable: false });
    expect(readMeasurements(hidden, layout)).toBeUndefined();
    const unknown = Object.defineProperty({ pm25: 30 }, 'notes', { value: 'x', enumerable: false });
    expect(readMeasurements(unknown, layout)).toBeDefined();
    expect(measurementsSchema.safeParse(unknown).success).toBe(true);
  });

  it('shows a number as its decimal does: the digits the number prints, without converting it', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: 0 }), (value) => {
        const text = String(value);
        if (!text.includes('e')) expect(text).toBe(toDecimal(value).toString());
      }),
      { numRuns: 20_000, seed: 11 },
    );
  });
});
