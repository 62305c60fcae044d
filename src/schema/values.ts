import * as z from 'zod/mini';
import type { LocalizedText } from '../vocabulary/localized-text.js';
import { messages, messagesOf } from './messages.js';
import { isValidDecimalOf, type DecimalKind } from '../vocabulary/measurement-kinds.js';
import { maxDecimalLength, plainDecimalPattern, toDecimal } from '../vocabulary/decimal.js';

/** A custom issue saying `text`: zod gets the English, our issues the Chinese too (`params.zh`). */
const customIssue = (value: unknown, text: LocalizedText) =>
  ({ code: 'custom', input: value, message: text.en, params: { zh: text.zh } }) as const;

/**
 * A JavaScript number or a decimal string in plain notation, of at most
 * {@link maxDecimalLength} characters: the input of every decimal kind. The string rules are
 * one check after the union, not inside it, so that a bad string gets its own message rather
 * than the union's "no option matched".
 */
export const decimalInputSchema = z
  .union([z.number(), z.string()], { error: messages.decimalInput.en })
  .check(
    z.superRefine((value, context) => {
      if (typeof value !== 'string') return;
      if (value.length > maxDecimalLength) {
        context.addIssue(customIssue(value, messagesOf.decimalTooLong(value.length)));
      } else if (!plainDecimalPattern.test(value)) {
        context.addIssue(customIssue(value, messagesOf.decimalNotation(value)));
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
        context.addIssue(customIssue(value, messagesOf.decimalOfKind(kind, value)));
      }
    }),
  );
}

/** The schema of a yes/no measurement. */
export const booleanValueSchema = z.boolean({ error: messages.trueOrFalse.en });
