import type { BureauId } from '../catalogue/bureaus.js';
import { catalogueEntry, measurementCatalogue, type MeasurementInfo } from '../catalogue/measurements.js';
import type { LocalizedText } from '../vocabulary/localized-text.js';
import type { RuleCheck, RuleFile } from '../schema/rule.js';
import { isAnyGroup, referenceOf } from '../schema/rule-entries.js';
import type { Derivation } from '../schema/derivation.js';
import { compileDerivations, type CompiledDerivation } from './derivations.js';
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
  /** The keys rules may use. @defaultValue the contract's catalogue */
  readonly catalogue?: MeasurementCatalogue;
  /** The set's derived percentages (of the derivation schema). @defaultValue none */
  readonly derivations?: readonly Derivation[];
}

/** The catalogue entry of a key a checked rule set reads: there, or the rule set was not checked (a bug). */
function known(catalogue: MeasurementCatalogue, key: string): MeasurementInfo {
  const info = catalogueEntry(catalogue, key);
  if (info === undefined) throw new Error(`internal error: unchecked rule set (unknown key ${key})`);
  return info;
}

function compileCheck(check: RuleCheck, at: number, catalogue: MeasurementCatalogue): CompiledCheck {
  const reference = typeof check.value === 'object' ? referenceOf(check.value.fact) : null;
  const threshold = reference === null ? (check.value as string | boolean) : null;
  return {
    key: check.fact,
    measurement: known(catalogue, check.fact),
    operator: check.operator,
    against: reference === null ? 'value' : reference.isBaseline ? 'baseline' : 'measurement',
    thresholdKey: reference?.key ?? null,
    thresholdMeasurement: reference === null ? null : known(catalogue, reference.key),
    threshold,
    thresholdDecimal: typeof threshold === 'string' ? new Decimal(threshold) : null,
    at,
  };
}

/** A table's checks and `any` groups, compiled. */
function compileTable(
  entries: RuleFile['conditions']['all'][number]['all'],
  catalogue: MeasurementCatalogue,
): { readonly checks: CompiledCheck[]; readonly groups: CompiledGroup[] } {
  const checks: CompiledCheck[] = [];
  const groups: CompiledGroup[] = [];
  entries.forEach((entry, at) => {
    if (!isAnyGroup(entry)) {
      checks.push(compileCheck(entry, at, catalogue));
      return;
    }
    const alternatives = entry.any.map((alternative, index): CompiledAlternative =>
      'all' in alternative
        ? {
            at: index,
            isAll: true,
            checks: alternative.all.map((check, checkIndex) => compileCheck(check, checkIndex, catalogue)),
          }
        : { at: index, isAll: false, checks: [compileCheck(alternative, 0, catalogue)] },
    );
    groups.push({ at, alternatives });
  });
  return { checks, groups };
}

/**
 * Compiles a checked rule set: thresholds parsed once, each check with what the catalogue says
 * of its keys, tables by year. The rules must have passed `checkRuleSet`
 * (src/engine/check-rule-set.ts): a caller's when they are loaded, the built-in set's when
 * src/generated/ is written. Compiling checks nothing, so `evaluate`'s bundle carries no check.
 */
export function compileRuleSet(rules: readonly RuleFile[], options: CompileOptions = {}): CompiledRuleSet {
  const { catalogue = measurementCatalogue } = options;
  const years = new Set<number>();
  const indicators = rules.map((rule): CompiledIndicator => {
    const { params } = rule.event;
    const [standardTable, ...yearTables] = rule.conditions.all;
    const standard = compileTable(standardTable?.all ?? [], catalogue);
    const ruleYears = new Map<number, readonly CompiledCheck[]>();
    const ruleYearGroups = new Map<number, readonly CompiledGroup[]>();
    for (const table of yearTables) {
      const year = Number(table.name);
      const { checks, groups } = compileTable(table.all, catalogue);
      ruleYears.set(year, checks);
      ruleYearGroups.set(year, groups);
      years.add(year);
    }
    return {
      number: params.number,
      id: params.id,
      bureau: params.bureau,
      name: params.name,
      standard: standard.checks,
      standardGroups: standard.groups,
      years: ruleYears,
      yearGroups: ruleYearGroups,
      rule,
    };
  });
  indicators.sort((a, b) => a.number - b.number);
  return {
    indicators,
    years: [...years].sort((a, b) => a - b),
    catalogue,
    derivations: compileDerivations(options.derivations ?? [], catalogue),
  };
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
