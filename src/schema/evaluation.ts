import * as z from 'zod/mini';
import { bureauIds } from '../catalogue/bureaus.js';
import type { MeasurementKey } from '../catalogue/measurements.js';
import { checkAgainst, ruleOperators } from '../vocabulary/operators.js';
import { eiGrades } from '../vocabulary/ei-grade.js';
import { statuses } from '../vocabulary/status.js';
import { warningCodes, warningKinds } from '../vocabulary/warning-kinds.js';
import { localizedTextSchema } from './common.js';

/** A status: `pass`, `fail`, or `missing` (not enough data to decide). */
export const statusSchema = z.enum(statuses);

/** Counts of indicators by status. */
export const statusCountsSchema = z.object({ pass: z.int(), fail: z.int(), missing: z.int() });
/** A measurement key: one of the contract's, or one a caller's rule set declares. */
const measurementKeySchema = z.string();
const eiGradeSchema = z.enum(eiGrades);

/** How a derived percentage came about: its counts, and the decimal places it is rounded to (half up). */
export const derivedValueSchema = z.object({
  /** The count above the line, as a plain decimal: `{ key: 'airGoodDays', value: '324' }`. */
  part: z.object({ key: measurementKeySchema, value: z.string() }),
  /** The count below the line: `{ key: 'airValidDays', value: '335' }`. */
  whole: z.object({ key: measurementKeySchema, value: z.string() }),
  decimalPlaces: z.int(),
});

/** One check of an indicator, evaluated. */
export const checkResultSchema = z.object({
  /** The measurement checked. */
  key: measurementKeySchema,
  /** The rule operator, as in `rules/*.json`: `decimalAtLeast` (≥), `decimalAtMost` (≤), `decimalGreaterThan` (>), `decimalEqual` (=), `booleanIs`, `eiGradeAtLeast` (EI grade not below). */
  operator: z.enum(ruleOperators),
  /** What the threshold is: a fixed `value`, the `baseline`'s value of `thresholdKey`, or this year's `measurement` of `thresholdKey` (a cap). */
  against: z.enum(checkAgainst),
  /** The measurement key of the threshold for `baseline` and `measurement` checks; otherwise null. */
  thresholdKey: z.nullable(measurementKeySchema),
  /** The threshold: a decimal string, or a boolean for yes/no checks; null when the compared value has no data. */
  threshold: z.nullable(z.union([z.string(), z.boolean()])),
  /** The measured value as given (a number, a decimal string or a boolean); null when there is no data. */
  actual: z.nullable(z.union([z.number(), z.string(), z.boolean()])),
  status: statusSchema,
  /** How far `actual` is from passing, as a non-negative decimal string in the measurement's unit ("0" when it passes); null for yes/no checks and missing data. */
  gap: z.nullable(z.string()),
  /** For `eiGradeAtLeast`: the HJ 192-2015 grades of the actual and the threshold EI. */
  grades: z.optional(z.object({ actual: z.nullable(eiGradeSchema), threshold: z.nullable(eiGradeSchema) })),
  /**
   * Where a side of the check is a percentage derived from counts (the rule set's
   * derivations): how. `actual` (or `threshold`) is then the derived value, `"96.7"`.
   * Absent when neither side was derived.
   */
  derived: z.optional(z.object({ actual: z.nullable(derivedValueSchema), threshold: z.nullable(derivedValueSchema) })),
  /** One line in Chinese and in English. */
  explanation: localizedTextSchema,
});

/** An alternative of an `any` group, evaluated: the checks that must all hold. */
export const alternativeResultSchema = z.object({
  /** Its checks combined: fail if any fails, else missing if any is missing, else pass. */
  status: statusSchema,
  checks: z.array(checkResultSchema),
});

/**
 * An `any` group of a rule's table, evaluated: `pass` when an alternative passes, `fail` when
 * all of them fail, `missing` otherwise (none passes and one lacks data).
 */
export const groupResultSchema = z.object({
  operator: z.literal('any'),
  status: statusSchema,
  /** The alternatives, in the rule's order. */
  alternatives: z.array(alternativeResultSchema),
  /** The index of the alternative that decided a pass (the first that passes); null otherwise. */
  decidedBy: z.nullable(z.int()),
  /** Which alternative decided, or why none did, in Chinese and in English. */
  explanation: localizedTextSchema,
});

/** One indicator, evaluated against the year's targets and against the creation standard. */
export const indicatorResultSchema = z.object({
  number: z.int(),
  id: z.string(),
  bureau: z.enum(bureauIds),
  name: localizedTextSchema,
  /** Against the year's targets (the standard where the year has no table of its own). */
  status: statusSchema,
  /** Against the creation standard alone. */
  standardStatus: statusSchema,
  /** The checks of the year's targets, which `status` combines. */
  checks: z.array(checkResultSchema),
  /** The checks of the creation standard, which `standardStatus` combines. */
  standardChecks: z.array(checkResultSchema),
  /** The `any` groups of the year's targets, which `status` combines with `checks`; absent when there are none. */
  groups: z.optional(z.array(groupResultSchema)),
  /** The `any` groups of the creation standard; absent when there are none. */
  standardGroups: z.optional(z.array(groupResultSchema)),
  /** Why `status` is what it is, in one line. */
  explanation: localizedTextSchema,
  /** Why `standardStatus` is what it is, in one line. */
  standardExplanation: localizedTextSchema,
});

/** One bureau's indicators, rolled up. */
export const bureauResultSchema = z.object({
  id: z.enum(bureauIds),
  name: localizedTextSchema,
  status: statusSchema,
  standardStatus: statusSchema,
  /** Its indicators by `status`. */
  counts: statusCountsSchema,
  /** Its indicators by `standardStatus`. */
  standardCounts: statusCountsSchema,
  /**
   * The checks of its indicators' year's targets by status (an `any` group counts as one):
   * how much was decided where an indicator is `missing`. Absent in results stored before it was added.
   */
  checkCounts: z.optional(statusCountsSchema),
  /** The checks of its indicators' creation standard by status. */
  standardCheckCounts: z.optional(statusCountsSchema),
  /** The numbers of its indicators. */
  indicators: z.array(z.int()),
});

/**
 * Something that looks mistyped or was left out of the input. Warnings never change a status.
 * `evaluate` gives the first two kinds; the command line adds the others from the files it read.
 */
export const warningSchema = z.object({
  /**
   * `percentLooksLikeRatio`: a percentage between 0 and 1 where the thresholds are above 1;
   * `tenfoldChange`: a value 10 times or more (or a tenth or less) of the baseline's;
   * `unknownKey`: a key left out under `--ignore-unknown`; `unknownColumn`: a column (or JSON
   * field) of a data file that the layout does not read; `noteWithoutValue`: a row with a note
   * but no value, whose note no check can show.
   */
  kind: z.enum(warningKinds),
  /**
   * Which sentence the warning says (`warning.tenfold_above_baseline`): a UI words a warning its
   * own way by its code and {@link params}; docs/issue-codes.md lists every code with its params.
   */
  code: z.enum(warningCodes),
  /** What the wording names, as plain JSON values: `{ key: 'pm25', given: '280', baseline: '28' }`. */
  params: z.record(z.string(), z.unknown()),
  /** The measurement key concerned. */
  key: z.optional(z.string()),
  /** The column concerned (`unknownColumn`), as its header writes it. */
  column: z.optional(z.string()),
  /** Where in a data file: `figures.csv:12`, `figures.xlsx:数据!D5`. */
  place: z.optional(z.string()),
  /** What to check, in Chinese and in English. */
  message: localizedTextSchema,
});

/** The fields of a place in a data file where a figure was given. */
const valuePlaceFields = {
  /** The place as people read it: `figures.csv:12`, `figures.xlsx:数据!D5`. */
  place: z.string(),
  /** The file, as named on the command line (`stdin` for standard input). */
  file: z.string(),
  /** The 1-based line (CSV, JSON). */
  line: z.optional(z.int().check(z.positive())),
  /** The sheet (XLSX). */
  sheet: z.optional(z.string()),
  /** The cell (XLSX), such as `D5`. */
  cell: z.optional(z.string()),
  /** The row's `source` (来源) column: who published or reported the figure. */
  source: z.optional(z.string()),
  /**
   * The row's `note` (备注) column, as written: a caveat such as `1—11月（非全年）` (January to
   * November, not the whole year), which travels with the figure to every check that reads it.
   */
  note: z.optional(z.string()),
};

/** Another place that gave the same figure (equal as a decimal), with its own source and note. */
export const valuePlaceSchema = z.object(valuePlaceFields);

/** Where a measurement came from: a place in a data file, its `source` column and its `note`. */
export const valueSourceSchema = z.object({
  ...valuePlaceFields,
  /**
   * The other places that gave the same figure (equal as a decimal: several files, or
   * `--baseline` and the data), each with its own source and note; absent when there are none.
   */
  alsoAt: z.optional(z.array(valuePlaceSchema)),
});

/** A count a derived percentage came from: its key, and where it came from. */
export const derivedSourceSchema = z.object({
  /** The count's key: `airGoodDays`. */
  key: z.string(),
  ...valueSourceSchema.shape,
});

/** Where the figures of an evaluation came from, when they were read from data files. */
export const evaluationSourcesSchema = z.object({
  /** The year the baseline's figures are of; null without a baseline, or when `--baseline` gave a file without years. */
  baselineYear: z.nullable(z.int()),
  /** Each measurement of the year evaluated, by key. */
  measurements: z.record(z.string(), valueSourceSchema),
  /** Each measurement of the baseline, by key. */
  baseline: z.record(z.string(), valueSourceSchema),
  /**
   * Each percentage a check read that was derived from counts, by key: the rows of its counts
   * (part, then whole), each with its place, source and note, for the year evaluated and for the
   * baseline. Absent when no check read a derived value.
   */
  derived: z.optional(
    z.object({
      measurements: z.record(z.string(), z.array(derivedSourceSchema)),
      baseline: z.record(z.string(), z.array(derivedSourceSchema)),
    }),
  ),
});

/**
 * The result of `evaluate`: the city, each bureau and each indicator. The package ships
 * it as JSON Schema too: `ankang-eco-indicators/schema/evaluation.json`.
 *
 * @example
 * ```ts
 * const stored: unknown = JSON.parse(text); // an evaluation saved earlier
 * const checked = evaluationSchema.safeParse(stored);
 * if (checked.success) console.log(checked.data.status);
 * ```
 */
export const evaluationSchema = z.object({
  /** The year asked for. */
  year: z.int(),
  /** The table applied: the year itself where it has a task table, else `'standard'`. */
  targets: z.union([z.int(), z.literal('standard')]),
  /**
   * The rule set the evaluation came from: its name and the `sha256-…` hash of its rules'
   * canonical JSON, so that a stored result can be matched to the rules that produced it.
   */
  ruleSet: z.object({ name: z.string(), hash: z.string() }),
  /** The city as a whole, against the year's targets. */
  status: statusSchema,
  /** The city against the creation standard. */
  standardStatus: statusSchema,
  /** Indicators by `status`. */
  counts: statusCountsSchema,
  /** Indicators by `standardStatus`. */
  standardCounts: statusCountsSchema,
  /**
   * The checks of every indicator's year's targets by status (an `any` group counts as one):
   * how much was decided where indicators are `missing`. Absent in results stored before it was added.
   */
  checkCounts: z.optional(statusCountsSchema),
  /** The checks of every indicator's creation standard by status. */
  standardCheckCounts: z.optional(statusCountsSchema),
  /** All indicators, in the table's order. */
  indicators: z.array(indicatorResultSchema),
  /** One per bureau, in the order of the bureau table. */
  bureaus: z.array(bureauResultSchema),
  /**
   * What looks mistyped in the input (a percentage typed as a ratio, a tenfold change from the
   * baseline), in both languages; absent when there is nothing to warn about. Never a status.
   */
  warnings: z.optional(z.array(warningSchema)),
  /** Where each figure came from, when the measurements were read from data files (the command line sets it). */
  sources: z.optional(evaluationSourcesSchema),
});

/** `T` with every property and array readonly, all the way down. */
export type DeepReadonly<T> = T extends readonly (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** Counts of indicators by status. */
export type StatusCounts = DeepReadonly<z.output<typeof statusCountsSchema>>;
/**
 * One check, evaluated. `K` is the type of its measurement keys: {@link MeasurementKey} for the
 * built-in rules, with the keys a rule set declares for an evaluator of `createEvaluator`.
 */
export type CheckResult<K extends string = MeasurementKey> = DeepReadonly<
  Omit<z.output<typeof checkResultSchema>, 'key' | 'thresholdKey'> & { key: K; thresholdKey: K | null }
>;
/** How a derived percentage came about. */
export type DerivedValue = DeepReadonly<z.output<typeof derivedValueSchema>>;
/** An alternative of an `any` group, evaluated; `K` as for {@link CheckResult}. */
export type AlternativeResult<K extends string = MeasurementKey> = DeepReadonly<
  Omit<z.output<typeof alternativeResultSchema>, 'checks'>
> & { readonly checks: readonly CheckResult<K>[] };
/** An `any` group, evaluated; `K` as for {@link CheckResult}. */
export type GroupResult<K extends string = MeasurementKey> = DeepReadonly<
  Omit<z.output<typeof groupResultSchema>, 'alternatives'>
> & { readonly alternatives: readonly AlternativeResult<K>[] };
/** One indicator, evaluated; `K` as for {@link CheckResult}. */
export type IndicatorResult<K extends string = MeasurementKey> = DeepReadonly<
  Omit<z.output<typeof indicatorResultSchema>, 'checks' | 'standardChecks' | 'groups' | 'standardGroups'>
> & {
  readonly checks: readonly CheckResult<K>[];
  readonly standardChecks: readonly CheckResult<K>[];
  readonly groups?: readonly GroupResult<K>[];
  readonly standardGroups?: readonly GroupResult<K>[];
};
/** One bureau, rolled up. */
export type BureauResult = DeepReadonly<z.output<typeof bureauResultSchema>>;
/** A warning of an evaluation: never a status. */
export type EvaluationWarning = DeepReadonly<z.output<typeof warningSchema>>;
/** Where a measurement came from. */
export type ValueSource = DeepReadonly<z.output<typeof valueSourceSchema>>;
/** Another place that gave the same figure. */
export type ValuePlace = DeepReadonly<z.output<typeof valuePlaceSchema>>;
/** A count a derived percentage came from, and where it came from. */
export type DerivedSource = DeepReadonly<z.output<typeof derivedSourceSchema>>;
/** Where the figures of an evaluation came from. */
export type EvaluationSources = DeepReadonly<z.output<typeof evaluationSourcesSchema>>;
/**
 * The result of `evaluate`; `K` as for {@link CheckResult}. Code that reads the results of
 * any rule set takes `Evaluation<string>`, which every evaluation is.
 */
export type Evaluation<K extends string = MeasurementKey> = DeepReadonly<
  Omit<z.output<typeof evaluationSchema>, 'indicators'>
> & { readonly indicators: readonly IndicatorResult<K>[] };
