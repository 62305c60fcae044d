import type { DerivationNote } from '../engine/derivations.js';
import type { CompiledCheck } from '../engine/rule-set.js';
import { explainCheck } from '../results/explain.js';
import type { CheckResult, DerivedValue, GroupResult } from '../schema/evaluation.js';
import type { eiGrade } from '../vocabulary/ei-grade.js';
import type { decimalOperators, isDecimal } from '../vocabulary/operators.js';
import type { Status } from '../vocabulary/status.js';
import type { MeasurementValues } from './measurement-values.js';
import { givenValue, noteOf, shownValue } from './shown-values.js';

// One check's result from its outcome: status, gap, grades, the values as shown, explanation.
// The same for the engine path, the what-if path and the checks inside `any` groups
// (./groups.ts). Part of the assembly, loaded apart (./assemble.ts): it imports at run time
// only what that chunk holds, and borrows the rest ({@link CheckFigures}).

/** The input of one evaluation: the year's measurements and the baseline's. */
export interface EvaluationFacts {
  readonly measurements: MeasurementValues;
  readonly baseline: MeasurementValues;
}

/**
 * How one check came out: the two values it compared (`null` without data) and whether it
 * holds. The engine path reads this off json-rules-engine's result, the what-if path
 * computes it directly; everything after (status, gap, explanation) is shared.
 */
export interface CheckOutcome {
  readonly left: unknown;
  readonly right: unknown;
  readonly holds: boolean;
}

/** How an `any` group came out: each alternative's checks' outcomes, and whether the group holds. */
export interface GroupOutcome {
  readonly alternatives: readonly (readonly CheckOutcome[])[];
  /** Whether an alternative holds: json-rules-engine's `any` on the engine path. */
  readonly holds: boolean;
}

/** The status of a check from its outcome: no data on either side is `missing`, never a pass. */
export function checkStatus(outcome: CheckOutcome | undefined): Status {
  const left = outcome?.left;
  const right = outcome?.right;
  const hasData = left !== null && left !== undefined && right !== null && right !== undefined;
  return !hasData ? 'missing' : outcome?.holds === true ? 'pass' : 'fail';
}

/**
 * What check results borrow from the code every evaluation loads: the operators' gaps and the
 * EI grades. Passed in rather than imported, as the groups module's kit (./groups.ts).
 */
export interface CheckFigures {
  readonly decimalOperators: typeof decimalOperators;
  readonly isDecimal: typeof isDecimal;
  readonly eiGrade: typeof eiGrade;
}

/** A check's result from its outcome. */
export function assembleCheck(
  check: CompiledCheck,
  outcome: CheckOutcome | undefined,
  facts: EvaluationFacts,
  { decimalOperators, isDecimal, eiGrade }: CheckFigures,
): CheckResult<string> {
  const status = checkStatus(outcome);
  const left = outcome?.left;
  const right = outcome?.right;
  let gap: string | null = null;
  let grades: CheckResult<string>['grades'];
  if (check.operator !== 'booleanIs') {
    const actualDecimal = isDecimal(left) ? left : null;
    const thresholdDecimal = isDecimal(right) ? right : check.thresholdDecimal;
    if (actualDecimal !== null && thresholdDecimal !== null && check.operator in decimalOperators) {
      // Every operator's gap is zero when it holds (src/vocabulary/operators.ts): no arithmetic then.
      gap = status === 'pass' ? '0' : decimalOperators[check.operator].gap(actualDecimal, thresholdDecimal).toString();
    }
    if (check.operator === 'eiGradeAtLeast') {
      grades = {
        actual: actualDecimal === null ? null : eiGrade(actualDecimal),
        threshold: thresholdDecimal === null ? null : eiGrade(thresholdDecimal),
      };
    }
  }
  // A fixed threshold reads as the rule writes it ("0.90"); a compared value in plain notation.
  const thresholdFacts = check.against === 'baseline' ? facts.baseline : facts.measurements;
  const threshold =
    check.against === 'value' ? check.threshold : shownValue(thresholdFacts, check.thresholdKey ?? check.key);
  const actual = shownValue(facts.measurements, check.key);
  // Derived percentages are few: most checks skip this with two look-ups.
  const actualNote = noteOf(facts.measurements, check.key);
  const thresholdNote = check.against === 'value' ? undefined : noteOf(thresholdFacts, check.thresholdKey ?? check.key);
  const notes =
    actualNote === undefined && thresholdNote === undefined
      ? undefined
      : {
          ...(actualNote === undefined ? {} : { actual: actualNote }),
          ...(thresholdNote === undefined ? {} : { threshold: thresholdNote }),
        };
  // Literals rather than spreads: this runs for every check of every evaluation.
  const explanation = explainCheck(
    notes === undefined
      ? grades === undefined
        ? { check, status, actual, threshold, gap }
        : { check, status, actual, threshold, gap, grades }
      : { check, status, actual, threshold, gap, ...(grades === undefined ? {} : { grades }), notes },
  );
  const result: CheckResult<string> = {
    key: check.key,
    operator: check.operator,
    against: check.against,
    thresholdKey: check.thresholdKey,
    threshold,
    actual: givenValue(facts.measurements, check.key),
    status,
    gap,
    explanation,
  };
  // Only EI checks have grades, and only derived percentages a derivation: rare spreads.
  const derived = derivedOf(actualNote, thresholdNote);
  const withGrades = grades === undefined ? result : { ...result, grades };
  return derived === undefined ? withGrades : { ...withGrades, derived };
}

/** A derived side of a check as results show it; null for a side given as it is. */
function derivedValue(note: DerivationNote | undefined): DerivedValue | null {
  if (note?.kind !== 'derived') return null;
  return {
    part: { key: note.part.key, value: note.part.value },
    whole: { key: note.whole.key, value: note.whole.value },
    decimalPlaces: note.decimalPlaces,
  };
}

/** `check.derived`: present when a side of the check was derived from counts. */
function derivedOf(
  actualNote: DerivationNote | undefined,
  thresholdNote: DerivationNote | undefined,
): CheckResult<string>['derived'] {
  const actual = derivedValue(actualNote);
  const threshold = derivedValue(thresholdNote);
  return actual === null && threshold === null ? undefined : { actual, threshold };
}

function copyDerived(derived: DerivedValue | null): DerivedValue | null {
  return derived === null ? null : { ...derived, part: { ...derived.part }, whole: { ...derived.whole } };
}

/** A copy of a check's result that shares no object with it (its strings are shared: they cannot change). */
export function copyCheck(check: CheckResult<string>): CheckResult<string> {
  // A literal in the order of assembleCheck's: copies are most of an evaluation's check results.
  const copy: CheckResult<string> = {
    key: check.key,
    operator: check.operator,
    against: check.against,
    thresholdKey: check.thresholdKey,
    threshold: check.threshold,
    actual: check.actual,
    status: check.status,
    gap: check.gap,
    explanation: { zh: check.explanation.zh, en: check.explanation.en },
  };
  if (check.grades === undefined && check.derived === undefined) return copy;
  const grades =
    check.grades === undefined ? undefined : { actual: check.grades.actual, threshold: check.grades.threshold };
  const derived =
    check.derived === undefined
      ? undefined
      : { actual: copyDerived(check.derived.actual), threshold: copyDerived(check.derived.threshold) };
  return {
    ...copy,
    ...(grades === undefined ? {} : { grades }),
    ...(derived === undefined ? {} : { derived }),
  };
}

/** What the engine leaves on a leaf condition after a run. */
export interface EvaluatedCondition {
  readonly result?: unknown;
  readonly factResult?: unknown;
  readonly valueResult?: unknown;
}

/** What the engine leaves on a table's entry: a condition, or an `any` group with its alternatives. */
export interface EvaluatedGroup extends EvaluatedCondition {
  readonly any?: readonly (EvaluatedCondition & { readonly all?: readonly EvaluatedCondition[] })[];
}

/** One table of an indicator, assembled: its checks and `any` groups, and the two in the rule's order. */
export interface AssembledTable {
  readonly checks: CheckResult<string>[];
  readonly groups: GroupResult<string>[];
  /** Checks and groups in the order the table lists them: explanations read in this order. */
  readonly entries: readonly { readonly status: Status; readonly explanation: CheckResult<string>['explanation'] }[];
}
