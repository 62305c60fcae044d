import { catalogueEntry, type MeasurementInfo } from '../catalogue/measurements.js';
import { unreadableAt, type Issue } from '../errors/issue.js';
import { maxDecimalLength, plainDecimalPattern, toDecimal, type Decimal } from '../vocabulary/decimal.js';
import { isValidDecimalOf, type DecimalKind } from '../vocabulary/measurement-kinds.js';
import { plainKeys, type Facts, type ParsedMeasurements } from './input.js';
import type { FactValue } from './measurement-values.js';

// Validation that reads every value into a decimal as it goes, and measurements given as
// objects by key: what the schemas' path (./input-issues.ts), `evaluateMany` and
// `evaluateSeries` use. `evaluate`'s quick check of valid input (./input.ts) needs none of it.

/**
 * Thrown by a validation that cannot word what the quick check refused until the schemas
 * are loaded: the caller loads them (`loadInputIssues`) and validates again.
 */
export const needsSchemas: Error = /* @__PURE__ */ new Error('needs the schemas');

/**
 * Runs `parse` and turns anything it throws (a getter that throws, a hostile Proxy) into an
 * issue at `path`: bad input becomes a `ValidationError`, never another exception.
 */
export function guarded(path: readonly (string | number)[], issues: Issue[], parse: () => void): void {
  try {
    parse();
  } catch (error) {
    if (error === needsSchemas) throw error;
    issues.push(unreadableAt(path, error));
  }
}

/** Parses a number or plain decimal string: the Decimal when it is a valid `kind`, else `undefined`. */
export type DecimalReader = (value: number | string, kind: DecimalKind) => Decimal | undefined;

export const readDecimal: DecimalReader = (value, kind) => {
  const decimal = toDecimal(value);
  return isValidDecimalOf(decimal, kind) ? decimal : undefined;
};

/** The value of a valid measurement of `info`'s kind; `undefined` when it is not surely valid. */
export function quickValue(
  value: unknown,
  info: MeasurementInfo | undefined,
  read: DecimalReader = readDecimal,
): FactValue | undefined {
  if (info === undefined) return undefined;
  if (value === null || value === undefined) return null;
  if (info.kind === 'boolean') return typeof value === 'boolean' ? value : undefined;
  let decimal: Decimal | undefined;
  if (typeof value === 'number') decimal = Number.isFinite(value) ? read(value, info.kind) : undefined;
  else if (typeof value === 'string' && value.length <= maxDecimalLength && plainDecimalPattern.test(value))
    decimal = read(value, info.kind);
  // A key's own maximum (day counts) is checked here, after the reader's per-kind answer.
  return decimal !== undefined && info.maximum !== undefined && decimal.gt(info.maximum) ? undefined : decimal;
}

/**
 * The quick check of measurements, read into objects by key and parsed: what the what-if path
 * and series read. A plain object whose every key is known and every value valid, read once.
 * Anything else (`undefined`) goes to the schema, which says what is wrong; the check accepts
 * nothing the schema refuses, so only the cost differs. `read` parses and range-checks a
 * decimal (a caller may remember the answers for repeated values).
 */
export function quickMeasurements(
  value: unknown,
  catalogue: Readonly<Record<string, MeasurementInfo>>,
  read: DecimalReader = readDecimal,
): { readonly given: ParsedMeasurements; readonly facts: Facts } | undefined {
  const keys = plainKeys(value);
  if (keys === undefined) return undefined;
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
