import * as z from 'zod/mini';
import { localizedTextSchema } from './common.js';
import { bureauIds } from '../catalogue/bureaus.js';
import { ruleOperators } from '../vocabulary/operators.js';
import { statusSchema, type DeepReadonly } from './evaluation.js';


/** A status before and after a change of rules. */
export const statusChangeSchema = z.object({ before: statusSchema, after: statusSchema });

/** One side of a compared check: what the check was and what it gave. */
export const comparedCheckSchema = z.object({
  operator: z.enum(ruleOperators),
  against: z.enum(['value', 'baseline', 'measurement']),
  thresholdKey: z.nullable(z.string()),
  threshold: z.nullable(z.union([z.string(), z.boolean()])),
  actual: z.nullable(z.union([z.number(), z.string(), z.boolean()])),
  status: statusSchema,
  gap: z.nullable(z.string()),
});

/** A check that differs between two rule sets, in one table of one indicator. */
export const checkComparisonSchema = z.object({
  /** `targets`: the year's checks (`checks`); `standard`: the creation standard's (`standardChecks`). */
  table: z.enum(['targets', 'standard']),
  key: z.string(),
  /**
   * What differs: `added` or `removed` (the check is in one set only), `threshold` (a fixed
   * threshold moved; the status may or may not flip), `status` (same check, other status).
   */
  change: z.enum(['added', 'removed', 'threshold', 'status']),
  /** The check under the rules before; null when `added`. */
  before: z.nullable(comparedCheckSchema),
  /** The check under the rules after; null when `removed`. */
  after: z.nullable(comparedCheckSchema),
});

/** An indicator whose rules or statuses differ between two rule sets. */
export const indicatorComparisonSchema = z.object({
  number: z.int(),
  id: z.string(),
  bureau: z.enum(bureauIds),
  name: localizedTextSchema,
  /** Against the year's targets; a side is null when the indicator is in one set only. */
  status: z.object({ before: z.nullable(statusSchema), after: z.nullable(statusSchema) }),
  /** Against the creation standard. */
  standardStatus: z.object({ before: z.nullable(statusSchema), after: z.nullable(statusSchema) }),
  /** Whether `status` or `standardStatus` differs. */
  flipped: z.boolean(),
  /** The checks that differ, targets first, in rule order. */
  checks: z.array(checkComparisonSchema),
});

/** A bureau whose status or standard status differs between two rule sets. */
export const bureauComparisonSchema = z.object({
  id: z.enum(bureauIds),
  name: localizedTextSchema,
  status: z.object({ before: z.nullable(statusSchema), after: z.nullable(statusSchema) }),
  standardStatus: z.object({ before: z.nullable(statusSchema), after: z.nullable(statusSchema) }),
});

const ruleSetSideSchema = z.object({
  name: z.string(),
  hash: z.string(),
  /** The table applied to the year under this rule set. */
  targets: z.union([z.int(), z.literal('standard')]),
});

/** What a change of rules does to one year's results: the artefact a reviewer reads. */
export const ruleSetComparisonSchema = z.object({
  year: z.int(),
  before: ruleSetSideSchema,
  after: ruleSetSideSchema,
  /** Whether any status (city, bureau or indicator) differs. */
  changed: z.boolean(),
  city: z.object({ status: statusChangeSchema, standardStatus: statusChangeSchema }),
  /** The bureaus whose status or standard status flips, in the order of the bureau table. */
  bureaus: z.array(bureauComparisonSchema),
  /** The indicators whose checks or statuses differ, in number order. */
  indicators: z.array(indicatorComparisonSchema),
});

/** The result of `compareRuleSets`. */
export type RuleSetComparison = DeepReadonly<z.output<typeof ruleSetComparisonSchema>>;
/** An indicator that differs between two rule sets. */
export type IndicatorComparison = DeepReadonly<z.output<typeof indicatorComparisonSchema>>;
/** A bureau whose status differs between two rule sets. */
export type BureauComparison = DeepReadonly<z.output<typeof bureauComparisonSchema>>;
/** A check that differs between two rule sets. */
export type CheckComparison = DeepReadonly<z.output<typeof checkComparisonSchema>>;
/** One side of a compared check. */
export type ComparedCheck = DeepReadonly<z.output<typeof comparedCheckSchema>>;
