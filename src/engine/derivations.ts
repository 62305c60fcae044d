import type { MeasurementInfo } from '../catalogue/measurements.js';
import { issueAt, type Issue } from '../errors/issue.js';
import type { Derivation } from '../schema/derivation.js';
import type { RuleSetMessages } from '../schema/rule-set-messages.js';
import type { LocalizedText } from '../vocabulary/localized-text.js';

// Derived percentages: a rule set's derivations, checked once when the set is loaded. Applying
// them (./apply-derivations.ts) is loaded only when an input gives a count: most give none.

/** A derivation of a rule set, its keys checked against the set's catalogue. */
export interface CompiledDerivation {
  /** The derived percentage. */
  readonly key: string;
  readonly part: string;
  readonly whole: string;
  readonly decimalPlaces: number;
  /** The counts' unit (天, days), from the whole's catalogue entry: explanations read `324/335 days`. */
  readonly unit: LocalizedText;
  /** The derivation as given (validated), for `ruleSet.derivations`, the hash and comparisons. */
  readonly source: Derivation;
}

/** How a derived key's value came about, for explanations. */
export type DerivationNote =
  | {
      readonly kind: 'derived';
      /** The counts as plain decimals: `{ key: 'airGoodDays', value: '324' }`. */
      readonly part: { readonly key: string; readonly value: string };
      readonly whole: { readonly key: string; readonly value: string };
      readonly decimalPlaces: number;
      /** The counts' unit: `天` / `days`. */
      readonly unit: LocalizedText;
      /** What explanations add after the value: `（324/335 天）` / ` (324/335 days)`. */
      readonly shown: LocalizedText;
    }
  | {
      /** One count without the other: the percentage has no data. */
      readonly kind: 'incomplete';
      readonly given: string;
      readonly absent: string;
      /** What explanations add after "no data": `（给出了 airGoodDays，未给出 airValidDays）`. */
      readonly shown: LocalizedText;
    };

const lookUp = (catalogue: Readonly<Record<string, MeasurementInfo>>, key: string): MeasurementInfo | undefined =>
  Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;

/**
 * Checks a rule set's derivations against its catalogue: the derived key is a percentage,
 * the part and the whole are counts, part and whole differ, each percentage is derived one
 * way, and no derived percentage is a count of another. Every problem is added to `issues`,
 * at `['derivations', index, field]`.
 */
export function compileDerivations(
  derivations: readonly Derivation[],
  catalogue: Readonly<Record<string, MeasurementInfo>>,
  issues: Issue[],
  messages: RuleSetMessages,
): CompiledDerivation[] {
  const compiled: CompiledDerivation[] = [];
  const derivedAt = new Map<string, number>();
  derivations.forEach((derivation, index) => {
    const before = issues.length;
    const report = (field: string, text: LocalizedText): void => {
      issues.push(issueAt(['derivations', index, field], text));
    };
    const kindOf = (field: 'key' | 'part' | 'whole', expected: 'percent' | 'count'): void => {
      const key = derivation[field];
      const info = lookUp(catalogue, key);
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
    const unit = lookUp(catalogue, derivation.whole)?.unit;
    if (issues.length === before && unit !== undefined) {
      compiled.push({ ...derivation, unit, source: derivation });
    }
  });
  return compiled;
}

/**
 * Whether `given` has a key for a count of any derivation. Without one the derivations have
 * nothing to do (the common case: percentages given as such), and are not even loaded.
 */
export function hasCounts(given: object, derivations: readonly CompiledDerivation[]): boolean {
  for (const { part, whole } of derivations) {
    if (Object.hasOwn(given, part) || Object.hasOwn(given, whole)) return true;
  }
  return false;
}
