import { catalogueEntry, type MeasurementInfo } from '../catalogue/measurements.js';
import type { Derivation } from '../schema/derivation.js';
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

/**
 * A checked rule set's derivations, compiled: each with its counts' unit, from the whole's
 * catalogue entry. The derivations must have passed `checkRuleSet`
 * (src/engine/check-rule-set.ts), which refuses unknown keys and kinds that do not fit.
 */
export function compileDerivations(
  derivations: readonly Derivation[],
  catalogue: Readonly<Record<string, MeasurementInfo>>,
): CompiledDerivation[] {
  return derivations.map((derivation) => {
    const whole = catalogueEntry(catalogue, derivation.whole);
    if (whole === undefined) throw new Error(`internal error: unchecked derivation of ${derivation.key}`);
    return { ...derivation, unit: whole.unit, source: derivation };
  });
}

/**
 * Whether measurements have a key for a count of any derivation (`has` says whether a key is
 * given). Without one the derivations have nothing to do (the common case: percentages given
 * as such), and are not even loaded.
 */
export function hasCounts(has: (key: string) => boolean, derivations: readonly CompiledDerivation[]): boolean {
  for (const { part, whole } of derivations) {
    if (has(part) || has(whole)) return true;
  }
  return false;
}
