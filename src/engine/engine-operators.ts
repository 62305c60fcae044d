import { Decimal } from '../vocabulary/decimal.js';
import { decimalOperators, isDecimal, type DecimalOperator, type RuleOperator } from '../vocabulary/operators.js';

/**
 * A function json-rules-engine calls with the fact's value and the condition's value.
 * It always returns a real boolean; absent data (null) is `false` here and becomes
 * `missing` when the results are read, never a pass.
 */
export type EngineOperatorFunction = (factValue: unknown, conditionValue: unknown) => boolean;

/**
 * Builds the engine-facing operator functions. Fixed thresholds arrive as the rule's
 * decimal strings; each is parsed once and kept in `thresholdCache` (one per engine).
 */
export function createEngineOperators(): ReadonlyMap<RuleOperator, EngineOperatorFunction> {
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
      const right = threshold(conditionValue);
      return isDecimal(factValue) && right !== null && holds(factValue, right);
    });
  }
  operators.set(
    'booleanIs',
    (factValue, conditionValue) => typeof factValue === 'boolean' && factValue === conditionValue,
  );
  return operators;
}
