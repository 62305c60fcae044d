import { combineStatuses, countStatuses } from '../../results/combine.js';
import { toDecimal } from '../../vocabulary/decimal.js';
import type { Evaluation } from '../../schema/evaluation.js';
import type { Status } from '../../vocabulary/status.js';
import {
  assembleEvaluation,
  assembleIndicator,
  checkStatus,
  FactReader,
  loadWarnings,
  type CheckDecider,
  type WarningsModule,
  type RuleSetRuntime,
} from '../runtime.js';
import { loadInputIssues, needsSchemas, type FactValue } from '../validate.js';
import { factArray, planFor, type DirectCheck, type DirectPlan } from './plan.js';
import { validateMany, type ManyInput, type ParsedInput } from './scenarios-input.js';
import type { ScenarioIndicatorResult, ScenarioResult } from './types.js';

/** Statuses of one scenario: each check decided directly, combined as `evaluate` combines. */
function leanResult(
  plan: DirectPlan,
  year: number,
  measurements: readonly FactValue[],
  baseline: readonly FactValue[],
): ScenarioResult {
  const combine = (checks: readonly DirectCheck[]): Status => {
    let combined: Status = 'pass';
    for (const check of checks) {
      const status = checkStatus(check(measurements, baseline));
      if (status === 'fail') return 'fail';
      if (status === 'missing') combined = 'missing';
    }
    return combined;
  };
  const indicators = plan.indicators.map(({ indicator, standard, year: own }): ScenarioIndicatorResult => {
    const standardStatus = combine(standard);
    return {
      number: indicator.number,
      id: indicator.id,
      bureau: indicator.bureau,
      status: own === null ? standardStatus : combine(own),
      standardStatus,
    };
  });
  const statusesOf = (members: readonly number[], which: 'status' | 'standardStatus'): Status[] =>
    members.map((index) => (indicators[index] as ScenarioIndicatorResult)[which]);
  const statuses = indicators.map((indicator) => indicator.status);
  const standardStatuses = indicators.map((indicator) => indicator.standardStatus);
  return {
    year,
    targets: plan.table,
    status: combineStatuses(statuses),
    standardStatus: combineStatuses(standardStatuses),
    counts: countStatuses(statuses),
    standardCounts: countStatuses(standardStatuses),
    indicators,
    bureaus: plan.bureaus.map(({ id, members }) => ({
      id,
      status: combineStatuses(statusesOf(members, 'status')),
      standardStatus: combineStatuses(statusesOf(members, 'standardStatus')),
    })),
  };
}

/** The full evaluation of one scenario: the engine path's assembly, with direct outcomes. */
function fullResult(
  { withWarnings }: WarningsModule,
  runtime: RuleSetRuntime,
  plan: DirectPlan,
  year: number,
  measurements: ParsedInput,
  baseline: ParsedInput | undefined,
): Evaluation<string> {
  const baselineFacts = baseline?.facts ?? {};
  const measurementValues = factArray(plan, measurements.facts);
  const baselineValues = factArray(plan, baselineFacts);
  const byIndicator = new Map(plan.indicators.map((entry) => [entry.indicator, entry]));
  const decide: CheckDecider = (indicator, _checks, branchIndex) => {
    const entry = byIndicator.get(indicator);
    const checks = branchIndex === 0 ? entry?.standard : entry?.year;
    if (checks === undefined || checks === null)
      throw new Error(`internal error: no compiled table ${branchIndex} for rule ${indicator.id}`);
    return checks.map((check) => check(measurementValues, baselineValues));
  };
  const facts = {
    measurements: new FactReader(measurements.given, measurements.facts),
    baseline: new FactReader(baseline?.given, baselineFacts),
  };
  const indicators = runtime.ruleSet.indicators.map((indicator) =>
    assembleIndicator(indicator, plan.table, facts, decide),
  );
  const evaluation = assembleEvaluation(year, plan.table, { name: runtime.name, hash: runtime.hash }, indicators);
  return withWarnings(evaluation, facts, runtime.ruleSet.catalogue, toDecimal);
}

/**
 * Evaluates many scenarios against `runtime`'s rules without json-rules-engine: each check
 * of the same compiled rules is decided directly. Validation is the same as `evaluate`'s.
 */
export async function evaluateScenarios(
  runtime: RuleSetRuntime,
  year: unknown,
  scenarios: unknown,
  options: unknown,
): Promise<ScenarioResult[] | Evaluation<string>[]> {
  const { catalogue } = runtime.ruleSet;
  let input: ManyInput;
  try {
    input = validateMany(year, scenarios, options, catalogue, undefined);
  } catch (thrown) {
    if (thrown !== needsSchemas) throw thrown;
    // The quick check refused something: once more with the schemas, which word every problem.
    input = validateMany(year, scenarios, options, catalogue, await loadInputIssues());
  }
  const plan = planFor(runtime, runtime.tableFor(input.year));
  const { base, baseline } = input;
  const merged = (scenario: ParsedInput): ParsedInput => ({
    given: { ...base.given, ...scenario.given },
    facts: { ...base.facts, ...scenario.facts },
  });
  if (input.detail === 'full') {
    const warnings = await loadWarnings();
    return input.scenarios.map((scenario) =>
      fullResult(warnings, runtime, plan, input.year, merged(scenario), baseline),
    );
  }
  const baseValues = factArray(plan, base.facts);
  const baselineValues = factArray(plan, baseline?.facts ?? {});
  return input.scenarios.map((scenario) => {
    const values = baseValues.slice();
    for (const key of Object.keys(scenario.facts)) {
      const at = plan.positions.get(key);
      // A key no check reads is validated, and changes nothing.
      if (at !== undefined) values[at] = scenario.facts[key] ?? null;
    }
    return leanResult(plan, input.year, values, baselineValues);
  });
}
