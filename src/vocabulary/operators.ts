import { Decimal } from './decimal.js';
import { eiBand } from './ei-grade.js';

/** Operators a rule may use; json-rules-engine's own operators are not allowed in rules. */
export const ruleOperators = [
  'decimalAtLeast',
  'decimalAtMost',
  'decimalGreaterThan',
  'decimalEqual',
  'booleanIs',
  'eiGradeAtLeast',
] as const;

/** The name of an operator a rule may use. */
export type RuleOperator = (typeof ruleOperators)[number];

/** Operators that compare two decimals (everything but `booleanIs`). */
export type DecimalOperator = Exclude<RuleOperator, 'booleanIs'>;

interface DecimalOperatorDefinition {
  /** Whether `actual` satisfies the check against `threshold`. */
  readonly holds: (actual: Decimal, threshold: Decimal) => boolean;
  /**
   * How far `actual` must move to pass, as a non-negative decimal; zero when it passes.
   * For `decimalGreaterThan` a value equal to the threshold fails with a gap of zero:
   * it must move, by any amount, past the threshold.
   */
  readonly gap: (actual: Decimal, threshold: Decimal) => Decimal;
}

const zero = new Decimal(0);
const positive = (d: Decimal): Decimal => (d.isNegative() ? zero : d);

/** The meaning of each decimal operator, in one place for the engine and the explanations. */
export const decimalOperators: Readonly<Record<DecimalOperator, DecimalOperatorDefinition>> = {
  decimalAtLeast: {
    holds: (actual, threshold) => actual.gte(threshold),
    gap: (actual, threshold) => positive(threshold.minus(actual)),
  },
  decimalAtMost: {
    holds: (actual, threshold) => actual.lte(threshold),
    gap: (actual, threshold) => positive(actual.minus(threshold)),
  },
  decimalGreaterThan: {
    holds: (actual, threshold) => actual.gt(threshold),
    gap: (actual, threshold) => (actual.gt(threshold) ? zero : threshold.minus(actual)),
  },
  decimalEqual: {
    holds: (actual, threshold) => actual.eq(threshold),
    gap: (actual, threshold) => actual.minus(threshold).abs(),
  },
  eiGradeAtLeast: {
    holds: (actual, threshold) => eiBand(actual).rank >= eiBand(threshold).rank,
    gap: (actual, threshold) => positive(eiBand(threshold).lowerBound.minus(actual)),
  },
};

/** Whether `value` is one of our Decimal instances (not the host's). */
export function isDecimal(value: unknown): value is Decimal {
  return value instanceof Decimal;
}

/**
 * What a check compares with: a fixed threshold (`value`), the baseline's value of a key
 * (`baseline`, 不降低), or another measurement of the same year (`measurement`, a cap).
 */
export const checkAgainst = ['value', 'baseline', 'measurement'] as const;

/** One of {@link checkAgainst}. */
export type CheckAgainst = (typeof checkAgainst)[number];
