import * as z from 'zod/mini';
import { isValidDecimalOf, type DecimalKind } from '../vocabulary/measurement-kinds.js';
import { maxDecimalLength, plainDecimalPattern, toDecimal } from '../vocabulary/decimal.js';

const preview = (value: string): string =>
  value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}… (${value.length} characters)` : JSON.stringify(value);

const kindNames: Readonly<Record<DecimalKind, string>> = {
  percent: 'a percentage (0 to 100)',
  ratio: 'a ratio (0 to 1)',
  index: 'an index (0 to 100)',
  amount: 'an amount (0 or more)',
  count: 'a whole number (0 or more)',
};

const notation = `a decimal in plain notation such as "95.2" (digits, an optional minus sign and fraction; no exponent, spaces or other notation)`;

/**
 * A JavaScript number or a decimal string in plain notation, of at most
 * {@link maxDecimalLength} characters: the input of every decimal kind. The string rules are
 * one check after the union, not inside it, so that a bad string gets its own message rather
 * than the union's "no option matched".
 */
export const decimalInputSchema = z
  .union([z.number(), z.string()], { error: 'expected a finite number or a decimal string in plain notation' })
  .check(
    z.superRefine((value, context) => {
      if (typeof value !== 'string') return;
      if (value.length > maxDecimalLength) {
        context.addIssue({
          code: 'custom',
          input: value,
          message: `expected a decimal of at most ${maxDecimalLength} characters, got ${value.length} characters`,
        });
      } else if (!plainDecimalPattern.test(value)) {
        context.addIssue({ code: 'custom', input: value, message: `expected ${notation}, got ${preview(value)}` });
      }
    }),
  );

/** The schema of one decimal measurement value of `kind`, range included. */
export function decimalValueSchema(kind: DecimalKind) {
  return decimalInputSchema.check(
    z.superRefine((value, context) => {
      // zod runs this check even when the string check above failed; that is reported already.
      if (typeof value === 'string' && (value.length > maxDecimalLength || !plainDecimalPattern.test(value))) return;
      if (!isValidDecimalOf(toDecimal(value), kind)) {
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
