import type { BureauInfo } from '../catalogue/bureaus.js';
import type { CompiledGroup, MeasurementCatalogue } from '../engine/rule-set.js';
import type { combineStatuses, countChecks, countStatuses } from '../results/combine.js';
import { explainIndicator } from '../results/explain.js';
import type { BureauResult, CheckResult, Evaluation, IndicatorResult } from '../schema/evaluation.js';
import type { Decimal } from '../vocabulary/decimal.js';
import type { Status } from '../vocabulary/status.js';
import type { Table } from '../vocabulary/year-table.js';
import {
  assembleCheck,
  copyCheck,
  type AssembledTable,
  type CheckFigures,
  type CheckOutcome,
  type EvaluationFacts,
  type GroupOutcome,
} from './assemble-check.js';
import type { GroupKit } from './groups.js';
import type { PlannedIndicator, PlannedTable, TablePlan } from './table-plan.js';
import { withWarnings } from './warnings.js';

// The evaluation of one table from its checks' outcomes: the same for the engine path
// (./engine-table.ts) and the what-if path (./what-if/evaluate-scenarios.ts), which differ only
// in who decides each check. What turns the engine's answers into an `Evaluation` (statuses
// combined, each check's result with its gap and values as shown, the explanations in both
// languages, the bureau and city roll-ups, the warnings) is loaded by `import()` with the first
// evaluation, while its engine runs (./lazy-modules.ts): what a browser loads before its first
// evaluation reads the input, compiles the rules and runs the engine. This module imports no
// code that first load has; what it needs of it is passed in ({@link AssemblyKit}), so that
// bundlers split it off whole.

/** The module that assembles `any` groups' results (loaded apart, for a rule set that has them). */
type GroupsModule = typeof import('./groups.js');

/** Who decides a table's checks: json-rules-engine's results, or the what-if path's direct checks. */
export interface Decider {
  /** The outcome of the plan's distinct check at `index` (of {@link TablePlan.checks}). */
  check(index: number): CheckOutcome;
  /** The outcome of an `any` group of the plan's tables. */
  group(group: CompiledGroup): GroupOutcome;
}

/** What the assembly borrows from the code every evaluation loads: the roll-ups' and the check results' pieces. */
export interface AssemblyKit extends CheckFigures {
  readonly bureaus: readonly BureauInfo[];
  readonly combineStatuses: typeof combineStatuses;
  readonly countStatuses: typeof countStatuses;
  readonly countChecks: typeof countChecks;
  readonly toDecimal: (value: string) => Decimal;
}

/** The evaluation of `plan`'s table from `decide`'s outcomes, warnings included. */
export function assembleEvaluation(
  plan: TablePlan,
  facts: EvaluationFacts,
  decide: Decider,
  context: {
    readonly year: number;
    readonly ruleSet: { readonly name: string; readonly hash: string };
    readonly catalogue: MeasurementCatalogue;
  },
  kit: AssemblyKit,
  groups?: GroupsModule,
): Evaluation<string> {
  const { indicators, checks } = assembleIndicators(plan, facts, decide, kit, groups);
  const evaluation = summarize(context.year, plan.table, context.ruleSet, indicators, kit);
  return withWarnings(evaluation, checks, facts, context.catalogue, kit.toDecimal);
}

/**
 * Each indicator's result, and each distinct check's (in the order the evaluation first shows
 * them). Each distinct check is assembled (its gap worked out, explained in both languages)
 * once per evaluation, however many tables list it; every place that lists it gets a result
 * object of its own, so that a caller who edits one edits no other.
 */
function assembleIndicators(
  plan: TablePlan,
  facts: EvaluationFacts,
  decide: Decider,
  kit: AssemblyKit,
  groups: GroupsModule | undefined,
): { readonly indicators: IndicatorResult<string>[]; readonly checks: readonly CheckResult<string>[] } {
  const assembled: (CheckResult<string> | undefined)[] = [];
  const resultOf = (index: number): CheckResult<string> => {
    const first = assembled[index];
    if (first !== undefined) return copyCheck(first);
    const check = plan.checks[index];
    if (check === undefined) throw new Error('internal error: a check not planned');
    const result = assembleCheck(check, decide.check(index), facts, kit);
    assembled[index] = result;
    return result;
  };
  // What the lazily loaded groups module borrows from this one (see GroupKit).
  const groupKit: GroupKit = {
    assembleCheck: (check, outcome, checkFacts) => assembleCheck(check, outcome, checkFacts, kit),
    copyCheck,
    combineStatuses: kit.combineStatuses,
    explainIndicator,
  };
  const assembleTable = ({ checks, distinct, groups: tableGroups }: PlannedTable): AssembledTable => {
    const checkResults = distinct.map(resultOf);
    if (tableGroups.length === 0) return { checks: checkResults, groups: [], entries: checkResults };
    if (groups === undefined) throw new Error('internal error: any groups not loaded');
    return groups.assembleTable(checks, checkResults, tableGroups, facts, groupKit, (group) => decide.group(group));
  };
  const indicators = plan.indicators.map((planned) => assembleIndicator(planned, assembleTable, groupKit, groups));
  // Every distinct check is listed by some table: none is missing here.
  return { indicators, checks: assembled as CheckResult<string>[] };
}

/** An indicator's result, from its tables assembled. */
function assembleIndicator(
  { indicator, standard: standardTable, year }: PlannedIndicator,
  assembleTable: (table: PlannedTable) => AssembledTable,
  groupKit: GroupKit,
  groups: GroupsModule | undefined,
): IndicatorResult<string> {
  // The year's checks first: results show them first, so each distinct check is first built where it is first shown.
  const own = year === null ? undefined : assembleTable(year);
  const standard = assembleTable(standardTable);
  const standardStatus = combinedStatus(standard.entries, groupKit);
  const standardExplanation = explainIndicator(standardStatus, standard.entries);
  // Without a table of its own the year's results are the standard's: copies, so that a caller
  // who edits one list does not edit the other, and the same explanation.
  const targets: AssembledTable = own ?? {
    checks: standard.checks.map(copyCheck),
    // A standard with groups has loaded them.
    groups:
      standard.groups.length === 0 || groups === undefined
        ? []
        : standard.groups.map((group) => groups.copyGroup(group, groupKit)),
    entries: standard.entries,
  };
  const status = own === undefined ? standardStatus : combinedStatus(own.entries, groupKit);
  const explanation =
    own === undefined
      ? { zh: standardExplanation.zh, en: standardExplanation.en }
      : explainIndicator(status, own.entries);
  const result: IndicatorResult<string> = {
    number: indicator.number,
    id: indicator.id,
    bureau: indicator.bureau,
    name: { zh: indicator.name.zh, en: indicator.name.en },
    status,
    standardStatus,
    checks: targets.checks,
    standardChecks: standard.checks,
    explanation,
    standardExplanation,
  };
  // Groups only where a table has them: the 34 built-in rules have none, and their results keep their shape.
  if (targets.groups.length === 0 && standard.groups.length === 0) return result;
  return {
    ...result,
    ...(targets.groups.length === 0 ? {} : { groups: targets.groups }),
    ...(standard.groups.length === 0 ? {} : { standardGroups: standard.groups }),
  };
}

/** The combined status of a table's entries (see combineStatuses). */
function combinedStatus(entries: readonly { readonly status: Status }[], { combineStatuses }: GroupKit): Status {
  return combineStatuses(entries.map((entry) => entry.status));
}

/** The city's result from its indicators': the bureau and city roll-ups. */
function summarize(
  year: number,
  table: Table,
  ruleSet: { readonly name: string; readonly hash: string },
  indicators: readonly IndicatorResult<string>[],
  { bureaus, combineStatuses, countStatuses, countChecks }: AssemblyKit,
): Evaluation<string> {
  const statuses = indicators.map((indicator) => indicator.status);
  const standardStatuses = indicators.map((indicator) => indicator.standardStatus);
  // Each bureau's indicators, in the evaluation's order, in one pass.
  const byBureau = new Map<string, IndicatorResult<string>[]>();
  for (const indicator of indicators) {
    const own = byBureau.get(indicator.bureau);
    if (own === undefined) byBureau.set(indicator.bureau, [indicator]);
    else own.push(indicator);
  }
  const bureauResults: BureauResult[] = [];
  for (const bureau of bureaus) {
    const own = byBureau.get(bureau.id);
    if (own === undefined) continue;
    const ownStatuses = own.map((indicator) => indicator.status);
    const ownStandardStatuses = own.map((indicator) => indicator.standardStatus);
    bureauResults.push({
      id: bureau.id,
      name: { zh: bureau.name.zh, en: bureau.name.en },
      status: combineStatuses(ownStatuses),
      standardStatus: combineStatuses(ownStandardStatuses),
      counts: countStatuses(ownStatuses),
      standardCounts: countStatuses(ownStandardStatuses),
      ...countChecks(own),
      indicators: own.map((indicator) => indicator.number),
    });
  }
  return {
    year,
    targets: table,
    ruleSet: { name: ruleSet.name, hash: ruleSet.hash },
    status: combineStatuses(statuses),
    standardStatus: combineStatuses(standardStatuses),
    counts: countStatuses(statuses),
    standardCounts: countStatuses(standardStatuses),
    ...countChecks(indicators),
    indicators,
    bureaus: bureauResults,
  };
}
