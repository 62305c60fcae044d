import DecimalJs from 'decimal.js';

/** The longest decimal string accepted, in characters: far beyond any real figure. */
export const maxDecimalLength = 1000;

/**
 * Our own Decimal constructor. `clone({ defaults: true, … })` gives it settings of its own,
 * taken neither from the global constructor at load time nor later: a host application that
 * calls `Decimal.set({ precision: 5, minE: -9, maxE: 9 })` before or after loading us cannot
 * change our answers, and nothing we do changes theirs.
 *
 * Comparisons never round. Subtraction (the gap to passing) rounds to `precision`
 * significant digits; with inputs of at most {@link maxDecimalLength} characters the exact
 * difference has at most about twice that many digits, so `precision` leaves it exact.
 * `toExpNeg`/`toExpPos` keep `toString()` in plain notation, which is what results carry.
 */
export const Decimal = DecimalJs.clone({
  defaults: true,
  precision: 10 * maxDecimalLength,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** A decimal value of our private constructor. */
export type Decimal = InstanceType<typeof Decimal>;

/** Plain decimal notation as the contract defines it: `-`?digits(`.`digits)?. */
export const plainDecimalPattern = /^-?\d+(?:\.\d+)?$/;

/**
 * The exact decimal a number or a plain-notation string stands for. A number is taken as
 * the shortest decimal JavaScript prints for it (`String(0.9)` is `"0.9"`), so no binary
 * noise enters a comparison.
 */
export function toDecimal(value: number | string): Decimal {
  return new Decimal(typeof value === 'number' ? String(value) : value);
}
