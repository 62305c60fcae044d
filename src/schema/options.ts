import * as z from 'zod/mini';
import { inputMessages } from '../messages/input.js';
import { valueParam } from '../messages/wording.js';
import { typeError, zodError } from './messages.js';
import { measurementsSchema, type ParsedMeasurementValues } from './measurements.js';

/** Years the contract accepts: whole numbers from 2000 to 2100. */
export const yearSchema = z.number({ error: zodError(inputMessages, 'input.year') }).check(
  z.refine((year) => Number.isInteger(year) && year >= 2000 && year <= 2100, {
    error: zodError(inputMessages, 'input.year', (input) => ({ received: valueParam(input) })),
  }),
);

const optionsError = { error: typeError(zodError(inputMessages, 'input.options_not_object')) };

/** The options schema of a rule set whose measurements schema is `measurements`. */
export function evaluateOptionsSchemaFor(
  measurements: z.ZodMiniType<ParsedMeasurementValues>,
): z.ZodMiniType<{ readonly baseline?: ParsedMeasurementValues | undefined }> {
  return z.strictObject({ baseline: z.optional(measurements) }, optionsError);
}

/**
 * Options of `evaluate`. As JSON Schema: `ankang-eco-indicators/schema/evaluate-options.json`.
 */
export const evaluateOptionsSchema = z.strictObject(
  {
    /**
     * The measurements of the comparison year (normally the previous year), for the checks
     * that compare with it (不降低, "not lower than last year"). Without it those checks are
     * `missing`, never a silent pass.
     *
     * @defaultValue `undefined`: every baseline comparison is `missing`.
     */
    baseline: z.optional(measurementsSchema),
  },
  optionsError,
);

/**
 * Options of `evaluate`, as the caller gives them.
 *
 * @example
 * ```ts
 * await evaluate(2020, measurements2020, { baseline: measurements2019 });
 * ```
 */
export type EvaluateOptions = Readonly<z.input<typeof evaluateOptionsSchema>>;
