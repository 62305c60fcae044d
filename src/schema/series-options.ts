import * as z from 'zod/mini';
import { messages } from './messages.js';
import { yearSchema } from './options.js';

// The options of `evaluateSeries`, apart from the result's schema: the schemas that word a
// refused series load this, and nothing of the result's vocabulary with it.

/**
 * Options of `evaluateSeries`.
 */
export const evaluateSeriesOptionsSchema = z.strictObject(
  {
    /**
     * The year the progress measures start from (t0); a measurement without data that year
     * starts from its first later year with data.
     *
     * @defaultValue the earliest year of the series
     */
    baseYear: z.optional(yearSchema),
    /**
     * The year the targets are due: its table (the creation standard where it has none)
     * gives the checks that are measured.
     *
     * @defaultValue the latest year with a table of the rule set's own (2020 for the
     * built-in rules), or the series' latest year when that is later (or the rule set has no
     * year table): the checks measured are those of the table that decides that year's statuses
     */
    targetYear: z.optional(yearSchema),
  },
  {
    error: (issue: { readonly code?: string }) =>
      issue.code === 'invalid_type' ? messages.optionsObject.en : undefined,
  },
);

/** Options of `evaluateSeries`, as the caller gives them. */
export type EvaluateSeriesOptions = Readonly<z.input<typeof evaluateSeriesOptionsSchema>>;
