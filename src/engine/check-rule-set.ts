import { catalogueEntry, measurementCatalogue, type MeasurementInfo } from '../catalogue/measurements.js';
import { issueAt, type Issue } from '../errors/issue.js';
import type { Derivation } from '../schema/derivation.js';
import type { RuleCheck, RuleFile } from '../schema/rule.js';
import { isAnyGroup, referenceOf } from '../schema/rule-entries.js';
import { RuleSetError } from '../errors/rule-set-error.js';
import { ruleSetMessages as m } from '../messages/rule-set.js';
import { worded, type IssueText } from '../messages/wording.js';
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
}

const yearPattern = /^\d{4}$/;

/** The problems of one check: its keys known, its operator and value fitting their kinds. */
function checkCheck(
  check: RuleCheck,
  path: readonly (string | number)[],
  catalogue: MeasurementCatalogue,
  issues: Issue[],
): void {
  const report = (field: string, text: IssueText<keyof typeof m>): void => {
    issues.push(issueAt([...path, field], text));
  };
  const measurement = catalogueEntry(catalogue, check.fact);
  if (measurement === undefined) {
    report('fact', worded(m, 'rule_set.unknown_key', { key: check.fact }));
    return;
  }
  const key = check.fact;
  const kind = measurement.kind;
  if (typeof check.value === 'object') {
    const reference = check.value.fact;
    const referenced = catalogueEntry(catalogue, referenceOf(reference).key);
    if (referenced === undefined) report('value', worded(m, 'rule_set.unknown_fact', { reference }));
    else if ((referenced.kind === 'boolean') !== (kind === 'boolean')) {
      report('value', worded(m, 'rule_set.other_kind', { reference, key }));
    }
  }
  if (check.operator === 'booleanIs') {
    if (kind !== 'boolean') report('operator', worded(m, 'rule_set.boolean_is_needs_yes_no', { key, kind }));
    if (typeof check.value !== 'boolean') report('value', worded(m, 'rule_set.boolean_is_value', {}));
  } else {
    if (kind === 'boolean') report('operator', worded(m, 'rule_set.needs_numeric', { operator: check.operator, key }));
    if (typeof check.value === 'boolean')
      report('value', worded(m, 'rule_set.decimal_value', { operator: check.operator }));
    if (check.operator === 'eiGradeAtLeast' && kind !== 'index')
      report('operator', worded(m, 'rule_set.ei_needs_index', { key }));
  }
}

/** The problems of a table's entries: each check, and each check of each `any` group's alternatives. */
function checkTable(
  entries: RuleFile['conditions']['all'][number]['all'],
  path: readonly (string | number)[],
  catalogue: MeasurementCatalogue,
  issues: Issue[],
): void {
  entries.forEach((entry, at) => {
    if (!isAnyGroup(entry)) {
      checkCheck(entry, [...path, at], catalogue, issues);
      return;
    }
    entry.any.forEach((alternative, index) => {
      const alternativePath = [...path, at, 'any', index];
      if (!('all' in alternative)) checkCheck(alternative, alternativePath, catalogue, issues);
      else
        alternative.all.forEach((check, checkIndex) => {
          checkCheck(check, [...alternativePath, 'all', checkIndex], catalogue, issues);
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
): void {
  const derivedAt = new Map<string, number>();
  derivations.forEach((derivation, index) => {
    const report = (field: string, text: IssueText<keyof typeof m>): void => {
      issues.push(issueAt(['derivations', index, field], text));
    };
    const kindOf = (field: 'key' | 'part' | 'whole', expected: 'percent' | 'count'): void => {
      const key = derivation[field];
      const info = catalogueEntry(catalogue, key);
      if (info === undefined) report(field, worded(m, 'rule_set.unknown_key', { key }));
      else if (info.kind !== expected)
        report(field, worded(m, 'rule_set.derivation_kind', { key, kind: info.kind, field }));
    };
    kindOf('key', 'percent');
    kindOf('part', 'count');
    kindOf('whole', 'count');
    if (derivation.part === derivation.whole) report('whole', worded(m, 'rule_set.same_counts', {}));
    const earlier = derivedAt.get(derivation.key);
    if (earlier !== undefined) report('key', worded(m, 'rule_set.derived_twice', { key: derivation.key, earlier }));
    derivedAt.set(derivation.key, index);
  });
}

/**
 * Checks a rule set whose rules have the shape of the rule-file schema (`parseRuleFiles`
 * first): known measurement keys, kinds that fit the operators, table names (`standard`, then
 * years 2000 to 2100, each once), unique ids and numbers, names equal to ids, and derivations
 * of percentages from counts. Throws a `RuleSetError` listing every problem, in the order of
 * `order`; returns when there is none.
 */
export function checkRuleSet(rules: readonly RuleFile[], options: CheckOptions): void {
  const { labels = [], catalogue = measurementCatalogue } = options;
  const issues: Issue[] = [...(options.issues ?? [])];
  if (rules.length === 0 && issues.length === 0) {
    throw new RuleSetError([issueAt(['rules'], worded(m, 'rule_set.no_rules', {}))]);
  }
  const seenIds = new Map<string, string | number>();
  const seenNumbers = new Map<number, string | number>();
  rules.forEach((rule, index) => {
    const label: string | number = labels[index] ?? (rule.name.length > 0 ? rule.name : index);
    const { params } = rule.event;
    if (rule.name !== params.id) {
      issues.push(issueAt(['rules', label, 'name'], worded(m, 'rule_set.name_is_not_id', { id: params.id })));
    }
    const duplicateId = seenIds.get(params.id);
    if (duplicateId !== undefined) {
      issues.push(
        issueAt(
          ['rules', label, 'event', 'params', 'id'],
          worded(m, 'rule_set.duplicate_id', { id: params.id, other: duplicateId }),
        ),
      );
    }
    seenIds.set(params.id, label);
    const duplicateNumber = seenNumbers.get(params.number);
    if (duplicateNumber !== undefined) {
      issues.push(
        issueAt(
          ['rules', label, 'event', 'params', 'number'],
          worded(m, 'rule_set.duplicate_number', { number: params.number, other: duplicateNumber }),
        ),
      );
    }
    seenNumbers.set(params.number, label);
    const years = new Set<number>();
    for (const [tableIndex, table] of rule.conditions.all.entries()) {
      const tablePath = ['rules', label, 'conditions', 'all', tableIndex];
      checkTable(table.all, [...tablePath, 'all'], catalogue, issues);
      if (tableIndex === 0) {
        if (table.name !== 'standard')
          issues.push(issueAt([...tablePath, 'name'], worded(m, 'rule_set.first_table_not_standard', {})));
        continue;
      }
      const year = yearPattern.test(table.name) ? Number(table.name) : Number.NaN;
      if (!(year >= 2000 && year <= 2100)) {
        issues.push(issueAt([...tablePath, 'name'], worded(m, 'rule_set.year_table_name', { name: table.name })));
      } else if (years.has(year)) {
        issues.push(issueAt([...tablePath, 'name'], worded(m, 'rule_set.duplicate_year', { year })));
      } else {
        years.add(year);
      }
    }
  });
  checkDerivations(options.derivations ?? [], catalogue, issues);
  if (issues.length > 0) throw new RuleSetError(inRuleOrder(issues, options.order ?? labels));
}

/** `issues` sorted by the place of their rule (`path[1]`) in `order`, stably: one file after another, the derivations last. */
function inRuleOrder(issues: readonly Issue[], order: readonly (string | number)[]): Issue[] {
  const place = new Map<string | number, number>();
  order.forEach((label, index) => {
    if (!place.has(label)) place.set(label, index);
  });
  const rank = (issue: Issue): number => {
    // The derivations come after the rules, as they do in a rules directory's listing.
    if (issue.path[0] === 'derivations') return order.length + 1;
    const label = issue.path[1];
    return label === undefined ? -1 : (place.get(label) ?? order.length);
  };
  return issues
    .map((issue, index) => ({ issue, index, rank: rank(issue) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ issue }) => issue);
}
