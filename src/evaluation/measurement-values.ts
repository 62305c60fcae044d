import type { DerivationNote } from '../engine/derivations.js';
import type { KeyLayout } from './key-layout.js';
import { toDecimal, type Decimal } from '../vocabulary/decimal.js';

/** A measurement as the rules see it: an exact decimal, a yes/no, or `null` for no data. */
export type FactValue = Decimal | boolean | null;

/** A measurement as validated input gives it: a number or decimal string, a yes/no, `null` for no data. */
export type GivenValue = number | string | boolean | null;

/** How each derived key of one measurements object came about, by key. */
export type DerivationNotes = ReadonlyMap<string, DerivationNote>;

const noNotes: DerivationNotes = new Map();

/** A validated value as the rules read it: a number or decimal string as its exact decimal. */
export function factOf(given: GivenValue | undefined): FactValue {
  return given === null || given === undefined ? null : typeof given === 'boolean' ? given : toDecimal(given);
}

/**
 * One measurements object of validated input (a year's, or its baseline's), by the positions
 * of its catalogue's {@link KeyLayout}: each value as given, converted to an exact decimal the
 * first time something reads it (a check, a warning), and at most once. A derived percentage
 * is among the values like a given one; its note says how it was derived. How results show a
 * value is the check results' business (src/evaluation/assemble-check.ts).
 */
export class MeasurementValues {
  readonly layout: KeyLayout;
  /** Each key's value as given, `undefined` where the key is absent. */
  readonly #given: readonly (GivenValue | undefined)[];
  /** Each key's value as the rules read it, once read (`undefined`: not read yet). */
  readonly #facts: (FactValue | undefined)[];
  /** How each derived key came about, or why it has no data although a count was given. */
  readonly notes: DerivationNotes;

  /**
   * @param given - Validated values by position (`undefined` for an absent key): kept, not copied.
   * @param facts - Values already converted, by position, where the caller has them.
   */
  constructor(
    layout: KeyLayout,
    given: readonly (GivenValue | undefined)[],
    notes: DerivationNotes = noNotes,
    facts: (FactValue | undefined)[] = [],
  ) {
    this.layout = layout;
    this.#given = given;
    this.notes = notes;
    this.#facts = facts;
  }

  /** No measurements at all: what a missing baseline reads as (every value `null`). */
  static none(layout: KeyLayout): MeasurementValues {
    return new MeasurementValues(layout, []);
  }

  /** The value at `position` as the rules read it: an exact decimal, a yes/no, `null` without data. */
  at(position: number): FactValue {
    let fact = this.#facts[position];
    if (fact === undefined) {
      fact = factOf(this.#given[position]);
      this.#facts[position] = fact;
    }
    return fact;
  }

  /** The value of `key` as the rules read it; `null` without data or for a key of no catalogue here. */
  get(key: string): FactValue {
    const position = this.layout.positions.get(key);
    return position === undefined ? null : this.at(position);
  }

  /** Whether `key` was given (as anything, `null` included). */
  has(key: string): boolean {
    const position = this.layout.positions.get(key);
    return position !== undefined && this.#given[position] !== undefined;
  }

  /** The value as given at `position` (a derived percentage as derived); `undefined` when absent. */
  givenAt(position: number): GivenValue | undefined {
    return this.#given[position];
  }

  /** Measurements of the same layout with `given`, `notes` and `facts` (as the constructor takes them). */
  with(
    given: readonly (GivenValue | undefined)[],
    notes: DerivationNotes,
    facts: (FactValue | undefined)[],
  ): MeasurementValues {
    return new MeasurementValues(this.layout, given, notes, facts);
  }
}

/** Validated measurements given as an object, by the positions of `layout` (keys outside it are left out: validation refused them). */
export function givenByPosition(
  layout: KeyLayout,
  given: Readonly<Record<string, GivenValue | undefined>>,
): (GivenValue | undefined)[] {
  const values: (GivenValue | undefined)[] = [];
  for (const key of Object.keys(given)) {
    const position = layout.positions.get(key);
    if (position !== undefined) values[position] = given[key];
  }
  return values;
}

/**
 * Validated measurements given as an object (a what-if scenario over its base, a year of a
 * series), with the values already parsed where `facts` has them.
 */
export function valuesFromRecord(
  layout: KeyLayout,
  given: Readonly<Record<string, GivenValue | undefined>>,
  facts?: Readonly<Record<string, FactValue | undefined>>,
  notes?: DerivationNotes,
): MeasurementValues {
  const parsed: (FactValue | undefined)[] = [];
  if (facts !== undefined) {
    for (const key of Object.keys(facts)) {
      const position = layout.positions.get(key);
      if (position !== undefined) parsed[position] = facts[key];
    }
  }
  return new MeasurementValues(layout, givenByPosition(layout, given), notes, parsed);
}
