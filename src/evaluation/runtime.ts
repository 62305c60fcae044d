import type { MeasurementKey } from '../catalogue/measurements.js';
import { hasCounts } from '../engine/derivations.js';
import { compileRuleSet, type CompiledRuleSet, type MeasurementCatalogue } from '../engine/rule-set.js';
import { ValidationError } from '../errors/validation-error.js';
import { issueAt, type Issue } from '../errors/issue.js';
import type { RuleFile } from '../schema/rule.js';
import type { Derivation } from '../schema/derivation.js';
import type { Evaluation } from '../schema/evaluation.js';
import { tableFor, type Table } from '../vocabulary/year-table.js';
import { assemblyKit } from './assembly-kit.js';
import { EngineTable } from './engine-table.js';
import { assemblyModule, groupsModule } from './lazy-modules.js';
import { keyLayout, type KeyLayout } from './key-layout.js';
import { RunQueue } from './run-queue.js';
import { planTable, type TablePlan } from './table-plan.js';
import type { ValidatedInput } from './input.js';
import { validateInput } from './validate.js';

// `evaluate` → the runtime → run the engine (./engine-table.ts) → assemble (./assemble.ts).

/** The result of {@link safeEvaluate}: the evaluation, or the issues that stopped it. */
export type SafeEvaluateResult<K extends string = MeasurementKey> =
  | { readonly success: true; readonly evaluation: Evaluation<K> }
  | { readonly success: false; readonly error: ValidationError; readonly issues: readonly Issue[] };

/**
 * Evaluations of one runtime in flight at once: the rest wait in its queue (./run-queue.ts),
 * each holding only its validated input. The work is CPU-bound: a second run fills the turns
 * of the microtask queue the first one waits on; more would keep more half-built results
 * alive without adding throughput.
 */
const maxRunsInFlight = 2;

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

/** One rule set, ready to evaluate: compiled once, each table planned and its engines built once. */
export class RuleSetRuntime {
  readonly ruleSet: CompiledRuleSet;
  /** The rule set's name, as given. */
  readonly name: string;
  /** `sha256-…` of the rules' canonical JSON (task texts left out) and declared keys. */
  readonly hash: string;
  /** Whether a table of the set has an `any` group: its evaluations load the groups module. */
  readonly hasGroups: boolean;
  /** The positions of the catalogue's keys, in which validated measurements are held. */
  readonly layout: KeyLayout;
  readonly #tables = new Map<Table, { readonly plan: TablePlan; engine: EngineTable | undefined }>();
  readonly #queue = new RunQueue(maxRunsInFlight);

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
    this.layout = keyLayout(this.ruleSet.catalogue);
  }

  /** The table that applies to `year`: its own where it has one, else the standard. */
  tableFor(year: number): Table {
    return tableFor(year, this.ruleSet.years);
  }

  #table(table: Table): { readonly plan: TablePlan; engine: EngineTable | undefined } {
    let entry = this.#tables.get(table);
    if (entry === undefined) {
      entry = { plan: planTable(this.ruleSet, table), engine: undefined };
      this.#tables.set(table, entry);
    }
    return entry;
  }

  /** The plan of `table`: its distinct checks, and where each indicator's tables use them. */
  planFor(table: Table): TablePlan {
    return this.#table(table).plan;
  }

  /**
   * The core of `evaluate`: validates (issues come back as data), then, in its turn in the
   * runtime's queue, runs the engine for the year's table and assembles the evaluation. Valid
   * input is read when the call is made, before it waits: a caller may change the objects it
   * passed as soon as the call returns.
   */
  async safeEvaluate(year: unknown, measurements: unknown, options?: unknown): Promise<SafeEvaluateResult<string>> {
    // The quick check reads valid input synchronously, in this call.
    const validated = await validateInput(year, measurements, options, this.layout, this.ruleSet.derivations);
    if (!validated.success) return validated;
    return this.#queue.run(() => this.#evaluateValid(validated.input));
  }

  /** Like {@link RuleSetRuntime.safeEvaluate}, but invalid input rejects with {@link ValidationError}. */
  async evaluate(year: unknown, measurements: unknown, options?: unknown): Promise<Evaluation<string>> {
    const result = await this.safeEvaluate(year, measurements, options);
    if (!result.success) throw result.error;
    return result.evaluation;
  }

  /** Evaluates input that is already validated and derived (`evaluateSeries` validates a whole series first). */
  evaluateValidated(input: ValidatedInput): Promise<Evaluation<string>> {
    return this.#queue.run(() => this.#evaluate(input));
  }

  async #evaluateValid(input: ValidatedInput): Promise<SafeEvaluateResult<string>> {
    const { derivations } = this.ruleSet;
    const has = (key: string): boolean => input.measurements.has(key) || input.baseline.has(key);
    // Most input gives percentages, not counts: the derivations load only for input that does.
    if (!hasCounts(has, derivations)) return { success: true, evaluation: await this.#evaluate(input) };
    const derived = (await import('./derive.js')).deriveInput(input, derivations, issueAt);
    if (derived.issues.length > 0) {
      return { success: false, error: new ValidationError(derived.issues), issues: derived.issues };
    }
    return { success: true, evaluation: await this.#evaluate(derived.input) };
  }

  async #evaluate(input: ValidatedInput): Promise<Evaluation<string>> {
    const table = this.tableFor(input.year);
    const entry = this.#table(table);
    entry.engine ??= new EngineTable(entry.plan, this.layout.positions);
    // The first evaluations load the assembly while their engines run.
    const assemblyLoad = assemblyModule.loaded() === undefined ? assemblyModule.load() : undefined;
    const groups = this.hasGroups ? (groupsModule.loaded() ?? (await groupsModule.load())) : undefined;
    const facts = { measurements: input.measurements, baseline: input.baseline };
    const decide = await entry.engine.run(facts, groups);
    const { assembleEvaluation } = assemblyModule.loaded() ?? (await (assemblyLoad ?? assemblyModule.load()));
    const context = {
      year: input.year,
      ruleSet: { name: this.name, hash: this.hash },
      catalogue: this.ruleSet.catalogue,
    };
    return assembleEvaluation(entry.plan, facts, decide, context, assemblyKit, groups);
  }
}
