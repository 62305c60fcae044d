import * as z from 'zod/mini';
import { bureauIds } from '../catalogue/bureaus.js';
import { checkAgainst, ruleOperators } from '../vocabulary/operators.js';
import { progressCategories, progressDirections, progressMethods } from '../vocabulary/progress.js';
import { localizedTextSchema } from './common.js';
import type { MeasurementKey } from '../catalogue/measurements.js';
import { evaluationSchema, statusSchema, type DeepReadonly, type Evaluation } from './evaluation.js';

/** A progress category: `target_achieved`, …, `deterioration`, or `not_available`. */
export const progressCategorySchema = z.enum(progressCategories);

/** A year of a series, as a number. */
const seriesYearSchema = z.int();

/** A value of a measure: a decimal string, or a boolean for a yes/no check. */
const measuredValueSchema = z.nullable(z.union([z.string(), z.boolean()]));

/** The progress measure of one check over a series (docs/progress.md, "The formulas"). */
export const progressMeasureSchema = z.object({
  /** The number of the check's indicator, 1..34. */
  indicator: z.int(),
  /** The measurement whose progress is measured: the one the check reads. */
  key: z.string(),
  /** The check's rule operator (`decimalAtLeast`, `decimalAtMost`, `decimalGreaterThan`, `decimalEqual`, `booleanIs`, `eiGradeAtLeast`). */
  operator: z.enum(ruleOperators),
  /** What the check compares with: a fixed `value` (methods `target` and `status`), the `baseline` (method `trend`) or another `measurement` of the same year (method `status`). */
  against: z.enum(checkAgainst),
  /** `increase` for `≥` and `>` checks, `decrease` for `≤` and for a count that must be 0; null for method `status`. */
  direction: z.nullable(z.enum(progressDirections)),
  /** `target`: progress toward the check's fixed threshold by `targetYear`; `trend`: the growth of the value itself; `status`: whether the check was met in the base and current years (yes/no checks, other `=` checks, caps). */
  method: z.enum(progressMethods),
  /** The base year t0: the series' base year if the measurement has data then, else the first later year that has; null without data. */
  baseYear: z.nullable(seriesYearSchema),
  /** The value in the base year (y0), a decimal string as given, or a boolean for a yes/no check; null without data. */
  baseValue: measuredValueSchema,
  /** The latest year with data (t1); null without data. */
  currentYear: z.nullable(seriesYearSchema),
  /** The value in the current year (y1), a decimal string or a boolean; null without data. */
  currentValue: measuredValueSchema,
  /** The year the target is due (methods `target` and `status`); null for `trend`. */
  targetYear: z.nullable(seriesYearSchema),
  /** The check's threshold as results write thresholds: a decimal string (`target`, and `status` against a value), a boolean (a yes/no check), or the key of the measurement compared with (`status` against a measurement or the baseline); null for `trend`. */
  target: measuredValueSchema,
  /** For a `status` check against another measurement (a cap) or the baseline: what the base value was compared with, a decimal string; null otherwise. */
  baseThreshold: z.nullable(z.string()),
  /** For a `status` check against another measurement (a cap) or the baseline: what the current value was compared with; null otherwise. */
  currentThreshold: z.nullable(z.string()),
  /** The observed compound annual growth rate from t0 to t1, rounded to 4 decimal places (0.0123 is 1.23% a year); null when it cannot be computed or the base value is 0 (no rate of the 0.001 that stands in for it is reported). */
  growth: z.nullable(z.string()),
  /** The compound annual growth rate the target needs from t0 to `targetYear`, rounded to 4 places (method `target`, target year after t0); null otherwise. */
  requiredGrowth: z.nullable(z.string()),
  /** The near-limit coefficient C that scales the trend thresholds (1, or 1 − (y0/100)^4.44 for a percentage that should increase), rounded to 4 places, where the trend formula decided; null otherwise. */
  coefficient: z.nullable(z.string()),
  /** The measure: the ratio of observed to required growth (`target`) or the directed growth (`trend`), rounded to 4 decimal places ("0.0000" for an unchanged value); null when it is not computed (target achieved, already at the target and then below it, a base of 0, `status`, not available). The category is decided on the unrounded value. */
  value: z.nullable(z.string()),
  category: progressCategorySchema,
  /** The measure in one line, in Chinese and in English: the years, the values and the target with their units, the figures that decided the category, and the category. */
  explanation: localizedTextSchema,
});

/** One indicator over the series: its status each year and its progress. */
export const indicatorProgressSchema = z.object({
  number: z.int(),
  id: z.string(),
  bureau: z.enum(bureauIds),
  name: localizedTextSchema,
  /** Its status against each year's targets, keyed by year. */
  statuses: z.record(z.string(), statusSchema),
  /** The least favourable category among its measures, ignoring `not_available` unless all are (and when it has none). */
  progress: progressCategorySchema,
});

/**
 * The result of `evaluateSeries`: an evaluation per year (each with the previous year
 * as its baseline), the progress measure of every check that has one, and each indicator's
 * statuses over the years and its progress. As JSON Schema:
 * `ankang-eco-indicators/schema/series-evaluation.json`.
 */
export const seriesEvaluationSchema = z.object({
  /** The series' years, ascending. */
  years: z.array(seriesYearSchema),
  /** The base year the measures start from (the option, or the series' earliest year). */
  baseYear: seriesYearSchema,
  /** The target year: whose table the measured checks come from, and when targets are due. */
  targetYear: seriesYearSchema,
  /** One evaluation per year, in the order of `years`, equal to what `evaluate` gives for it. */
  evaluations: z.array(evaluationSchema),
  /** One measure per check that has one, in indicator order. */
  progress: z.array(progressMeasureSchema),
  /** All indicators, in the table's order. */
  indicators: z.array(indicatorProgressSchema),
});

/**
 * The progress measure of one check. `K` is the type of its measurement key, as for
 * `CheckResult`: {@link MeasurementKey} for the built-in rules.
 */
export type ProgressMeasure<K extends string = MeasurementKey> = DeepReadonly<
  Omit<z.output<typeof progressMeasureSchema>, 'key'> & { key: K }
>;
/** One indicator over a series. */
export type IndicatorProgress = DeepReadonly<z.output<typeof indicatorProgressSchema>>;
/**
 * The result of `evaluateSeries`; `K` as for `CheckResult`. Code that reads the
 * results of any rule set takes `SeriesEvaluation<string>`, which every series evaluation is.
 */
export type SeriesEvaluation<K extends string = MeasurementKey> = DeepReadonly<
  Omit<z.output<typeof seriesEvaluationSchema>, 'evaluations' | 'progress'>
> & {
  readonly evaluations: readonly Evaluation<K>[];
  readonly progress: readonly ProgressMeasure<K>[];
};
