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
 * Whether a decimal is a valid value of `kind`: in range, whole for counts, and at most
 * `maximum` where a key has one of its own (day counts: 366). The schemas and the quick check
 * of valid input share it, so they cannot disagree.
 */
export function isValidDecimalOf(decimal: Decimal, kind: DecimalKind, maximum?: string): boolean {
  const [min, max] = bounds[kind];
  return !(
    decimal.lt(min) ||
    (max !== null && decimal.gt(max)) ||
    (kind === 'count' && !decimal.isInteger()) ||
    (maximum !== undefined && decimal.gt(maximum))
  );
}

/** The upper bound of each bounded kind (of {@link isValidDecimalOf}), as a number. */
const upperBounds: Readonly<Record<DecimalKind, number>> = {
  percent: 100,
  ratio: 1,
  index: 100,
  amount: Infinity,
  count: Infinity,
};

/**
 * {@link isValidDecimalOf} for the decimal a finite number or a plain-notation string stands
 * for, decided without parsing it where its nearest double decides it: a validator of `kind`
 * (at most `maximum`), made once per key. Every bound is a whole number, which a double holds
 * exactly: a number (which stands for the shortest decimal that reads back as it) compares as
 * it is. A string's nearest double is on the same side of a bound as the string, since rounding
 * to the nearest double never passes a double, unless it is the bound itself; so the double
 * decides unless it is a bound (0 included: a string at or below it), the string is too long
 * for a double, or the value is a count (whose wholeness only the decimal tells). Those, and a
 * `maximum` that is not a whole number, are decided by the decimal.
 */
export function plainValidator(kind: DecimalKind, maximum?: string): (value: number | string) => boolean {
  const own = maximum === undefined ? Infinity : Number(maximum);
  const limit = Math.min(upperBounds[kind], own);
  const ownIsWhole = maximum === undefined || Number.isSafeInteger(own);
  const byDecimal = (value: number | string): boolean => isValidDecimalOf(new Decimal(String(value)), kind, maximum);
  const inRange = (number: number): boolean =>
    number >= 0 && number <= limit && (kind !== 'count' || Number.isInteger(number));
  return (value) => {
    if (!ownIsWhole) return byDecimal(value);
    if (typeof value === 'number') return Number.isFinite(value) && inRange(value);
    const number = Number(value);
    return kind === 'count' || !(number > 0) || number === limit || !Number.isFinite(number)
      ? byDecimal(value)
      : inRange(number);
  };
}
