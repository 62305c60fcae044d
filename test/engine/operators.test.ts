import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/vocabulary/decimal.js';
import { createEngineOperators } from '../../src/engine/engine-operators.js';
import { decimalOperators } from '../../src/vocabulary/operators.js';

const operators = createEngineOperators();
const call = (name: Parameters<typeof operators.get>[0], fact: unknown, value: unknown) =>
  operators.get(name)?.(fact, value);

describe('engine operators', () => {
  it('compare exact decimals, not floats', () => {
    expect(call('decimalAtMost', new Decimal('0.9000000000000000001'), '0.90')).toBe(false);
    expect(call('decimalAtMost', new Decimal('0.9'), '0.90')).toBe(true);
    expect(call('decimalAtLeast', new Decimal('0.3'), new Decimal('0.1').plus('0.2'))).toBe(true);
    expect(call('decimalGreaterThan', new Decimal('20.00000000000000000000001'), '20')).toBe(true);
    expect(call('decimalEqual', new Decimal('0.0'), '0')).toBe(true);
  });

  it('return real booleans, false for absent or foreign values (the results call those missing)', () => {
    for (const name of [
      'decimalAtLeast',
      'decimalAtMost',
      'decimalGreaterThan',
      'decimalEqual',
      'eiGradeAtLeast',
    ] as const) {
      expect(call(name, null, '1')).toBe(false);
      expect(call(name, new Decimal(1), null)).toBe(false);
      expect(call(name, 1, '1')).toBe(false);
      expect(call(name, '1', '1')).toBe(false);
    }
    expect(call('booleanIs', null, true)).toBe(false);
    expect(call('booleanIs', 'true', true)).toBe(false);
    expect(call('booleanIs', false, false)).toBe(true);
  });

  it('compares EI grades, not values', () => {
    expect(call('eiGradeAtLeast', new Decimal(55), new Decimal(74))).toBe(true);
    expect(call('eiGradeAtLeast', new Decimal('54.99'), new Decimal(55))).toBe(false);
  });

  it('gaps are non-negative and zero exactly when the check holds (except a strict comparison at the threshold)', () => {
    const values = ['0', '0.5', '1', '54.999', '55', '75', '80', '99.9999999999999999999'].map((v) => new Decimal(v));
    for (const [name, definition] of Object.entries(decimalOperators)) {
      for (const actual of values) {
        for (const threshold of values) {
          const gap = definition.gap(actual, threshold);
          expect(gap.isNegative(), `${name} ${actual.toString()} ${threshold.toString()}`).toBe(false);
          const strictAtThreshold = name === 'decimalGreaterThan' && actual.eq(threshold);
          if (!strictAtThreshold)
            expect(gap.isZero(), `${name} ${actual.toString()} ${threshold.toString()}`).toBe(
              definition.holds(actual, threshold),
            );
        }
      }
    }
  });
});
