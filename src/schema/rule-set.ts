import * as z from 'zod/mini';

import { ruleLocalizedTextSchema } from './common.js';
import { derivationSchema } from './derivation.js';
import { inputMessages } from '../messages/input.js';
import { ruleSetMessages } from '../messages/rule-set.js';
import { valueParam } from '../messages/wording.js';
import { maxRuleTextLength, zodError } from './messages.js';
import { measurementKinds } from '../vocabulary/measurement-kinds.js';

/** A declared key's unit: may be empty, at most {@link maxRuleTextLength} characters. */
const unitText = z.string().check(z.maxLength(maxRuleTextLength, { error: zodError(inputMessages, 'input.too_long', () => ({ max: maxRuleTextLength })) }));

/**
 * A measurement key a rule set declares for its own rules: its kind (which decides the valid
 * values, as for the contract's keys), its unit and its labels.
 */
export const measurementDeclarationSchema = z.strictObject({
  kind: z.enum(measurementKinds, {
    error: zodError(ruleSetMessages, 'rule_set.unknown_kind', (input) => ({ received: valueParam(input) })),
  }),
  /** The display unit; leave it out for kinds without one. @defaultValue `{ zh: '', en: '' }` (`%` for percent) */
  unit: z.optional(z.strictObject({ zh: unitText, en: unitText })),
  label: ruleLocalizedTextSchema,
});

/**
 * A rule set as a caller gives it: a name, one rule per indicator (the objects of
 * `rules/*.json`), any measurement keys of its own, and the percentages it derives from counts
 * (the `derivations` of `rules/derivations.json`).
 */
export const ruleSetDefinitionSchema = z.strictObject({
  /** Stated in every evaluation, with the rules' content hash. */
  name: z.string().check(z.regex(/^[\w.@/-]{1,100}$/, { error: zodError(ruleSetMessages, 'rule_set.name') })),
  /** One rule per indicator, each checked against {@link ruleFileSchema} when the set is loaded. */
  rules: z.array(z.unknown()),
  /** How issues name each rule, in the order of `rules` (file names, say). @defaultValue each rule's name, or its index */
  labels: z.optional(z.array(z.string())),
  /** Measurement keys of the set's own, by key (camelCase). @defaultValue `{}` */
  measurements: z.optional(
    z.record(
      z.string().check(z.regex(/^[a-z][A-Za-z0-9]{0,63}$/, { error: zodError(ruleSetMessages, 'rule_set.not_camel_case_key') })),
      measurementDeclarationSchema,
    ),
  ),
  /**
   * The percentages the set derives from raw counts, each checked like the rules.
   * `builtinRuleSet.derivations` are the built-in ones. @defaultValue `[]`: no derivations
   */
  derivations: z.optional(z.array(derivationSchema)),
});

/** A measurement key declared by a rule set. */
export type MeasurementDeclaration = Readonly<z.input<typeof measurementDeclarationSchema>>;
