import { bureaus, type BureauId } from '../../catalogue/bureaus.js';
import {
  checksFor,
  groupsFor,
  indicatorTable,
  type CompiledCheck,
  type CompiledGroup,
  type CompiledIndicator,
} from '../../engine/rule-set.js';
import { decimalOperators, isDecimal } from '../../vocabulary/operators.js';
import type { Table } from '../../vocabulary/year-table.js';
import type { FactValue, Facts } from '../input.js';
import type { CheckOutcome } from '../assemble-check.js';
import type { RuleSetRuntime } from '../runtime.js';

// The what-if path's plan: a table of a rule set compiled once into direct checks, which read
// facts by position and share the engine's operator definitions.

/**
 * One check compiled to a direct comparison, with the same operator definitions the engine
 * uses. Facts are read by position (the plan's `keys`), not by name: a sweep changes a few
 * positions of a copy of the base instead of building an object per scenario.
 */
export type DirectCheck = (measurements: readonly FactValue[], baseline: readonly FactValue[]) => CheckOutcome;

/** An `any` group compiled to direct checks: each alternative's checks, in order. */
export interface DirectGroup {
  readonly alternatives: readonly (readonly DirectCheck[])[];
}

/** A table of a rule set compiled for direct evaluation. */
export interface DirectPlan {
  readonly table: Table;
  readonly indicators: readonly {
    readonly indicator: CompiledIndicator;
    readonly standard: readonly DirectCheck[];
    readonly standardGroups: readonly DirectGroup[];
    /** The year's own checks, or `null` when the year is judged by the standard. */
    readonly year: readonly DirectCheck[] | null;
    readonly yearGroups: readonly DirectGroup[] | null;
  }[];
  /** The table plan's distinct checks (`runtime.planFor(table).checks`), compiled: the full path's decider. */
  readonly distinct: readonly DirectCheck[];
  /** Each `any` group of the plan's tables, compiled: the full path's decider finds its own here. */
  readonly groups: ReadonlyMap<CompiledGroup, DirectGroup>;
  /** For each bureau with indicators, the positions of its indicators. */
  readonly bureaus: readonly { readonly id: BureauId; readonly members: readonly number[] }[];
  /** The keys the checks read, in the order of the fact arrays. */
  readonly keys: readonly string[];
  readonly positions: ReadonlyMap<string, number>;
}

/** The facts of `facts` by the plan's positions; `null` without data. */
export function factArray(plan: DirectPlan, facts: Facts): FactValue[] {
  return plan.keys.map((key) => facts[key] ?? null);
}

/**
 * A check as a function. It mirrors the engine's operator functions (src/engine/engine-operators.ts)
 * exactly: an absent value never holds, decimals compare with `decimalOperators[op].holds`,
 * yes/no facts with `===`. The thresholds come from the compiled rule, never from a copy.
 */
function compileCheck(check: CompiledCheck, position: (key: string) => number): DirectCheck {
  const { against, threshold, thresholdDecimal } = check;
  const left = position(check.key);
  const right = position(check.thresholdKey ?? check.key);
  const fact = (facts: readonly FactValue[], at: number): FactValue => facts[at] ?? null;
  if (check.operator === 'booleanIs') {
    return (measurements, baseline) => {
      const actual = fact(measurements, left);
      const expected = against === 'value' ? threshold : fact(against === 'baseline' ? baseline : measurements, right);
      return { left: actual, right: expected, holds: typeof actual === 'boolean' && actual === expected };
    };
  }
  const { holds } = decimalOperators[check.operator];
  if (against === 'value') {
    return (measurements) => {
      const actual = fact(measurements, left);
      return {
        left: actual,
        right: threshold,
        holds: isDecimal(actual) && thresholdDecimal !== null && holds(actual, thresholdDecimal),
      };
    };
  }
  return (measurements, baseline) => {
    const actual = fact(measurements, left);
    const compared = fact(against === 'baseline' ? baseline : measurements, right);
    return {
      left: actual,
      right: compared,
      holds: isDecimal(actual) && isDecimal(compared) && holds(actual, compared),
    };
  };
}

function compilePlan(runtime: RuleSetRuntime, table: Table): DirectPlan {
  const positions = new Map<string, number>();
  const position = (key: string): number => {
    let at = positions.get(key);
    if (at === undefined) {
      at = positions.size;
      positions.set(key, at);
    }
    return at;
  };
  const compile = (check: CompiledCheck): DirectCheck => compileCheck(check, position);
  const groups = new Map<CompiledGroup, DirectGroup>();
  const compileGroup = (group: CompiledGroup): DirectGroup => {
    const direct = { alternatives: group.alternatives.map((alternative) => alternative.checks.map(compile)) };
    groups.set(group, direct);
    return direct;
  };
  const indicators = runtime.ruleSet.indicators.map((indicator) => {
    const hasOwnTable = indicatorTable(indicator, table) !== 'standard';
    return {
      indicator,
      standard: indicator.standard.map(compile),
      standardGroups: indicator.standardGroups.map(compileGroup),
      year: hasOwnTable ? checksFor(indicator, table).map(compile) : null,
      yearGroups: hasOwnTable ? groupsFor(indicator, table).map(compileGroup) : null,
    };
  });
  const plannedBureaus = bureaus
    .map((bureau) => ({
      id: bureau.id,
      members: indicators.flatMap((entry, index) => (entry.indicator.bureau === bureau.id ? [index] : [])),
    }))
    .filter((bureau) => bureau.members.length > 0);
  const distinct = runtime.planFor(table).checks.map(compile);
  return { table, indicators, distinct, groups, bureaus: plannedBureaus, keys: [...positions.keys()], positions };
}

/** Compiled plans per runtime and table: built once, like the engines. */
const plans = new WeakMap<RuleSetRuntime, Map<Table, DirectPlan>>();

export function planFor(runtime: RuleSetRuntime, table: Table): DirectPlan {
  let byTable = plans.get(runtime);
  if (byTable === undefined) {
    byTable = new Map();
    plans.set(runtime, byTable);
  }
  let plan = byTable.get(table);
  if (plan === undefined) {
    plan = compilePlan(runtime, table);
    byTable.set(table, plan);
  }
  return plan;
}
