import * as z from 'zod/mini';
import { ruleNameSchema } from './common.js';
import { ruleSetMessages } from '../messages/rule-set.js';
import { zodError } from './messages.js';

/**
 * One derived percentage: `key` = 100 × `part` ÷ `whole`, rounded half up (四舍五入) to
 * `decimalPlaces` decimal places, as published statistics are. A caller may then give the two
 * counts instead of the percentage (docs/indicators.md,
 * "Derived percentages"). The built-in ones are `rules/derivations.json`.
 */
export const derivationSchema = z.strictObject({
  /** The derived percentage: a measurement key of kind `percent`. */
  key: ruleNameSchema,
  /** The count above the line: a measurement key of kind `count` (优良天数). */
  part: ruleNameSchema,
  /** The count below the line: a measurement key of kind `count` (有效监测天数). */
  whole: ruleNameSchema,
  /** Decimal places the share is rounded to, half up: 1 gives 96.7 for 324 of 335. */
  decimalPlaces: z
    .number()
    .check(
      z.refine((places) => Number.isInteger(places) && places >= 0 && places <= 10, { error: zodError(ruleSetMessages, 'rule_set.decimal_places') }),
    ),
});

/** The file of a rules directory that holds its derivations (`rules/derivations.json`). */
export const derivationsFileSchema = z.strictObject({
  /** A JSON Schema reference for editors; ignored. */
  $schema: z.optional(z.string()),
  /** What the file is for; ignored. */
  description: z.optional(z.string()),
  /** The derived percentages of the rule set, each derived one way. */
  derivations: z.array(derivationSchema),
});

/** A derived percentage, as a rule set's JSON gives it. */
export type Derivation = Readonly<z.output<typeof derivationSchema>>;
