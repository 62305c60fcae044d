import type { RuleProperties, RuleResult } from 'json-rules-engine';
import { bureaus } from '../catalogue/bureaus.js';
import type { MeasurementKey } from '../catalogue/measurements.js';
import { EnginePool } from '../engine/engine-pool.js';
import { hasCounts } from '../engine/derivations.js';
import { toDecimal } from '../vocabulary/decimal.js';
import { isDecimal } from '../vocabulary/operators.js';
import {
  checksFor,
  compileRuleSet,
  groupsFor,
  indicatorTable,
  type CompiledCheck,
  type CompiledGroup,
  type CompiledIndicator,
  type CompiledRuleSet,
  type MeasurementCatalogue,
} from '../engine/rule-set.js';
import { ValidationError } from '../errors/validation-error.js';
import type { Issue } from '../errors/issue.js';
import type { RuleFile } from '../schema/rule.js';
import { checksOfEntry, referenceOf } from '../schema/rule-entries.js';
import type { Derivation } from '../schema/derivation.js';
import { tableFor, type Table } from '../vocabulary/year-table.js';
import { combineStatuses, countChecks, countStatuses } from '../results/combine.js';
import { explainIndicator } from '../results/explain.js';
import type { BureauResult, Evaluation, IndicatorResult } from '../schema/evaluation.js';
import { validateInput, type FactValue, type ValidatedInput } from './validate.js';

import {
  assembleCheck,
  copyCheck,
  factsOf,
  type AssembledTable,
  type CheckOutcome,
  type EvaluatedCondition,
  type EvaluatedGroup,
  type EvaluationFacts,
  type GroupOutcome,
} from './assemble-check.js';

export { FactReader } from './facts.js';
export { checkStatus, factsOf, type CheckOutcome, type EvaluationFacts, type GroupOutcome } from './assemble-check.js';

/** The module that assembles `any` groups' results. */
export type GroupsModule = typeof import('./groups.js');
type GroupKit = import('./groups.js').GroupKit;
let groupsLoaded: GroupsModule | undefined;

/**
 * Loads {@link GroupsModule}, once: only a rule set with `any` groups needs it (the built-in
 * rules have none), so `evaluate`'s first load carries none of it.
 */
export async function loadGroups(): Promise<GroupsModule> {
  groupsLoaded ??= await import('./groups.js');
  return groupsLoaded;
}

/** The module that words warnings. */
export type WarningsModule = typeof import('./warnings.js');
let warnings: Promise<WarningsModule> | undefined;
let warningsLoaded: WarningsModule | undefined;

/**
 * Loads {@link WarningsModule}, once. Apart from the code that decides statuses, so that what a
 * browser loads before its first evaluation is that code alone (the budget of the initial load).
 */
export async function loadWarnings(): Promise<WarningsModule> {
  warnings ??= import('./warnings.js');
  warningsLoaded ??= await warnings;
  return warningsLoaded;
}

/** The result of {@link safeEvaluate}: the evaluation, or the issues that stopped it. */
export type SafeEvaluateResult<K extends string = MeasurementKey> =
  | { readonly success: true; readonly evaluation: Evaluation<K> }
  | { readonly success: false; readonly error: ValidationError; readonly issues: readonly Issue[] };

/** A fact the engine reads (`pm25`, `baseline.pm25`), with its key and side parsed once per table. */
interface EngineFact {
  readonly fact: string;
  readonly key: string;
  readonly isBaseline: boolean;
}

/** What a {@link RuleSetRuntime} is built from. */
export interface RuntimeSource {
  readonly name: string;
  /**
   * The rules, checked (src/engine/check-rule-set.ts): the built-in set's when `src/generated/`
   * is written, a caller's by `createEvaluator` before it builds the runtime.
   */
  readonly rules: readonly RuleFile[];
  /** The contract's keys and the set's own. @defaultValue the contract's catalogue */
  readonly catalogue?: MeasurementCatalogue;
  /** The percentages the set derives from counts (of the derivation schema). @defaultValue none */
  readonly derivations?: readonly Derivation[];
  /**
   * The set's content hash, or how to compute it from the checked rules. The built-in set's
   * is computed when `src/generated/` is written, which keeps SHA-256 out of `evaluate`'s bundle.
   */
  readonly hash: string | ((ruleSet: CompiledRuleSet) => string);
}

/** One rule set, ready to evaluate: validated once, engines built once per table and reused. */
export class RuleSetRuntime {
  readonly ruleSet: CompiledRuleSet;
  /** The rule set's name, as given. */
  readonly name: string;
  /** `sha256-…` of the rules' canonical JSON (task texts left out) and declared keys. */
  readonly hash: string;
  /** Whether a table of the set has an `any` group: its evaluations load {@link GroupsModule}. */
  readonly hasGroups: boolean;
  readonly #pools = new Map<Table, { pool: EnginePool; facts: readonly EngineFact[] }>();

  /** Compiles the checked rules once. */
  constructor(source: RuntimeSource) {
    this.ruleSet = compileRuleSet(source.rules, {
      ...(source.catalogue === undefined ? {} : { catalogue: source.catalogue }),
      ...(source.derivations === undefined ? {} : { derivations: source.derivations }),
    });
    this.name = source.name;
    this.hash = typeof source.hash === 'string' ? source.hash : source.hash(this.ruleSet);
    this.hasGroups = this.ruleSet.indicators.some(
      (indicator) =>
        indicator.standardGroups.length > 0 || [...indicator.yearGroups.values()].some((groups) => groups.length > 0),
    );
  }

  /** The table that applies to `year`: its own where it has one, else the standard. */
  tableFor(year: number): Table {
    return tableFor(year, this.ruleSet.years);
  }

  #poolFor(table: Table): { pool: EnginePool; facts: readonly EngineFact[] } {
    let entry = this.#pools.get(table);
    if (entry === undefined) {
      const facts = new Set<string>();
      const rules: RuleProperties[] = this.ruleSet.indicators.map((indicator) => {
        const tables = indicator.rule.conditions.all.filter(
          (branch, index) => index === 0 || (table !== 'standard' && branch.name === String(table)),
        );
        for (const branch of tables) {
          for (const check of branch.all.flatMap(checksOfEntry)) {
            facts.add(check.fact);
            if (typeof check.value === 'object') facts.add(check.value.fact);
          }
        }
        // The engine clones the event on every run; provenance stays here, not in the engine.
        return { name: indicator.id, priority: 1, conditions: { all: tables }, event: { type: 'indicator' } };
      });
      entry = { pool: new EnginePool(rules), facts: [...facts].map((fact) => ({ fact, ...referenceOf(fact) })) };
      this.#pools.set(table, entry);
    }
    return entry;
  }

  /**
   * The core of `evaluate`: validates (issues come back as data), runs the engine for the
   * year's table, and assembles the evaluation.
   */
  async safeEvaluate(year: unknown, measurements: unknown, options?: unknown): Promise<SafeEvaluateResult<string>> {
    const { catalogue, derivations } = this.ruleSet;
    const validated = await validateInput(year, measurements, options, catalogue, derivations);
    if (!validated.success) {
      return { success: false, error: new ValidationError(validated.issues), issues: validated.issues };
    }
    const { input } = validated;
    // Most input gives percentages, not counts: the derivations load only for input that does.
    if (!hasCounts(input.measurements, derivations) && !hasCounts(input.baseline ?? {}, derivations)) {
      return { success: true, evaluation: await this.#evaluateValid(input) };
    }
    const derived = (await import('./derive.js')).deriveInput(input, derivations);
    if (derived.issues.length > 0) {
      return { success: false, error: new ValidationError(derived.issues), issues: derived.issues };
    }
    return { success: true, evaluation: await this.#evaluateValid(derived.input) };
  }

  /** Like {@link RuleSetRuntime.safeEvaluate}, but invalid input rejects with {@link ValidationError}. */
  async evaluate(year: unknown, measurements: unknown, options?: unknown): Promise<Evaluation<string>> {
    const result = await this.safeEvaluate(year, measurements, options);
    if (!result.success) throw result.error;
    return result.evaluation;
  }

  /** Evaluates input that is already validated (`evaluateSeries` validates a whole series first). */
  evaluateValidated(input: ValidatedInput): Promise<Evaluation<string>> {
    return this.#evaluateValid(input);
  }

  async #evaluateValid(input: ValidatedInput): Promise<Evaluation<string>> {
    const table = this.tableFor(input.year);
    const { pool, facts } = this.#poolFor(table);
    const evaluationFacts = factsOf(input);
    // Decimal facts go to the engine as handles (see EnginePool.run); booleans and null as they are.
    const factValues: Record<string, number | boolean | null> = {};
    const decimals: FactValue[] = [];
    for (const { fact, key, isBaseline } of facts) {
      const value = (isBaseline ? evaluationFacts.baseline : evaluationFacts.measurements).get(key);
      factValues[fact] = isDecimal(value) ? decimals.push(value) - 1 : value;
    }
    const engineResult = await pool.run(factValues, decimals);
    const ruleResults = new Map<string, RuleResult>();
    for (const result of [...engineResult.results, ...engineResult.failureResults])
      ruleResults.set(result.name, result);
    const groups = this.hasGroups ? (groupsLoaded ?? (await loadGroups())) : undefined;
    const decide = engineDecider(ruleResults, decimals, groups);
    const indicators = this.ruleSet.indicators.map((indicator) =>
      assembleIndicator(indicator, table, evaluationFacts, decide, groups),
    );
    const evaluation = assembleEvaluation(input.year, table, { name: this.name, hash: this.hash }, indicators);
    // Loaded once; after that, no await (each would cost every evaluation a turn of the queue).
    const { withWarnings } = warningsLoaded ?? (await loadWarnings());
    return withWarnings(evaluation, evaluationFacts, this.ruleSet.catalogue, toDecimal);
  }
}

/**
 * Decides one table of an indicator (branch 0: the standard, 1: the year's): the outcomes of
 * its checks, and of its `any` groups. The engine path reads json-rules-engine's results; the
 * what-if path decides directly.
 */
export interface Decider {
  checks(indicator: CompiledIndicator, checks: readonly CompiledCheck[], branchIndex: number): readonly CheckOutcome[];
  group(indicator: CompiledIndicator, group: CompiledGroup, branchIndex: number): GroupOutcome;
}

function evaluatedEntries(ruleResult: RuleResult, branchIndex: number): readonly EvaluatedGroup[] {
  const branches = (ruleResult.conditions as unknown as { all: { all: EvaluatedGroup[] }[] }).all;
  const branch = branches[branchIndex];
  if (branch === undefined) throw new Error(`internal error: rule ${ruleResult.name} has no table ${branchIndex}`);
  return branch.all;
}

/** The outcomes json-rules-engine gave: what it compared (handles resolved) and its operators' and `any`'s answers. */
function engineDecider(
  ruleResults: ReadonlyMap<string, RuleResult>,
  decimals: readonly FactValue[],
  groups: GroupsModule | undefined,
): Decider {
  const resolve = (value: unknown): unknown => (typeof value === 'number' ? decimals[value] : value);
  const entriesOf = (indicator: CompiledIndicator, branchIndex: number): readonly EvaluatedGroup[] => {
    const ruleResult = ruleResults.get(indicator.id);
    if (ruleResult === undefined)
      throw new Error(`internal error: the engine returned no result for rule ${indicator.id}`);
    return evaluatedEntries(ruleResult, branchIndex);
  };
  const outcome = (check: CompiledCheck, condition: EvaluatedCondition | undefined): CheckOutcome => ({
    left: resolve(condition?.factResult),
    right: check.against === 'value' ? check.threshold : resolve(condition?.valueResult),
    holds: condition?.result === true,
  });
  return {
    checks: (indicator, checks, branchIndex) => {
      const evaluated = entriesOf(indicator, branchIndex);
      return checks.map((check) => outcome(check, evaluated[check.at]));
    },
    group: (indicator, group, branchIndex) =>
      loaded(groups, indicator).engineGroupOutcome(group, entriesOf(indicator, branchIndex)[group.at], outcome),
  };
}

/** `groups`, which a rule with `any` groups needs: the runtime loads it for a set that has one. */
function loaded(groups: GroupsModule | undefined, indicator: CompiledIndicator): GroupsModule {
  if (groups === undefined) throw new Error(`internal error: rule ${indicator.id} has any groups, not loaded`);
  return groups;
}

/** What the lazily loaded groups module borrows from this one (see {@link GroupKit}). */
const groupKit: GroupKit = { assembleCheck, copyCheck, combineStatuses, explainIndicator };

/**
 * An indicator's result: its checks' outcomes from `decide`, the rest the same for every path.
 * `groups` assembles `any` groups: {@link loadGroups} gives it for a rule set that has them.
 */
export function assembleIndicator(
  indicator: CompiledIndicator,
  table: Table,
  facts: EvaluationFacts,
  decide: Decider,
  groups?: GroupsModule,
): IndicatorResult<string> {
  const assemble = (
    checks: readonly CompiledCheck[],
    tableGroups: readonly CompiledGroup[],
    branchIndex: number,
  ): AssembledTable => {
    const outcomes = decide.checks(indicator, checks, branchIndex);
    const checkResults = checks.map((check, index) => assembleCheck(check, outcomes[index], facts));
    if (tableGroups.length === 0) return { checks: checkResults, groups: [], entries: checkResults };
    return loaded(groups, indicator).assembleTable(checks, checkResults, tableGroups, facts, groupKit, (group) =>
      decide.group(indicator, group, branchIndex),
    );
  };
  const standard = assemble(indicator.standard, indicator.standardGroups, 0);
  const hasOwnTable = indicatorTable(indicator, table) !== 'standard';
  // Without a table of its own the year's checks are the standard's: copies, so that a
  // caller who edits one list does not edit the other.
  const targets: AssembledTable = hasOwnTable
    ? assemble(checksFor(indicator, table), groupsFor(indicator, table), 1)
    : {
        checks: standard.checks.map(copyCheck),
        // A standard with groups has loaded them.
        groups:
          standard.groups.length === 0 || groups === undefined
            ? []
            : standard.groups.map((group) => groups.copyGroup(group, groupKit)),
        entries: standard.entries,
      };
  const status = combineStatuses(targets.entries.map((entry) => entry.status));
  const standardStatus = combineStatuses(standard.entries.map((entry) => entry.status));
  const result: IndicatorResult<string> = {
    number: indicator.number,
    id: indicator.id,
    bureau: indicator.bureau,
    name: { zh: indicator.name.zh, en: indicator.name.en },
    status,
    standardStatus,
    checks: targets.checks,
    standardChecks: standard.checks,
    explanation: explainIndicator(status, targets.entries),
    standardExplanation: explainIndicator(standardStatus, standard.entries),
  };
  // Groups only where a table has them: the 34 built-in rules have none, and their results keep their shape.
  if (targets.groups.length === 0 && standard.groups.length === 0) return result;
  return {
    ...result,
    ...(targets.groups.length === 0 ? {} : { groups: targets.groups }),
    ...(standard.groups.length === 0 ? {} : { standardGroups: standard.groups }),
  };
}

/** The city's result from its indicators': the bureau and city roll-ups. */
export function assembleEvaluation(
  year: number,
  table: Table,
  ruleSet: { readonly name: string; readonly hash: string },
  indicators: readonly IndicatorResult<string>[],
): Evaluation<string> {
  const bureauResults: BureauResult[] = [];
  for (const bureau of bureaus) {
    const own = indicators.filter((indicator) => indicator.bureau === bureau.id);
    if (own.length === 0) continue;
    bureauResults.push({
      id: bureau.id,
      name: { zh: bureau.name.zh, en: bureau.name.en },
      status: combineStatuses(own.map((indicator) => indicator.status)),
      standardStatus: combineStatuses(own.map((indicator) => indicator.standardStatus)),
      counts: countStatuses(own.map((indicator) => indicator.status)),
      standardCounts: countStatuses(own.map((indicator) => indicator.standardStatus)),
      ...countChecks(own),
      indicators: own.map((indicator) => indicator.number),
    });
  }
  return {
    year,
    targets: table,
    ruleSet: { name: ruleSet.name, hash: ruleSet.hash },
    status: combineStatuses(indicators.map((indicator) => indicator.status)),
    standardStatus: combineStatuses(indicators.map((indicator) => indicator.standardStatus)),
    counts: countStatuses(indicators.map((indicator) => indicator.status)),
    standardCounts: countStatuses(indicators.map((indicator) => indicator.standardStatus)),
    ...countChecks(indicators),
    indicators,
    bureaus: bureauResults,
  };
}
