import { checksFor, type CompiledCheck, type MeasurementCatalogue } from '../engine/rule-set.js';
import type { CompiledDerivation } from '../engine/derivations.js';
import { issueAt, type Issue } from '../errors/issue.js';
import { ValidationError } from '../errors/validation-error.js';
import { combineProgress, measureProgress, measureStatus, type ProgressPoint } from '../results/progress.js';
import { describeMeasure, type DescribedMeasurements, type MeasureToDescribe } from '../results/progress-line.js';
import type { Evaluation } from '../schema/evaluation.js';
import type { Measurements } from '../schema/measurements.js';
import type { EvaluateSeriesOptions } from '../schema/series-options.js';
import type { IndicatorProgress, ProgressMeasure, SeriesEvaluation } from '../schema/series.js';
import { decimalOperators, isDecimal } from '../vocabulary/operators.js';
import type { ProgressDirection, ProgressMethod } from '../vocabulary/progress.js';
import type { Decimal } from '../vocabulary/decimal.js';
import type { Status } from '../vocabulary/status.js';
import { builtinRuntime } from './evaluate.js';
import { deriveValues, prefixed } from './derive.js';
import type { KeyLayout } from './key-layout.js';
import { MeasurementValues, valuesFromRecord } from './measurement-values.js';
import type { RuleSetRuntime } from './runtime.js';
import { shownValue } from './shown-values.js';
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

/** How a check's progress is measured (docs/progress.md, "Which checks are measured"). */
interface MeasureKind {
  readonly method: ProgressMethod;
  readonly direction: ProgressDirection | null;
  /** The target of method `target`. */
  readonly target: Decimal | null;
}

/**
 * The method and direction of a check: `≥`, `>`, `≤` a fixed value, and a count that must be 0,
 * are targets; `≥`, `>`, `≤` the baseline (the EI grade check counting as `≥`) are trends;
 * everything else (yes/no, other `=` checks, a check against another measurement of the same
 * year, an EI grade against a fixed value) is measured by whether it was met (`status`).
 */
function measureKindOf(check: CompiledCheck): MeasureKind {
  const status = { method: 'status', direction: null, target: null } as const;
  if (check.against === 'measurement') return status;
  const fixed = check.against === 'value';
  switch (check.operator) {
    case 'decimalAtLeast':
    case 'decimalGreaterThan':
      return fixed
        ? { method: 'target', direction: 'increase', target: check.thresholdDecimal }
        : { method: 'trend', direction: 'increase', target: null };
    case 'decimalAtMost':
      return fixed
        ? { method: 'target', direction: 'decrease', target: check.thresholdDecimal }
        : { method: 'trend', direction: 'decrease', target: null };
    case 'eiGradeAtLeast':
      return fixed ? status : { method: 'trend', direction: 'increase', target: null };
    case 'decimalEqual':
      // Violations, incidents, sections worse than Class V: 0 is the target, fewer is progress.
      return fixed && check.measurement.kind === 'count' && check.thresholdDecimal?.isZero() === true
        ? { method: 'target', direction: 'decrease', target: check.thresholdDecimal }
        : status;
    case 'booleanIs':
      return status;
  }
}

/** The checks of one indicator that give one measure: the same key, method and direction. */
interface MeasuredChecks {
  readonly kind: MeasureKind;
  /** The check the measure is of: the first, or for method `target` the one with the hardest target. */
  check: CompiledCheck;
  target: Decimal | null;
}

/**
 * An indicator's checks grouped into measures, in the place of each group's first check: two
 * checks of the same key, method and direction (the EI against the baseline, and its grade)
 * give one measure, not the same line twice. Two targets of one key keep the harder one (its
 * being met implies the other's); `status` checks are one measure only when they compare with
 * the same thing.
 */
function measuredChecks(checks: readonly CompiledCheck[]): MeasuredChecks[] {
  const groups = new Map<string, MeasuredChecks>();
  for (const check of checks) {
    const kind = measureKindOf(check);
    const compared =
      kind.method === 'status'
        ? `|${check.operator}|${check.against}|${String(check.threshold ?? check.thresholdKey)}`
        : '';
    const id = `${check.key}|${kind.method}|${kind.direction ?? ''}${compared}`;
    const group = groups.get(id);
    if (group === undefined) {
      groups.set(id, { kind, check, target: kind.target });
      continue;
    }
    const { target } = kind;
    if (target === null || group.target === null) continue;
    const harder = kind.direction === 'increase' ? target.gt(group.target) : target.lt(group.target);
    if (harder) {
      group.check = check;
      group.target = target;
    }
  }
  return [...groups.values()];
}

/** Whether a `status` check holds for `actual` against `compared` (a boolean for yes/no, else a decimal). */
function holds(check: CompiledCheck, actual: Decimal | boolean, compared: Decimal | boolean): boolean {
  if (check.operator === 'booleanIs' || typeof actual === 'boolean' || typeof compared === 'boolean')
    return actual === compared;
  return decimalOperators[check.operator].holds(actual, compared);
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

type MeasureFields = Omit<MeasureToDescribe, 'indicator'>;
interface MeasureYears {
  readonly baseYear: number;
  readonly targetYear: number;
}

/** The units and labels a line reads: the measured key's, and the compared key's. */
function describedOf(check: CompiledCheck): DescribedMeasurements {
  return { measurement: check.measurement, thresholdMeasurement: check.thresholdMeasurement };
}

/** The measure of a `target` or `trend` check: the growth of its value over the years with data. */
function numericMeasure(
  check: CompiledCheck,
  kind: MeasureKind,
  target: Decimal | null,
  years: readonly number[],
  readers: readonly MeasurementValues[],
  measureYears: MeasureYears,
): MeasureFields {
  const direction = kind.direction ?? 'increase';
  const method = kind.method === 'target' ? 'target' : 'trend';
  const points: ProgressPoint[] = [];
  years.forEach((year, yearIndex) => {
    const reader = readers[yearIndex];
    const value = reader?.get(check.key);
    // Progress reads a percentage derived from counts as evaluate judged it, and shows it so.
    if (isDecimal(value))
      points.push({ year, value, shown: String(reader === undefined ? null : shownValue(reader, check.key)) });
  });
  const outcome = measureProgress(
    { direction, method, target, nearLimit: direction === 'increase' && check.measurement.kind === 'percent' },
    points,
    measureYears,
  );
  return {
    key: check.key,
    operator: check.operator,
    against: check.against,
    direction,
    method,
    baseYear: outcome.baseYear,
    baseValue: outcome.baseValue,
    currentYear: outcome.currentYear,
    currentValue: outcome.currentValue,
    targetYear: method === 'target' ? measureYears.targetYear : null,
    target:
      method === 'target' && target !== null
        ? typeof check.threshold === 'string'
          ? check.threshold
          : target.toString()
        : null,
    baseThreshold: null,
    currentThreshold: null,
    growth: outcome.growth,
    requiredGrowth: outcome.requiredGrowth,
    coefficient: outcome.coefficient,
    value: outcome.value,
    category: outcome.category,
  };
}

/**
 * The measure of a `status` check: whether it was met in the base and current years, over the
 * years in which it can be decided (its value, and what it compares with, given).
 */
function statusMeasure(
  check: CompiledCheck,
  years: readonly number[],
  readers: readonly MeasurementValues[],
  measureYears: MeasureYears,
): MeasureFields {
  const points: { year: number; met: boolean; shown: string | boolean; threshold: string | null }[] = [];
  years.forEach((year, yearIndex) => {
    const reader = readers[yearIndex];
    const actual = reader?.get(check.key) ?? null;
    if (actual === null) return;
    let compared: Decimal | boolean | null;
    let threshold: string | null = null;
    if (check.against === 'value')
      compared = check.thresholdDecimal ?? (typeof check.threshold === 'boolean' ? check.threshold : null);
    else {
      // A cap is this year's; a baseline the previous calendar year's, as evaluate reads it.
      const other =
        check.against === 'measurement'
          ? reader
          : years[yearIndex - 1] === year - 1
            ? readers[yearIndex - 1]
            : undefined;
      const key = check.thresholdKey ?? check.key;
      compared = other?.get(key) ?? null;
      threshold = compared === null ? null : String(other === undefined ? null : shownValue(other, key));
    }
    if (compared === null) return;
    points.push({
      year,
      met: holds(check, actual, compared),
      shown: (reader === undefined ? null : shownValue(reader, check.key)) ?? String(actual),
      threshold,
    });
  });
  const { base, current, category } = measureStatus(points, measureYears.baseYear);
  return {
    key: check.key,
    operator: check.operator,
    against: check.against,
    direction: null,
    method: 'status',
    baseYear: base?.year ?? null,
    baseValue: base?.shown ?? null,
    currentYear: current?.year ?? null,
    currentValue: current?.shown ?? null,
    targetYear: measureYears.targetYear,
    target: check.against === 'value' ? check.threshold : check.thresholdKey,
    baseThreshold: base?.threshold ?? null,
    currentThreshold: current?.threshold ?? null,
    growth: null,
    requiredGrowth: null,
    coefficient: null,
    value: null,
    category,
  };
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
  // The latest year with a table of the rule set's own, or the series' latest year when that is
  // later: then the checks measured are those of the table that decides that year's statuses.
  const targetYear = validated.input.targetYear ?? Math.max(runtime.ruleSet.years.at(-1) ?? lastYear, lastYear);

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
    for (const { kind, check, target } of measuredChecks(checksFor(indicator, table))) {
      const measure =
        kind.method === 'status'
          ? statusMeasure(check, years, readers, { baseYear, targetYear })
          : numericMeasure(check, kind, target, years, readers, { baseYear, targetYear });
      const described = { indicator: indicator.number, ...measure };
      measures.push({
        ...described,
        explanation: {
          zh: describeMeasure(described, describedOf(check), 'zh'),
          en: describeMeasure(described, describedOf(check), 'en'),
        },
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
 * - every check of the target year's table gets a measure: against its fixed threshold (method
 *   `target`: `≥`, `>`, `≤` a value, and a count that must be 0), by the trend of the value for
 *   a check against the baseline (method `trend`), or by whether it was met in the base and
 *   current years for a yes/no check, another `=` check or a cap (method `status`); two checks
 *   of one key, method and direction give one measure. Each has one of the categories
 *   `target_achieved`, `substantial_progress`, `moderate_progress`, `limited_progress`,
 *   `deterioration` or `not_available`, and its line in Chinese and English (`explanation`);
 *   where sdg-build's arithmetic would mislead (a value at its target that fell, an unchanged
 *   value, a base of 0, a value exactly at a threshold) the rules of docs/progress.md decide;
 * - each indicator gets its status in every year and the least favourable of its categories.
 *
 * Rejects with {@link ValidationError} when the series or an option is invalid; its issues
 * name each problem: `['series', '2019', 'pm25']`, `['options', 'baseYear']`.
 *
 * @param series - Measurements keyed by year (2000 to 2100), at least one year.
 * @param options - `baseYear` (default: the series' earliest year) and `targetYear` (default:
 *   the latest year with a table of its own, 2020 for the built-in rules, or the series' latest
 *   year when that is later).
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
