import type { MeasurementInfo } from '../catalogue/measurements.js';
import type { MeasurementCatalogue } from '../engine/rule-set.js';
import { maxDecimalLength, plainDecimalPattern } from '../vocabulary/decimal.js';
import { plainValidator } from '../vocabulary/measurement-kinds.js';

/**
 * The keys of a catalogue in a fixed order: validated measurements are held in arrays by these
 * positions, so that reading a value is an index, not a look-up in an object of 57 keys.
 */
export interface KeyLayout {
  readonly catalogue: MeasurementCatalogue;
  readonly keys: readonly string[];
  /** What the catalogue says of each key, by position. */
  readonly infos: readonly MeasurementInfo[];
  readonly positions: ReadonlyMap<string, number>;
  /**
   * Whether a value is a valid measurement of each key, by position: what the schema accepts
   * (and `quickValue` parses), decided without converting the value to a decimal where its
   * kind's bounds allow (see `plainValidator`).
   */
  readonly valid: readonly ((value: unknown) => boolean)[];
}

/** Whether a value is a valid measurement of `info`'s kind (see {@link KeyLayout.valid}). */
function validatorOf({ kind, maximum }: MeasurementInfo): (value: unknown) => boolean {
  if (kind === 'boolean') return (value) => value === null || value === undefined || typeof value === 'boolean';
  const plain = plainValidator(kind, maximum);
  return (value) =>
    value === null ||
    value === undefined ||
    (typeof value === 'number'
      ? plain(value)
      : typeof value === 'string' &&
        value.length <= maxDecimalLength &&
        plainDecimalPattern.test(value) &&
        plain(value));
}

const layouts = new WeakMap<MeasurementCatalogue, KeyLayout>();

/** The layout of `catalogue`'s keys, in the catalogue's order: built once per catalogue. */
export function keyLayout(catalogue: MeasurementCatalogue): KeyLayout {
  let layout = layouts.get(catalogue);
  if (layout === undefined) {
    const keys = Object.keys(catalogue);
    const infos = keys.map((key) => catalogue[key] as MeasurementInfo);
    layout = {
      catalogue,
      keys,
      infos,
      positions: new Map(keys.map((key, position) => [key, position])),
      valid: infos.map(validatorOf),
    };
    layouts.set(catalogue, layout);
  }
  return layout;
}
