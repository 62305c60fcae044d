import { checksFor, type CompiledCheck, type MeasurementCatalogue } from '../engine/rule-set.js';
import type { CompiledDerivation } from '../engine/derivations.js';
import { issueAt, type Issue } from '../errors/issue.js';
import { ValidationError } from '../errors/validation-error.js';
import { combineProgress, measureProgress, type ProgressPoint } from '../results/progress.js';
import type { Evaluation } from '../schema/evaluation.js';
import type { Measurements } from '../schema/measurements.js';
import type { EvaluateSeriesOptions } from '../schema/series-options.js';
import type { IndicatorProgress, ProgressMeasure, SeriesEvaluation } from '../schema/series.js';
import { isDecimal } from '../vocabulary/operators.js';
import type { ProgressDirection } from '../vocabulary/progress.js';
import type { Status } from '../vocabulary/status.js';
import { builtinRuntime } from './evaluate.js';
import { deriveValues, prefixed } from './derive.js';
import type { KeyLayout } from './key-layout.js';
import { MeasurementValues, valuesFromRecord } from './measurement-values.js';
import type { RuleSetRuntime } from './runtime.js';
import {
  seriesOptionKeys,
  seriesYear,
  type SeriesInputResult,
  type SeriesYear,
  type ValidatedSeries,
} from './series-input.js';
import { isYear, plainKeys } from './input.js';
import { quickMeasurements } from './parsed-values.js';

/**
 * Measurements of several years, keyed by year: `{ "2019": { … }, "2020": { … } }`, each as
 * {@link evaluate} takes them.
 */
export type MeasurementSeries<M = Measurements> = Readonly<Record<string, M>>;

/** The module that words what the quick check of a series refuses: zod, loaded only when needed. */
function loadSeriesIssues(): Promise<typeof import('./series-issues.js')> {
  return import('./series-issues.js');
}

/** An options object the quick check can decide: plain, own keys among the options, each a year or absent. */
function quickOptions(options: unknown): { baseYear: number | undefined; targetYear: number | undefined } | undefined {
  if (options === undefined) return { baseYear: undefined, targetYear: undefined };
  const keys = plainKeys(options);
  if (keys === undefined || keys.some((key) => !seriesOptionKeys.includes(key))) return undefined;
  const { baseYear, targetYear } = options as { baseYear?: unknown; targetYear?: unknown };
  if ((baseYear !== undefined && !isYear(baseYear)) || (targetYear !== undefined && !isYear(targetYear)))
    return undefined;
  return { baseYear, targetYear };
}

/** {@link validateSeries} for input that is valid in the common way; `undefined` for the rest. */
export function quickSeries(
  series: unknown,
  options: unknown,
  catalogue: MeasurementCatalogue,
): ValidatedSeries | undefined {
  const keys = plainKeys(series);
  if (keys === undefined || keys.length === 0) return undefined;
  const measurements = new Map<number, SeriesYear>();
  for (const key of keys) {
    const year = seriesYear(key);
    if (year === undefined) return undefined;
    const parsed = quickMeasurements((series as Record<string, unknown>)[key], catalogue);
    if (parsed === undefined) return undefined;
    measurements.set(year, parsed);
  }
  const parsedOptions = quickOptions(options);
  if (parsedOptions === undefined) return undefined;
  return { years: [...measurements.keys()].sort((a, b) => a - b), measurements, ...parsedOptions };
}

/**
 * Validates the arguments of `evaluateSeries` as `evaluate`'s are: the quick check decides
 * valid input without zod; the rest goes to the schemas, loaded on first need.
 */
async function validateSeries(
  series: unknown,
  options: unknown,
  catalogue: MeasurementCatalogue,
): Promise<SeriesInputResult> {
  try {
    const quick = quickSeries(series, options, catalogue);
    if (quick !== undefined) return { success: true, input: quick };
  } catch {
    // A getter or Proxy that throws: the schemas report it with its path.
  }
  const { checkSeriesInput } = await loadSeriesIssues();
  return checkSeriesInput(series, options, catalogue);
}

/** The direction of a check that has a progress measure; `undefined` for `=` and yes/no checks. */
function directionOf(check: CompiledCheck): ProgressDirection | undefined {
  switch (check.operator) {
    // The EI grade check asks that the EI not fall: it counts as ≥ (spec/progress.md).
    case 'eiGradeAtLeast':
    case 'decimalAtLeast':
    case 'decimalGreaterThan':
      return 'increase';
    case 'decimalAtMost':
      return 'decrease';
    default:
      return undefined;
  }
}

/**
 * Each year's measurements with the rule set's derived percentages in (spec: "Raw counts and
 * the percentages derived from them"), as `evaluate` derives them; a year whose counts cannot
 * give its percentage refuses the series, at `['series', year, key]`.
 */
function deriveSeries(
  measurements: ReadonlyMap<number, SeriesYear>,
  layout: KeyLayout,
  derivations: readonly CompiledDerivation[],
): ReadonlyMap<number, MeasurementValues> {
  const derived = new Map<number, MeasurementValues>();
  const issues: Issue[] = [];
  for (const [year, own] of measurements) {
    const outcome = deriveValues(valuesFromRecord(layout, own.given, own.facts), derivations, issueAt);
    issues.push(...prefixed(outcome.issues, ['series', String(year)]));
    derived.set(year, outcome.values);
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return derived;
}

/**
 * Evaluates a series with one rule set's runtime: each year with the previous calendar year as
 * its baseline, then the progress measure of every check of the target year's table.
 */
export async function evaluateSeriesWith(
  runtime: RuleSetRuntime,
  series: unknown,
  options?: unknown,
): Promise<SeriesEvaluation<string>> {
  const validated = await validateSeries(series, options, runtime.ruleSet.catalogue);
  if (!validated.success) throw new ValidationError(validated.issues);
  const { years } = validated.input;
  const measurements = deriveSeries(validated.input.measurements, runtime.layout, runtime.ruleSet.derivations);
  // A validated series has at least one year.
  const [firstYear, lastYear] = [years[0] as number, years[years.length - 1] as number];
  const baseYear = validated.input.baseYear ?? firstYear;
  // The latest year with a table of the rule set's own; without any, the series' latest year.
  const targetYear = validated.input.targetYear ?? runtime.ruleSet.years.at(-1) ?? lastYear;

  const evaluations: Evaluation<string>[] = [];
  const readers: MeasurementValues[] = [];
  for (const year of years) {
    const own = measurements.get(year) as MeasurementValues;
    const baseline = measurements.get(year - 1) ?? MeasurementValues.none(runtime.layout);
    evaluations.push(await runtime.evaluateValidated({ year, measurements: own, baseline }));
    // Progress reads a percentage derived from counts as evaluate judged it.
    readers.push(own);
  }

  const table = runtime.tableFor(targetYear);
  const progress: ProgressMeasure<string>[] = [];
  const indicators: IndicatorProgress[] = [];
  for (const [index, indicator] of runtime.ruleSet.indicators.entries()) {
    const measures: ProgressMeasure<string>[] = [];
    for (const check of checksFor(indicator, table)) {
      const direction = directionOf(check);
      if (direction === undefined) continue;
      const method = check.against === 'value' ? 'target' : 'trend';
      const points: ProgressPoint[] = [];
      years.forEach((year, yearIndex) => {
        const value = readers[yearIndex]?.get(check.key);
        if (isDecimal(value)) points.push({ year, value, shown: value.toString() });
      });
      const outcome = measureProgress(
        {
          direction,
          method,
          target: method === 'target' ? check.thresholdDecimal : null,
          nearLimit: direction === 'increase' && check.measurement.kind === 'percent',
        },
        points,
        { baseYear, targetYear },
      );
      measures.push({
        indicator: indicator.number,
        key: check.key,
        operator: check.operator,
        against: check.against,
        direction,
        method,
        baseYear: outcome.baseYear,
        baseValue: outcome.baseValue,
        currentYear: outcome.currentYear,
        currentValue: outcome.currentValue,
        targetYear: method === 'target' ? targetYear : null,
        target: method === 'target' && typeof check.threshold === 'string' ? check.threshold : null,
        growth: outcome.growth,
        requiredGrowth: outcome.requiredGrowth,
        coefficient: outcome.coefficient,
        value: outcome.value,
        category: outcome.category,
      });
    }
    progress.push(...measures);
    const statuses: Record<string, Status> = {};
    years.forEach((year, yearIndex) => {
      const result = evaluations[yearIndex]?.indicators[index];
      if (result !== undefined) statuses[String(year)] = result.status;
    });
    indicators.push({
      number: indicator.number,
      id: indicator.id,
      bureau: indicator.bureau,
      name: { zh: indicator.name.zh, en: indicator.name.en },
      statuses,
      progress: combineProgress(measures.map((measure) => measure.category)),
    });
  }
  return { years: [...years], baseYear, targetYear, evaluations, progress, indicators };
}

/**
 * Evaluates measurements of several years and measures the progress of each check toward the
 * targets, with the progress measure of Open SDG (Statistics Canada's compound-annual-growth
 * method; docs/progress.md):
 *
 * - each year is evaluated as `evaluate(year, series[year], { baseline: series[year - 1] })`,
 *   the previous calendar year of the series being the baseline when the series has it;
 * - every check of the target year's table that compares a measurement with `≥`, `>` or `≤`
 *   gets a measure: against its fixed threshold (method `target`), or, for a check against the
 *   baseline or another measurement, by the trend of the value (method `trend`), and one of
 *   the categories `target_achieved`, `substantial_progress`, `moderate_progress`,
 *   `limited_progress`, `deterioration` or `not_available`;
 * - each indicator gets its status in every year and the least favourable of its categories.
 *
 * Rejects with {@link ValidationError} when the series or an option is invalid; its issues
 * name each problem: `['series', '2019', 'pm25']`, `['options', 'baseYear']`.
 *
 * @param series - Measurements keyed by year (2000 to 2100), at least one year.
 * @param options - `baseYear` (default: the series' earliest year) and `targetYear` (default:
 *   the latest year with a table of its own, 2020 for the built-in rules).
 * @returns Plain JSON data.
 *
 * @example
 * ```ts
 * import { evaluateSeries, progressCategoryWords } from 'ankang-eco-indicators';
 *
 * // series: examples/ankang-2016-2020-series.json, measurements keyed by year.
 * const result = await evaluateSeries(series, { targetYear: 2020 });
 * const sewage = result.progress.find((measure) => measure.key === 'centralCitySewageTreatmentPercent');
 * console.log(sewage?.category, sewage?.value); // 'moderate_progress' '0.8045'
 * console.log(progressCategoryWords.moderate_progress.zh); // '进展一般，需加快'
 * ```
 */
export async function evaluateSeries(
  series: MeasurementSeries,
  options?: EvaluateSeriesOptions,
): Promise<SeriesEvaluation> {
  // The built-in rules check only the contract's keys: the key type is theirs.
  return evaluateSeriesWith(builtinRuntime(), series, options) as Promise<SeriesEvaluation>;
}
