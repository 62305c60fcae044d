import * as z from 'zod/mini';
import { inputMessages } from '../messages/input.js';
import { maxRuleNameLength, maxRuleTextLength, zodError } from './messages.js';

/** A string with at least one character: names, labels and texts of rules and results. */
export const nonEmptyText = z.string().check(z.minLength(1, { error: zodError(inputMessages, 'input.empty') }));

/** A text in Chinese and in English, as every text a person reads is: `{ zh, en }`. */
export const localizedTextSchema = z.strictObject({ zh: nonEmptyText, en: nonEmptyText });

/** A text of a rule file (a name, a label, a source text): not empty, at most {@link maxRuleTextLength} characters. */
export const ruleTextSchema = nonEmptyText.check(z.maxLength(maxRuleTextLength, { error: zodError(inputMessages, 'input.too_long', () => ({ max: maxRuleTextLength })) }));

/** A text of a rule file in Chinese and in English, each at most {@link maxRuleTextLength} characters. */
export const ruleLocalizedTextSchema = z.strictObject({ zh: ruleTextSchema, en: ruleTextSchema });

/** A name or key of a rule file (an id, a table name, a fact): at most {@link maxRuleNameLength} characters. */
export const ruleNameSchema = nonEmptyText.check(z.maxLength(maxRuleNameLength, { error: zodError(inputMessages, 'input.too_long', () => ({ max: maxRuleNameLength })) }));
