import { catalogueEntry, type MeasurementInfo } from '../catalogue/measurements.js';
import type { MeasurementCatalogue } from '../engine/rule-set.js';
import type { CompiledDerivation } from '../engine/derivations.js';
import {
  isPlainObject,
  quickValue,
  readDecimal,
  type DecimalReader,
  isYear,
  type FactValue,
  type Facts,
  type InputResult,
  type ParsedMeasurements,
  type ValidatedInput,
} from './input.js';

/**
 * The quick check of measurements: a plain object whose every key is known and every value
 * valid, read once. Anything else (`undefined`) goes to the schema, which says what is wrong;
 * the check accepts nothing the schema refuses, so only the cost differs. `read` parses and
 * range-checks a decimal (a caller may remember the answers for repeated values).
 */
export function quickMeasurements(
  value: unknown,
  catalogue: Readonly<Record<string, MeasurementInfo>>,
  read: DecimalReader = readDecimal,
): { readonly given: ParsedMeasurements; readonly facts: Facts } | undefined {
  if (!isPlainObject(value)) return undefined;
  const keys = Object.keys(value as object);
  // A non-enumerable own key is one the schema reads and Object.keys does not: leave it to the schema.
  if (Object.getOwnPropertyNames(value).length !== keys.length) return undefined;
  // Null-prototype maps: a key the caller did not give reads as absent, whatever Object.prototype holds.
  const given = Object.create(null) as Record<string, number | string | boolean | null | undefined>;
  const facts = Object.create(null) as Record<string, FactValue>;
  for (const key of keys) {
    const raw = (value as Record<string, unknown>)[key];
    const fact = quickValue(raw, catalogueEntry(catalogue, key), read);
    if (fact === undefined) return undefined;
    given[key] = raw as number | string | boolean | null | undefined;
    facts[key] = fact;
  }
  return { given, facts };
}

/** {@link validateInput} for input that is valid in the common way; `undefined` for the rest. */
function quickInput(
  year: unknown,
  measurements: unknown,
  options: unknown,
  catalogue: MeasurementCatalogue,
): ValidatedInput | undefined {
  if (!isYear(year)) return undefined;
  const parsed = quickMeasurements(measurements, catalogue);
  if (parsed === undefined) return undefined;
  if (options === undefined) return { year, measurements: parsed.given, baseline: undefined, facts: parsed.facts };
  if (!isPlainObject(options)) return undefined;
  const keys = Object.keys(options as object);
  if (Object.getOwnPropertyNames(options).length !== keys.length) return undefined;
  if (keys.length > 1 || (keys.length === 1 && keys[0] !== 'baseline')) return undefined;
  const given: unknown = (options as { baseline?: unknown }).baseline;
  if (given === undefined) return { year, measurements: parsed.given, baseline: undefined, facts: parsed.facts };
  const baseline = quickMeasurements(given, catalogue);
  if (baseline === undefined) return undefined;
  return {
    year,
    measurements: parsed.given,
    baseline: baseline.given,
    facts: parsed.facts,
    baselineFacts: baseline.facts,
  };
}

/** The module that words what the quick check refuses: zod, loaded only when it is needed. */
export type InputIssuesModule = typeof import('./input-issues.js');

/** Loads {@link InputIssuesModule}, once: valid input never needs it, and never loads zod. */
export function loadInputIssues(): Promise<InputIssuesModule> {
  return import('./input-issues.js');
}

/**
 * Validates the arguments of `evaluate`: the quick check decides valid input without zod; the
 * rest goes to the schemas, loaded on first need, which find every problem and word it.
 */
export async function validateInput(
  year: unknown,
  measurements: unknown,
  options: unknown,
  catalogue: MeasurementCatalogue,
  derivations: readonly CompiledDerivation[] = [],
): Promise<InputResult> {
  try {
    const quick = quickInput(year, measurements, options, catalogue);
    if (quick !== undefined) return { success: true, input: quick };
  } catch {
    // A getter or Proxy that throws: the schemas report it with its path.
  }
  const { checkInput } = await loadInputIssues();
  return checkInput(year, measurements, options, catalogue, derivations);
}

export {
  isPlainObject,
  isYear,
  needsSchemas,
  quickValue,
  readDecimal,
  type DecimalReader,
  type FactValue,
  type Facts,
  type InputResult,
  type ParsedMeasurements,
  type ValidatedInput,
} from './input.js';
