import * as z from 'zod/mini';
import { messages } from './messages.js';

/** A string with at least one character: names, labels and texts of rules and results. */
export const nonEmptyText = z.string().check(z.minLength(1, messages.notEmpty.en));

/** A text in Chinese and in English, as every text a person reads is: `{ zh, en }`. */
export const localizedTextSchema = z.strictObject({ zh: nonEmptyText, en: nonEmptyText });
