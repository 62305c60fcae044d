// The progress measure of Open SDG (Statistics Canada's method, implemented in sdg-build's
// sdg/ProgressMeasure.py): a compound annual growth rate compared with the rate the target
// needs, or, without a target, with fixed thresholds; and, for checks whose raw value's trend
// says nothing about meeting them, whether they were met. The contract is docs/progress.md,
// with its rules where sdg-build's arithmetic would say something false ("Where this goes
// beyond sdg-build"); docs/progress.md has the formulas and a worked example.
import { Decimal } from '../vocabulary/decimal.js';
import type { ProgressCategory, ProgressDirection } from '../vocabulary/progress.js';

/**
 * The arithmetic of the measure. A growth rate is a fractional power ((y1/y0)^(1/n)), which
 * no finite decimal holds exactly, so it is computed, like the divisions around it, to 40
 * significant digits (decimal.js's `pow` is correctly rounded but for at most one unit in the
 * last place). No binary floating point is involved anywhere. Comparisons of the measured values
 * themselves (is the target met? unchanged? opposite signs?) use the exact decimals.
 */
const Precise = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });
type Precise = InstanceType<typeof Precise>;

const zero = new Precise(0);
const one = new Precise(1);
/** What a base value of 0 is taken as, as sdg-build does: a growth rate from 0 is undefined. */
const zeroBaseStandIn = new Precise('0.001');
/** The near-limit exponent of Statistics Canada's coefficient C = 1 − (y0 / limit)^4.44. */
const limitExponent = new Precise('4.44');
/** The natural limit of a percentage. */
const percentLimit = new Precise(100);
/**
 * How close to a threshold a computed value counts as equal to it (spec rule 4). The value is
 * exact but for the last digits of a 40-digit computation: 60 → 98 against 100 in one year is
 * 38/40 = 0.95 exactly, computed as 0.9499…9 (40 digits); it lands in the category above.
 */
const thresholdTolerance = new Precise('1e-30');

/** Category thresholds of the target method: the ratio of observed to required growth. */
const targetThresholds = { substantial: new Precise('0.95'), moderate: new Precise('0.6') } as const;
/** Category thresholds of the trend method: the directed growth rate, before scaling by C. */
const trendThresholds = { substantial: new Precise('0.015'), moderate: new Precise('0.005') } as const;

/** A year in which the measurement has data. */
export interface ProgressPoint {
  readonly year: number;
  /** The exact value. */
  readonly value: Decimal;
  /** The value as results show it (plain notation). */
  readonly shown: string;
}

/** What the measure needs to know of a `target` or `trend` check. */
export interface ProgressCheck {
  readonly direction: ProgressDirection;
  readonly method: 'target' | 'trend';
  /** The fixed threshold of a `target` check; `null` for `trend`. */
  readonly target: Decimal | null;
  /** A percentage that should increase: its trend thresholds are scaled near 100. */
  readonly nearLimit: boolean;
}

/** The numbers of one measure. */
export interface ProgressOutcome {
  readonly baseYear: number | null;
  readonly baseValue: string | null;
  readonly currentYear: number | null;
  readonly currentValue: string | null;
  readonly growth: string | null;
  readonly requiredGrowth: string | null;
  readonly coefficient: string | null;
  readonly value: string | null;
  readonly category: ProgressCategory;
}

/** A decimal rounded half up (四舍五入) to 4 places, as results report it; never `-0.0000`. */
function reported(value: Precise): string {
  const text = value.toFixed(4, Precise.ROUND_HALF_UP);
  return /^-0\.0+$/.test(text) ? text.slice(1) : text;
}

/**
 * The compound annual growth rate from `b` at year `tb` to `a` at year `ta`:
 * (a / b)^(1 / (ta − tb)) − 1. `null` when it is not a real number (a negative ratio under a
 * fractional power).
 */
export function compoundGrowth(a: Precise, b: Precise, ta: number, tb: number): Precise | null {
  const ratio = a.div(b);
  const years = ta - tb;
  if (years === 1) return ratio.minus(one);
  if (ratio.isNegative() && !ratio.isZero()) return null;
  return ratio.pow(one.div(years)).minus(one);
}

/** Whether `value` reaches `threshold`, a value within {@link thresholdTolerance} below it included (rule 4). */
function reaches(value: Precise, threshold: Precise): boolean {
  return value.gte(threshold.minus(thresholdTolerance));
}

/** The category of a `target` ratio or a `trend` growth (already directed), by the thresholds. */
function categoryOf(value: Precise, substantial: Precise, moderate: Precise): ProgressCategory {
  if (reaches(value, substantial)) return 'substantial_progress';
  if (reaches(value, moderate)) return 'moderate_progress';
  if (reaches(value, zero)) return 'limited_progress';
  return 'deterioration';
}

/** Whether `value` meets a target that should be reached going in `direction` (≥ for increase, ≤ for decrease). */
export function meetsTarget(value: Decimal, target: Decimal, direction: ProgressDirection): boolean {
  return direction === 'increase' ? value.gte(target) : value.lte(target);
}

const notComputed = { growth: null, requiredGrowth: null, coefficient: null, value: null } as const;

/**
 * The progress of one `target` or `trend` check's measurement over a series (docs/progress.md,
 * "The formulas", with the rules of "Where this goes beyond sdg-build" applied first):
 *
 * - a current value that meets the target is `target_achieved`, even in a single year;
 * - a base value that met the target and a current one that does not is `deterioration`
 *   (rule 1), with no value: the formula would divide by the zero growth a base at the target
 *   needs, or count a fall by a required growth of the wrong sign;
 * - an unchanged value is no change: exactly 0, `limited_progress` (rule 2), 0 → 0 included;
 * - a base of 0 is taken as 0.001 to decide the category, and then no growth rate or value is
 *   reported (rule 3): they would describe the stand-in, not the data;
 * - the category is decided on the 40-digit value, within 10⁻³⁰ of a threshold counting as on
 *   it (rule 4).
 *
 * @param check - The check's direction, method, target and whether it is a percentage that should increase.
 * @param points - The years with data, ascending.
 * @param years - The series' base year (t0 is the first year with data from it) and the target year.
 */
export function measureProgress(
  check: ProgressCheck,
  points: readonly ProgressPoint[],
  years: { readonly baseYear: number; readonly targetYear: number },
): ProgressOutcome {
  const base = points.find((point) => point.year >= years.baseYear);
  const current = points.at(-1);
  if (base === undefined || current === undefined) {
    return {
      baseYear: null,
      baseValue: null,
      currentYear: null,
      currentValue: null,
      ...notComputed,
      category: 'not_available',
    };
  }
  const shown = { baseYear: base.year, baseValue: base.shown, currentYear: current.year, currentValue: current.shown };
  const t0 = base.year;
  const t1 = current.year;
  const target = check.method === 'target' ? check.target : null;
  const fromZero = base.value.isZero();
  const y0 = fromZero ? zeroBaseStandIn : new Precise(base.value);
  const y1 = new Precise(current.value);
  // Growth rates that describe the data: none computed from the stand-in of a zero base.
  const observed = t1 > t0 ? compoundGrowth(y1, y0, t1, t0) : null;
  const growth = observed === null || fromZero ? null : reported(observed);
  // The trend formula measures a `trend` check, and a `target` whose year had passed before t0.
  const byTrend = target === null || years.targetYear <= t0;
  const required =
    target === null || byTrend || t1 <= t0 ? null : compoundGrowth(new Precise(target), y0, years.targetYear, t0);
  const requiredGrowth = required === null || fromZero ? null : reported(required);
  // C scales the thresholds of a percentage that should rise, which cannot pass 100: from a base
  // already near 100 less growth counts as progress. From the base value as given (a base of 0
  // gives C = 1), as sdg-build computes it before it replaces a zero base.
  const coefficient =
    byTrend && check.nearLimit ? one.minus(new Precise(base.value).div(percentLimit).pow(limitExponent)) : one;
  const coefficientShown = byTrend ? reported(coefficient) : null;

  // A fact is a fact: the target met now is achieved, whatever the number of years with data.
  if (target !== null && meetsTarget(current.value, target, check.direction)) {
    return { ...shown, growth, requiredGrowth, coefficient: null, value: null, category: 'target_achieved' };
  }
  if (t1 <= t0) return { ...shown, ...notComputed, category: 'not_available' };
  // Rule 1: at the target (or past it), then short of it.
  if (target !== null && meetsTarget(base.value, target, check.direction)) {
    return { ...shown, growth, requiredGrowth, coefficient: null, value: null, category: 'deterioration' };
  }
  // Rule 2: no change is no change (a percentage held at 100, C = 0, is still substantial).
  if (current.value.eq(base.value)) {
    return {
      ...shown,
      growth,
      requiredGrowth,
      coefficient: coefficientShown,
      value: reported(zero),
      category: byTrend && coefficient.isZero() ? 'substantial_progress' : 'limited_progress',
    };
  }
  if ((y0.gt(zero) && y1.lt(zero)) || (y0.lt(zero) && y1.gt(zero)) || observed === null) {
    return { ...shown, ...notComputed, category: 'not_available' };
  }
  const sign = y0.lt(zero) ? -1 : 1;
  const direction = check.direction === 'increase' ? 1 : -1;
  const directed = observed.times(sign * direction);

  let value: Precise;
  let category: ProgressCategory;
  if (byTrend) {
    value = directed;
    category = coefficient.isZero()
      ? reaches(value, zero)
        ? 'substantial_progress'
        : 'deterioration'
      : categoryOf(value, trendThresholds.substantial.times(coefficient), trendThresholds.moderate.times(coefficient));
  } else {
    // A required growth of 0 needs a base at the target (rule 1 above) or the stand-in of a zero
    // base equal to the target: nothing to divide by.
    if (required === null || required.isZero()) return { ...shown, ...notComputed, category: 'not_available' };
    value = directed.div(required.abs());
    category = categoryOf(value, targetThresholds.substantial, targetThresholds.moderate);
  }
  return {
    ...shown,
    growth,
    requiredGrowth,
    coefficient: coefficientShown,
    // Rule 3: the stand-in decided the category; its ratio or rate is not the data's.
    value: fromZero ? null : reported(value),
    category,
  };
}

/** A year in which a `status` check could be decided. */
export interface StatusPoint {
  readonly year: number;
  /** Whether the check held that year. */
  readonly met: boolean;
}

/**
 * The category of a `status` check (a yes/no check, another `=` check, a cap) over the years
 * in which it could be decided: met in the current year → `target_achieved`; met in the base
 * year and not in the current one → `deterioration`; met in neither, two years apart or more →
 * `limited_progress` (no progress yet); one year only, not met → `not_available`.
 *
 * @param points - The years in which the check could be decided, ascending.
 * @param baseYear - The series' base year: t0 is the first of `points` from it on.
 * @returns The base and current points (`undefined` without any) and the category.
 */
export function measureStatus<P extends StatusPoint>(
  points: readonly P[],
  baseYear: number,
): { readonly base: P | undefined; readonly current: P | undefined; readonly category: ProgressCategory } {
  const base = points.find((point) => point.year >= baseYear);
  const current = points.at(-1);
  if (base === undefined || current === undefined)
    return { base: undefined, current: undefined, category: 'not_available' };
  if (current.met) return { base, current, category: 'target_achieved' };
  if (current.year <= base.year) return { base, current, category: 'not_available' };
  return { base, current, category: base.met ? 'deterioration' : 'limited_progress' };
}

/** The order of the categories from least to most favourable; `not_available` is not in it. */
const favourability: Readonly<Record<Exclude<ProgressCategory, 'not_available'>, number>> = {
  deterioration: 0,
  limited_progress: 1,
  moderate_progress: 2,
  substantial_progress: 3,
  target_achieved: 4,
};

/**
 * An indicator's progress from its measures': the least favourable category (deterioration <
 * limited_progress < moderate_progress < substantial_progress < target_achieved), ignoring
 * `not_available` unless all are (and `not_available` when there is none). Like
 * {@link combineStatuses}, for any group of measures (a measurement's, a bureau's).
 *
 * @example
 * ```ts
 * combineProgress(['target_achieved', 'moderate_progress', 'not_available']); // 'moderate_progress'
 * ```
 */
export function combineProgress(categories: readonly ProgressCategory[]): ProgressCategory {
  let least: ProgressCategory = 'not_available';
  for (const category of categories) {
    if (category === 'not_available') continue;
    if (least === 'not_available' || favourability[category] < favourability[least]) least = category;
  }
  return least;
}
