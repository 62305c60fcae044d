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

/**
 * How each operator reads in a report or a UI: `≥`, `≤`, `>`, `=`, `is`, `EI grade ≥`.
 *
 * @example
 * ```ts
 * `${check.key} ${ruleOperatorSymbols[check.operator]} ${String(check.threshold)}`; // 'greenTravelPercent ≥ 35'
 * ```
 */
export const ruleOperatorSymbols: Readonly<Record<RuleOperator, string>> = Object.freeze({
  decimalAtLeast: '≥',
  decimalAtMost: '≤',
  decimalGreaterThan: '>',
  decimalEqual: '=',
  booleanIs: 'is',
  eiGradeAtLeast: 'EI grade ≥',
});

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
 * A function json-rules-engine calls with the fact's value and the condition's value.
 * It always returns a real boolean; absent data (null) is `false` here and becomes
 * `missing` when the results are read, never a pass.
 */
export type EngineOperatorFunction = (factValue: unknown, conditionValue: unknown) => boolean;

/**
 * Builds the engine-facing operator functions. Fixed thresholds arrive as the rule's
 * decimal strings; each is parsed once and kept in `thresholdCache` (one per engine).
 * `resolve` turns what the engine hands over into the value compared: the identity for
 * Decimal facts, or a look-up for facts given to the engine as handles (see EnginePool).
 */
export function createEngineOperators(
  resolve: (value: unknown) => unknown = (value) => value,
): ReadonlyMap<RuleOperator, EngineOperatorFunction> {
  const thresholdCache = new Map<string, Decimal>();
  const threshold = (value: unknown): Decimal | null => {
    if (isDecimal(value)) return value;
    if (typeof value !== 'string') return null;
    let parsed = thresholdCache.get(value);
    if (parsed === undefined) {
      parsed = new Decimal(value);
      thresholdCache.set(value, parsed);
    }
    return parsed;
  };
  const operators = new Map<RuleOperator, EngineOperatorFunction>();
  for (const name of Object.keys(decimalOperators) as DecimalOperator[]) {
    const { holds } = decimalOperators[name];
    operators.set(name, (factValue, conditionValue) => {
      const left = resolve(factValue);
      const right = threshold(resolve(conditionValue));
      return isDecimal(left) && right !== null && holds(left, right);
    });
  }
  operators.set('booleanIs', (factValue, conditionValue) => {
    const left = resolve(factValue);
    return typeof left === 'boolean' && left === resolve(conditionValue);
  });
  return operators;
}
