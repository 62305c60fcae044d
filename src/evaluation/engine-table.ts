import { EnginePool } from '../engine/engine-pool.js';
import type { CompiledCheck, CompiledGroup } from '../engine/rule-set.js';
import type { RuleTableEntry } from '../schema/rule.js';
import { checksOfEntry, referenceOf } from '../schema/rule-entries.js';
import type { CheckOutcome, EvaluatedCondition, EvaluatedGroup, EvaluationFacts } from './assemble-check.js';
import type { Decider } from './assemble.js';
import type { GroupsModule } from './lazy-modules.js';
import type { PlannedTable, TablePlan } from './table-plan.js';

// Running json-rules-engine on one table of a rule set, and reading what it decided.

/** Where an entry of a table is in what the engine is given: its place in the rule's `all`. */
type EngineLocation = number;

/** A fact the engine reads (`pm25`, `baseline.pm25`): the key's position, and its side. */
interface EngineFact {
  readonly position: number;
  readonly isBaseline: boolean;
}

/**
 * One table of a rule set as json-rules-engine runs it: one rule, whose `all` lists the entries
 * (checks and `any` groups) of every indicator's tables for the year, the standard's and the
 * year's own, each named by its indicator's id; an entry both tables of an indicator list is
 * one condition. The engine evaluates every condition of every indicator with our operators,
 * as the rule files state them, and says which indicator each is of. What it does once a run
 * instead of once per indicator is the bookkeeping of a rule, which evaluate never reads: a
 * result object holding a deep copy of the rule's conditions, a copy of its event, three events
 * emitted, and an `all` of its own to run. The rule holds when every indicator's tables do.
 */
export class EngineTable {
  readonly #plan: TablePlan;
  readonly #pool: EnginePool;
  readonly #facts: readonly EngineFact[];
  /** Where each of the plan's distinct checks is decided. */
  readonly #checks: readonly EngineLocation[];
  readonly #groups: ReadonlyMap<CompiledGroup, EngineLocation>;

  constructor(plan: TablePlan, positions: ReadonlyMap<string, number>) {
    this.#plan = plan;
    const facts = new Map<string, EngineFact>();
    const checks: EngineLocation[] = [];
    const groups = new Map<CompiledGroup, EngineLocation>();
    const all: (RuleTableEntry & { readonly name: string })[] = [];
    for (const { indicator, standard, year } of plan.indicators) {
      const places = new Map<string, number>();
      /** The place of `entry` in the rule's `all`: where the indicator has it already, or at the end. */
      const placeOf = (entry: RuleTableEntry): number => {
        const identity = JSON.stringify(entry);
        let at = places.get(identity);
        if (at === undefined) {
          at = all.push({ ...entry, name: indicator.id }) - 1;
          places.set(identity, at);
          for (const check of checksOfEntry(entry)) {
            for (const fact of typeof check.value === 'object' ? [check.fact, check.value.fact] : [check.fact]) {
              if (facts.has(fact)) continue;
              const { key, isBaseline } = referenceOf(fact);
              const position = positions.get(key);
              if (position === undefined) throw new Error(`internal error: unknown ${key}`);
              facts.set(fact, { position, isBaseline });
            }
          }
        }
        return at;
      };
      const place = (tableIndex: number, planned: PlannedTable): void => {
        const entries = indicator.rule.conditions.all[tableIndex]?.all ?? [];
        planned.checks.forEach((check, index) => {
          checks[planned.distinct[index] as number] ??= placeOf(entries[check.at] as RuleTableEntry);
        });
        for (const anyGroup of planned.groups) groups.set(anyGroup, placeOf(entries[anyGroup.at] as RuleTableEntry));
      };
      place(0, standard);
      if (year !== null) {
        place(
          indicator.rule.conditions.all.findIndex((branch, index) => index > 0 && branch.name === String(plan.table)),
          year,
        );
      }
    }
    this.#facts = [...facts.values()];
    this.#checks = checks;
    this.#groups = groups;
    const rule = { name: String(plan.table), priority: 1, conditions: { all }, event: { type: 'table' } };
    this.#pool = new EnginePool([rule], [...facts.keys()]);
  }

  /**
   * Runs the engine on `facts` and gives what it decided: each condition's outcome as the
   * engine's rule results state it (json-rules-engine's docs/rules.md, "Rule Results":
   * `result`, `factResult`, `valueResult`), and each `any` group's `result`. The engine reads each fact when a
   * condition asks for it, which converts the value to a decimal then.
   */
  async run(facts: EvaluationFacts, groups: GroupsModule | undefined): Promise<Decider> {
    const engineFacts = this.#facts;
    const { measurements, baseline } = facts;
    const result = await this.#pool.run((index) => {
      const fact = engineFacts[index] as EngineFact;
      return (fact.isBaseline ? baseline : measurements).at(fact.position);
    });
    // The one rule's result, whether it holds or not.
    const ruleResult = result.results[0] ?? result.failureResults[0];
    if (ruleResult === undefined) throw new Error('internal error: the rule not run');
    const entries = (ruleResult.conditions as unknown as { all: EvaluatedGroup[] }).all;
    const entryAt = (location: EngineLocation | undefined): EvaluatedGroup | undefined => {
      // Every entry has a place: the engine evaluates all of them.
      if (location === undefined) throw new Error('internal error: an entry not run');
      return entries[location];
    };
    const checks = this.#plan.checks;
    return {
      check: (index) => engineOutcome(checks[index] as CompiledCheck, entryAt(this.#checks[index])),
      group: (group) => {
        if (groups === undefined) throw new Error('internal error: any groups not loaded');
        return groups.engineGroupOutcome(group, entryAt(this.#groups.get(group)), engineOutcome);
      },
    };
  }
}

/** How json-rules-engine decided `check`: what it compared, and its operator's answer. */
function engineOutcome(check: CompiledCheck, condition: EvaluatedCondition | undefined): CheckOutcome {
  return {
    left: condition?.factResult ?? null,
    right: check.against === 'value' ? check.threshold : (condition?.valueResult ?? null),
    holds: condition?.result === true,
  };
}
