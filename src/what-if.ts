import type { BureauId } from './catalogue/bureaus.js';
import { bureaus } from './catalogue/bureaus.js';
import type { Decimal } from './engine/decimal.js';
import { decimalOperators, isDecimal } from './engine/operators.js';
import { checksFor, type CompiledCheck, type CompiledIndicator } from './engine/rule-set.js';
import type { Issue } from './errors/issue.js';
import { ValidationError } from './errors/validation-error.js';
import {
  assembleEvaluation,
  assembleIndicator,
  checkStatus,
  FactReader,
  type CheckDecider,
  type CheckOutcome,
  type RuleSetRuntime,
  type Table,
} from './evaluator.js';
import { combineStatuses, countStatuses } from './results/combine.js';
import type { Evaluation, Status, StatusCounts } from './results/schema.js';
import { yearSchema } from './schema/options.js';
import { zodIssuesToIssues } from './schema/issues.js';
import {
  guarded,
  isPlainObject,
  quickMeasurements,
  readDecimal,
  schemaMeasurements,
  type FactValue,
  type Facts,
  type DecimalKind,
  type DecimalReader,
  type InputSchemas,
  type ParsedMeasurements,
} from './validate.js';

/**
 * Options of `evaluateMany`. Each scenario is laid over `base` (its keys replace the base's,
 * as `{ ...base, ...scenario }` would), so a sweep names only what it changes.
 */
export interface EvaluateManyOptions<M> {
  /** The measurements every scenario starts from. @defaultValue `{}`: a scenario is all there is. */
  readonly base?: M | undefined;
  /** The comparison year's measurements, as for `evaluate`. @defaultValue `undefined` */
  readonly baseline?: M | undefined;
  /**
   * `'status'` (the default) gives a {@link ScenarioResult} per scenario: statuses only, the
   * fast answer for sweeps. `'full'` gives the same {@link Evaluation} `evaluate` gives.
   */
  readonly detail?: 'status' | 'full' | undefined;
}

/** An indicator in a {@link ScenarioResult}: its two statuses. */
export interface ScenarioIndicatorResult {
  readonly number: number;
  readonly id: string;
  readonly bureau: BureauId;
  /** Against the year's targets, as `evaluate`'s `status`. */
  readonly status: Status;
  /** Against the creation standard, as `evaluate`'s `standardStatus`. */
  readonly standardStatus: Status;
}

/** A bureau in a {@link ScenarioResult}: its two statuses. */
export interface ScenarioBureauResult {
  readonly id: BureauId;
  readonly status: Status;
  readonly standardStatus: Status;
}

/**
 * One scenario of `evaluateMany` in its lean form: the statuses and counts of an
 * {@link Evaluation}, without checks, gaps or explanations (ask for `detail: 'full'` for
 * those). Every field has the value the same field of `evaluate`'s result has.
 */
export interface ScenarioResult {
  readonly year: number;
  readonly targets: number | 'standard';
  readonly status: Status;
  readonly standardStatus: Status;
  readonly counts: StatusCounts;
  readonly standardCounts: StatusCounts;
  /** All indicators, in the evaluation's order. */
  readonly indicators: readonly ScenarioIndicatorResult[];
  /** The bureaus with indicators, in the order of the bureau table. */
  readonly bureaus: readonly ScenarioBureauResult[];
}

/**
 * One check compiled to a direct comparison, with the same operator definitions the engine
 * uses. Facts are read by position (the plan's `keys`), not by name: a sweep changes a few
 * positions of a copy of the base instead of building an object per scenario.
 */
type DirectCheck = (measurements: readonly FactValue[], baseline: readonly FactValue[]) => CheckOutcome;

/** A table of a rule set compiled for direct evaluation. */
interface DirectPlan {
  readonly table: Table;
  readonly indicators: readonly {
    readonly indicator: CompiledIndicator;
    readonly standard: readonly DirectCheck[];
    /** The year's own checks, or `null` when the year is judged by the standard. */
    readonly year: readonly DirectCheck[] | null;
  }[];
  /** For each bureau with indicators, the positions of its indicators. */
  readonly bureaus: readonly { readonly id: BureauId; readonly members: readonly number[] }[];
  /** The keys the checks read, in the order of the fact arrays. */
  readonly keys: readonly string[];
  readonly positions: ReadonlyMap<string, number>;
}

/** The facts of `facts` by the plan's positions; `null` without data. */
function factArray(plan: DirectPlan, facts: Facts): FactValue[] {
  return plan.keys.map((key) => facts[key] ?? null);
}

/**
 * A check as a function. It mirrors the engine's operator functions (src/engine/operators.ts)
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
  const indicators = runtime.ruleSet.indicators.map((indicator) => {
    const hasOwnTable = table !== 'standard' && indicator.years.has(table);
    return {
      indicator,
      standard: indicator.standard.map(compile),
      year: hasOwnTable ? checksFor(indicator, table).map(compile) : null,
    };
  });
  const plannedBureaus = bureaus
    .map((bureau) => ({
      id: bureau.id,
      members: indicators.flatMap((entry, index) => (entry.indicator.bureau === bureau.id ? [index] : [])),
    }))
    .filter((bureau) => bureau.members.length > 0);
  return { table, indicators, bureaus: plannedBureaus, keys: [...positions.keys()], positions };
}

/** Compiled plans per runtime and table: built once, like the engines. */
const plans = new WeakMap<RuleSetRuntime, Map<Table, DirectPlan>>();

function planFor(runtime: RuleSetRuntime, table: Table): DirectPlan {
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

/** Measurements as given and as parsed. */
interface ParsedInput {
  readonly given: ParsedMeasurements;
  readonly facts: Facts;
}

const none: ParsedInput = { given: {}, facts: {} };

/** Validates one measurements object: the quick check, else the schema with its messages. */
function parseMeasurements(
  value: unknown,
  path: readonly (string | number)[],
  what: string,
  context: {
    readonly schemas: InputSchemas;
    readonly issues: Issue[];
    readonly read: DecimalReader;
  },
): ParsedInput | undefined {
  const { schemas, issues } = context;
  try {
    const quick = quickMeasurements(value, schemas.catalogue, context.read);
    if (quick !== undefined) return quick;
  } catch {
    // A getter or Proxy that throws: the schema reports it with its path.
  }
  const given = schemaMeasurements(value, path, what, schemas, issues);
  if (given === undefined) return undefined;
  const reader = new FactReader(given);
  const facts: Record<string, FactValue> = {};
  for (const key of Object.keys(given)) facts[key] = reader.get(key);
  return { given, facts };
}

const optionKeys = new Set(['base', 'baseline', 'detail']);

interface ManyInput {
  readonly year: number;
  readonly scenarios: readonly ParsedInput[];
  readonly base: ParsedInput;
  readonly baseline: ParsedInput | undefined;
  readonly detail: 'status' | 'full';
}

/** Validates every argument; every problem of every scenario is reported, with its index. */
/** Issues past which `evaluateMany` stops checking further scenarios. */
const maxIssues = 1000;

function validateMany(year: unknown, scenarios: unknown, options: unknown, schemas: InputSchemas): ManyInput {
  const issues: Issue[] = [];
  // Sweeps repeat values across scenarios; each distinct one is parsed and range-checked once
  // per call and kind. Zero is left out: a map cannot tell 0 from -0, and zero parses fastest.
  const known = new Map<DecimalKind, Map<number | string, Decimal | undefined>>();
  const read: DecimalReader = (raw, kind) => {
    if (raw === 0) return readDecimal(raw, kind);
    let ofKind = known.get(kind);
    if (ofKind === undefined) {
      ofKind = new Map();
      known.set(kind, ofKind);
    }
    if (ofKind.has(raw)) return ofKind.get(raw);
    const decimal = readDecimal(raw, kind);
    ofKind.set(raw, decimal);
    return decimal;
  };
  const context = { schemas, issues, read };
  const parsedYear = yearSchema.safeParse(year);
  if (!parsedYear.success) for (const issue of zodIssuesToIssues(parsedYear.error.issues, ['year'])) issues.push(issue);
  let base = none;
  let baseline: ParsedInput | undefined;
  let detail: 'status' | 'full' = 'status';
  if (options !== undefined) {
    // A getter or Proxy that throws is bad input like any other: an issue, not an exception.
    guarded(['options'], issues, () => {
      if (!isPlainObject(options)) {
        issues.push({ path: ['options'], message: 'expected an options object' });
        return;
      }
      const given = options as Readonly<Record<string, unknown>>;
      for (const key of Object.keys(given)) {
        if (!optionKeys.has(key)) {
          issues.push({
            path: ['options', key],
            message: `unknown option ${JSON.stringify(key)}; evaluateMany accepts "base", "baseline" and "detail"`,
          });
        }
      }
      const givenBase = given['base'];
      const givenBaseline = given['baseline'];
      const wanted = given['detail'];
      if (givenBase !== undefined)
        base = parseMeasurements(givenBase, ['options', 'base'], 'the base', context) ?? none;
      if (givenBaseline !== undefined)
        baseline = parseMeasurements(givenBaseline, ['options', 'baseline'], 'the baseline', context);
      if (wanted === 'full') detail = 'full';
      else if (wanted !== undefined && wanted !== 'status')
        issues.push({ path: ['options', 'detail'], message: 'expected "status" or "full"' });
    });
  }
  const parsed: ParsedInput[] = [];
  guarded(['scenarios'], issues, () => {
    if (!Array.isArray(scenarios)) {
      issues.push({ path: ['scenarios'], message: 'expected an array of scenarios (measurements objects)' });
      return;
    }
    const list = scenarios as readonly unknown[];
    for (let index = 0; index < list.length; index++) {
      // A million bad scenarios need not make a million issues: the first ones say what is wrong.
      if (issues.length >= maxIssues) {
        issues.push({
          path: ['scenarios'],
          message: `stopped checking at scenario ${index} of ${list.length}, after ${maxIssues} issues`,
        });
        return;
      }
      const one = parseMeasurements(list[index], ['scenarios', index], 'a scenario', context);
      if (one !== undefined) parsed.push(one);
    }
  });
  if (issues.length > 0 || !parsedYear.success) {
    throw new ValidationError(issues.length > 0 ? issues : [{ path: [], message: 'invalid input' }]);
  }
  return { year: parsedYear.data, scenarios: parsed, base, baseline, detail };
}

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
  runtime: RuleSetRuntime,
  plan: DirectPlan,
  year: number,
  measurements: ParsedInput,
  baseline: ParsedInput | undefined,
): Evaluation {
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
  return assembleEvaluation(year, plan.table, { name: runtime.name, hash: runtime.hash }, indicators);
}

/**
 * Evaluates many scenarios against `runtime`'s rules without json-rules-engine: each check
 * of the same compiled rules is decided directly. Validation is the same as `evaluate`'s.
 */
export function evaluateScenarios(
  runtime: RuleSetRuntime,
  year: unknown,
  scenarios: unknown,
  options: unknown,
): ScenarioResult[] | Evaluation[] {
  const input = validateMany(year, scenarios, options, runtime.schemas);
  const plan = planFor(runtime, runtime.tableFor(input.year));
  const { base, baseline } = input;
  const merged = (scenario: ParsedInput): ParsedInput => ({
    given: { ...base.given, ...scenario.given },
    facts: { ...base.facts, ...scenario.facts },
  });
  if (input.detail === 'full')
    return input.scenarios.map((scenario) => fullResult(runtime, plan, input.year, merged(scenario), baseline));
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
