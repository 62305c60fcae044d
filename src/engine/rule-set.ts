import type { BureauId } from '../catalogue/bureaus.js';
import { measurementCatalogue, type MeasurementInfo } from '../catalogue/measurements.js';
import type { LocalizedText } from '../vocabulary/localized-text.js';
import { issueAt, type Issue } from '../errors/issue.js';
import type { RuleCheck, RuleFile } from '../schema/rule.js';
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
}

/** An indicator of a rule set: its provenance and its checks, by table. */
export interface CompiledIndicator {
  readonly number: number;
  readonly id: string;
  readonly bureau: BureauId;
  readonly name: LocalizedText;
  readonly standard: readonly CompiledCheck[];
  /** Year tables of this indicator; a year absent here is judged by the standard. */
  readonly years: ReadonlyMap<number, readonly CompiledCheck[]>;
  /** The rule as given (validated). */
  readonly rule: RuleFile;
}

/** A validated rule set: its indicators in number order and the years that have tables. */
export interface CompiledRuleSet {
  readonly indicators: readonly CompiledIndicator[];
  readonly years: readonly number[];
  /** The measurement keys the rules may use: the contract's and the set's own. */
  readonly catalogue: MeasurementCatalogue;
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
  };
}

/**
 * Compiles a rule set whose rules have the shape of {@link ruleFileSchema} (the built-in set
 * is checked when `src/generated/` is written; a caller's by {@link parseRuleFiles} first):
 * known operators and measurement keys, kinds that fit, table names, unique ids and numbers.
 * Thresholds are parsed once. Throws `RuleSetError` listing every problem (`messages.refuse`).
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
    const ruleYears = new Map<number, readonly CompiledCheck[]>();
    for (const [tableIndex, table] of rule.conditions.all.entries()) {
      const tablePath = ['rules', label, 'conditions', 'all', tableIndex];
      const checks = table.all.map((check, checkIndex) =>
        compileCheck(check, [...tablePath, 'all', checkIndex], catalogue, issues, messages),
      );
      const valid = checks.filter((check): check is CompiledCheck => check !== null);
      if (tableIndex === 0) {
        if (table.name !== 'standard') {
          issues.push(issueAt([...tablePath, 'name'], messages.firstIsStandard()));
        }
        standard = valid;
        continue;
      }
      const year = yearPattern.test(table.name) ? Number(table.name) : Number.NaN;
      if (!(year >= 2000 && year <= 2100)) {
        issues.push(issueAt([...tablePath, 'name'], messages.yearTableName(table.name)));
      } else if (ruleYears.has(year)) {
        issues.push(issueAt([...tablePath, 'name'], messages.duplicateYear(year)));
      } else {
        ruleYears.set(year, valid);
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
      years: ruleYears,
      rule,
    });
  });
  if (issues.length > 0) messages.refuse(issues, options.order ?? labels);
  indicators.sort((a, b) => a.number - b.number);
  return { indicators, years: [...years].sort((a, b) => a - b), catalogue };
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
