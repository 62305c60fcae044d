import * as z from 'zod/mini';
import { issueAt, type Issue } from '../errors/issue.js';
import { unreadableAt } from '../errors/unreadable.js';
import { ruleLocalizedTextSchema, ruleNameSchema, ruleTextSchema } from './common.js';
import { zodIssuesToIssues } from './issues.js';
import { ruleSetMessages } from '../messages/rule-set.js';
import { valueParam, worded } from '../messages/wording.js';
import { zodError } from './messages.js';
import { bureauIds } from '../catalogue/bureaus.js';
import { maxDecimalLength, plainDecimalPattern } from '../vocabulary/decimal.js';
import { ruleOperators } from '../vocabulary/operators.js';


/** A reference to another fact: a measurement key, or `baseline.<key>` for the baseline's value. */
export const factReferenceSchema = z.strictObject({ fact: ruleNameSchema });

/**
 * One check: a json-rules-engine condition on a flat fact. `path` is refused (strict
 * object): json-rules-engine hands it to JSONPath, whose filter expressions execute code.
 */
export const ruleCheckSchema = z.strictObject({
  fact: ruleNameSchema,
  operator: z.enum(ruleOperators, {
    error: zodError(ruleSetMessages, 'rule_set.unknown_operator', (input) => ({
      received: valueParam(input),
      allowed: [...ruleOperators],
    })),
  }),
  value: z.union(
    [
      z
        .string()
        .check(
          z.refine(
            (value) => value.length <= maxDecimalLength && plainDecimalPattern.test(value),
            { error: zodError(ruleSetMessages, 'rule_set.threshold_not_plain_decimal') },
          ),
        ),
      z.boolean(),
      factReferenceSchema,
    ],
    { error: zodError(ruleSetMessages, 'rule_set.check_value') },
  ),
});

/** An alternative of an `any` group that needs several checks at once: all of them must hold. */
export const ruleAllGroupSchema = z.strictObject({
  all: z.array(ruleCheckSchema).check(z.minLength(1, { error: zodError(ruleSetMessages, 'rule_set.all_needs_checks') })),
});

/**
 * Alternatives (json-rules-engine's own `any`): the group passes when one alternative passes,
 * fails when all of them fail, and is `missing` otherwise. An alternative is one check, or
 * `{ "all": [checks] }` when it needs several.
 */
export const ruleAnyGroupSchema = z.strictObject({
  any: z
    .array(z.union([ruleCheckSchema, ruleAllGroupSchema]))
    .check(z.minLength(2, { error: zodError(ruleSetMessages, 'rule_set.any_needs_alternatives') })),
});

/**
 * A table of checks: `standard` (the creation standard) or a year (`"2020"`) with its own
 * targets. Each entry is a check, or an `any` group of alternatives; all entries must hold.
 */
export const ruleTableSchema = z.strictObject({
  name: ruleNameSchema,
  all: z
    .array(z.union([ruleCheckSchema, ruleAnyGroupSchema]))
    .check(z.minLength(1, { error: zodError(ruleSetMessages, 'rule_set.empty_table') })),
});

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
  name: ruleNameSchema,
  priority: z.optional(
    z.literal(1, { error: zodError(ruleSetMessages, 'rule_set.priority_one') }),
  ),
  conditions: z.strictObject({
    all: z.array(ruleTableSchema).check(z.minLength(1, { error: zodError(ruleSetMessages, 'rule_set.no_standard_table') })),
  }),
  event: z.strictObject({
    type: z.literal('indicator'),
    params: z.strictObject({
      // A safe integer, so that every evaluation of a loaded rule set satisfies evaluationSchema.
      number: z.number().check(z.refine((n) => Number.isSafeInteger(n) && n >= 1, { error: zodError(ruleSetMessages, 'rule_set.rule_number') })),
      id: ruleNameSchema.check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: zodError(ruleSetMessages, 'rule_set.not_kebab_case_id') })),
      bureau: z.enum(bureauIds, {
        error: zodError(ruleSetMessages, 'rule_set.unknown_bureau', (input) => ({ received: valueParam(input) })),
      }),
      name: ruleLocalizedTextSchema,
      source: ruleSourceSchema,
    }),
  }),
});

/** A rule file as written in `rules/*.json`. */
export type RuleFile = z.output<typeof ruleFileSchema>;
/** One check of a rule file. */
export type RuleCheck = z.output<typeof ruleCheckSchema>;
/** An `any` group of a rule's table: alternatives, one of which must pass. */
export type RuleAnyGroup = z.output<typeof ruleAnyGroupSchema>;
/** An alternative of an `any` group that needs several checks: `{ all: [checks] }`. */
export type RuleAllGroup = z.output<typeof ruleAllGroupSchema>;
/** An entry of a table: a check, or an `any` group. */
export type RuleTableEntry = RuleTable['all'][number];
/** A table of a rule: the standard, or a year's. */
export type RuleTable = z.output<typeof ruleTableSchema>;


/** The input at `path` inside `value`, or `undefined`. */
function inputAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/**
 * zod reports a union that no option matched as one issue holding every option's issues.
 * Here the entry's own keys say which option was meant (`any` in a table, `all` among an
 * `any`'s alternatives, or else a check), so its issues are reported, as precise as without
 * the union: an unknown operator inside a table reads as an unknown operator, not as "no
 * option matched".
 */
function meantIssues(issues: readonly z.core.$ZodIssue[], input: unknown): z.core.$ZodIssue[] {
  const resolved: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    if (issue.code !== 'invalid_union' || issue.errors.length !== 2) {
      resolved.push(issue);
      continue;
    }
    const entry = inputAt(input, issue.path);
    // In a table the other option is an `any` group; among alternatives, an `all` of checks.
    const groupKey = issue.path.at(-2) === 'any' ? 'all' : 'any';
    const isGroup = typeof entry === 'object' && entry !== null && Object.hasOwn(entry, groupKey);
    const meant = issue.errors[isGroup ? 1 : 0] ?? [];
    // The chosen option's issues are relative to the entry; nested unions are resolved likewise.
    const nested = meantIssues(meant, entry).map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
    resolved.push(...nested);
  }
  return resolved;
}

/** Rules of the shape of {@link ruleFileSchema}, each with its label, and the issues of the rest. */
export interface ParsedRuleFiles {
  readonly rules: readonly RuleFile[];
  /** How issues name each rule of `rules`: its file name, its name, or its index. */
  readonly labels: readonly (string | number)[];
  readonly issues: readonly Issue[];
  /** The label of every rule given, in order: issues are reported in this order. */
  readonly order: readonly (string | number)[];
}

function ruleLabel(rule: unknown, index: number): string | number {
  if (typeof rule === 'object' && rule !== null && !Array.isArray(rule)) {
    const name = (rule as { name?: unknown }).name;
    if (typeof name === 'string' && name.length > 0) return name;
  }
  return index;
}

/**
 * Checks each rule against {@link ruleFileSchema}: those that fit, with their labels, and an
 * issue for every problem of the others, its path starting with the rule's label (`labels`,
 * else the rule's name, else its index).
 */
export function parseRuleFiles(candidates: readonly unknown[], labels: readonly string[] = []): ParsedRuleFiles {
  const rules: RuleFile[] = [];
  const parsedLabels: (string | number)[] = [];
  const issues: Issue[] = [];
  const order: (string | number)[] = [];
  candidates.forEach((candidate: unknown, index) => {
    let label: string | number = index;
    let parsed: ReturnType<typeof ruleFileSchema.safeParse>;
    try {
      label = labels[index] ?? ruleLabel(candidate, index);
      parsed = ruleFileSchema.safeParse(candidate);
    } catch (error) {
      // A getter or Proxy trap that throws: the rule is malformed, named by its index.
      issues.push(unreadableAt(['rules', label], error));
      order.push(label);
      return;
    }
    order.push(label);
    if (parsed.success) {
      rules.push(parsed.data);
      parsedLabels.push(label);
      return;
    }
    for (const issue of zodIssuesToIssues(meantIssues(parsed.error.issues, candidate), ['rules', label])) {
      // A `path` on a check is refused by the strict schema; say why, not just "unknown key".
      const refusesPath = issue.path.at(-1) === 'path' && issue.code === 'input.unknown_key';
      issues.push(refusesPath ? issueAt(issue.path, worded(ruleSetMessages, 'rule_set.path_not_allowed', {})) : issue);
    }
  });
  return { rules, labels: parsedLabels, issues, order };
}
