import { applyDerivations, type DerivationOutcome } from '../engine/apply-derivations.js';
import { hasCounts, type CompiledDerivation, type DerivationNote } from '../engine/derivations.js';
import type { Issue } from '../errors/issue.js';
import { FactReader, type DerivationNotes } from './facts.js';
import type { FactValue, Facts, ParsedMeasurements, ValidatedInput } from './input.js';

// The rule set's derived percentages, applied to validated input before any rule reads it:
// the same code for `evaluate` and for every scenario of `evaluateMany`, so the two paths
// derive alike. Zod-free: valid input is decided without it. `evaluate` loads this module only
// for input that gives a count (see hasCounts).

/** Measurements with their derived percentages in: as given, parsed, and how each was derived. */
export interface DerivedMeasurements {
  readonly given: ParsedMeasurements;
  readonly facts: Facts;
  readonly notes: DerivationNotes;
}

/** `issues` with `prefix` before each path. */
export const prefixed = (issues: readonly Issue[], prefix: readonly (string | number)[]): Issue[] =>
  issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));

/**
 * The derived values of `outcome` laid over measurements: the percentage's text as given
 * (what `actual` shows), its decimal as parsed (what the rules compare), `null` where only one
 * count was given.
 */
export function withDerived(given: ParsedMeasurements, facts: Facts, outcome: DerivationOutcome): DerivedMeasurements {
  if (outcome.values.size === 0) return { given, facts, notes: noNotes };
  const derivedGiven = Object.assign(Object.create(null) as Record<string, string | number | boolean | null>, given);
  const derivedFacts = Object.assign(Object.create(null) as Record<string, FactValue>, facts);
  const notes = new Map<string, DerivationNote>();
  for (const [key, { value, text, note }] of outcome.values) {
    derivedGiven[key] = text;
    derivedFacts[key] = value;
    notes.set(key, note);
  }
  return { given: derivedGiven, facts: derivedFacts, notes };
}

const noNotes: DerivationNotes = new Map();

/** One set of measurements with its derived percentages in, and what refuses them (paths from the key). */
export function deriveMeasurements(
  given: ParsedMeasurements,
  facts: Facts | undefined,
  derivations: readonly CompiledDerivation[],
): { readonly derived: DerivedMeasurements; readonly issues: readonly Issue[] } {
  if (!hasCounts(given, derivations)) return { derived: { given, facts: facts ?? {}, notes: noNotes }, issues: [] };
  const reader = new FactReader(given, facts);
  const outcome = applyDerivations(derivations, (key) => reader.get(key));
  return { derived: withDerived(given, facts ?? {}, outcome), issues: outcome.issues };
}

/**
 * Validated input of `evaluate` with the derived percentages in, or the issues that refuse it
 * (a whole of 0, a part above its whole, a percentage that disagrees with its counts), the
 * measurements' first and then the baseline's. The runtime calls it for input that gives a
 * count (`hasCounts`), the only input that loads this module.
 */
export function deriveInput(
  input: ValidatedInput,
  derivations: readonly CompiledDerivation[],
): { readonly input: ValidatedInput; readonly issues: readonly Issue[] } {
  const measurements = deriveMeasurements(input.measurements, input.facts, derivations);
  const baseline =
    input.baseline === undefined ? undefined : deriveMeasurements(input.baseline, input.baselineFacts, derivations);
  const issues = [
    ...prefixed(measurements.issues, ['measurements']),
    ...prefixed(baseline?.issues ?? [], ['options', 'baseline']),
  ];
  if (issues.length > 0) return { input, issues };
  return {
    input: {
      year: input.year,
      measurements: measurements.derived.given,
      facts: measurements.derived.facts,
      notes: measurements.derived.notes,
      baseline: baseline?.derived.given,
      ...(baseline === undefined
        ? {}
        : { baselineFacts: baseline.derived.facts, baselineNotes: baseline.derived.notes }),
    },
    issues: [],
  };
}
