import * as z from 'zod/mini';
import { measurementMessages } from '../messages/measurement.js';
import { valueParam, worded } from '../messages/wording.js';
import { customIssue, zodError } from './messages.js';
import { isValidDecimalOf, type DecimalKind } from '../vocabulary/measurement-kinds.js';
import { maxDecimalLength, plainDecimalPattern, toDecimal } from '../vocabulary/decimal.js';

/**
 * A JavaScript number or a decimal string in plain notation, of at most
 * {@link maxDecimalLength} characters: the input of every decimal kind. The string rules are
 * one check after the union, not inside it, so that a bad string gets its own message rather
 * than the union's "no option matched".
 */
export const decimalInputSchema = z
  .union([z.number(), z.string()], { error: zodError(measurementMessages, 'measurement.not_number_or_decimal') })
  .check(
    z.superRefine((value, context) => {
      if (typeof value !== 'string') return;
      if (value.length > maxDecimalLength) {
        context.addIssue(
          customIssue(value, worded(measurementMessages, 'measurement.decimal_too_long', { length: value.length })),
        );
      } else if (!plainDecimalPattern.test(value)) {
        context.addIssue(
          customIssue(
            value,
            worded(measurementMessages, 'measurement.not_plain_decimal', { received: valueParam(value) }),
          ),
        );
      }
    }),
  );

/**
 * The schema of one decimal measurement value of `kind`, range included; `maximum` is a key's
 * own upper bound where it has one (day counts: 366).
 */
export function decimalValueSchema(kind: DecimalKind, maximum?: string) {
  return decimalInputSchema.check(
    z.superRefine((value, context) => {
      // zod runs this check even when the string check above failed; that is reported already.
      if (typeof value === 'string' && (value.length > maxDecimalLength || !plainDecimalPattern.test(value))) return;
      if (!isValidDecimalOf(toDecimal(value), kind, maximum)) {
        const received = valueParam(value);
        const text =
          maximum === undefined
            ? worded(measurementMessages, 'measurement.out_of_range', { kind, received })
            : worded(measurementMessages, 'measurement.above_maximum', { kind, maximum, received });
        context.addIssue(customIssue(value, text));
      }
    }),
  );
}

/** The schema of a yes/no measurement. */
export const booleanValueSchema = z.boolean({ error: zodError(measurementMessages, 'measurement.not_yes_no') });
