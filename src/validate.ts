import { measurementKeys } from './catalogue/measurements.js';
import { describeThrown, type Issue } from './errors/issue.js';
import { ValidationError } from './errors/validation-error.js';
import { zodIssuesToIssues } from './schema/issues.js';
import { measurementsSchema, type ParsedMeasurementValues } from './schema/measurements.js';
import { evaluateOptionsSchema, yearSchema } from './schema/options.js';
import type * as z from 'zod/mini';

/** Validated measurements: read once, so a getter cannot answer differently later. */
export type ParsedMeasurements = ParsedMeasurementValues;

/** The schemas input is validated with: the contract's, or a rule set's that declares keys. */
export interface InputSchemas {
  readonly measurements: z.ZodMiniType<ParsedMeasurementValues>;
  readonly options: z.ZodMiniType<{ readonly baseline?: ParsedMeasurementValues | undefined }>;
  /** The keys suggested for a typo. */
  readonly keys: readonly string[];
}

/** The contract's schemas. */
export const builtinInputSchemas: InputSchemas = {
  measurements: measurementsSchema,
  options: evaluateOptionsSchema,
  keys: measurementKeys,
};

/** What {@link validateInput} hands on: copies of the input, never the caller's objects. */
export interface ValidatedInput {
  readonly year: number;
  readonly measurements: ParsedMeasurements;
  readonly baseline: ParsedMeasurements | undefined;
}

/**
 * Whether `value` is a plain object: what JSON gives, or `Object.create(null)`. Maps, dates,
 * class instances and objects that inherit keys are refused, so no data is read from a
 * prototype or silently dropped.
 */
function isPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** An issue when `value` is an object that is not plain (non-objects are zod's to report). */
function plainObjectIssue(value: unknown, path: readonly (string | number)[], what: string): Issue | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || isPlainObject(value)) return undefined;
  return {
    path,
    message: `expected ${what} as a plain object (such as JSON gives), got an instance of ${describeConstructor(value)}`,
  };
}

function describeConstructor(value: object): string {
  const prototype: unknown = Object.getPrototypeOf(value);
  const name: unknown =
    typeof prototype === 'object' && prototype !== null
      ? (prototype as { constructor?: { name?: unknown } }).constructor?.name
      : undefined;
  return typeof name === 'string' && name !== '' ? name : 'another prototype';
}

/**
 * Runs `parse` and turns anything it throws (a getter that throws, a hostile Proxy) into an
 * issue at `path`: bad input becomes a {@link ValidationError}, never another exception.
 */
function guarded(path: readonly (string | number)[], issues: Issue[], parse: () => void): void {
  try {
    parse();
  } catch (error) {
    issues.push({ path, message: `could not be read: ${describeThrown(error)}` });
  }
}

/** Validates the arguments of `evaluate`, throwing a {@link ValidationError} with every issue. */
export function validateInput(
  year: unknown,
  measurements: unknown,
  options: unknown,
  schemas: InputSchemas = builtinInputSchemas,
): ValidatedInput {
  const issues: Issue[] = [];
  const result: { year?: number; measurements?: ParsedMeasurements; baseline?: ParsedMeasurements } = {};
  guarded(['year'], issues, () => {
    const parsed = yearSchema.safeParse(year);
    if (parsed.success) result.year = parsed.data;
    else issues.push(...zodIssuesToIssues(parsed.error.issues, ['year']));
  });
  guarded(['measurements'], issues, () => {
    const notPlain = plainObjectIssue(measurements, ['measurements'], 'the measurements');
    if (notPlain !== undefined) {
      issues.push(notPlain);
      return;
    }
    const parsed = schemas.measurements.safeParse(measurements);
    if (parsed.success) result.measurements = parsed.data;
    else issues.push(...zodIssuesToIssues(parsed.error.issues, ['measurements'], schemas.keys, 'measurement key'));
  });
  if (options !== undefined) {
    guarded(['options'], issues, () => {
      const notPlain =
        plainObjectIssue(options, ['options'], 'the options') ??
        (isPlainObject(options)
          ? plainObjectIssue((options as { baseline?: unknown }).baseline, ['options', 'baseline'], 'the baseline')
          : undefined);
      if (notPlain !== undefined) {
        issues.push(notPlain);
        return;
      }
      const parsed = schemas.options.safeParse(options);
      if (parsed.success) {
        if (parsed.data.baseline !== undefined) result.baseline = parsed.data.baseline;
        return;
      }
      for (const issue of zodIssuesToIssues(parsed.error.issues, ['options'], schemas.keys, 'measurement key')) {
        // Unknown keys of the options object itself are options, not measurement keys.
        issues.push(
          issue.path.length === 2 && issue.message.startsWith('unknown measurement key')
            ? {
                path: issue.path,
                message: `unknown option ${JSON.stringify(issue.path[1])}; evaluate accepts only "baseline"`,
              }
            : issue,
        );
      }
    });
  }
  if (issues.length > 0 || result.year === undefined || result.measurements === undefined) {
    throw new ValidationError(issues.length > 0 ? issues : [{ path: [], message: 'invalid input' }]);
  }
  return { year: result.year, measurements: result.measurements, baseline: result.baseline };
}
