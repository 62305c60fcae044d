import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDecimal } from '../../src/vocabulary/decimal.js';
import { measurementKinds } from '../../src/index.js';
import { isValidDecimalOf, plainValidator, type DecimalKind } from '../../src/vocabulary/measurement-kinds.js';

const decimalKinds = measurementKinds.filter((kind): kind is DecimalKind => kind !== 'boolean');

/** Plain-notation strings and finite numbers, many of them at or next to the bounds 0, 1, 100 and 366. */
const plainValue: fc.Arbitrary<number | string> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -10, max: 1000 }),
  fc.integer({ min: -5, max: 400 }),
  fc.constantFrom(0, -0, 1, 100, 366, 367, 5e-324, 1e21, 99.99999999999999, 100.00000000000001),
  fc
    .tuple(
      fc.constantFrom('', '-'),
      fc.constantFrom('0', '00', '1', '01', '99', '100', '0100', '366', '367', '1000'),
      fc.constantFrom('', '.0', '.00', '.5', '.0000001', '.9999999999', '.000000000000000000001'),
    )
    .map(([sign, whole, fraction]) => `${sign}${whole}${fraction}`),
  fc.constantFrom('9'.repeat(400), `0.${'0'.repeat(400)}1`, `100.${'0'.repeat(500)}1`, `-0.${'0'.repeat(30)}`),
);

describe('plainValidator', () => {
  it('answers as isValidDecimalOf does for the decimal a value stands for, for every kind and maximum', () => {
    fc.assert(
      fc.property(
        plainValue,
        fc.constantFrom(...decimalKinds),
        fc.constantFrom(undefined, '366', '12.5', '0.3'),
        (value, kind, maximum) => {
          expect(plainValidator(kind, maximum)(value)).toBe(isValidDecimalOf(toDecimal(value), kind, maximum));
        },
      ),
      { numRuns: 20_000, seed: 23 },
    );
  });

  it('refuses what is not a finite number', () => {
    for (const kind of decimalKinds) {
      expect(plainValidator(kind)(Number.POSITIVE_INFINITY)).toBe(false);
      expect(plainValidator(kind)(Number.NaN)).toBe(false);
    }
  });
});
