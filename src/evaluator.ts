import type { RuleProperties, RuleResult } from 'json-rules-engine';
import { bureaus } from './catalogue/bureaus.js';
import { contentHash } from './engine/content-hash.js';
import { toDecimal, type Decimal } from './engine/decimal.js';
import { EnginePool } from './engine/engine-pool.js';
import { eiGrade } from './engine/ei-grade.js';
import { decimalOperators, isDecimal } from './engine/operators.js';
import {
  checksFor,
  compileRuleSet,
  type CompiledCheck,
  type CompiledIndicator,
  type CompiledRuleSet,
  type MeasurementCatalogue,
} from './engine/rule-set.js';
import { ValidationError } from './errors/validation-error.js';
import type { Issue } from './errors/issue.js';
import { combineStatuses, countStatuses } from './results/combine.js';
import { explainCheck, explainIndicator } from './results/explain.js';
import type { BureauResult, CheckResult, Evaluation, IndicatorResult, Status } from './results/schema.js';
import { builtinInputSchemas, validateInput, type InputSchemas, type ParsedMeasurements } from './validate.js';

/** The result of {@link safeEvaluate}: the evaluation, or the issues that stopped it. */
export type SafeEvaluateResult =
  | { readonly success: true; readonly evaluation: Evaluation }
  | { readonly success: false; readonly error: ValidationError; readonly issues: readonly Issue[] };

/** A table of a rule set: a year with its own targets, or the creation standard. */
type Table = number | 'standard';

type FactValue = Decimal | boolean | null;

/** What the engine leaves on a leaf condition after a run. */
interface EvaluatedCondition {
  readonly result?: unknown;
  readonly factResult?: unknown;
  readonly valueResult?: unknown;
}

/** The content a rule set's hash covers: what decides its results, without the task texts. */
function hashedContent(ruleSet: CompiledRuleSet, declared: Readonly<Record<string, unknown>>): unknown {
  return {
    rules: ruleSet.indicators.map((indicator) => {
      const source = { ...indicator.rule.event.params.source, task: undefined };
      return {
        ...indicator.rule,
        event: { ...indicator.rule.event, params: { ...indicator.rule.event.params, source } },
      };
    }),
    measurements: declared,
  };
}

/** What a {@link RuleSetRuntime} is built from. */
export interface RuntimeSource {
  readonly name: string;
  /** The rules, checked here by {@link compileRuleSet}. */
  readonly rules: readonly unknown[];
  /** Names of the rules in issues (file names). */
  readonly labels?: readonly string[];
  /** The contract's keys and the set's own. @defaultValue the contract's catalogue */
  readonly catalogue?: MeasurementCatalogue;
  /** The keys the set declares, as given: part of its hash. @defaultValue `{}` */
  readonly declared?: Readonly<Record<string, unknown>>;
  /** The schemas for input with the set's keys. @defaultValue the contract's */
  readonly schemas?: InputSchemas;
}

/** One rule set, ready to evaluate: validated once, engines built once per table and reused. */
export class RuleSetRuntime {
  readonly ruleSet: CompiledRuleSet;
  /** The rule set's name, as given. */
  readonly name: string;
  /** `sha256-…` of the rules' canonical JSON (task texts left out) and declared keys. */
  readonly hash: string;
  readonly #schemas: InputSchemas;
  readonly #pools = new Map<Table, { pool: EnginePool; facts: readonly string[] }>();

  /** Checks the rules once, throwing {@link RuleSetError} with every problem. */
  constructor(source: RuntimeSource) {
    this.ruleSet = compileRuleSet(source.rules, {
      ...(source.labels === undefined ? {} : { labels: source.labels }),
      ...(source.catalogue === undefined ? {} : { catalogue: source.catalogue }),
    });
    this.name = source.name;
    this.hash = contentHash(hashedContent(this.ruleSet, source.declared ?? {}));
    this.#schemas = source.schemas ?? builtinInputSchemas;
  }

  /** The table that applies to `year`: its own where it has one, else the standard. */
  tableFor(year: number): Table {
    return this.ruleSet.years.includes(year) ? year : 'standard';
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

  /** Validates, runs the engine for the year's table, and assembles the evaluation. */
  async evaluate(year: unknown, measurements: unknown, options?: unknown): Promise<Evaluation> {
    const input = validateInput(year, measurements, options, this.#schemas);
    const table = this.tableFor(input.year);
    const { pool, facts } = this.#poolFor(table);
    const factValues: Record<string, FactValue> = {};
    for (const fact of facts) {
      factValues[fact] = fact.startsWith('baseline.')
        ? toFactValue(input.baseline?.[fact.slice('baseline.'.length)])
        : toFactValue(input.measurements[fact]);
    }
    const engineResult = await pool.run(factValues);
    const ruleResults = new Map<string, RuleResult>();
    for (const result of [...engineResult.results, ...engineResult.failureResults])
      ruleResults.set(result.name, result);
    const indicators = this.ruleSet.indicators.map((indicator) => {
      const ruleResult = ruleResults.get(indicator.id);
      if (ruleResult === undefined)
        throw new Error(`internal error: the engine returned no result for rule ${indicator.id}`);
      return assembleIndicator(indicator, ruleResult, table, input.measurements, input.baseline);
    });
    return assembleEvaluation(input.year, table, { name: this.name, hash: this.hash }, indicators);
  }

  /** Like {@link RuleSetRuntime.evaluate}, but invalid input resolves to `{ success: false }`. */
  async safeEvaluate(year: unknown, measurements: unknown, options?: unknown): Promise<SafeEvaluateResult> {
    try {
      return { success: true, evaluation: await this.evaluate(year, measurements, options) };
    } catch (error) {
      if (error instanceof ValidationError) return { success: false, error, issues: error.issues };
      throw error;
    }
  }
}

function toFactValue(value: number | string | boolean | null | undefined): FactValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value;
  return toDecimal(value);
}

/**
 * A value as results show it: a decimal in plain notation (`"07.50"` and `7.5` both show as
 * `"7.5"`, `"-0"` as `"0"`), a boolean as itself. `actual` keeps what the caller gave.
 */
function displayValue(value: number | string | boolean | null | undefined): string | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value;
  return toDecimal(value).toString();
}

/** The measured value as given; `-0` becomes `0` so results survive a JSON round trip. */
function givenValue(value: number | string | boolean | null | undefined): number | string | boolean | null {
  if (value === undefined || value === null) return null;
  return Object.is(value, -0) ? 0 : value;
}

function evaluatedChecks(ruleResult: RuleResult, branchIndex: number): readonly EvaluatedCondition[] {
  const branches = (ruleResult.conditions as unknown as { all: { all: EvaluatedCondition[] }[] }).all;
  const branch = branches[branchIndex];
  if (branch === undefined) throw new Error(`internal error: rule ${ruleResult.name} has no table ${branchIndex}`);
  return branch.all;
}

function assembleCheck(
  check: CompiledCheck,
  evaluated: EvaluatedCondition | undefined,
  measurements: ParsedMeasurements,
  baseline: ParsedMeasurements | undefined,
): CheckResult {
  const actualInput = measurements[check.key];
  const thresholdInput =
    check.against === 'value'
      ? check.threshold
      : check.against === 'baseline'
        ? baseline?.[check.thresholdKey ?? check.key]
        : measurements[check.thresholdKey ?? check.key];
  const left = evaluated?.factResult;
  const right = check.against === 'value' ? check.threshold : evaluated?.valueResult;
  const hasData = left !== null && left !== undefined && right !== null && right !== undefined;
  const status: Status = !hasData ? 'missing' : evaluated?.result === true ? 'pass' : 'fail';

  let gap: string | null = null;
  let grades: CheckResult['grades'];
  if (check.operator !== 'booleanIs') {
    const actualDecimal = isDecimal(left) ? left : null;
    const thresholdDecimal = isDecimal(right) ? right : check.thresholdDecimal;
    if (actualDecimal !== null && thresholdDecimal !== null && check.operator in decimalOperators) {
      gap = decimalOperators[check.operator].gap(actualDecimal, thresholdDecimal).toString();
    }
    if (check.operator === 'eiGradeAtLeast') {
      grades = {
        actual: actualDecimal === null ? null : eiGrade(actualDecimal),
        threshold: thresholdDecimal === null ? null : eiGrade(thresholdDecimal),
      };
    }
  }
  // A fixed threshold reads as the rule writes it ("0.90"); a compared value in plain notation.
  const threshold = check.against === 'value' ? check.threshold : displayValue(thresholdInput);
  const explanation = explainCheck({
    check,
    status,
    actual: displayValue(actualInput),
    threshold,
    gap,
    ...(grades === undefined ? {} : { grades }),
  });
  return {
    key: check.key,
    operator: check.operator,
    against: check.against,
    thresholdKey: check.thresholdKey,
    threshold,
    actual: givenValue(actualInput),
    status,
    gap,
    ...(grades === undefined ? {} : { grades }),
    explanation,
  };
}

function copyCheck(check: CheckResult): CheckResult {
  return {
    ...check,
    ...(check.grades === undefined ? {} : { grades: { ...check.grades } }),
    explanation: { ...check.explanation },
  };
}

function assembleIndicator(
  indicator: CompiledIndicator,
  ruleResult: RuleResult,
  table: Table,
  measurements: ParsedMeasurements,
  baseline: ParsedMeasurements | undefined,
): IndicatorResult {
  const assemble = (checks: readonly CompiledCheck[], branchIndex: number): CheckResult[] => {
    const evaluated = evaluatedChecks(ruleResult, branchIndex);
    return checks.map((check, index) => assembleCheck(check, evaluated[index], measurements, baseline));
  };
  const standardChecks = assemble(indicator.standard, 0);
  const hasOwnTable = table !== 'standard' && indicator.years.has(table);
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

function assembleEvaluation(
  year: number,
  table: Table,
  ruleSet: { readonly name: string; readonly hash: string },
  indicators: readonly IndicatorResult[],
): Evaluation {
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
