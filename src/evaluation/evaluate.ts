import { builtinRuleSetName, builtinRuntimeDerivations, builtinRuntimeRules } from '../engine/builtin-rule-set.js';
import { builtinRuleSetHash } from '../generated/builtin-rules.js';
import { RuleSetRuntime, type SafeEvaluateResult } from './runtime.js';
import type { Measurements } from '../schema/measurements.js';
import type { EvaluateOptions } from '../schema/options.js';
import type { Evaluation } from '../schema/evaluation.js';

/** The built-in rule set, validated and built on first use: the module's one cache. */
let builtin: RuleSetRuntime | undefined;

/** The runtime of the built-in rules of `rules/`. */
export function builtinRuntime(): RuleSetRuntime {
  // Checked against the rule-file schema when src/generated/ was written (the hash says the
  // rules are those): compiled here without zod.
  builtin ??= new RuleSetRuntime({
    name: builtinRuleSetName,
    rules: builtinRuntimeRules,
    derivations: builtinRuntimeDerivations,
    hash: builtinRuleSetHash,
  });
  return builtin;
}

/**
 * Evaluates one year's measurements against the 34 indicators: each against the year's
 * targets (`status`; the year's task table, or the creation standard where the year has
 * none) and against the creation standard (`standardStatus`), rolled up by bureau and for
 * the city.
 *
 * Rejects with {@link ValidationError} when the year, a measurement or an option is
 * invalid; its `issues` list every problem with its path.
 *
 * @param year - A whole-number year from 2000 to 2100.
 * @param measurements - The year's measurements; any key may be absent or `null` (no data).
 * @param options - The baseline for "not lower than last year" checks.
 * @returns The evaluation: plain JSON data.
 *
 * @example
 * ```ts
 * import { evaluate } from 'ankang-eco-indicators';
 *
 * const evaluation = await evaluate(2020, { urbanSewageTreatmentPercent: 83.2 }, { baseline: {} });
 * const sewage = evaluation.indicators.find((indicator) => indicator.id === 'urban-sewage');
 * console.log(sewage?.status, sewage?.explanation.en);
 * // 'fail' 'Urban sewage treatment 83.2%, below the 85% target by 1.8 points'
 * ```
 */
export async function evaluate(
  year: number,
  measurements: Measurements,
  options?: EvaluateOptions,
): Promise<Evaluation> {
  // The built-in rules read the contract's keys only.
  return builtinRuntime().evaluate(year, measurements, options) as Promise<Evaluation>;
}

/**
 * Like {@link evaluate}, but invalid input resolves to `{ success: false, issues }` instead
 * of rejecting.
 *
 * @example
 * ```ts
 * const result = await safeEvaluate(2020, { greenTravelPercent: '52%' });
 * if (!result.success) console.log(result.issues[0]?.path, result.issues[0]?.message);
 * // ['measurements', 'greenTravelPercent'] 'expected a decimal in plain notation …'
 * ```
 */
export async function safeEvaluate(
  year: number,
  measurements: Measurements,
  options?: EvaluateOptions,
): Promise<SafeEvaluateResult> {
  return builtinRuntime().safeEvaluate(year, measurements, options) as Promise<SafeEvaluateResult>;
}
