import type { RuleProperties, RuleResult } from 'json-rules-engine';
import { bureaus } from '../catalogue/bureaus.js';
import type { MeasurementKey } from '../catalogue/measurements.js';
import { toDecimal } from '../vocabulary/decimal.js';
import { EnginePool } from '../engine/engine-pool.js';
import { eiGrade } from '../vocabulary/ei-grade.js';
import { decimalOperators, isDecimal } from '../vocabulary/operators.js';
import {
  checksFor,
  compileRuleSet,
  indicatorTable,
  type CompiledCheck,
  type CompiledIndicator,
  type CompiledRuleSet,
  type MeasurementCatalogue,
} from '../engine/rule-set.js';
import { ValidationError } from '../errors/validation-error.js';
import type { Issue } from '../errors/issue.js';
import type { RuleFile } from '../schema/rule.js';
import type { RuleSetMessages } from '../schema/rule-set-messages.js';
import { tableFor, type Table } from '../vocabulary/year-table.js';
import { combineStatuses, countStatuses } from '../results/combine.js';
import { explainCheck, explainIndicator } from '../results/explain.js';
import type { BureauResult, CheckResult, Evaluation, IndicatorResult } from '../schema/evaluation.js';
import type { Status } from '../vocabulary/status.js';
import { validateInput, type FactValue, type Facts, type ParsedMeasurements, type ValidatedInput } from './validate.js';

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

/** What the engine leaves on a leaf condition after a run. */
interface EvaluatedCondition {
  readonly result?: unknown;
  readonly factResult?: unknown;
  readonly valueResult?: unknown;
}

/** What a {@link RuleSetRuntime} is built from. */
export interface RuntimeSource {
  readonly name: string;
  /** The rules, of the rule-file shape (checked when `src/generated/` is written, or by `parseRuleFiles`). */
  readonly rules: readonly RuleFile[];
  /** Names of the rules in issues (file names). */
  readonly labels?: readonly (string | number)[];
  /** Issues found in the rules before: thrown with those {@link compileRuleSet} finds. */
  readonly issues?: readonly Issue[];
  /** The label of every rule as given: issues are thrown in this order. */
  readonly order?: readonly (string | number)[];
  /** What to say of a refused rule; see `CompileOptions.messages`. @defaultValue none: rules checked before */
  readonly messages?: RuleSetMessages;
  /** The contract's keys and the set's own. @defaultValue the contract's catalogue */
  readonly catalogue?: MeasurementCatalogue;
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
  readonly #pools = new Map<Table, { pool: EnginePool; facts: readonly string[] }>();

  /** Checks the rules once, throwing {@link RuleSetError} with every problem. */
  constructor(source: RuntimeSource) {
    this.ruleSet = compileRuleSet(source.rules, {
      ...(source.labels === undefined ? {} : { labels: source.labels }),
      ...(source.catalogue === undefined ? {} : { catalogue: source.catalogue }),
      ...(source.issues === undefined ? {} : { issues: source.issues }),
      ...(source.order === undefined ? {} : { order: source.order }),
      ...(source.messages === undefined ? {} : { messages: source.messages }),
    });
    this.name = source.name;
    this.hash = typeof source.hash === 'string' ? source.hash : source.hash(this.ruleSet);
  }

  /** The table that applies to `year`: its own where it has one, else the standard. */
  tableFor(year: number): Table {
    return tableFor(year, this.ruleSet.years);
  }

  #poolFor(table: Table): { pool: EnginePool; facts: readonly string[] } {
    let entry = this.#pools.get(table);
    if (entry === undefined) {
      const facts = new Set<string>();
      const rules: RuleProperties[] = this.ruleSet.indicators.map((indicator) => {
        const tables = indicator.rule.conditions.all.filter(
          (branch, index) => index === 0 || (table !== 'standard' && branch.name === String(table)),
        );
        for (const branch of tables) {
          for (const check of branch.all) {
            facts.add(check.fact);
            if (typeof check.value === 'object') facts.add(check.value.fact);
          }
        }
        // The engine clones the event on every run; provenance stays here, not in the engine.
        return { name: indicator.id, priority: 1, conditions: { all: tables }, event: { type: 'indicator' } };
      });
      entry = { pool: new EnginePool(rules), facts: [...facts] };
      this.#pools.set(table, entry);
    }
    return entry;
  }

  /**
   * The core of `evaluate`: validates (issues come back as data), runs the engine for the
   * year's table, and assembles the evaluation.
   */
  async safeEvaluate(year: unknown, measurements: unknown, options?: unknown): Promise<SafeEvaluateResult<string>> {
    const validated = await validateInput(year, measurements, options, this.ruleSet.catalogue);
    if (!validated.success) {
      return { success: false, error: new ValidationError(validated.issues), issues: validated.issues };
    }
    return { success: true, evaluation: await this.#evaluateValid(validated.input) };
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
    for (const fact of facts) {
      const value = fact.startsWith('baseline.')
        ? evaluationFacts.baseline.get(fact.slice('baseline.'.length))
        : evaluationFacts.measurements.get(fact);
      factValues[fact] = isDecimal(value) ? decimals.push(value) - 1 : value;
    }
    const engineResult = await pool.run(factValues, decimals);
    const ruleResults = new Map<string, RuleResult>();
    for (const result of [...engineResult.results, ...engineResult.failureResults])
      ruleResults.set(result.name, result);
    const decide = engineDecider(ruleResults, decimals);
    const indicators = this.ruleSet.indicators.map((indicator) =>
      assembleIndicator(indicator, table, evaluationFacts, decide),
    );
    const evaluation = assembleEvaluation(input.year, table, { name: this.name, hash: this.hash }, indicators);
    // Loaded once; after that, no await (each would cost every evaluation a turn of the queue).
    const { withWarnings } = warningsLoaded ?? (await loadWarnings());
    return withWarnings(evaluation, evaluationFacts, this.ruleSet.catalogue, toDecimal);
  }
}

function toFactValue(value: number | string | boolean | null | undefined): FactValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value;
  return toDecimal(value);
}

/**
 * The facts of one evaluation, by key: what the quick check of the input parsed, or parsed
 * here once. Both paths read measurements through this, so a value is parsed once.
 */
export class FactReader {
  readonly #given: ParsedMeasurements | undefined;
  readonly #parsed: Record<string, FactValue>;
  readonly #shown = new Map<string, string | boolean | null>();

  constructor(given: ParsedMeasurements | undefined, parsed?: Facts) {
    this.#given = given;
    // Null prototype, and own keys only below: a polluted Object.prototype is never read as data.
    this.#parsed = Object.assign(Object.create(null) as Record<string, FactValue>, parsed);
  }

  /** The value of `key`; `null` without data (or without a baseline at all). */
  get(key: string): FactValue {
    if (this.#given === undefined) return null;
    let value = this.#parsed[key];
    if (value === undefined) {
      value = Object.hasOwn(this.#given, key) ? toFactValue(this.#given[key]) : null;
      this.#parsed[key] = value;
    }
    return value;
  }

  /** The value as results show it: a decimal in plain notation (`"07.50"` as `"7.5"`), once per key. */
  display(key: string): string | boolean | null {
    let shown = this.#shown.get(key);
    if (shown === undefined) {
      shown = displayValue(this.get(key));
      this.#shown.set(key, shown);
    }
    return shown;
  }

  /** The value as given, `-0` as `0` (results survive a JSON round trip); `null` without data. */
  given(key: string): number | string | boolean | null {
    if (this.#given === undefined || !Object.hasOwn(this.#given, key)) return null;
    const value = this.#given[key];
    if (value === undefined || value === null) return null;
    return Object.is(value, -0) ? 0 : value;
  }
}

/** The input of one evaluation: the year's measurements and the baseline's. */
export interface EvaluationFacts {
  readonly measurements: FactReader;
  readonly baseline: FactReader;
}

/** The facts of validated input. */
export function factsOf(input: ValidatedInput): EvaluationFacts {
  return {
    measurements: new FactReader(input.measurements, input.facts),
    baseline: new FactReader(input.baseline, input.baselineFacts),
  };
}

/**
 * How one check came out: the two values it compared (`null` without data) and whether it
 * holds. The engine path reads this off json-rules-engine's result, the what-if path
 * computes it directly; everything after (status, gap, explanation) is shared.
 */
export interface CheckOutcome {
  readonly left: unknown;
  readonly right: unknown;
  readonly holds: boolean;
}

/** Decides the outcomes of one table of an indicator's checks (0: the standard, 1: the year's). */
export type CheckDecider = (
  indicator: CompiledIndicator,
  checks: readonly CompiledCheck[],
  branchIndex: number,
) => readonly CheckOutcome[];

/** A value as results show it: a decimal in plain notation (`"07.50"` and `7.5` show as `"7.5"`). */
function displayValue(value: FactValue): string | boolean | null {
  if (value === null || typeof value === 'boolean') return value;
  return value.toString();
}

/** The status of a check from its outcome: no data on either side is `missing`, never a pass. */
export function checkStatus(outcome: CheckOutcome | undefined): Status {
  const left = outcome?.left;
  const right = outcome?.right;
  const hasData = left !== null && left !== undefined && right !== null && right !== undefined;
  return !hasData ? 'missing' : outcome?.holds === true ? 'pass' : 'fail';
}

function evaluatedChecks(ruleResult: RuleResult, branchIndex: number): readonly EvaluatedCondition[] {
  const branches = (ruleResult.conditions as unknown as { all: { all: EvaluatedCondition[] }[] }).all;
  const branch = branches[branchIndex];
  if (branch === undefined) throw new Error(`internal error: rule ${ruleResult.name} has no table ${branchIndex}`);
  return branch.all;
}

/** The outcomes json-rules-engine gave: what it compared (handles resolved) and its operator's answer. */
function engineDecider(ruleResults: ReadonlyMap<string, RuleResult>, decimals: readonly FactValue[]): CheckDecider {
  const resolve = (value: unknown): unknown => (typeof value === 'number' ? decimals[value] : value);
  return (indicator, checks, branchIndex) => {
    const ruleResult = ruleResults.get(indicator.id);
    if (ruleResult === undefined)
      throw new Error(`internal error: the engine returned no result for rule ${indicator.id}`);
    const evaluated = evaluatedChecks(ruleResult, branchIndex);
    return checks.map((check, index) => {
      const condition = evaluated[index];
      return {
        left: resolve(condition?.factResult),
        right: check.against === 'value' ? check.threshold : resolve(condition?.valueResult),
        holds: condition?.result === true,
      };
    });
  };
}

function assembleCheck(
  check: CompiledCheck,
  outcome: CheckOutcome | undefined,
  facts: EvaluationFacts,
): CheckResult<string> {
  const status = checkStatus(outcome);
  const left = outcome?.left;
  const right = outcome?.right;
  let gap: string | null = null;
  let grades: CheckResult<string>['grades'];
  if (check.operator !== 'booleanIs') {
    const actualDecimal = isDecimal(left) ? left : null;
    const thresholdDecimal = isDecimal(right) ? right : check.thresholdDecimal;
    if (actualDecimal !== null && thresholdDecimal !== null && check.operator in decimalOperators) {
      // Every operator's gap is zero when it holds (src/engine/operators.ts): no arithmetic then.
      gap = status === 'pass' ? '0' : decimalOperators[check.operator].gap(actualDecimal, thresholdDecimal).toString();
    }
    if (check.operator === 'eiGradeAtLeast') {
      grades = {
        actual: actualDecimal === null ? null : eiGrade(actualDecimal),
        threshold: thresholdDecimal === null ? null : eiGrade(thresholdDecimal),
      };
    }
  }
  // A fixed threshold reads as the rule writes it ("0.90"); a compared value in plain notation.
  const threshold =
    check.against === 'value'
      ? check.threshold
      : (check.against === 'baseline' ? facts.baseline : facts.measurements).display(check.thresholdKey ?? check.key);
  const actual = facts.measurements.display(check.key);
  // Two literals rather than spreads: this runs for every check of every evaluation.
  const explanation = explainCheck(
    grades === undefined
      ? { check, status, actual, threshold, gap }
      : { check, status, actual, threshold, gap, grades },
  );
  const result: CheckResult<string> = {
    key: check.key,
    operator: check.operator,
    against: check.against,
    thresholdKey: check.thresholdKey,
    threshold,
    actual: facts.measurements.given(check.key),
    status,
    gap,
    explanation,
  };
  // Only EI checks have grades: one spread in a hundred checks.
  return grades === undefined ? result : { ...result, grades };
}

function copyCheck(check: CheckResult<string>): CheckResult<string> {
  return {
    ...check,
    ...(check.grades === undefined ? {} : { grades: { ...check.grades } }),
    explanation: { ...check.explanation },
  };
}

/** An indicator's result: its checks' outcomes from `decide`, the rest the same for every path. */
export function assembleIndicator(
  indicator: CompiledIndicator,
  table: Table,
  facts: EvaluationFacts,
  decide: CheckDecider,
): IndicatorResult<string> {
  const assemble = (checks: readonly CompiledCheck[], branchIndex: number): CheckResult<string>[] => {
    const outcomes = decide(indicator, checks, branchIndex);
    return checks.map((check, index) => assembleCheck(check, outcomes[index], facts));
  };
  const standardChecks = assemble(indicator.standard, 0);
  const hasOwnTable = indicatorTable(indicator, table) !== 'standard';
  // Without a table of its own the year's checks are the standard's: copies, so that a
  // caller who edits one list does not edit the other.
  const checks = hasOwnTable ? assemble(checksFor(indicator, table), 1) : standardChecks.map(copyCheck);
  const status = combineStatuses(checks.map((check) => check.status));
  const standardStatus = combineStatuses(standardChecks.map((check) => check.status));
  return {
    number: indicator.number,
    id: indicator.id,
    bureau: indicator.bureau,
    name: { zh: indicator.name.zh, en: indicator.name.en },
    status,
    standardStatus,
    checks,
    standardChecks,
    explanation: explainIndicator(status, checks),
    standardExplanation: explainIndicator(standardStatus, standardChecks),
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
    indicators,
    bureaus: bureauResults,
  };
}
