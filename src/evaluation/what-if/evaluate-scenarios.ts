import { combineStatuses, countStatuses } from '../../results/combine.js';
import type { Evaluation } from '../../schema/evaluation.js';
import type { Status } from '../../vocabulary/status.js';
import type { DerivationOutcome } from '../../engine/apply-derivations.js';
import type { Decider } from '../assemble.js';
import { assemblyKit } from '../assembly-kit.js';
import { checkStatus } from '../assemble-check.js';
import { assemblyModule, groupsModule, type AssemblyModule, type GroupsModule } from '../lazy-modules.js';
import { MeasurementValues, valuesFromRecord } from '../measurement-values.js';
import type { RuleSetRuntime } from '../runtime.js';
import { withDerived } from '../derive.js';
import { loadInputIssues } from '../validate.js';
import { needsSchemas } from '../parsed-values.js';
import type { FactValue } from '../input.js';
import { factArray, planFor, type DirectCheck, type DirectGroup, type DirectPlan } from './plan.js';
import { validateMany, type ManyInput, type ParsedInput } from './scenarios-input.js';
import type { ScenarioIndicatorResult, ScenarioResult } from './types.js';

/** Statuses of one scenario: each check decided directly, combined as `evaluate` combines. */
function leanResult(
  plan: DirectPlan,
  year: number,
  measurements: readonly FactValue[],
  baseline: readonly FactValue[],
): ScenarioResult {
  const combineChecks = (checks: readonly DirectCheck[]): Status => {
    let combined: Status = 'pass';
    for (const check of checks) {
      const status = checkStatus(check(measurements, baseline));
      if (status === 'fail') return 'fail';
      if (status === 'missing') combined = 'missing';
    }
    return combined;
  };
  // An `any` group: pass when an alternative passes, fail when all fail, missing otherwise.
  const groupStatus = (group: DirectGroup): Status => {
    let missing = false;
    for (const alternative of group.alternatives) {
      const status = combineChecks(alternative);
      if (status === 'pass') return 'pass';
      if (status === 'missing') missing = true;
    }
    return missing ? 'missing' : 'fail';
  };
  const combine = (checks: readonly DirectCheck[], groups: readonly DirectGroup[]): Status => {
    const status = combineChecks(checks);
    if (status === 'fail' || groups.length === 0) return status;
    return combineStatuses([status, ...groups.map(groupStatus)]);
  };
  const indicators = plan.indicators.map(
    ({ indicator, standard, standardGroups, year: own, yearGroups }): ScenarioIndicatorResult => {
      const standardStatus = combine(standard, standardGroups);
      return {
        number: indicator.number,
        id: indicator.id,
        bureau: indicator.bureau,
        status: own === null ? standardStatus : combine(own, yearGroups ?? []),
        standardStatus,
      };
    },
  );
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

/** What every scenario's full evaluation reads alike: the plan, and the baseline as facts and as values. */
interface FullContext {
  readonly assembly: AssemblyModule;
  readonly groups: GroupsModule | undefined;
  readonly runtime: RuleSetRuntime;
  readonly plan: DirectPlan;
  readonly year: number;
  /** The baseline's facts by the plan's positions. */
  readonly baselineFacts: readonly FactValue[];
  /** The baseline's values, read (and converted) once for every scenario. */
  readonly baseline: MeasurementValues;
}

/** The full evaluation of one scenario: the engine path's assembly, with direct outcomes. */
function fullResult(context: FullContext, measurements: ParsedInput): Evaluation<string> {
  const { runtime, plan, baselineFacts } = context;
  const measurementFacts = factArray(plan, measurements.facts);
  const decide: Decider = {
    check: (index) => {
      const check = plan.distinct[index];
      if (check === undefined) throw new Error(`internal error: no compiled check ${index}`);
      return check(measurementFacts, baselineFacts);
    },
    group: (group) => {
      const direct = plan.groups.get(group);
      if (direct === undefined) throw new Error('internal error: no compiled group');
      const alternatives = direct.alternatives.map((checks) =>
        checks.map((check) => check(measurementFacts, baselineFacts)),
      );
      return { alternatives, holds: alternatives.some((outcomes) => outcomes.every((outcome) => outcome.holds)) };
    },
  };
  const facts = {
    measurements: valuesFromRecord(runtime.layout, measurements.given, measurements.facts, measurements.notes),
    baseline: context.baseline,
  };
  const evaluationContext = {
    year: context.year,
    ruleSet: { name: runtime.name, hash: runtime.hash },
    catalogue: runtime.ruleSet.catalogue,
  };
  return context.assembly.assembleEvaluation(
    runtime.planFor(plan.table),
    facts,
    decide,
    evaluationContext,
    assemblyKit,
    context.groups,
  );
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
  const { catalogue, derivations } = runtime.ruleSet;
  let input: ManyInput;
  try {
    input = validateMany(year, scenarios, options, catalogue, derivations, undefined);
  } catch (thrown) {
    if (thrown !== needsSchemas) throw thrown;
    // The quick check refused something: once more with the schemas, which word every problem.
    input = validateMany(year, scenarios, options, catalogue, derivations, await loadInputIssues());
  }
  const plan = planFor(runtime, runtime.tableFor(input.year));
  const { base, baseline, derived } = input;
  const noDerivations: DerivationOutcome = { values: new Map(), issues: [] };
  const merged = (scenario: ParsedInput, index: number): ParsedInput =>
    withDerived(
      { ...base.given, ...scenario.given },
      { ...base.facts, ...scenario.facts },
      derived[index] ?? noDerivations,
    );
  if (input.detail === 'full') {
    const context: FullContext = {
      assembly: await assemblyModule.load(),
      groups: runtime.hasGroups ? await groupsModule.load() : undefined,
      runtime,
      plan,
      year: input.year,
      baselineFacts: factArray(plan, baseline?.facts ?? {}),
      baseline:
        baseline === undefined
          ? MeasurementValues.none(runtime.layout)
          : valuesFromRecord(runtime.layout, baseline.given, baseline.facts, baseline.notes),
    };
    return input.scenarios.map((scenario, index) => fullResult(context, merged(scenario, index)));
  }
  const baseValues = factArray(plan, base.facts);
  const baselineValues = factArray(plan, baseline?.facts ?? {});
  return input.scenarios.map((scenario, index) => {
    const values = baseValues.slice();
    for (const key of Object.keys(scenario.facts)) {
      const at = plan.positions.get(key);
      // A key no check reads is validated, and changes nothing.
      if (at !== undefined) values[at] = scenario.facts[key] ?? null;
    }
    // Derived percentages last: what the counts of the scenario over the base make of them.
    for (const [key, { value }] of derived[index]?.values ?? []) {
      const at = plan.positions.get(key);
      if (at !== undefined) values[at] = value;
    }
    return leanResult(plan, input.year, values, baselineValues);
  });
}
