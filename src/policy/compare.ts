import { bureaus } from '../catalogue/bureaus.js';
import { issueAt, type Issue } from '../errors/issue.js';
import { RuleSetError } from '../errors/rule-set-error.js';
import { ValidationError } from '../errors/validation-error.js';
import { isPlainObject } from '../evaluation/input.js';
import { quotedText, shownTextLength } from '../vocabulary/visible-text.js';
import {
  createEvaluator,
  type AnyEvaluator,
  type EvaluatorOptions,
  type RuleSetDefinition,
} from '../evaluation/create-evaluator.js';
import type { MeasurementDeclaration } from '../schema/rule-set.js';
import type {
  BureauComparison,
  CheckComparison,
  ComparedCheck,
  ComparedGroup,
  DerivationComparison,
  GroupComparison,
  IndicatorComparison,
  RuleSetComparison,
} from '../schema/comparison.js';
import type { Derivation } from '../schema/derivation.js';
import type { CheckResult, Evaluation, GroupResult, IndicatorResult } from '../schema/evaluation.js';

/** A rule set to compare: an evaluator already made, or a definition to load. */
export type ComparedRuleSet = AnyEvaluator | RuleSetDefinition<Readonly<Record<string, MeasurementDeclaration>>>;

function evaluatorFor(ruleSet: ComparedRuleSet, side: 'before' | 'after'): AnyEvaluator {
  if (typeof ruleSet !== 'object' || (ruleSet as unknown) === null) {
    throw new RuleSetError([
      issueAt([side], { en: 'expected an evaluator or a rule-set definition', zh: '应为评估器或规则集定义' }),
    ]);
  }
  return 'evaluate' in ruleSet && typeof ruleSet.evaluate === 'function'
    ? ruleSet
    : createEvaluator(ruleSet as RuleSetDefinition<Readonly<Record<string, MeasurementDeclaration>>>);
}

/** Checks are matched by what they compare: the key, the operator and what it is compared with. */
const signature = (check: CheckResult<string>): string =>
  `${check.key}|${check.operator}|${check.against}|${check.thresholdKey ?? ''}`;

function snapshot(check: CheckResult<string>): ComparedCheck {
  const compared: ComparedCheck = {
    operator: check.operator,
    against: check.against,
    thresholdKey: check.thresholdKey,
    threshold: check.threshold,
    actual: check.actual,
    status: check.status,
    gap: check.gap,
  };
  return check.derived === undefined ? compared : { ...compared, derived: check.derived };
}

/**
 * Pairs the checks of one table before and after. Checks pair when they compare the same
 * things (same signature); among several with one signature, those with the same threshold
 * pair first, then the rest in order, so a removed `≥ 40` beside a kept `≥ 35` reads as removed,
 * not as a moved threshold.
 */
function pairChecks(
  before: readonly CheckResult<string>[],
  after: readonly CheckResult<string>[],
): {
  readonly pairs: Map<CheckResult<string>, CheckResult<string>>;
  readonly unmatchedAfter: readonly CheckResult<string>[];
} {
  const pairs = new Map<CheckResult<string>, CheckResult<string>>();
  const free = new Set(after);
  const candidates = (old: CheckResult<string>): CheckResult<string>[] =>
    after.filter((check) => free.has(check) && signature(check) === signature(old));
  for (const old of before) {
    const same = candidates(old).find((check) => check.threshold === old.threshold || old.against !== 'value');
    if (same !== undefined) {
      pairs.set(old, same);
      free.delete(same);
    }
  }
  for (const old of before) {
    if (pairs.has(old)) continue;
    const [next] = candidates(old);
    if (next !== undefined) {
      pairs.set(old, next);
      free.delete(next);
    }
  }
  return { pairs, unmatchedAfter: after.filter((check) => free.has(check)) };
}

function compareChecks(
  table: CheckComparison['table'],
  before: readonly CheckResult<string>[],
  after: readonly CheckResult<string>[],
): CheckComparison[] {
  const comparisons: CheckComparison[] = [];
  const { pairs, unmatchedAfter } = pairChecks(before, after);
  for (const old of before) {
    const current = pairs.get(old);
    if (current === undefined) {
      comparisons.push({ table, key: old.key, change: 'removed', before: snapshot(old), after: null });
      continue;
    }
    // A fixed threshold that moved is a change of rules, whether or not the status flips;
    // a baseline's or a cap's value is data, the same on both sides.
    const thresholdMoved = old.against === 'value' && old.threshold !== current.threshold;
    if (thresholdMoved || old.status !== current.status) {
      comparisons.push({
        table,
        key: old.key,
        change: thresholdMoved ? 'threshold' : 'status',
        before: snapshot(old),
        after: snapshot(current),
      });
    }
  }
  for (const current of unmatchedAfter) {
    comparisons.push({ table, key: current.key, change: 'added', before: null, after: snapshot(current) });
  }
  return comparisons;
}

function snapshotGroup(group: GroupResult<string>): ComparedGroup {
  return {
    status: group.status,
    decidedBy: group.decidedBy,
    alternatives: group.alternatives.map((alternative) => ({
      status: alternative.status,
      checks: alternative.checks.map((check) => ({ key: check.key, ...snapshot(check) })),
    })),
  };
}

/** What a group checks, without what the data gave: two groups with one definition are one rule. */
const groupDefinition = (group: GroupResult<string>): string =>
  JSON.stringify(
    group.alternatives.map((alternative) =>
      alternative.checks.map((check) => [signature(check), check.against === 'value' ? check.threshold : null]),
    ),
  );

/** The `any` groups of one table before and after, paired by their place among the table's groups. */
function compareGroups(
  table: GroupComparison['table'],
  before: readonly GroupResult<string>[],
  after: readonly GroupResult<string>[],
): GroupComparison[] {
  const comparisons: GroupComparison[] = [];
  for (let index = 0; index < Math.max(before.length, after.length); index++) {
    const old = before[index];
    const current = after[index];
    if (old === undefined && current !== undefined) {
      comparisons.push({ table, change: 'added', before: null, after: snapshotGroup(current) });
    } else if (current === undefined && old !== undefined) {
      comparisons.push({ table, change: 'removed', before: snapshotGroup(old), after: null });
    } else if (old !== undefined && current !== undefined) {
      const changed = groupDefinition(old) !== groupDefinition(current);
      if (changed || old.status !== current.status) {
        comparisons.push({
          table,
          change: changed ? 'changed' : 'status',
          before: snapshotGroup(old),
          after: snapshotGroup(current),
        });
      }
    }
  }
  return comparisons;
}

function compareIndicator(
  before: IndicatorResult<string> | undefined,
  after: IndicatorResult<string> | undefined,
): IndicatorComparison | undefined {
  const either = after ?? before;
  if (either === undefined) return undefined;
  const checks = [
    ...compareChecks('targets', before?.checks ?? [], after?.checks ?? []),
    ...compareChecks('standard', before?.standardChecks ?? [], after?.standardChecks ?? []),
  ];
  const groups = [
    ...compareGroups('targets', before?.groups ?? [], after?.groups ?? []),
    ...compareGroups('standard', before?.standardGroups ?? [], after?.standardGroups ?? []),
  ];
  const status = { before: before?.status ?? null, after: after?.status ?? null };
  const standardStatus = { before: before?.standardStatus ?? null, after: after?.standardStatus ?? null };
  const flipped = status.before !== status.after || standardStatus.before !== standardStatus.after;
  if (!flipped && checks.length === 0 && groups.length === 0) return undefined;
  return {
    number: either.number,
    id: either.id,
    bureau: either.bureau,
    name: { zh: either.name.zh, en: either.name.en },
    status,
    standardStatus,
    flipped,
    checks,
    groups,
  };
}

/** The derived percentages that differ: added, removed, or derived from other counts or places. */
function compareDerivations(before: readonly Derivation[], after: readonly Derivation[]): DerivationComparison[] {
  const side = (derivation: Derivation) => ({
    part: derivation.part,
    whole: derivation.whole,
    decimalPlaces: derivation.decimalPlaces,
  });
  const beforeByKey = new Map(before.map((derivation) => [derivation.key, derivation]));
  const afterKeys = new Set(after.map((derivation) => derivation.key));
  const comparisons: DerivationComparison[] = [];
  for (const current of after) {
    const old = beforeByKey.get(current.key);
    if (old === undefined) {
      comparisons.push({ key: current.key, change: 'added', before: null, after: side(current) });
    } else if (JSON.stringify(side(old)) !== JSON.stringify(side(current))) {
      comparisons.push({ key: current.key, change: 'changed', before: side(old), after: side(current) });
    }
  }
  for (const old of before) {
    if (!afterKeys.has(old.key)) comparisons.push({ key: old.key, change: 'removed', before: side(old), after: null });
  }
  return comparisons;
}

/** The derivations of an evaluator's rule set; none for an evaluator that does not say. */
function derivationsOf(evaluator: AnyEvaluator): readonly Derivation[] {
  try {
    const derivations: unknown = evaluator.ruleSet.derivations;
    return Array.isArray(derivations) ? (derivations as readonly Derivation[]) : [];
  } catch {
    return [];
  }
}

function compareEvaluations(
  before: Evaluation<string>,
  after: Evaluation<string>,
  derivations: readonly DerivationComparison[],
): RuleSetComparison {
  const afterById = new Map(after.indicators.map((indicator) => [indicator.id, indicator]));
  const beforeIds = new Set(before.indicators.map((indicator) => indicator.id));
  const indicators: IndicatorComparison[] = [];
  for (const indicator of before.indicators) {
    const comparison = compareIndicator(indicator, afterById.get(indicator.id));
    if (comparison !== undefined) indicators.push(comparison);
  }
  for (const indicator of after.indicators) {
    if (beforeIds.has(indicator.id)) continue;
    const comparison = compareIndicator(undefined, indicator);
    if (comparison !== undefined) indicators.push(comparison);
  }
  indicators.sort((a, b) => a.number - b.number);

  const bureauResults: BureauComparison[] = [];
  for (const bureau of bureaus) {
    const old = before.bureaus.find((candidate) => candidate.id === bureau.id);
    const current = after.bureaus.find((candidate) => candidate.id === bureau.id);
    const status = { before: old?.status ?? null, after: current?.status ?? null };
    const standardStatus = { before: old?.standardStatus ?? null, after: current?.standardStatus ?? null };
    if (status.before === status.after && standardStatus.before === standardStatus.after) continue;
    bureauResults.push({ id: bureau.id, name: { zh: bureau.name.zh, en: bureau.name.en }, status, standardStatus });
  }
  const city = {
    status: { before: before.status, after: after.status },
    standardStatus: { before: before.standardStatus, after: after.standardStatus },
  };
  const changed =
    city.status.before !== city.status.after ||
    city.standardStatus.before !== city.standardStatus.after ||
    bureauResults.length > 0 ||
    indicators.some((indicator) => indicator.flipped);
  return {
    year: before.year,
    before: { name: before.ruleSet.name, hash: before.ruleSet.hash, targets: before.targets },
    after: { name: after.ruleSet.name, hash: after.ruleSet.hash, targets: after.targets },
    changed,
    city,
    bureaus: bureauResults,
    indicators,
    derivations: [...derivations],
  };
}

/**
 * What a change of rules does to the same data: evaluates `measurements` under `before` and
 * under `after`, and lists the city, the bureaus and the indicators whose status flips, every
 * check whose fixed threshold moved, was added or removed, or whose status changed, with its
 * old and new threshold, status and gap, every `any` group that was added, removed, changed or
 * flipped, and every derived percentage added, removed or derived otherwise. The artefact a
 * reviewer reads before a policy change is accepted; `formatComparison` renders it as Markdown.
 *
 * A key that one side declares is that side's data: the other side, whose rules cannot read
 * it, does not see it. Rejects with `ValidationError` when the data is invalid for either
 * rule set, each issue's message saying which side refused it (or both), and with
 * {@link RuleSetError} when a rule set is neither an evaluator nor a valid definition.
 *
 * @param before - The rules in force: an `Evaluator`, or a definition to load.
 * @param after - The proposed rules.
 * @param year - The year to evaluate.
 * @param measurements - The data both are evaluated on.
 * @param options - The baseline, as for `evaluate`.
 *
 * @example
 * ```ts
 * import { builtinRuleSet, formatComparison } from 'ankang-eco-indicators';
 * import { compareRuleSets, createEvaluator } from 'ankang-eco-indicators/policy';
 *
 * const rules = structuredClone(builtinRuleSet.rules);
 * // … set the energy-intensity threshold to "0.85" …
 * const report = await compareRuleSets(createEvaluator(builtinRuleSet), { name: 'energy-0.85', rules }, 2020, data2020, {
 *   baseline: data2019,
 * });
 * console.log(report.indicators.filter((indicator) => indicator.flipped).map((indicator) => indicator.id));
 * // ['energy-intensity']
 * console.log(formatComparison(report, { lang: 'en' }));
 * ```
 */
export async function compareRuleSets(
  before: ComparedRuleSet,
  after: ComparedRuleSet,
  year: number,
  measurements: unknown,
  options?: EvaluatorOptions<unknown>,
): Promise<RuleSetComparison> {
  const beforeEvaluator = evaluatorFor(before, 'before');
  const afterEvaluator = evaluatorFor(after, 'after');
  const beforeKeys = declaredKeys(beforeEvaluator);
  const afterKeys = declaredKeys(afterEvaluator);
  const data = ownEntries(measurements);
  const optionEntries = ownEntries(options);
  /** The input of one side: what it knows of the data, and what neither side knows. */
  const inputFor = (known: KnownKeys, other: KnownKeys): readonly [unknown, EvaluatorOptions<unknown> | undefined] => {
    if (known === undefined || other === undefined) return [measurements, options];
    const narrowed = (entries: Entries | undefined, given: unknown): unknown =>
      entries === undefined ? given : keysFor(entries, known, other);
    const sideOptions =
      optionEntries === undefined
        ? options
        : Object.fromEntries(
            optionEntries.map(([key, value]) => [key, key === 'baseline' ? narrowed(ownEntries(value), value) : value]),
          );
    return [narrowed(data, measurements), sideOptions];
  };
  const outcomes = await Promise.allSettled([
    beforeEvaluator.evaluate(year, ...inputFor(beforeKeys, afterKeys)),
    afterEvaluator.evaluate(year, ...inputFor(afterKeys, beforeKeys)),
  ]);
  const [beforeOutcome, afterOutcome] = outcomes;
  if (beforeOutcome.status === 'fulfilled' && afterOutcome.status === 'fulfilled') {
    return compareEvaluations(
      beforeOutcome.value,
      afterOutcome.value,
      compareDerivations(derivationsOf(beforeEvaluator), derivationsOf(afterEvaluator)),
    );
  }
  throw refusalOfSides([
    { side: 'before', name: nameOf(beforeEvaluator), outcome: beforeOutcome },
    { side: 'after', name: nameOf(afterEvaluator), outcome: afterOutcome },
  ]);
}

/** The measurement keys an evaluator knows; `undefined` for an evaluator that does not say. */
type KnownKeys = Readonly<Record<string, unknown>> | undefined;

function declaredKeys(evaluator: AnyEvaluator): KnownKeys {
  try {
    const known: unknown = evaluator.ruleSet.measurements;
    return typeof known === 'object' && known !== null ? (known as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function nameOf(evaluator: AnyEvaluator): string {
  try {
    const name: unknown = evaluator.ruleSet.name;
    return typeof name === 'string' ? name : '';
  } catch {
    return '';
  }
}

type Entries = readonly (readonly [key: string, value: unknown])[];

/**
 * The own enumerable entries of a plain object, read once (both sides see the same values);
 * `undefined` for anything else, or anything that throws, which each side then refuses itself.
 */
function ownEntries(value: unknown): Entries | undefined {
  try {
    if (!isPlainObject(value)) return undefined;
    if (Object.getOwnPropertyNames(value).length !== Object.keys(value as object).length) return undefined;
    return Object.entries(value as object);
  } catch {
    return undefined;
  }
}

/**
 * The data one side evaluates: every key it knows, and every key neither side knows (so that
 * it is refused, with its did-you-mean); a key only the other side declares is that side's
 * alone, since no rule of this side can read it.
 */
function keysFor(
  entries: Entries,
  known: Readonly<Record<string, unknown>>,
  other: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const given = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of entries) {
    if (Object.hasOwn(known, key) || !Object.hasOwn(other, key)) {
      Object.defineProperty(given, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return given;
}

/**
 * The refusal of a comparison: each side's issues, each message saying which side refused
 * (an issue both sides raise is said once, for both). Any other error is rethrown as it is.
 */
function refusalOfSides(
  sides: readonly {
    readonly side: 'before' | 'after';
    readonly name: string;
    readonly outcome: PromiseSettledResult<Evaluation<string>>;
  }[],
): Error {
  for (const { outcome } of sides) {
    if (outcome.status === 'rejected' && !(outcome.reason instanceof ValidationError)) {
      return outcome.reason instanceof Error ? outcome.reason : new Error(String(outcome.reason));
    }
  }
  const bySignature = new Map<
    string,
    { readonly issue: Issue; readonly sides: { readonly side: 'before' | 'after'; readonly name: string }[] }
  >();
  for (const { side, name, outcome } of sides) {
    if (outcome.status !== 'rejected' || !(outcome.reason instanceof ValidationError)) continue;
    for (const issue of outcome.reason.issues) {
      const signature = JSON.stringify([issue.path, issue.message]);
      const entry = bySignature.get(signature) ?? { issue, sides: [] };
      entry.sides.push({ side, name });
      bySignature.set(signature, entry);
    }
  }
  const issues: Issue[] = [];
  for (const { issue, sides: refusing } of bySignature.values()) {
    const [only] = refusing;
    const who =
      refusing.length > 1 || only === undefined
        ? { en: 'both rule sets', zh: '两个规则集' }
        : {
            en: `the ${only.side} rule set ${quotedText(only.name, 'en', shownTextLength)}`,
            zh: `${only.side === 'before' ? '变更前' : '变更后'}的规则集 ${quotedText(only.name, 'zh', shownTextLength)}`,
          };
    issues.push(
      issueAt(issue.path, {
        en: `${issue.localized.en} (refused by ${who.en})`,
        zh: `${issue.localized.zh}（${who.zh}拒绝）`,
      }),
    );
  }
  return new ValidationError(issues);
}
