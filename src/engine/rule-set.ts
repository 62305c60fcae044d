import type { BureauId } from '../catalogue/bureaus.js';
import { measurementCatalogue, type LocalizedText, type MeasurementInfo } from '../catalogue/measurements.js';
import { describeThrown, type Issue } from '../errors/issue.js';
import { RuleSetError } from '../errors/rule-set-error.js';
import { ruleFileSchema, type RuleCheck, type RuleFile } from '../schema/rule.js';
import { zodIssuesToIssues } from '../schema/issues.js';
import { Decimal } from './decimal.js';
import type { RuleOperator } from './operators.js';

/** What a check compares with: a fixed threshold, the baseline's value, or another measurement. */
export type CheckAgainst = 'value' | 'baseline' | 'measurement';

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
  readonly labels?: readonly string[];
  /** The keys rules may use. @defaultValue the contract's catalogue */
  readonly catalogue?: MeasurementCatalogue;
}

const yearPattern = /^\d{4}$/;

function ruleLabel(rule: unknown, index: number): string | number {
  if (typeof rule === 'object' && rule !== null && !Array.isArray(rule)) {
    const name = (rule as { name?: unknown }).name;
    if (typeof name === 'string' && name.length > 0) return name;
  }
  return index;
}

function compileCheck(
  check: RuleCheck,
  path: readonly (string | number)[],
  catalogue: MeasurementCatalogue,
  issues: Issue[],
): CompiledCheck | null {
  const before = issues.length;
  const report = (field: string, message: string): void => {
    issues.push({ path: [...path, field], message });
  };
  const lookUp = (key: string): MeasurementInfo | undefined =>
    Object.prototype.hasOwnProperty.call(catalogue, key) ? catalogue[key] : undefined;
  const measurement = lookUp(check.fact);
  if (measurement === undefined) {
    report(
      'fact',
      `unknown measurement key ${JSON.stringify(check.fact)}; declare it in the rule set's measurements to use a key of your own`,
    );
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
      report(
        'value',
        `unknown fact ${JSON.stringify(reference)}: expected a measurement key or baseline.<measurement key>`,
      );
    } else {
      against = isBaseline ? 'baseline' : 'measurement';
      thresholdKey = referencedKey;
      thresholdMeasurement = referenced;
      if ((referenced.kind === 'boolean') !== (kind === 'boolean')) {
        report('value', `${JSON.stringify(reference)} is not of the same kind as ${JSON.stringify(key)}`);
      }
    }
  } else {
    threshold = check.value;
  }
  if (check.operator === 'booleanIs') {
    if (kind !== 'boolean') report('operator', `booleanIs needs a yes/no measurement; ${key} is ${kind}`);
    if (typeof check.value !== 'boolean') report('value', 'booleanIs compares with true or false');
  } else {
    if (kind === 'boolean') report('operator', `${check.operator} needs a numeric measurement; ${key} is yes/no`);
    if (typeof check.value === 'boolean')
      report('value', `${check.operator} compares with a decimal string, not a boolean`);
    if (check.operator === 'eiGradeAtLeast' && kind !== 'index') {
      report('operator', `eiGradeAtLeast compares EI grades; ${key} is not an index`);
    }
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
 * Validates a rule set given as JSON objects (one per indicator) and parses it once:
 * schema, known operators and measurement keys, decimal thresholds, no `path`, table
 * names, unique ids and numbers. Throws {@link RuleSetError} listing every problem.
 */
export function compileRuleSet(rules: readonly unknown[], options: CompileOptions = {}): CompiledRuleSet {
  const { labels = [], catalogue = measurementCatalogue } = options;
  const issues: Issue[] = [];
  if (!Array.isArray(rules) || rules.length === 0) {
    throw new RuleSetError([{ path: ['rules'], message: 'expected a non-empty array of rules' }]);
  }
  const indicators: CompiledIndicator[] = [];
  const seenIds = new Map<string, string | number>();
  const seenNumbers = new Map<number, string | number>();
  const years = new Set<number>();
  rules.forEach((candidate: unknown, index) => {
    let label: string | number = index;
    let parsed: ReturnType<typeof ruleFileSchema.safeParse>;
    try {
      label = labels[index] ?? ruleLabel(candidate, index);
      parsed = ruleFileSchema.safeParse(candidate);
    } catch (error) {
      // A getter or Proxy trap that throws: the rule is malformed, named by its index.
      issues.push({ path: ['rules', label], message: `could not be read: ${describeThrown(error)}` });
      return;
    }
    if (!parsed.success) {
      for (const issue of zodIssuesToIssues(parsed.error.issues, ['rules', label])) {
        // A `path` on a check is refused by the strict schema; say why, not just "unknown key".
        const refusesPath = issue.path.at(-1) === 'path' && issue.message.startsWith('unknown key');
        issues.push(
          refusesPath
            ? {
                path: issue.path,
                message:
                  '"path" is not allowed: facts are flat, and json-rules-engine hands path to JSONPath, whose filter expressions execute code',
              }
            : issue,
        );
      }
      return;
    }
    const rule = parsed.data;
    const { params } = rule.event;
    const before = issues.length;
    if (rule.name !== params.id) {
      issues.push({
        path: ['rules', label, 'name'],
        message: `the rule's name must equal its id ${JSON.stringify(params.id)}`,
      });
    }
    const duplicateId = seenIds.get(params.id);
    if (duplicateId !== undefined) {
      issues.push({
        path: ['rules', label, 'event', 'params', 'id'],
        message: `duplicate id ${JSON.stringify(params.id)} (also rule ${String(duplicateId)})`,
      });
    }
    seenIds.set(params.id, label);
    const duplicateNumber = seenNumbers.get(params.number);
    if (duplicateNumber !== undefined) {
      issues.push({
        path: ['rules', label, 'event', 'params', 'number'],
        message: `duplicate number ${params.number} (also rule ${String(duplicateNumber)})`,
      });
    }
    seenNumbers.set(params.number, label);

    let standard: CompiledCheck[] = [];
    const ruleYears = new Map<number, readonly CompiledCheck[]>();
    for (const [tableIndex, table] of rule.conditions.all.entries()) {
      const tablePath = ['rules', label, 'conditions', 'all', tableIndex];
      const checks = table.all.map((check, checkIndex) =>
        compileCheck(check, [...tablePath, 'all', checkIndex], catalogue, issues),
      );
      const valid = checks.filter((check): check is CompiledCheck => check !== null);
      if (tableIndex === 0) {
        if (table.name !== 'standard') {
          issues.push({
            path: [...tablePath, 'name'],
            message: 'the first table is the creation standard, named "standard"',
          });
        }
        standard = valid;
        continue;
      }
      const year = yearPattern.test(table.name) ? Number(table.name) : Number.NaN;
      if (!(year >= 2000 && year <= 2100)) {
        issues.push({
          path: [...tablePath, 'name'],
          message: `a year table is named by its year, 2000 to 2100; got ${JSON.stringify(table.name)}`,
        });
      } else if (ruleYears.has(year)) {
        issues.push({ path: [...tablePath, 'name'], message: `duplicate table for ${year}` });
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
  if (issues.length > 0) throw new RuleSetError(issues);
  indicators.sort((a, b) => a.number - b.number);
  return { indicators, years: [...years].sort((a, b) => a - b), catalogue };
}

/** The checks of `indicator` that apply for `table` (a year with its own table, or the standard). */
export function checksFor(indicator: CompiledIndicator, table: number | 'standard'): readonly CompiledCheck[] {
  return table === 'standard' ? indicator.standard : (indicator.years.get(table) ?? indicator.standard);
}
