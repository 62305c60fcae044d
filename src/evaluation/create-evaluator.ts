import { RuleSetRuntime, type SafeEvaluateResult } from './runtime.js';
import type { Measurements } from '../schema/measurements.js';
import type { MeasurementDeclaration } from '../schema/rule-set.js';
import type { Evaluation } from '../schema/evaluation.js';
import type { RuleSetInfo } from '../results/rule-set-info.js';
import type { MeasurementInfo } from '../catalogue/measurements.js';
import type { LocalizedText } from '../vocabulary/localized-text.js';
import { deepFreeze } from '../vocabulary/deep-freeze.js';
import { evaluateScenarios } from './what-if/evaluate-scenarios.js';
import type { EvaluateManyOptions, ScenarioResult } from './what-if/types.js';
import { evaluateSeriesWith, type MeasurementSeries } from './evaluate-series.js';
import type { EvaluateSeriesOptions } from '../schema/series-options.js';
import type { SeriesEvaluation } from '../schema/series.js';
import { measurementCatalogue } from '../catalogue/measurements.js';
import type { CompiledRuleSet, MeasurementCatalogue } from '../engine/rule-set.js';
import { ruleSetHash } from '../engine/content-hash.js';
import { issueAt, unreadableAt, type Issue } from '../errors/issue.js';
import { keyNouns } from '../schema/messages.js';
import { RuleSetError } from '../errors/rule-set-error.js';
import { zodIssuesToIssues } from '../schema/issues.js';
import { parseRuleFiles } from '../schema/rule.js';
import { checkRuleSet } from '../engine/check-rule-set.js';
import { ruleSetMessages } from '../schema/rule-set-messages.js';
import { ruleSetDefinitionSchema } from '../schema/rule-set.js';

/** The declarations of a rule set that declares no keys of its own. */
// An object type without keys is the point here: the default when no keys are declared.
// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type
export type NoDeclaredKeys = Readonly<Record<never, MeasurementDeclaration>>;

/** A measurement value of a declared key: yes/no keys take booleans, the others decimals. */
export type DeclaredValue<D> = D extends { readonly kind: 'boolean' } ? boolean : number | string;

/** The measurements a rule set accepts: the contract's keys and the keys it declares. */
export type MeasurementsWith<D> = [keyof D] extends [never]
  ? Measurements
  : Measurements & { readonly [K in keyof D]?: DeclaredValue<D[K]> | null | undefined };

/** Options of an {@link Evaluator}'s `evaluate`, for measurements of type `M`. */
export interface EvaluatorOptions<M> {
  /**
   * The comparison year's measurements (normally the previous year's), for checks that
   * compare with the baseline (不降低). @defaultValue `undefined`: those checks are `missing`.
   */
  readonly baseline?: M | undefined;
}

/** A rule set as a caller gives it to {@link createEvaluator}. */
export interface RuleSetDefinition<D extends Readonly<Record<string, MeasurementDeclaration>>> {
  /**
   * Stated in every evaluation (`evaluation.ruleSet.name`) with the rules' content hash:
   * 1 to 100 letters, digits, `.`, `_`, `-`, `@` or `/`.
   */
  readonly name: string;
  /**
   * One rule per indicator: the objects of `rules/*.json` (parsed JSON, not file paths, so
   * that a browser can load them too). Checked once, here, against `ruleFileSchema`.
   */
  readonly rules: readonly unknown[];
  /**
   * How a `RuleSetError` names each rule, in the order of `rules`: file names, when
   * the rules come from files. @defaultValue each rule's `name`, or its index
   */
  readonly labels?: readonly string[];
  /**
   * Measurement keys of the set's own, with their kind, unit and labels; a rule may use them
   * like the contract's keys. @defaultValue `{}`: only the contract's keys.
   */
  readonly measurements?: D;
  /**
   * The percentages the set derives from raw counts (`rules/derivations.json`): a caller may
   * then give the counts instead of the percentage. Like the rules, they are the set's own:
   * `{ ...builtinRuleSet, name, rules }` keeps the built-in ones.
   * @defaultValue `[]`: percentages only as given
   */
  readonly derivations?: readonly unknown[];
}

/**
 * An evaluator of any rule set, whatever keys it declares: for code that passes the same
 * data to several rule sets (comparisons, case files).
 */
// The measurement type differs between rule sets; such code validates at run time instead.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEvaluator = Evaluator<any>;

/**
 * The measurement keys of measurements of type `M`, the type of `check.key` in its evaluations:
 * {@link MeasurementKey} and the keys a rule set declares (`string` for {@link AnyEvaluator}).
 */
export type MeasurementKeyOf<M> = Extract<keyof M, string>;

/** Evaluates measurements against one rule set; made by {@link createEvaluator}. */
export interface Evaluator<M = Measurements> {
  /** The rule set: name, hash, years, indicators and measurement keys. */
  readonly ruleSet: RuleSetInfo;
  /** Like the package's {@link evaluate}, with this rule set. */
  evaluate(year: number, measurements: M, options?: EvaluatorOptions<M>): Promise<Evaluation<MeasurementKeyOf<M>>>;
  /** Like the package's {@link safeEvaluate}, with this rule set. */
  safeEvaluate(
    year: number,
    measurements: M,
    options?: EvaluatorOptions<M>,
  ): Promise<SafeEvaluateResult<MeasurementKeyOf<M>>>;
  /** Like the package's {@link evaluateMany}, with this rule set: full evaluations. */
  evaluateMany(
    year: number,
    scenarios: readonly M[],
    options: EvaluateManyOptions<M> & { readonly detail: 'full' },
  ): Promise<Evaluation<MeasurementKeyOf<M>>[]>;
  /** Like the package's {@link evaluateMany}, with this rule set: statuses only. */
  evaluateMany(
    year: number,
    scenarios: readonly M[],
    options?: EvaluateManyOptions<M> & { readonly detail?: 'status' | undefined },
  ): Promise<ScenarioResult[]>;
  /** Like the package's {@link evaluateMany}, with this rule set, `detail` known only at run time. */
  evaluateMany(
    year: number,
    scenarios: readonly M[],
    options?: EvaluateManyOptions<M>,
  ): Promise<ScenarioResult[] | Evaluation<MeasurementKeyOf<M>>[]>;
  /**
   * Like the package's {@link evaluateSeries}, with this rule set: the target year defaults to
   * the latest year this rule set has a table for.
   */
  evaluateSeries(
    series: MeasurementSeries<M>,
    options?: EvaluateSeriesOptions,
  ): Promise<SeriesEvaluation<MeasurementKeyOf<M>>>;
}

/** A copy of JSON data: what callers get is never what the runtime evaluates with. */
const jsonCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function describeRuleSet(runtime: RuleSetRuntime): RuleSetInfo {
  const { ruleSet } = runtime;
  return deepFreeze({
    name: runtime.name,
    hash: runtime.hash,
    years: [...ruleSet.years],
    indicators: ruleSet.indicators.map((indicator) => ({
      number: indicator.number,
      id: indicator.id,
      bureau: indicator.bureau,
      name: { ...indicator.name } satisfies LocalizedText,
      rule: jsonCopy(indicator.rule),
    })),
    measurements: jsonCopy(ruleSet.catalogue),
    derivations: ruleSet.derivations.map((derivation) => jsonCopy(derivation.source)),
  });
}

/** The contract's catalogue with the set's declared keys; declaring a contract key is refused. */
function catalogueWith(
  declared: Readonly<Record<string, MeasurementDeclaration>>,
  issues: Issue[],
): MeasurementCatalogue {
  const catalogue: Record<string, MeasurementInfo> = { ...measurementCatalogue };
  for (const [key, declaration] of Object.entries(declared)) {
    if (Object.prototype.hasOwnProperty.call(measurementCatalogue, key)) {
      issues.push(
        issueAt(['measurements', key], {
          en: `${JSON.stringify(key)} is a measurement key of the contract already; declare only keys of your own`,
          zh: `${JSON.stringify(key)} 已是合同中的数据项；只声明你自己的键`,
        }),
      );
      continue;
    }
    if (key in Object.prototype) {
      // Every object answers to these names (a `{}` "has" a constructor), so the key would
      // read as given in every input, and refusing it is the only safe answer.
      issues.push(
        issueAt(['measurements', key], {
          en: `${JSON.stringify(key)} is a property of every JavaScript object; choose another key`,
          zh: `${JSON.stringify(key)} 是每个 JavaScript 对象都有的属性；请换一个键`,
        }),
      );
      continue;
    }
    const unit = declaration.unit ?? (declaration.kind === 'percent' ? { zh: '%', en: '%' } : { zh: '', en: '' });
    catalogue[key] = { kind: declaration.kind, unit: { ...unit }, label: { ...declaration.label } };
  }
  return catalogue;
}

/**
 * Builds the runtime of a caller's rule set: the definition's shape, its declared keys, then
 * every rule. Throws `RuleSetError` with every problem found.
 */
export function loadRuleSet(definition: unknown): RuleSetRuntime {
  let parsed: ReturnType<typeof ruleSetDefinitionSchema.safeParse>;
  let given: unknown;
  try {
    // With its input, an issue can say what a field held (or that it is missing).
    parsed = ruleSetDefinitionSchema.safeParse(definition, { reportInput: true });
    given = parsed.success ? (definition as { measurements?: unknown }).measurements : undefined;
  } catch (error) {
    // A getter or Proxy trap that throws: a malformed definition, not a crash of the host.
    throw new RuleSetError([unreadableAt([], error)]);
  }
  if (!parsed.success) {
    throw new RuleSetError(zodIssuesToIssues(parsed.error.issues, [], ruleSetDefinitionSchema, keyNouns.field));
  }
  const declared = parsed.data.measurements ?? {};
  const issues: Issue[] = [];
  // zod drops a `__proto__` key of a record without a word; a declared key must not vanish.
  if (typeof given === 'object' && given !== null && Object.prototype.hasOwnProperty.call(given, '__proto__')) {
    issues.push(
      issueAt(['measurements', '__proto__'], {
        en: 'expected a camelCase key, not "__proto__"',
        zh: '应为 camelCase 键名，而不是 "__proto__"',
      }),
    );
  }
  const catalogue = catalogueWith(declared, issues);
  if (issues.length > 0) throw new RuleSetError(issues);
  const { name, rules, labels, derivations = [] } = parsed.data;
  const hash = (ruleSet: CompiledRuleSet): string =>
    ruleSetHash(
      ruleSet.indicators.map((indicator) => indicator.rule),
      declared,
      ruleSet.derivations.map((derivation) => derivation.source),
    );
  const parsedRules = parseRuleFiles(rules, labels);
  // Checked here, once, with the words of every refusal; the runtime only compiles.
  checkRuleSet(parsedRules.rules, {
    labels: parsedRules.labels,
    issues: parsedRules.issues,
    order: parsedRules.order,
    derivations,
    messages: ruleSetMessages,
    ...(Object.keys(declared).length === 0 ? {} : { catalogue }),
  });
  return new RuleSetRuntime({
    name,
    rules: parsedRules.rules,
    derivations,
    hash,
    // The contract's catalogue itself when nothing is declared: its schemas are prebuilt.
    ...(Object.keys(declared).length === 0 ? {} : { catalogue }),
  });
}

/**
 * An evaluator over an already-built runtime. Its results name only keys the rule set knows
 * (loading refuses a rule that reads any other), which are the keys of `M`.
 */
export function evaluatorOf<M>(runtime: RuleSetRuntime): Evaluator<M> {
  let info: RuleSetInfo | undefined;
  return Object.freeze({
    get ruleSet(): RuleSetInfo {
      info ??= describeRuleSet(runtime);
      return info;
    },
    evaluate: (year: number, measurements: M, options?: EvaluatorOptions<M>) =>
      runtime.evaluate(year, measurements, options) as Promise<Evaluation<MeasurementKeyOf<M>>>,
    safeEvaluate: (year: number, measurements: M, options?: EvaluatorOptions<M>) =>
      runtime.safeEvaluate(year, measurements, options) as Promise<SafeEvaluateResult<MeasurementKeyOf<M>>>,
    evaluateMany: ((year: number, scenarios: readonly M[], options?: EvaluateManyOptions<M>) =>
      evaluateScenarios(runtime, year, scenarios, options)) as Evaluator<M>['evaluateMany'],
    evaluateSeries: (series: MeasurementSeries<M>, options?: EvaluateSeriesOptions) =>
      evaluateSeriesWith(runtime, series, options) as Promise<SeriesEvaluation<MeasurementKeyOf<M>>>,
  });
}

/**
 * Loads a rule set of your own (the built-in one changed, a new year's table, a proposal)
 * and returns an evaluator with the same `evaluate` as the package's. The rules are checked
 * once, here: a malformed set throws `RuleSetError` naming each rule, field and
 * problem. Engines are built on first use and reused.
 *
 * @throws `RuleSetError` when the definition or any rule is invalid.
 *
 * @example
 * ```ts
 * import { builtinRuleSet } from 'ankang-eco-indicators';
 * import { createEvaluator } from 'ankang-eco-indicators/policy';
 *
 * const rules = structuredClone(builtinRuleSet.rules);
 * const energy = rules.find((rule) => rule.name === 'energy-intensity');
 * const check = energy?.conditions.all[0]?.all[0];
 * if (check) check.value = '0.85';
 * const proposal = createEvaluator({ name: 'energy-0.85', rules });
 * const evaluation = await proposal.evaluate(2020, { energyPerGdp: '0.874' });
 * console.log(evaluation.ruleSet); // { name: 'energy-0.85', hash: 'sha256-…' }
 * ```
 */
export function createEvaluator<const D extends Readonly<Record<string, MeasurementDeclaration>> = NoDeclaredKeys>(
  definition: RuleSetDefinition<D>,
): Evaluator<MeasurementsWith<D>> {
  return evaluatorOf(loadRuleSet(definition));
}

export type { RuleSetInfo } from '../results/rule-set-info.js';
