import * as z from 'zod/mini';
import { issueAt, unreadableAt, type Issue } from '../errors/issue.js';
import { ruleLocalizedTextSchema, ruleNameSchema, ruleTextSchema } from './common.js';
import { zodIssuesToIssues } from './issues.js';
import { bilingualError, messages, messagesOf } from './messages.js';
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
    error: bilingualError((input) => messagesOf.unknownOperator(input, ruleOperators)),
  }),
  value: z.union(
    [
      z
        .string()
        .check(
          z.refine(
            (value) => value.length <= maxDecimalLength && plainDecimalPattern.test(value),
            messages.thresholdNotation.en,
          ),
        ),
      z.boolean(),
      factReferenceSchema,
    ],
    { error: messages.checkValue.en },
  ),
});

/** A table of checks: `standard` (the creation standard) or a year (`"2020"`) with its own targets. */
export const ruleTableSchema = z.strictObject({
  name: ruleNameSchema,
  all: z.array(ruleCheckSchema).check(z.minLength(1, messages.tableHasChecks.en)),
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
    z.literal(1, messages.priorityOne.en),
  ),
  conditions: z.strictObject({
    all: z.array(ruleTableSchema).check(z.minLength(1, messages.ruleHasStandard.en)),
  }),
  event: z.strictObject({
    type: z.literal('indicator'),
    params: z.strictObject({
      // A safe integer, so that every evaluation of a loaded rule set satisfies evaluationSchema.
      number: z.number().check(z.refine((n) => Number.isSafeInteger(n) && n >= 1, messages.ruleNumber.en)),
      id: ruleNameSchema.check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, messages.kebabCaseId.en)),
      bureau: z.enum(bureauIds, {
        error: bilingualError((input) => messagesOf.unknownBureau(input)),
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
    for (const issue of zodIssuesToIssues(parsed.error.issues, ['rules', label])) {
      // A `path` on a check is refused by the strict schema; say why, not just "unknown key".
      const refusesPath = issue.path.at(-1) === 'path' && issue.message.startsWith('unknown key');
      issues.push(
        refusesPath
          ? issueAt(issue.path, {
              en: '"path" is not allowed: facts are flat, and json-rules-engine hands path to JSONPath, whose filter expressions execute code',
              zh: '不允许 "path"：事实都是平的，而 json-rules-engine 会把 path 交给 JSONPath，其过滤表达式会执行代码',
            })
          : issue,
      );
    }
  });
  return { rules, labels: parsedLabels, issues, order };
}
