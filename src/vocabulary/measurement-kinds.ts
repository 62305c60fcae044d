import { Decimal } from './decimal.js';

/**
 * The kinds of measurement the contract knows. The kind decides which values are valid:
 *
 * - `percent`: percentage points, 0 to 100 (95.2 means 95.2%);
 * - `ratio`: a coefficient from 0 to 1;
 * - `index`: an index from 0 to 100 (the EI of HJ 192-2015);
 * - `amount`: a quantity with a unit, 0 or more;
 * - `count`: a whole number, 0 or more;
 * - `boolean`: a yes/no fact.
 */
export const measurementKinds = ['percent', 'ratio', 'index', 'amount', 'count', 'boolean'] as const;

/** A kind of {@link measurementKinds}. */
export type MeasurementKind = (typeof measurementKinds)[number];

/** A decimal kind of measurement (every kind but `boolean`). */
export type DecimalKind = Exclude<MeasurementKind, 'boolean'>;

/** Inclusive bounds of each decimal kind; `null` means unbounded above. */
const bounds: Readonly<Record<DecimalKind, readonly [Decimal, Decimal | null]>> = {
  percent: [new Decimal(0), new Decimal(100)],
  ratio: [new Decimal(0), new Decimal(1)],
  index: [new Decimal(0), new Decimal(100)],
  amount: [new Decimal(0), null],
  count: [new Decimal(0), null],
};

/**
 * Whether a decimal is a valid value of `kind`: in range, and whole for counts. The schemas
 * and the quick check of valid input share it, so they cannot disagree.
 */
export function isValidDecimalOf(decimal: Decimal, kind: DecimalKind): boolean {
  const [min, max] = bounds[kind];
  return !(decimal.lt(min) || (max !== null && decimal.gt(max)) || (kind === 'count' && !decimal.isInteger()));
}
