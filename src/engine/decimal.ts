import DecimalJs from 'decimal.js';

/**
 * Our own Decimal constructor. `clone()` gives it settings of its own, so a host application
 * that calls `Decimal.set({ precision: 5 })` on the global constructor cannot change our
 * answers, and nothing we do changes theirs.
 *
 * Comparisons never round. Subtraction (the gap to passing) rounds to `precision`
 * significant digits, so it is set far above any input we accept; `toExpNeg`/`toExpPos`
 * keep `toString()` in plain notation, which is what results carry.
 */
export const Decimal = DecimalJs.clone({
  precision: 1_000_000,
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
