import { catalogueEntry, measurementCatalogue, type MeasurementInfo } from '../catalogue/measurements.js';
import { issueAt, type Issue } from '../errors/issue.js';
import type { Derivation } from '../schema/derivation.js';
import type { RuleCheck, RuleFile } from '../schema/rule.js';
import { isAnyGroup, referenceOf } from '../schema/rule-entries.js';
import type { RuleSetMessages } from '../schema/rule-set-messages.js';
import type { LocalizedText } from '../vocabulary/localized-text.js';
import type { MeasurementCatalogue } from './rule-set.js';

// What a rule set must be before it is compiled (./rule-set.ts), checked once: a caller's when
// it is loaded (createEvaluator), the built-in set's when src/generated/ is written. Only those
// two paths import this module, so `evaluate`'s bundle carries no check and no message.

/** Options of {@link checkRuleSet}. */
export interface CheckOptions {
  /** How issues name each rule (a file name); by default the rule's name, or its index. */
  readonly labels?: readonly (string | number)[];
  /** The keys rules may use. @defaultValue the contract's catalogue */
  readonly catalogue?: MeasurementCatalogue;
  /** Issues found before (the rules' shape, by `parseRuleFiles`): thrown with the rest. */
  readonly issues?: readonly Issue[];
  /** The label of every rule as given, shapeless ones too: issues are thrown in this order. */
  readonly order?: readonly (string | number)[];
  /** The set's derived percentages (of the derivation schema). @defaultValue none */
  readonly derivations?: readonly Derivation[];
  /** What to say of each problem, and how to refuse the set (`ruleSetMessages`). */
  readonly messages: RuleSetMessages;
}

const yearPattern = /^\d{4}$/;

/** The problems of one check: its keys known, its operator and value fitting their kinds. */
function checkCheck(
  check: RuleCheck,
  path: readonly (string | number)[],
  catalogue: MeasurementCatalogue,
  issues: Issue[],
  messages: RuleSetMessages,
): void {
  const report = (field: string, text: LocalizedText): void => {
    issues.push(issueAt([...path, field], text));
  };
  const measurement = catalogueEntry(catalogue, check.fact);
  if (measurement === undefined) {
    report('fact', messages.unknownKey(check.fact));
    return;
  }
  const key = check.fact;
  const kind = measurement.kind;
  if (typeof check.value === 'object') {
    const reference = check.value.fact;
    const referenced = catalogueEntry(catalogue, referenceOf(reference).key);
    if (referenced === undefined) report('value', messages.unknownFact(reference));
    else if ((referenced.kind === 'boolean') !== (kind === 'boolean')) {
      report('value', messages.otherKind(reference, key));
    }
  }
  if (check.operator === 'booleanIs') {
    if (kind !== 'boolean') report('operator', messages.booleanIsNeedsYesNo(key, kind));
    if (typeof check.value !== 'boolean') report('value', messages.booleanIsValue());
  } else {
    if (kind === 'boolean') report('operator', messages.needsNumeric(check.operator, key));
    if (typeof check.value === 'boolean') report('value', messages.decimalValue(check.operator));
    if (check.operator === 'eiGradeAtLeast' && kind !== 'index') report('operator', messages.eiNeedsIndex(key));
  }
}

/** The problems of a table's entries: each check, and each check of each `any` group's alternatives. */
function checkTable(
  entries: RuleFile['conditions']['all'][number]['all'],
  path: readonly (string | number)[],
  catalogue: MeasurementCatalogue,
  issues: Issue[],
  messages: RuleSetMessages,
): void {
  entries.forEach((entry, at) => {
    if (!isAnyGroup(entry)) {
      checkCheck(entry, [...path, at], catalogue, issues, messages);
      return;
    }
    entry.any.forEach((alternative, index) => {
      const alternativePath = [...path, at, 'any', index];
      if (!('all' in alternative)) checkCheck(alternative, alternativePath, catalogue, issues, messages);
      else
        alternative.all.forEach((check, checkIndex) => {
          checkCheck(check, [...alternativePath, 'all', checkIndex], catalogue, issues, messages);
        });
    });
  });
}

/**
 * The problems of a set's derivations: the derived key a percentage, the part and the whole
 * counts and not the same key, each percentage derived one way. At `['derivations', index, field]`.
 */
function checkDerivations(
  derivations: readonly Derivation[],
  catalogue: Readonly<Record<string, MeasurementInfo>>,
  issues: Issue[],
  messages: RuleSetMessages,
): void {
  const derivedAt = new Map<string, number>();
  derivations.forEach((derivation, index) => {
    const report = (field: string, text: LocalizedText): void => {
      issues.push(issueAt(['derivations', index, field], text));
    };
    const kindOf = (field: 'key' | 'part' | 'whole', expected: 'percent' | 'count'): void => {
      const key = derivation[field];
      const info = catalogueEntry(catalogue, key);
      if (info === undefined) report(field, messages.unknownKey(key));
      else if (info.kind !== expected) report(field, messages.derivationKind(key, info.kind, field));
    };
    kindOf('key', 'percent');
    kindOf('part', 'count');
    kindOf('whole', 'count');
    if (derivation.part === derivation.whole) report('whole', messages.sameCounts());
    const earlier = derivedAt.get(derivation.key);
    if (earlier !== undefined) report('key', messages.derivedTwice(derivation.key, earlier));
    derivedAt.set(derivation.key, index);
  });
}

/**
 * Checks a rule set whose rules have the shape of the rule-file schema (`parseRuleFiles`
 * first): known measurement keys, kinds that fit the operators, table names (`standard`, then
 * years 2000 to 2100, each once), unique ids and numbers, names equal to ids, and derivations
 * of percentages from counts. Refuses the set through `messages.refuse` (a `RuleSetError`)
 * listing every problem, in the order of `order`; returns when there is none.
 */
export function checkRuleSet(rules: readonly RuleFile[], options: CheckOptions): void {
  const { labels = [], catalogue = measurementCatalogue, messages } = options;
  const issues: Issue[] = [...(options.issues ?? [])];
  if (rules.length === 0 && issues.length === 0) {
    messages.refuse([issueAt(['rules'], messages.noRules())], []);
  }
  const seenIds = new Map<string, string | number>();
  const seenNumbers = new Map<number, string | number>();
  rules.forEach((rule, index) => {
    const label: string | number = labels[index] ?? (rule.name.length > 0 ? rule.name : index);
    const { params } = rule.event;
    if (rule.name !== params.id) {
      issues.push(issueAt(['rules', label, 'name'], messages.nameIsId(params.id)));
    }
    const duplicateId = seenIds.get(params.id);
    if (duplicateId !== undefined) {
      issues.push(issueAt(['rules', label, 'event', 'params', 'id'], messages.duplicateId(params.id, duplicateId)));
    }
    seenIds.set(params.id, label);
    const duplicateNumber = seenNumbers.get(params.number);
    if (duplicateNumber !== undefined) {
      issues.push(
        issueAt(
          ['rules', label, 'event', 'params', 'number'],
          messages.duplicateNumber(params.number, duplicateNumber),
        ),
      );
    }
    seenNumbers.set(params.number, label);
    const years = new Set<number>();
    for (const [tableIndex, table] of rule.conditions.all.entries()) {
      const tablePath = ['rules', label, 'conditions', 'all', tableIndex];
      checkTable(table.all, [...tablePath, 'all'], catalogue, issues, messages);
      if (tableIndex === 0) {
        if (table.name !== 'standard') issues.push(issueAt([...tablePath, 'name'], messages.firstIsStandard()));
        continue;
      }
      const year = yearPattern.test(table.name) ? Number(table.name) : Number.NaN;
      if (!(year >= 2000 && year <= 2100)) {
        issues.push(issueAt([...tablePath, 'name'], messages.yearTableName(table.name)));
      } else if (years.has(year)) {
        issues.push(issueAt([...tablePath, 'name'], messages.duplicateYear(year)));
      } else {
        years.add(year);
      }
    }
  });
  checkDerivations(options.derivations ?? [], catalogue, issues, messages);
  if (issues.length > 0) messages.refuse(issues, options.order ?? labels);
}
