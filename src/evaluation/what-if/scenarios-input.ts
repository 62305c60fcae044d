import type { MeasurementCatalogue } from '../../engine/rule-set.js';
import { applyDerivations, type DerivationOutcome } from '../../engine/apply-derivations.js';
import { hasCounts, type CompiledDerivation } from '../../engine/derivations.js';
import type { LocalizedText } from '../../vocabulary/localized-text.js';
import { issueAt, type Issue } from '../../errors/issue.js';
import { inputParts, invalidInput, messages as fixedMessages } from '../../schema/messages.js';
import { ValidationError } from '../../errors/validation-error.js';
import type { Decimal } from '../../vocabulary/decimal.js';
import type { DecimalKind } from '../../vocabulary/measurement-kinds.js';
import { withDerived } from '../derive.js';
import { factOf, type DerivationNotes } from '../measurement-values.js';
import { isPlainObject, isYear, type FactValue, type Facts, type ParsedMeasurements } from '../input.js';
import { guarded, needsSchemas, quickMeasurements, readDecimal, type DecimalReader } from '../parsed-values.js';
import type { InputIssuesModule } from '../validate.js';

// Validation of `evaluateMany`'s arguments: the same quick check and schemas as `evaluate`'s,
// with every problem of every scenario reported by its index.

/** Measurements as given and as parsed (and, after the derivations, how each derived key came about). */
export interface ParsedInput {
  readonly given: ParsedMeasurements;
  readonly facts: Facts;
  readonly notes?: DerivationNotes;
}

const none: ParsedInput = { given: {}, facts: {} };

/** What validating the arguments of `evaluateMany` works with. */
interface ManyContext {
  readonly catalogue: MeasurementCatalogue;
  readonly issues: Issue[];
  readonly read: DecimalReader;
  /** The schemas, once something was refused; without them a refusal throws `needsSchemas`. */
  readonly messages: InputIssuesModule | undefined;
}

/** Validates one measurements object: the quick check, else the schema with its messages. */
function parseMeasurements(
  value: unknown,
  path: readonly (string | number)[],
  what: LocalizedText,
  context: ManyContext,
): ParsedInput | undefined {
  const { catalogue, issues, messages } = context;
  try {
    const quick = quickMeasurements(value, catalogue, context.read);
    if (quick !== undefined) return quick;
  } catch {
    // A getter or Proxy that throws: the schema reports it with its path.
  }
  if (messages === undefined) throw needsSchemas;
  const given = messages.schemaMeasurements(value, path, what, catalogue, issues);
  if (given === undefined) return undefined;
  const facts: Record<string, FactValue> = {};
  for (const key of Object.keys(given)) facts[key] = factOf(given[key]);
  return { given, facts };
}

const optionKeys = new Set(['base', 'baseline', 'detail']);

export interface ManyInput {
  readonly year: number;
  /** The scenarios as given (each is laid over the base). */
  readonly scenarios: readonly ParsedInput[];
  /**
   * What the rule set's derivations make of each scenario laid over the base, in the order of
   * `scenarios`: what `evaluate` would derive from `{ ...base, ...scenario }`.
   */
  readonly derived: readonly DerivationOutcome[];
  readonly base: ParsedInput;
  /** The baseline, its derived percentages in. */
  readonly baseline: ParsedInput | undefined;
  readonly detail: 'status' | 'full';
}

/** Issues past which `evaluateMany` stops checking further scenarios. */
const maxIssues = 1000;

/**
 * Validates every argument; every problem of every scenario is reported, with its index.
 * Without `messages` (the schemas) it throws `needsSchemas` at the first thing the quick
 * check refuses.
 */
export function validateMany(
  year: unknown,
  scenarios: unknown,
  options: unknown,
  catalogue: MeasurementCatalogue,
  derivations: readonly CompiledDerivation[],
  messages: InputIssuesModule | undefined,
): ManyInput {
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
  const context: ManyContext = { catalogue, issues, read, messages };
  if (!isYear(year)) {
    if (messages === undefined) throw needsSchemas;
    for (const issue of messages.yearIssues(year)) issues.push(issue);
  }
  let base = none;
  let baseline: ParsedInput | undefined;
  let detail: 'status' | 'full' = 'status';
  if (options !== undefined) {
    // A getter or Proxy that throws is bad input like any other: an issue, not an exception.
    guarded(['options'], issues, () => {
      if (!isPlainObject(options)) {
        issues.push(issueAt(['options'], fixedMessages.optionsObject));
        return;
      }
      const given = options as Readonly<Record<string, unknown>>;
      for (const key of Object.keys(given)) {
        if (!optionKeys.has(key)) {
          issues.push(
            issueAt(['options', key], {
              en: `unknown option ${JSON.stringify(key)}; evaluateMany accepts "base", "baseline" and "detail"`,
              zh: `未知的选项 ${JSON.stringify(key)}；evaluateMany 只接受 "base"、"baseline" 和 "detail"`,
            }),
          );
        }
      }
      const givenBase = given['base'];
      const givenBaseline = given['baseline'];
      const wanted = given['detail'];
      if (givenBase !== undefined)
        base = parseMeasurements(givenBase, ['options', 'base'], inputParts.base, context) ?? none;
      if (givenBaseline !== undefined)
        baseline = parseMeasurements(givenBaseline, ['options', 'baseline'], inputParts.baseline, context);
      if (wanted === 'full') detail = 'full';
      else if (wanted !== undefined && wanted !== 'status')
        issues.push(
          issueAt(['options', 'detail'], { en: 'expected "status" or "full"', zh: '应为 "status" 或 "full"' }),
        );
    });
  }
  const parsed: ParsedInput[] = [];
  /** The index of each parsed scenario in the list given, for the issues of the derivations. */
  const indices: number[] = [];
  guarded(['scenarios'], issues, () => {
    if (!Array.isArray(scenarios)) {
      issues.push(
        issueAt(['scenarios'], {
          en: 'expected an array of scenarios (measurements objects)',
          zh: '应为情景数组（每个情景是一个测量值对象）',
        }),
      );
      return;
    }
    const list = scenarios as readonly unknown[];
    for (let index = 0; index < list.length; index++) {
      // A million bad scenarios need not make a million issues: the first ones say what is wrong.
      if (issues.length >= maxIssues) {
        issues.push(
          issueAt(['scenarios'], {
            en: `stopped checking at scenario ${index} of ${list.length}, after ${maxIssues} issues`,
            zh: `已发现 ${maxIssues} 个问题，在第 ${index} 个情景（共 ${list.length} 个）处停止检查`,
          }),
        );
        return;
      }
      const one = parseMeasurements(list[index], ['scenarios', index], inputParts.scenario, context);
      if (one !== undefined) {
        parsed.push(one);
        indices.push(index);
      }
    }
  });
  // A base refused in part is no base to derive from: its own issues say why.
  const baseIsValid = !issues.some((issue) => issue.path[0] === 'options' && issue.path[1] === 'base');
  const derived = baseIsValid ? deriveScenarios(derivations, base, parsed, indices, issues) : [];
  let derivedBaseline = baseline;
  if (baseline !== undefined && derivations.length > 0) {
    const facts = baseline.facts;
    const outcome = applyDerivations(
      derivations,
      (key) => (Object.hasOwn(facts, key) ? (facts[key] ?? null) : null),
      issueAt,
    );
    for (const issue of outcome.issues) issues.push({ ...issue, path: ['options', 'baseline', ...issue.path] });
    derivedBaseline = withDerived(baseline.given, baseline.facts, outcome);
  }
  if (issues.length > 0 || !isYear(year)) {
    throw new ValidationError(issues.length > 0 ? issues : [issueAt([], invalidInput)]);
  }
  return { year, scenarios: parsed, derived, base, baseline: derivedBaseline, detail };
}

/**
 * The derivations of each scenario laid over the base, read key by key without building the
 * merged object (a sweep stays cheap): a scenario that gives none of a derivation's keys gets
 * the base's outcome, computed once. Problems are issues of the scenario, as `evaluate` of the
 * merged measurements would report them.
 */
function deriveScenarios(
  derivations: readonly CompiledDerivation[],
  base: ParsedInput,
  scenarios: readonly ParsedInput[],
  indices: readonly number[],
  issues: Issue[],
): DerivationOutcome[] {
  if (derivations.length === 0) return [];
  // Over a base without counts, only a scenario that gives a count derives anything; over a
  // base with counts, a percentage a scenario gives must agree with them too.
  const counts = derivations.flatMap((derivation) => [derivation.part, derivation.whole]);
  const keys = new Set(
    hasCounts((key) => Object.hasOwn(base.given, key), derivations)
      ? [...counts, ...derivations.map((derivation) => derivation.key)]
      : counts,
  );
  const baseFacts = base.facts;
  const fromBase = (key: string): FactValue => (Object.hasOwn(baseFacts, key) ? (baseFacts[key] ?? null) : null);
  let baseOutcome: DerivationOutcome | undefined;
  return scenarios.map((scenario, position) => {
    const facts = scenario.facts;
    const touches = Object.keys(facts).some((key) => keys.has(key));
    const outcome = touches
      ? applyDerivations(
          derivations,
          (key) => (Object.hasOwn(facts, key) ? (facts[key] ?? null) : fromBase(key)),
          issueAt,
        )
      : (baseOutcome ??= applyDerivations(derivations, fromBase, issueAt));
    for (const issue of outcome.issues) {
      if (issues.length >= maxIssues) break;
      issues.push({ ...issue, path: ['scenarios', indices[position] ?? position, ...issue.path] });
    }
    return outcome;
  });
}
