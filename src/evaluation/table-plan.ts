import {
  checksFor,
  groupsFor,
  indicatorTable,
  type CompiledCheck,
  type CompiledGroup,
  type CompiledIndicator,
  type CompiledRuleSet,
} from '../engine/rule-set.js';
import type { Table } from '../vocabulary/year-table.js';

// What one table of a rule set evaluates, worked out once per table: its distinct checks, and
// where each indicator's tables use them. The engine path and the what-if path decide the
// distinct checks (./engine-table.ts, ./what-if/plan.ts); the assembly (./assemble.ts) builds
// each one's result once per evaluation and places it wherever a table lists it.

/** A table of an indicator, planned. */
export interface PlannedTable {
  /** The table's checks as compiled, in its order (each knows its place in the table). */
  readonly checks: readonly CompiledCheck[];
  /** The index of each of them among the plan's distinct checks. */
  readonly distinct: readonly number[];
  readonly groups: readonly CompiledGroup[];
}

/** An indicator of a {@link TablePlan}. */
export interface PlannedIndicator {
  readonly indicator: CompiledIndicator;
  readonly standard: PlannedTable;
  /** The year's own table; `null` when the year is judged by the standard. */
  readonly year: PlannedTable | null;
}

/** One table of a rule set, planned. */
export interface TablePlan {
  readonly table: Table;
  /**
   * The table's distinct checks (a check is the same check wherever it is listed when it reads
   * the same key with the same operator against the same threshold), in the order in which an
   * evaluation first shows them: indicator by indicator, the year's checks, then the standard's.
   */
  readonly checks: readonly CompiledCheck[];
  readonly indicators: readonly PlannedIndicator[];
}

/** What makes two checks the same check: everything their results are made of. */
export function checkIdentity(check: CompiledCheck): string {
  return JSON.stringify([check.key, check.operator, check.against, check.thresholdKey, check.threshold]);
}

/** Plans `table` of `ruleSet`. */
export function planTable(ruleSet: CompiledRuleSet, table: Table): TablePlan {
  const checks: CompiledCheck[] = [];
  const indices = new Map<string, number>();
  const indexOf = (check: CompiledCheck): number => {
    const identity = checkIdentity(check);
    let index = indices.get(identity);
    if (index === undefined) {
      index = checks.push(check) - 1;
      indices.set(identity, index);
    }
    return index;
  };
  const planned = (tableChecks: readonly CompiledCheck[], groups: readonly CompiledGroup[]): PlannedTable => ({
    checks: tableChecks,
    distinct: tableChecks.map(indexOf),
    groups,
  });
  const indicators = ruleSet.indicators.map((indicator): PlannedIndicator => {
    const year =
      indicatorTable(indicator, table) === 'standard'
        ? null
        : planned(checksFor(indicator, table), groupsFor(indicator, table));
    return { indicator, standard: planned(indicator.standard, indicator.standardGroups), year };
  });
  return { table, checks, indicators };
}
