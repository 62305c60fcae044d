import type { MeasurementCatalogue } from '../engine/rule-set.js';
import type { Evaluation, EvaluationWarning } from '../schema/evaluation.js';
import type { Decimal } from '../vocabulary/decimal.js';
import type { FactValue } from './input.js';
import { evaluationWarningMessages, wordedWarning } from '../messages/evaluation-warning.js';

// Loaded by import() after the first evaluation's statuses are decided (runtime.ts): it imports
// nothing at run time, so that a browser bundle splits it off whole, shared code and all.

/** What the warnings read of one side's measurements (a `MeasurementValues`). */
interface ValuesRead {
  /** The value of a key as the rules read it (`null` without data). */
  get(key: string): FactValue;
  /** The value at a position of the catalogue's layout, as the rules read it. */
  at(position: number): FactValue;
  /** The value at a position as given: a number or decimal string for a decimal, else not one. */
  givenAt(position: number): unknown;
  readonly layout: { readonly keys: readonly string[] };
}

/** The facts the warnings read: the year's measurements and the baseline's. */
interface FactsRead {
  readonly measurements: ValuesRead;
  readonly baseline: ValuesRead;
}

/** Numbers this far from 0 and infinity are normal doubles, with their full relative precision. */
const normal = (value: number): boolean => value >= 1e-300 && value <= 1e300;

/**
 * Whether two positive decimals, given as numbers or plain decimal strings, are surely less than
 * ten times apart, judged by their nearest doubles: each differs from its decimal by at most
 * 2^-53 of it, their quotient by as much again, so a quotient of doubles strictly between
 * 0.1000001 and 9.999999 says the decimals' is strictly between 0.1 and 10. `false` means "work
 * it out exactly", never "they are ten times apart".
 */
function surelyWithinTenfold(value: unknown, base: unknown): boolean {
  if (
    (typeof value !== 'number' && typeof value !== 'string') ||
    (typeof base !== 'number' && typeof base !== 'string')
  )
    return false;
  const a = Number(value);
  const b = Number(base);
  if (!normal(a) || !normal(b)) return false;
  const quotient = a / b;
  return quotient > 0.1000001 && quotient < 9.999999;
}

/** A fact that is a decimal: every fact but a yes/no and no data. */
const isDecimal = (value: FactValue): value is Decimal => typeof value === 'object' && value !== null;

/**
 * What looks mistyped in validated input, as warnings in both languages, `checks` being the
 * evaluation's checks' results, each distinct one once, in the order the evaluation first shows
 * them: a percentage between 0
 * and 1 (inclusive) where a check of it has a threshold above 1 (a ratio typed for a
 * percentage), and a value 10 times or more, or a tenth or less, of the baseline's (a unit or a
 * decimal point). Warnings never change a status; the evaluation is returned unchanged when
 * there are none.
 */
export function withWarnings(
  evaluation: Evaluation<string>,
  checks: readonly { readonly key: string; readonly threshold: unknown }[],
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
    // Ten or more (a decimal exponent above 0) is no ratio: most percentages stop here.
    if (!isDecimal(actual) || actual.e > 0 || !actual.isPos() || actual.isZero() || actual.gt(one)) return;
    if (!toDecimal(threshold).gt(one)) return;
    ratioWarned.add(key);
    const meant = actual.times(100).toString();
    const given = actual.toString();
    warnings.push({
      kind: 'percentLooksLikeRatio',
      key,
      ...wordedWarning(evaluationWarningMessages, 'warning.percent_looks_like_ratio', { key, given, meant }),
    });
  };
  for (const check of checks) looksLikeRatio(check.key, check.threshold);
  const { keys } = facts.measurements.layout;
  for (let position = 0; position < keys.length; position++) {
    const raw = facts.measurements.givenAt(position);
    const rawBase = facts.baseline.givenAt(position);
    // Most keys are absent on a side, a yes/no, or plainly less than ten times apart: no decimal is made for them.
    if (raw === undefined || raw === null || rawBase === undefined || rawBase === null) continue;
    if (typeof raw === 'boolean' || surelyWithinTenfold(raw, rawBase)) continue;
    const key = keys[position] as string;
    const value = facts.measurements.at(position);
    if (!isDecimal(value) || !value.isPos() || value.isZero()) continue;
    const base = facts.baseline.at(position);
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
      ...wordedWarning(
        evaluationWarningMessages,
        larger ? 'warning.tenfold_above_baseline' : 'warning.tenfold_below_baseline',
        {
          key,
          given,
          baseline,
        },
      ),
    });
  }
  return warnings.length === 0 ? evaluation : { ...evaluation, warnings };
}
