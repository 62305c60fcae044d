// The progress measure of Open SDG (Statistics Canada's method, implemented in sdg-build's
// sdg/ProgressMeasure.py): a compound annual growth rate compared with the rate the target
// needs, or, without a target, with fixed thresholds. The contract is spec/progress.md;
// docs/progress.md has the formulas and a worked example.
import { Decimal } from '../vocabulary/decimal.js';
import type { ProgressCategory, ProgressDirection, ProgressMethod } from '../vocabulary/progress.js';

/**
 * The arithmetic of the measure. A growth rate is a fractional power ((y1/y0)^(1/n)), which
 * no finite decimal holds exactly, so it is computed, like the divisions around it, to 40
 * significant digits (decimal.js's `pow` is correctly rounded but for at most one unit in the
 * last place). The thresholds are compared with that value as decimals; no binary floating
 * point is involved anywhere. Comparisons of the measured values themselves (is the target
 * met? opposite signs?) use the exact decimals.
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

/** What the measure needs to know of a check. */
export interface ProgressCheck {
  readonly direction: ProgressDirection;
  readonly method: ProgressMethod;
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

/** The category of a `target` ratio or a `trend` growth (already directed), by the thresholds. */
function categoryOf(value: Precise, substantial: Precise, moderate: Precise): ProgressCategory {
  if (value.gte(substantial)) return 'substantial_progress';
  if (value.gte(moderate)) return 'moderate_progress';
  if (value.gte(zero)) return 'limited_progress';
  return 'deterioration';
}

const unavailable = {
  growth: null,
  requiredGrowth: null,
  coefficient: null,
  value: null,
  category: 'not_available',
} as const satisfies Partial<ProgressOutcome>;

/**
 * The progress of one check's measurement over a series (spec/progress.md, "The measure").
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
    return { baseYear: null, baseValue: null, currentYear: null, currentValue: null, ...unavailable };
  }
  const shown = { baseYear: base.year, baseValue: base.shown, currentYear: current.year, currentValue: current.shown };
  const t0 = base.year;
  const t1 = current.year;
  // Fewer than two years with data from the base year on.
  if (t1 <= t0) return { ...shown, ...unavailable };
  const y1 = new Precise(current.value);
  const y0 = base.value.isZero() ? zeroBaseStandIn : new Precise(base.value);
  if ((y0.gt(zero) && y1.lt(zero)) || (y0.lt(zero) && y1.gt(zero))) return { ...shown, ...unavailable };
  const sign = y0.lt(zero) ? -1 : 1;
  const direction = check.direction === 'increase' ? 1 : -1;
  const observed = compoundGrowth(y1, y0, t1, t0);
  if (observed === null) return { ...shown, ...unavailable };
  const growth = reported(observed);

  if (check.method === 'trend' || check.target === null) {
    // C scales the thresholds of a percentage that should rise, which cannot pass 100: from a
    // base already near 100 less growth counts as progress. From the base value as given (a
    // base of 0 gives C = 1), as sdg-build computes it before it replaces a zero base.
    const coefficient = check.nearLimit ? one.minus(new Precise(base.value).div(percentLimit).pow(limitExponent)) : one;
    const value = observed.times(sign * direction);
    const category = coefficient.isZero()
      ? value.gte(zero)
        ? 'substantial_progress'
        : 'deterioration'
      : categoryOf(value, trendThresholds.substantial.times(coefficient), trendThresholds.moderate.times(coefficient));
    return {
      ...shown,
      growth,
      requiredGrowth: null,
      coefficient: reported(coefficient),
      value: reported(value),
      category,
    };
  }

  const target = check.target;
  const required = years.targetYear > t0 ? compoundGrowth(new Precise(target), y0, years.targetYear, t0) : null;
  const requiredGrowth = required === null ? null : reported(required);
  // The target is met when the current value meets it, compared exactly.
  const met = check.direction === 'increase' ? current.value.gte(target) : current.value.lte(target);
  if (met) {
    return { ...shown, growth, requiredGrowth, coefficient: null, value: null, category: 'target_achieved' };
  }
  // No growth is needed (the base value is the target), or none can be computed.
  if (required === null || required.isZero()) {
    return { ...shown, ...unavailable, growth, requiredGrowth };
  }
  const value = observed.times(sign * direction).div(required.abs());
  return {
    ...shown,
    growth,
    requiredGrowth,
    coefficient: null,
    value: reported(value),
    category: categoryOf(value, targetThresholds.substantial, targetThresholds.moderate),
  };
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
