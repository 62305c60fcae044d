import * as z from 'zod/mini';
import { bureauIds } from '../catalogue/bureaus.js';
import { nonEmptyText } from './common.js';
import { caseFileMessages } from '../messages/case-file.js';
import { ruleSetMessages } from '../messages/rule-set.js';
import { valueParam } from '../messages/wording.js';
import { zodError } from './messages.js';
import { statusSchema, type DeepReadonly } from './evaluation.js';

/** `"pass"` (the status against the year's targets), or both statuses spelled out. */
export const expectationSchema = z.union(
  [
    statusSchema,
    z.strictObject({
      /** Against the year's targets. */
      status: z.optional(statusSchema),
      /** Against the creation standard. */
      standardStatus: z.optional(statusSchema),
    }),
  ],
  { error: zodError(caseFileMessages, 'case_file.expectation') },
);

/** One declarative case: a year's data and the statuses expected of it. */
export const caseSchema = z.strictObject({
  /** What the case shows, as a test runner names it. */
  name: nonEmptyText,
  /** The year evaluated. */
  year: z.number(),
  /** The measurements, as for `evaluate` (checked when the case runs). */
  measurements: z.record(z.string(), z.unknown()),
  /** The baseline, as for `evaluate`'s `options.baseline`. @defaultValue no baseline */
  baseline: z.optional(z.record(z.string(), z.unknown())),
  /** Only what is named is checked. */
  expect: z.strictObject({
    /** The table applied: the year, or `"standard"`. */
    targets: z.optional(z.union([z.int(), z.literal('standard')])),
    /** The city's status. */
    city: z.optional(expectationSchema),
    /** By bureau id. */
    bureaus: z.optional(
      z.partialRecord(
        z.enum(bureauIds, {
          error: zodError(ruleSetMessages, 'rule_set.unknown_bureau', (input) => ({ received: valueParam(input) })),
        }),
        expectationSchema,
      ),
    ),
    /** By indicator id. */
    indicators: z.optional(z.record(nonEmptyText, expectationSchema)),
  }),
});

/** A case file: JSON with a list of cases (and an optional description and `$schema`). */
export const caseFileSchema = z.strictObject({
  /** A JSON Schema reference for editors; ignored. */
  $schema: z.optional(z.string()),
  /** What the cases cover. */
  description: z.optional(z.string()),
  cases: z.array(caseSchema).check(z.minLength(1, { error: zodError(caseFileMessages, 'case_file.no_cases') })),
});

/** One declarative case. */
export type Case = DeepReadonly<z.output<typeof caseSchema>>;
/** A parsed case file. */
export type CaseFile = DeepReadonly<z.output<typeof caseFileSchema>>;

