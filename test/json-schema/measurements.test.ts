import fc from 'fast-check';
import { expect, it } from 'vitest';
import { measurementCatalogue, type MeasurementKind } from '../../src/index.js';
import { measurementsSchema } from '../../src/schemas.js';
import { jsonSchemaAccepts } from '../fixtures/json-schemas.js';

/** One key of each kind. */
const keyOfKind = (kind: MeasurementKind): string =>
  Object.entries(measurementCatalogue).find(([, info]) => info.kind === kind)?.[0] ?? '';
const kinds: readonly MeasurementKind[] = ['percent', 'ratio', 'index', 'amount', 'count', 'boolean'];

/** Values near every boundary of every kind, in both notations, and many that are wrong. */
const valueArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(0, 1, 100, 100.5, -0.001, 0.5, 1.0000001, 3, 3.5, 99.99, 1e21, -1),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -200, max: 200 }),
  fc.integer({ min: -5, max: 150 }),
  fc.constantFrom(
    '0',
    '-0',
    '-0.00',
    '000',
    '007.5',
    '100',
    '100.0',
    '100.01',
    '0100',
    '1',
    '1.000',
    '1.0001',
    '0.9999',
    '00.3',
    '3.0',
    '3.5',
    '-1',
    '1e2',
    '0x10',
    ' 31 ',
    '52%',
    'NaN',
    '',
    '.5',
    '5.',
    '+1',
    '１',
  ),
  fc.stringMatching(/^-?\d{1,4}(?:\.\d{1,3})?$/),
  fc.string({ maxLength: 6 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant('9'.repeat(1001)),
);

it.each(kinds)(
  'schema/measurements.json and its draft-07 copy accept exactly the %s values the package accepts',
  (kind) => {
    const key = keyOfKind(kind);
    fc.assert(
      fc.property(valueArbitrary, (value) => {
        const measurements = { [key]: value };
        const accepted = measurementsSchema.safeParse(measurements).success;
        expect(jsonSchemaAccepts('measurements', measurements), `${key}: ${JSON.stringify(value)}`).toBe(accepted);
        expect(jsonSchemaAccepts('measurements', measurements, { draft: 'draft-07' }), `draft-07 ${key}`).toBe(
          accepted,
        );
      }),
      { numRuns: 2000, seed: 5 },
    );
  },
);

it('schema/measurements.json refuses unknown keys and non-objects', () => {
  expect(jsonSchemaAccepts('measurements', { greenTravelPercnt: 52 })).toBe(false);
  expect(jsonSchemaAccepts('measurements', [])).toBe(false);
  expect(jsonSchemaAccepts('measurements', 'pm25')).toBe(false);
  expect(jsonSchemaAccepts('evaluate-options', { baseline: { pm25: -1 } })).toBe(false);
  expect(jsonSchemaAccepts('evaluate-options', { baseline: {}, year: 2019 })).toBe(false);
});
