import type { MeasurementCatalogue } from '../engine/rule-set.js';
import type { Evaluation, EvaluationWarning } from '../schema/evaluation.js';
import type { Decimal } from '../vocabulary/decimal.js';
import type { FactValue } from './input.js';

// Loaded by import() after the first evaluation's statuses are decided (runtime.ts): it imports
// nothing at run time, so that a browser bundle splits it off whole, shared code and all.

/** The facts the warnings read: each side's value of a key (`null` without data). */
interface FactsRead {
  readonly measurements: { get(key: string): FactValue };
  readonly baseline: { get(key: string): FactValue };
}

/** A fact that is a decimal: every fact but a yes/no and no data. */
const isDecimal = (value: FactValue): value is Decimal => typeof value === 'object' && value !== null;

/**
 * What looks mistyped in validated input, as warnings in both languages: a percentage between 0
 * and 1 (inclusive) where a check of it has a threshold above 1 (a ratio typed for a
 * percentage), and a value 10 times or more, or a tenth or less, of the baseline's (a unit or a
 * decimal point). Warnings never change a status; the evaluation is returned unchanged when
 * there are none.
 */
export function withWarnings(
  evaluation: Evaluation<string>,
  facts: FactsRead,
  catalogue: MeasurementCatalogue,
  toDecimal: (value: string) => Decimal,
): Evaluation<string> {
  const one = toDecimal('1');
  const warnings: EvaluationWarning[] = [];
  const ratioWarned = new Set<string>();
  // Every evaluation runs this: the cheap tests first, and no allocation for a check that passes them all.
  const looksLikeRatio = (key: string, threshold: unknown): void => {
    if (typeof threshold !== 'string' || ratioWarned.has(key) || catalogue[key]?.kind !== 'percent') return;
    const actual = facts.measurements.get(key);
    if (!isDecimal(actual) || !actual.isPos() || actual.isZero() || actual.gt(one) || !toDecimal(threshold).gt(one))
      return;
    ratioWarned.add(key);
    const meant = actual.times(100).toString();
    const given = actual.toString();
    warnings.push({
      kind: 'percentLooksLikeRatio',
      key,
      message: {
        zh: `${key} 为 ${given}，像是比值（小数）而非百分比：是否应为 ${meant}？百分比按百分点填写（${meant} 表示 ${meant}%）`,
        en: `${key} is ${given}, which looks like a ratio rather than a percentage: ${meant}? Percentages are given in points (${meant} for ${meant}%)`,
      },
    });
  };
  for (const indicator of evaluation.indicators) {
    for (const check of indicator.checks) looksLikeRatio(check.key, check.threshold);
    for (const check of indicator.standardChecks) looksLikeRatio(check.key, check.threshold);
  }
  for (const key of Object.keys(catalogue)) {
    const value = facts.measurements.get(key);
    if (!isDecimal(value) || !value.isPos() || value.isZero()) continue;
    const base = facts.baseline.get(key);
    if (!isDecimal(base) || !base.isPos() || base.isZero()) continue;
    // Ten times apart needs a different decimal exponent (each is m × 10^e with 1 ≤ m < 10).
    if (value.e === base.e) continue;
    // Multiplied, never divided: a quotient would be worked out to the constructor's precision.
    const larger = value.gt(base);
    if (larger ? value.lt(base.times(10)) : base.lt(value.times(10))) continue;
    const given = value.toString();
    const baseline = base.toString();
    warnings.push({
      kind: 'tenfoldChange',
      key,
      message: larger
        ? {
            zh: `${key} 为 ${given}，是基准值 ${baseline} 的 10 倍或以上：请核对单位和小数点`,
            en: `${key} is ${given}, 10 times or more the baseline's ${baseline}: check the unit and the decimal point`,
          }
        : {
            zh: `${key} 为 ${given}，不到基准值 ${baseline} 的十分之一：请核对单位和小数点`,
            en: `${key} is ${given}, a tenth or less of the baseline's ${baseline}: check the unit and the decimal point`,
          },
    });
  }
  return warnings.length === 0 ? evaluation : { ...evaluation, warnings };
}
