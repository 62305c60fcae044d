import { applyDerivations, type DerivationOutcome, type IssueMaker } from '../engine/apply-derivations.js';
import type { CompiledDerivation, DerivationNote } from '../engine/derivations.js';
import type { Issue } from '../errors/issue.js';
import type { FactValue, Facts, ParsedMeasurements, ValidatedInput } from './input.js';
import type { DerivationNotes, MeasurementValues } from './measurement-values.js';

// The rule set's derived percentages, applied to validated input before any rule reads it:
// the same code for `evaluate`, `evaluateSeries` and every scenario of `evaluateMany`, so the
// paths derive alike. Zod-free: valid input is decided without it. `evaluate` loads this module
// only for input that gives a count (see hasCounts); it imports nothing the first load has
// (issues are made by the `issueAt` its caller passes), so that bundlers split it off whole.

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
 * The derived values of `outcome` laid over measurements given as objects (the what-if path's
 * scenarios): the percentage's text as given (what `actual` shows), its decimal as parsed (what
 * the rules compare), `null` where only one count was given.
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

/**
 * One set of measurements with its derived percentages in, and what refuses them (paths from
 * the key). Without a count, the derivations derive nothing: the measurements come back as they are.
 */
export function deriveValues(
  values: MeasurementValues,
  derivations: readonly CompiledDerivation[],
  issueAt: IssueMaker,
): { readonly values: MeasurementValues; readonly issues: readonly Issue[] } {
  const outcome = applyDerivations(derivations, (key) => values.get(key), issueAt);
  if (outcome.values.size === 0) return { values, issues: outcome.issues };
  const { layout } = values;
  const given = layout.keys.map((_, position) => values.givenAt(position));
  const facts: (FactValue | undefined)[] = [];
  const notes = new Map<string, DerivationNote>();
  for (const [key, { value, text, note }] of outcome.values) {
    const position = layout.positions.get(key);
    if (position === undefined) continue;
    given[position] = text;
    facts[position] = value;
    notes.set(key, note);
  }
  return { values: values.with(given, notes, facts), issues: outcome.issues };
}

/**
 * Validated input of `evaluate` with the derived percentages in, and what refuses it (a whole
 * of 0, a part above its whole, a percentage that disagrees with its counts), the
 * measurements' issues first and then the baseline's. The runtime calls it for input that
 * gives a count (`hasCounts`), the only input that loads this module.
 */
export function deriveInput(
  input: ValidatedInput,
  derivations: readonly CompiledDerivation[],
  issueAt: IssueMaker,
): { readonly input: ValidatedInput; readonly issues: readonly Issue[] } {
  const measurements = deriveValues(input.measurements, derivations, issueAt);
  const baseline = deriveValues(input.baseline, derivations, issueAt);
  return {
    input: { year: input.year, measurements: measurements.values, baseline: baseline.values },
    issues: [...prefixed(measurements.issues, ['measurements']), ...prefixed(baseline.issues, ['options', 'baseline'])],
  };
}
