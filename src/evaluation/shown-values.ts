import type { DerivationNote } from '../engine/derivations.js';
import type { GivenValue, MeasurementValues } from './measurement-values.js';

// A measurement as results show it: the check results of an evaluation (./assemble-check.ts)
// and the progress measures of a series (./evaluate-series.ts). It imports nothing at run time:
// the assembly, which is loaded apart, takes it into its own chunk.

/** How `key` was derived, or why it has no data although a count was given; `undefined` when given as it is. */
export function noteOf(values: MeasurementValues, key: string): DerivationNote | undefined {
  return values.notes.size === 0 ? undefined : values.notes.get(key);
}

/**
 * A value as results show it: a decimal in plain notation (`"07.50"` as `"7.5"`), a derived
 * percentage as it was rounded (`"80.0"`); `null` without data.
 */
export function shownValue(values: MeasurementValues, key: string): string | boolean | null {
  const position = values.layout.positions.get(key);
  if (position === undefined) return null;
  const given = values.givenAt(position);
  // A derived percentage is given as its rounded text, which shows its decimal places.
  if (typeof given === 'string' && noteOf(values, key)?.kind === 'derived') return given;
  // A number without an exponent already reads as its decimal does: the shortest digits, no
  // leading or trailing zeros. Strings ("07.50") show as their decimal ("7.5").
  if (typeof given === 'number' && !String(given).includes('e')) return String(given);
  const fact = values.at(position);
  return fact === null || typeof fact === 'boolean' ? fact : fact.toString();
}

/** The value as given (a derived percentage as derived), `-0` as `0` (results survive a JSON round trip); `null` without data. */
export function givenValue(values: MeasurementValues, key: string): GivenValue {
  const position = values.layout.positions.get(key);
  const value = position === undefined ? undefined : values.givenAt(position);
  if (value === undefined || value === null) return null;
  return Object.is(value, -0) ? 0 : value;
}
