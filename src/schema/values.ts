import * as z from 'zod/mini';
import type { MeasurementKind } from '../catalogue/measurements.js';
import { Decimal, plainDecimalPattern, toDecimal } from '../engine/decimal.js';

const preview = (value: string): string =>
  value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}… (${value.length} characters)` : JSON.stringify(value);

/** Inclusive bounds of each decimal kind; `null` means unbounded above. */
const bounds: Readonly<Record<Exclude<MeasurementKind, 'boolean'>, readonly [Decimal, Decimal | null]>> = {
  percent: [new Decimal(0), new Decimal(100)],
  ratio: [new Decimal(0), new Decimal(1)],
  index: [new Decimal(0), new Decimal(100)],
  amount: [new Decimal(0), null],
  count: [new Decimal(0), null],
};

const kindNames: Readonly<Record<Exclude<MeasurementKind, 'boolean'>, string>> = {
  percent: 'a percentage (0 to 100)',
  ratio: 'a ratio (0 to 1)',
  index: 'an index (0 to 100)',
  amount: 'an amount (0 or more)',
  count: 'a whole number (0 or more)',
};

/** A JavaScript number or a decimal string in plain notation; the input of every decimal kind. */
export const decimalInputSchema = z.union(
  [
    z.number({ error: 'expected a finite number or a decimal string in plain notation' }),
    z.string().check(
      z.refine((value) => plainDecimalPattern.test(value), {
        error: (issue) =>
          `expected a decimal in plain notation such as "95.2" (digits, an optional minus sign and fraction; no exponent, spaces or other notation), got ${preview(String(issue.input))}`,
      }),
    ),
  ],
  { error: 'expected a finite number or a decimal string in plain notation' },
);

/** The schema of one decimal measurement value of `kind`, range included. */
export function decimalValueSchema(kind: Exclude<MeasurementKind, 'boolean'>) {
  const [min, max] = bounds[kind];
  return decimalInputSchema.check(
    z.superRefine((value, context) => {
      // zod runs this check even when the notation check above failed; that is reported already.
      if (typeof value === 'string' && !plainDecimalPattern.test(value)) return;
      const decimal = toDecimal(value);
      if (decimal.lt(min) || (max !== null && decimal.gt(max))) {
        context.addIssue({
          code: 'custom',
          input: value,
          message: `expected ${kindNames[kind]}, got ${typeof value === 'string' ? preview(value) : String(value)}`,
        });
      } else if (kind === 'count' && !decimal.isInteger()) {
        context.addIssue({
          code: 'custom',
          input: value,
          message: `expected ${kindNames[kind]}, got ${typeof value === 'string' ? preview(value) : String(value)}`,
        });
      }
    }),
  );
}

/** The schema of a yes/no measurement. */
export const booleanValueSchema = z.boolean({ error: 'expected true or false' });
