import type { DerivationNote } from '../engine/derivations.js';
import { toDecimal } from '../vocabulary/decimal.js';
import type { FactValue, Facts, ParsedMeasurements } from './input.js';

/** How each derived key of one measurements object came about, by key. */
export type DerivationNotes = ReadonlyMap<string, DerivationNote>;

const noNotes: DerivationNotes = new Map();

function toFactValue(value: number | string | boolean | null | undefined): FactValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value;
  return toDecimal(value);
}

/** A value as results show it: a decimal in plain notation (`"07.50"` and `7.5` show as `"7.5"`). */
function displayValue(value: FactValue): string | boolean | null {
  if (value === null || typeof value === 'boolean') return value;
  return value.toString();
}

/**
 * The facts of one evaluation, by key: what the quick check of the input parsed, or parsed
 * here once. Both paths read measurements through this, so a value is parsed once. A derived
 * percentage is among the facts like a given one; its note says how it was derived.
 */
export class FactReader {
  readonly #given: ParsedMeasurements | undefined;
  readonly #parsed: Record<string, FactValue>;
  readonly #shown = new Map<string, string | boolean | null>();
  readonly #notes: DerivationNotes;

  constructor(given: ParsedMeasurements | undefined, parsed?: Facts, notes: DerivationNotes = noNotes) {
    this.#given = given;
    // Null prototype, and own keys only below: a polluted Object.prototype is never read as data.
    this.#parsed = Object.assign(Object.create(null) as Record<string, FactValue>, parsed);
    this.#notes = notes;
  }

  /** The value of `key`; `null` without data (or without a baseline at all). */
  get(key: string): FactValue {
    if (this.#given === undefined) return null;
    let value = this.#parsed[key];
    if (value === undefined) {
      value = Object.hasOwn(this.#given, key) ? toFactValue(this.#given[key]) : null;
      this.#parsed[key] = value;
    }
    return value;
  }

  /**
   * The value as results show it: a decimal in plain notation (`"07.50"` as `"7.5"`), once per
   * key; a derived percentage as it was rounded (`"80.0"`).
   */
  display(key: string): string | boolean | null {
    let shown = this.#shown.get(key);
    if (shown === undefined) {
      // A derived percentage is given as its rounded text, which shows its decimal places.
      const derived = this.#notes.get(key)?.kind === 'derived' ? this.given(key) : null;
      shown = typeof derived === 'string' ? derived : displayValue(this.get(key));
      this.#shown.set(key, shown);
    }
    return shown;
  }

  /** The value as given (a derived percentage as derived), `-0` as `0` (results survive a JSON round trip); `null` without data. */
  given(key: string): number | string | boolean | null {
    if (this.#given === undefined || !Object.hasOwn(this.#given, key)) return null;
    const value = this.#given[key];
    if (value === undefined || value === null) return null;
    return Object.is(value, -0) ? 0 : value;
  }

  /** How `key` was derived, or why it has no data although a count was given; `undefined` when given as it is. */
  note(key: string): DerivationNote | undefined {
    return this.#notes.get(key);
  }
}
