import type { BureauId } from '../catalogue/bureaus.js';
import { measurementCatalogue, type MeasurementInfo } from '../catalogue/measurements.js';
import type { LocalizedText } from '../vocabulary/localized-text.js';
import { issueAt, type Issue } from '../errors/issue.js';
import type { RuleCheck, RuleFile } from '../schema/rule.js';
import { isAnyGroup } from '../schema/rule-entries.js';
import type { Derivation } from '../schema/derivation.js';
import { compileDerivations, type CompiledDerivation } from './derivations.js';
import type { RuleSetMessages } from '../schema/rule-set-messages.js';
import { Decimal } from '../vocabulary/decimal.js';
import type { CheckAgainst, RuleOperator } from '../vocabulary/operators.js';
import { tableFor, type Table } from '../vocabulary/year-table.js';

/** A check of a rule, parsed once when the rule set is loaded. */
export interface CompiledCheck {
  readonly key: string;
  /** What the catalogue (or the rule set's declarations) says about `key`. */
  readonly measurement: MeasurementInfo;
  readonly operator: RuleOperator;
  readonly against: CheckAgainst;
  /** The key compared with, for `baseline` and `measurement` checks. */
  readonly thresholdKey: string | null;
  /** What the catalogue says about `thresholdKey`. */
  readonly thresholdMeasurement: MeasurementInfo | null;
  /** The fixed threshold (decimal string or boolean), for `value` checks. */
  readonly threshold: string | boolean | null;
  /** The fixed decimal threshold, parsed once, for decimal `value` checks. */
  readonly thresholdDecimal: Decimal | null;
  /**
   * Where the check is in the list that holds it: the table's `all`, or an alternative's
   * `all` (a lone check alternative is at 0). The engine's results are read by this place.
   */
  readonly at: number;
}

/** An alternative of an `any` group: the checks that must all hold. */
export interface CompiledAlternative {
  /** Its place in the group's `any`. */
  readonly at: number;
  /** Whether it is written `{ "all": [...] }` (else it is one check, written as it is). */
  readonly isAll: boolean;
  readonly checks: readonly CompiledCheck[];
}

/** An `any` group of a table: alternatives, one of which must pass. */
export interface CompiledGroup {
  /** Its place in the table's `all`. */
  readonly at: number;
  readonly alternatives: readonly CompiledAlternative[];
}

/** An indicator of a rule set: its provenance and its checks, by table. */
export interface CompiledIndicator {
  readonly number: number;
  readonly id: string;
  readonly bureau: BureauId;
  readonly name: LocalizedText;
  /** The standard's checks (its `any` groups apart, in {@link CompiledIndicator.standardGroups}). */
  readonly standard: readonly CompiledCheck[];
  /** The standard's `any` groups. */
  readonly standardGroups: readonly CompiledGroup[];
  /** Year tables of this indicator; a year absent here is judged by the standard. */
  readonly years: ReadonlyMap<number, readonly CompiledCheck[]>;
  /** The `any` groups of each year table (an empty list where it has none). */
  readonly yearGroups: ReadonlyMap<number, readonly CompiledGroup[]>;
  /** The rule as given (validated). */
  readonly rule: RuleFile;
}

/** A validated rule set: its indicators in number order and the years that have tables. */
export interface CompiledRuleSet {
  readonly indicators: readonly CompiledIndicator[];
  readonly years: readonly number[];
  /** The measurement keys the rules may use: the contract's and the set's own. */
  readonly catalogue: MeasurementCatalogue;
  /** The percentages the set derives from counts, applied to every input before the rules. */
  readonly derivations: readonly CompiledDerivation[];
}

/** Measurement keys with their kind, unit and labels. */
export type MeasurementCatalogue = Readonly<Record<string, MeasurementInfo>>;

/** Options of {@link compileRuleSet}. */
export interface CompileOptions {
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
  /**
   * What to say of a rule that is refused: `ruleSetMessages` (src/schema/rule-set-messages.ts)
   * for a caller's rules. @defaultValue none: the rules were checked before (the built-in set,
   * when src/generated/ was written), and a refusal is an internal error.
   */
  readonly messages?: RuleSetMessages;
}

/**
 * The messages of rules that were checked before: asking for one means they were not, a bug.
 * Kept apart from the real messages so that `evaluate`'s bundle carries none of them.
 */
const unchecked: RuleSetMessages = /* @__PURE__ */ new Proxy({} as RuleSetMessages, {
  get: () => () => {
    throw new Error('internal error: unchecked rules (npm run generate)');
  },
});

const yearPattern = /^\d{4}$/;

function compileCheck(
  check: RuleCheck,
  at: number,
  path: readonly (string | number)[],
  catalogue: MeasurementCatalogue,
  issues: Issue[],
  messages: RuleSetMessages,
): CompiledCheck | null {
  const before = issues.length;
  const report = (field: string, text: LocalizedText): void => {
    issues.push(issueAt([...path, field], text));
  };
  const lookUp = (key: string): MeasurementInfo | undefined =>
    Object.prototype.hasOwnProperty.call(catalogue, key) ? catalogue[key] : undefined;
  const measurement = lookUp(check.fact);
  if (measurement === undefined) {
    report('fact', messages.unknownKey(check.fact));
    return null;
  }
  const key = check.fact;
  const kind = measurement.kind;
  let against: CheckAgainst = 'value';
  let thresholdKey: string | null = null;
  let thresholdMeasurement: MeasurementInfo | null = null;
  let threshold: string | boolean | null = null;
  if (typeof check.value === 'object') {
    const reference = check.value.fact;
    const isBaseline = reference.startsWith('baseline.');
    const referencedKey = isBaseline ? reference.slice('baseline.'.length) : reference;
    const referenced = lookUp(referencedKey);
    if (referenced === undefined) {
      report('value', messages.unknownFact(reference));
    } else {
      against = isBaseline ? 'baseline' : 'measurement';
      thresholdKey = referencedKey;
      thresholdMeasurement = referenced;
      if ((referenced.kind === 'boolean') !== (kind === 'boolean')) {
        report('value', messages.otherKind(reference, key));
      }
    }
  } else {
    threshold = check.value;
  }
  if (check.operator === 'booleanIs') {
    if (kind !== 'boolean') report('operator', messages.booleanIsNeedsYesNo(key, kind));
    if (typeof check.value !== 'boolean') report('value', messages.booleanIsValue());
  } else {
    if (kind === 'boolean') report('operator', messages.needsNumeric(check.operator, key));
    if (typeof check.value === 'boolean') report('value', messages.decimalValue(check.operator));
    if (check.operator === 'eiGradeAtLeast' && kind !== 'index') report('operator', messages.eiNeedsIndex(key));
  }
  if (issues.length > before) return null;
  const thresholdDecimal = typeof threshold === 'string' ? new Decimal(threshold) : null;
  return {
    key,
    measurement,
    operator: check.operator,
    against,
    thresholdKey,
    thresholdMeasurement,
    threshold,
    thresholdDecimal,
    at,
  };
}

/** A table's checks and `any` groups, compiled; `null` entries where something was refused. */
function compileTable(
  entries: RuleFile['conditions']['all'][number]['all'],
  path: readonly (string | number)[],
  catalogue: MeasurementCatalogue,
  issues: Issue[],
  messages: RuleSetMessages,
): { readonly checks: CompiledCheck[]; readonly groups: CompiledGroup[] } {
  const checks: CompiledCheck[] = [];
  const groups: CompiledGroup[] = [];
  entries.forEach((entry, at) => {
    if (!isAnyGroup(entry)) {
      const check = compileCheck(entry, at, [...path, at], catalogue, issues, messages);
      if (check !== null) checks.push(check);
      return;
    }
    const alternatives = entry.any.map((alternative, index): CompiledAlternative => {
      const alternativePath = [...path, at, 'any', index];
      if (!('all' in alternative)) {
        const check = compileCheck(alternative, 0, alternativePath, catalogue, issues, messages);
        return { at: index, isAll: false, checks: check === null ? [] : [check] };
      }
      const compiled = alternative.all.map((check, checkIndex) =>
        compileCheck(check, checkIndex, [...alternativePath, 'all', checkIndex], catalogue, issues, messages),
      );
      return { at: index, isAll: true, checks: compiled.filter((check): check is CompiledCheck => check !== null) };
    });
    groups.push({ at, alternatives });
  });
  return { checks, groups };
}

/**
 * Compiles a rule set whose rules have the shape of {@link ruleFileSchema} (the built-in set
 * is checked when `src/generated/` is written; a caller's by {@link parseRuleFiles} first):
 * known operators and measurement keys, kinds that fit, table names, unique ids and numbers.
 * Thresholds are parsed once. Throws {@link RuleSetError} listing every problem.
 */
export function compileRuleSet(rules: readonly RuleFile[], options: CompileOptions = {}): CompiledRuleSet {
  const { labels = [], catalogue = measurementCatalogue, messages = unchecked } = options;
  const issues: Issue[] = [...(options.issues ?? [])];
  if (rules.length === 0 && issues.length === 0) {
    messages.refuse([issueAt(['rules'], messages.noRules())], []);
  }
  const indicators: CompiledIndicator[] = [];
  const seenIds = new Map<string, string | number>();
  const seenNumbers = new Map<number, string | number>();
  const years = new Set<number>();
  rules.forEach((rule, index) => {
    const label: string | number = labels[index] ?? (rule.name.length > 0 ? rule.name : index);
    const { params } = rule.event;
    const before = issues.length;
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

    let standard: CompiledCheck[] = [];
    let standardGroups: CompiledGroup[] = [];
    const ruleYears = new Map<number, readonly CompiledCheck[]>();
    const ruleYearGroups = new Map<number, readonly CompiledGroup[]>();
    for (const [tableIndex, table] of rule.conditions.all.entries()) {
      const tablePath = ['rules', label, 'conditions', 'all', tableIndex];
      const { checks: valid, groups } = compileTable(table.all, [...tablePath, 'all'], catalogue, issues, messages);
      if (tableIndex === 0) {
        if (table.name !== 'standard') {
          issues.push(issueAt([...tablePath, 'name'], messages.firstIsStandard()));
        }
        standard = valid;
        standardGroups = groups;
        continue;
      }
      const year = yearPattern.test(table.name) ? Number(table.name) : Number.NaN;
      if (!(year >= 2000 && year <= 2100)) {
        issues.push(issueAt([...tablePath, 'name'], messages.yearTableName(table.name)));
      } else if (ruleYears.has(year)) {
        issues.push(issueAt([...tablePath, 'name'], messages.duplicateYear(year)));
      } else {
        ruleYears.set(year, valid);
        ruleYearGroups.set(year, groups);
      }
    }
    if (issues.length > before) return;
    for (const year of ruleYears.keys()) years.add(year);
    indicators.push({
      number: params.number,
      id: params.id,
      bureau: params.bureau,
      name: params.name,
      standard,
      standardGroups,
      years: ruleYears,
      yearGroups: ruleYearGroups,
      rule,
    });
  });
  const derivations = compileDerivations(options.derivations ?? [], catalogue, issues, messages);
  if (issues.length > 0) messages.refuse(issues, options.order ?? labels);
  indicators.sort((a, b) => a.number - b.number);
  return { indicators, years: [...years].sort((a, b) => a - b), catalogue, derivations };
}

/** The table of `indicator` that judges `table`'s year: its own, or else its standard. */
export function indicatorTable(indicator: CompiledIndicator, table: Table): Table {
  return table === 'standard' ? table : tableFor(table, indicator.years);
}

/** The checks of `indicator` that apply for `table` (a year with its own table, or the standard). */
export function checksFor(indicator: CompiledIndicator, table: Table): readonly CompiledCheck[] {
  const own = indicatorTable(indicator, table);
  return own === 'standard' ? indicator.standard : (indicator.years.get(own) ?? indicator.standard);
}

/** The `any` groups of `indicator` that apply for `table`, as {@link checksFor} chooses the table. */
export function groupsFor(indicator: CompiledIndicator, table: Table): readonly CompiledGroup[] {
  const own = indicatorTable(indicator, table);
  return own === 'standard' ? indicator.standardGroups : (indicator.yearGroups.get(own) ?? indicator.standardGroups);
}
