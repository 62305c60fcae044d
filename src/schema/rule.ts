import * as z from 'zod/mini';
import { bureauIds } from '../catalogue/bureaus.js';
import { maxDecimalLength, plainDecimalPattern } from '../engine/decimal.js';
import { ruleOperators } from '../engine/operators.js';

const nonEmptyText = z.string().check(z.minLength(1, 'must not be empty'));

/**
 * The longest text a rule file may carry (a name, a source text): far above the seed table's
 * longest task paragraph (293 characters), far below what would cost time to hash and show.
 */
export const maxRuleTextLength = 10_000;
/** The longest name or key in a rule file (an id, a table name, a fact). */
export const maxRuleNameLength = 100;

/** Text of a rule file: not empty, at most {@link maxRuleTextLength} characters. */
export const ruleTextSchema = nonEmptyText.check(
  z.maxLength(maxRuleTextLength, `must be at most ${maxRuleTextLength} characters`),
);
const ruleName = nonEmptyText.check(z.maxLength(maxRuleNameLength, `must be at most ${maxRuleNameLength} characters`));

/** A reference to another fact: a measurement key, or `baseline.<key>` for the baseline's value. */
export const factReferenceSchema = z.strictObject({ fact: ruleName });

/**
 * One check: a json-rules-engine condition on a flat fact. `path` is refused (strict
 * object): json-rules-engine hands it to JSONPath, whose filter expressions execute code.
 */
export const ruleCheckSchema = z.strictObject({
  fact: ruleName,
  operator: z.enum(ruleOperators, {
    error: (issue) => `unknown operator ${JSON.stringify(issue.input)}; rules may use only ${ruleOperators.join(', ')}`,
  }),
  value: z.union(
    [
      z
        .string()
        .check(
          z.refine(
            (value) => value.length <= maxDecimalLength && plainDecimalPattern.test(value),
            `thresholds are decimal strings in plain notation, such as "0.90", of at most ${maxDecimalLength} characters`,
          ),
        ),
      z.boolean(),
      factReferenceSchema,
    ],
    { error: 'expected a decimal string such as "85", a boolean, or a fact reference { "fact": "baseline.<key>" }' },
  ),
});

/** A table of checks: `standard` (the creation standard) or a year (`"2020"`) with its own targets. */
export const ruleTableSchema = z.strictObject({
  name: ruleName,
  all: z.array(ruleCheckSchema).check(z.minLength(1, 'a table lists at least one check')),
});

const localizedTextSchema = z.strictObject({ zh: ruleTextSchema, en: ruleTextSchema });

/** Where a rule comes from: its row of the seed table, verbatim. */
export const ruleSourceSchema = z.strictObject({
  /** 创建指标: the creation indicator as the table writes it. */
  indicator: ruleTextSchema,
  /** 责任单位: the responsible bureau as the table writes it. */
  bureau: ruleTextSchema,
  /**
   * 年度工作任务: the year's task text. Every built-in rule file has it (a test checks it
   * verbatim against the seed); the bundled runtime copy leaves it out to stay small, and
   * a caller's own rule may have none.
   */
  task: z.optional(ruleTextSchema),
});

/**
 * One indicator as a json-rules-engine rule. Its top-level `all` holds the creation
 * standard (named `standard`) and one table per year that has its own targets (named by
 * the year); a year without a table of its own is judged by the standard. As JSON Schema:
 * `ankang-eco-indicators/schema/rule-file.json`.
 */
export const ruleFileSchema = z.strictObject({
  name: ruleName,
  priority: z.optional(
    z.literal(1, 'every rule has priority 1: concurrent runs stay correct only with one priority level'),
  ),
  conditions: z.strictObject({
    all: z.array(ruleTableSchema).check(z.minLength(1, 'a rule has at least its standard table')),
  }),
  event: z.strictObject({
    type: z.literal('indicator'),
    params: z.strictObject({
      // A safe integer, so that every evaluation of a loaded rule set satisfies evaluationSchema.
      number: z
        .number()
        .check(
          z.refine(
            (n) => Number.isSafeInteger(n) && n >= 1,
            `expected a whole number from 1 to ${Number.MAX_SAFE_INTEGER} (2^53 - 1)`,
          ),
        ),
      id: ruleName.check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id')),
      bureau: z.enum(bureauIds, { error: (issue) => `unknown bureau ${JSON.stringify(issue.input)}` }),
      name: localizedTextSchema,
      source: ruleSourceSchema,
    }),
  }),
});

/** A rule file as written in `rules/*.json`. */
export type RuleFile = z.output<typeof ruleFileSchema>;
/** One check of a rule file. */
export type RuleCheck = z.output<typeof ruleCheckSchema>;
