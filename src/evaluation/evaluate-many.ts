import { builtinRuntime } from './evaluate.js';
import type { Evaluation } from '../schema/evaluation.js';
import type { Measurements } from '../schema/measurements.js';
import { evaluateScenarios } from './what-if/evaluate-scenarios.js';
import type { EvaluateManyOptions, ScenarioResult } from './what-if/types.js';

/**
 * Evaluates many what-if scenarios of one year at once, for sweeps and dashboards: each
 * scenario is laid over `options.base` (`{ ...base, ...scenario }`) and judged by the same
 * rules as {@link evaluate}, compiled once into direct decimal checks instead of being run
 * through json-rules-engine. The answers are the same, result for result: a differential
 * test holds the two paths to it.
 *
 * By default each scenario gives a {@link ScenarioResult} (statuses and counts, no checks or
 * explanations); `detail: 'full'` gives the {@link Evaluation} `evaluate` would give.
 *
 * Every scenario is validated as `evaluate` validates measurements. Any invalid scenario,
 * base, baseline, option or year rejects the whole call with {@link ValidationError}, whose
 * issues name each problem: `['scenarios', 3, 'pm25']` for the fourth scenario's `pm25`,
 * `['options', 'base', …]`, `['options', 'baseline', …]`.
 *
 * @param year - A whole-number year from 2000 to 2100.
 * @param scenarios - Measurements objects, each over the base.
 * @param options - The base, the baseline, and how much detail.
 * @returns One result per scenario, in order.
 *
 * @example
 * ```ts
 * import { evaluateMany } from 'ankang-eco-indicators';
 *
 * // measurements2020 and measurements2019: the sample data of examples/.
 * // What if green travel reaches 45% and PM2.5 falls by 3?
 * const results = await evaluateMany(2020, [{ greenTravelPercent: 45, pm25: 30 }, { greenTravelPercent: 50 }], {
 *   base: measurements2020,
 *   baseline: measurements2019,
 * });
 * console.log(results.map((result) => result.counts)); // under the rules as shipped: [{ pass: 31, fail: 3, missing: 0 }, …]
 * ```
 */
export function evaluateMany(
  year: number,
  scenarios: readonly Measurements[],
  options: EvaluateManyOptions<Measurements> & { readonly detail: 'full' },
): Promise<Evaluation[]>;
export function evaluateMany(
  year: number,
  scenarios: readonly Measurements[],
  options?: EvaluateManyOptions<Measurements> & { readonly detail?: 'status' | undefined },
): Promise<ScenarioResult[]>;
export function evaluateMany(
  year: number,
  scenarios: readonly Measurements[],
  options?: EvaluateManyOptions<Measurements>,
): Promise<ScenarioResult[] | Evaluation[]>;
export async function evaluateMany(
  year: number,
  scenarios: readonly Measurements[],
  options?: EvaluateManyOptions<Measurements>,
): Promise<ScenarioResult[] | Evaluation[]> {
  return evaluateScenarios(builtinRuntime(), year, scenarios, options);
}
