import { measurementKeys } from './catalogue/measurements.js';
import type { Issue } from './errors/issue.js';
import { ValidationError } from './errors/validation-error.js';
import { zodIssuesToIssues } from './schema/issues.js';
import { measurementsSchema } from './schema/measurements.js';
import { evaluateOptionsSchema, yearSchema } from './schema/options.js';
import type * as z from 'zod/mini';

/** Validated measurements: read once, so a getter cannot answer differently later. */
export type ParsedMeasurements = z.output<typeof measurementsSchema>;

/** What {@link validateInput} hands on: copies of the input, never the caller's objects. */
export interface ValidatedInput {
  readonly year: number;
  readonly measurements: ParsedMeasurements;
  readonly baseline: ParsedMeasurements | undefined;
}

function describeThrown(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an unprintable value';
  }
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
export function validateInput(year: unknown, measurements: unknown, options: unknown): ValidatedInput {
  const issues: Issue[] = [];
  const result: { year?: number; measurements?: ParsedMeasurements; baseline?: ParsedMeasurements } = {};
  guarded(['year'], issues, () => {
    const parsed = yearSchema.safeParse(year);
    if (parsed.success) result.year = parsed.data;
    else issues.push(...zodIssuesToIssues(parsed.error.issues, ['year']));
  });
  guarded(['measurements'], issues, () => {
    const parsed = measurementsSchema.safeParse(measurements);
    if (parsed.success) result.measurements = parsed.data;
    else issues.push(...zodIssuesToIssues(parsed.error.issues, ['measurements'], measurementKeys, 'measurement key'));
  });
  if (options !== undefined) {
    guarded(['options'], issues, () => {
      const parsed = evaluateOptionsSchema.safeParse(options);
      if (parsed.success) {
        if (parsed.data.baseline !== undefined) result.baseline = parsed.data.baseline;
        return;
      }
      for (const issue of zodIssuesToIssues(parsed.error.issues, ['options'], measurementKeys, 'measurement key')) {
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
