import * as z from 'zod/mini';
import { measurementCatalogue, measurementKeys, type MeasurementKey } from '../catalogue/measurements.js';
import { booleanValueSchema, decimalValueSchema } from './values.js';

type DecimalValueSchema = ReturnType<typeof decimalValueSchema>;
type BooleanValueSchema = typeof booleanValueSchema;
type ValueSchemaOf<K extends MeasurementKey> = (typeof measurementCatalogue)[K]['kind'] extends 'boolean'
  ? BooleanValueSchema
  : DecimalValueSchema;

type MeasurementsShape = {
  [K in MeasurementKey]: z.ZodMiniOptional<z.ZodMiniNullable<ValueSchemaOf<K>>>;
};

function buildShape(): MeasurementsShape {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const key of measurementKeys) {
    const { kind } = measurementCatalogue[key];
    const value = kind === 'boolean' ? booleanValueSchema : decimalValueSchema(kind);
    shape[key] = z.optional(z.nullable(value));
  }
  return shape as MeasurementsShape;
}

/**
 * The measurements of one year: every key of the contract, each optional. A key that is
 * absent, `undefined` or `null` has no data. Unknown keys are refused.
 */
export const measurementsSchema = z.strictObject(buildShape(), {
  error: (issue) =>
    issue.code === 'invalid_type' ? 'expected an object of measurements keyed by measurement key' : undefined,
});

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
