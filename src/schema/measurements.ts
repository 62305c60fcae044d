import * as z from 'zod/mini';
import { measurementMessages } from '../messages/measurement.js';
import { typeError, zodError } from './messages.js';
import { measurementCatalogue, type MeasurementInfo, type MeasurementKey } from '../catalogue/measurements.js';
import { booleanValueSchema, decimalValueSchema } from './values.js';

type DecimalValueSchema = ReturnType<typeof decimalValueSchema>;
type BooleanValueSchema = typeof booleanValueSchema;
type ValueSchemaOf<K extends MeasurementKey> = (typeof measurementCatalogue)[K]['kind'] extends 'boolean'
  ? BooleanValueSchema
  : DecimalValueSchema;

type MeasurementsShape = {
  [K in MeasurementKey]: z.ZodMiniOptional<z.ZodMiniNullable<ValueSchemaOf<K>>>;
};

function buildShape(catalogue: Readonly<Record<string, MeasurementInfo>>): Record<string, z.ZodMiniType> {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [key, { kind, maximum }] of Object.entries(catalogue)) {
    const value = kind === 'boolean' ? booleanValueSchema : decimalValueSchema(kind, maximum);
    shape[key] = z.optional(z.nullable(value));
  }
  return shape;
}

const measurementsError = { error: typeError(zodError(measurementMessages, 'measurement.not_object')) };

/**
 * The measurements of one year: every key of the contract, each optional. A key that is
 * absent, `undefined` or `null` has no data. Unknown keys are refused. The package ships it
 * as JSON Schema too, ranges and notation included: `ankang-eco-indicators/schema/measurements.json`.
 *
 * @example
 * ```ts
 * const checked = measurementsSchema.safeParse({ greenTravelPercent: '52%' });
 * console.log(checked.success); // false: not a decimal in plain notation
 * ```
 */
export const measurementsSchema = z.strictObject(
  buildShape(measurementCatalogue) as MeasurementsShape,
  measurementsError,
);

/** Validated measurements of any catalogue: decimal kinds as number or string, yes/no as boolean. */
export type ParsedMeasurementValues = Readonly<Record<string, number | string | boolean | null | undefined>>;

/**
 * The measurements schema of a rule set that declares keys of its own: the contract's keys
 * and the declared ones, each validated by its kind.
 */
export function measurementsSchemaFor(
  catalogue: Readonly<Record<string, MeasurementInfo>>,
): z.ZodMiniType<ParsedMeasurementValues> {
  return z.strictObject(buildShape(catalogue), measurementsError) as unknown as z.ZodMiniType<ParsedMeasurementValues>;
}

/**
 * The measurements of one year, as a caller supplies them: numbers or plain decimal strings
 * for quantities, booleans for yes/no facts, `null` or absence for no data.
 *
 * @example
 * ```ts
 * const measurements: Measurements = { urbanSewageTreatmentPercent: 83.2, pm25: '31.5', ecoPlanAdopted: true };
 * ```
 */
export type Measurements = Readonly<z.input<typeof measurementsSchema>>;
