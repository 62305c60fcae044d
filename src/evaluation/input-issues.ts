import { catalogueEntry, measurementCatalogue } from '../catalogue/measurements.js';
import type { MeasurementCatalogue } from '../engine/rule-set.js';
import { issueAt, type Issue } from '../errors/issue.js';
import { inputParts, invalidInput, keyNouns } from '../schema/messages.js';
import type { LocalizedText } from '../vocabulary/localized-text.js';
import { zodIssuesToIssues } from '../schema/issues.js';
import { measurementsSchema, measurementsSchemaFor, type ParsedMeasurementValues } from '../schema/measurements.js';
import { evaluateOptionsSchema, evaluateOptionsSchemaFor, yearSchema } from '../schema/options.js';
import type * as z from 'zod/mini';
import { isPlainObject, type ParsedMeasurements } from './input.js';
import { guarded, quickValue } from './parsed-values.js';
import { ValidationError } from '../errors/validation-error.js';
import { applyDerivations } from '../engine/apply-derivations.js';
import type { CompiledDerivation } from '../engine/derivations.js';
import { prefixed } from './derive.js';

// The zod half of input validation, loaded by `import()` only when the quick check of
// src/evaluation/validate.ts refuses something: it finds every problem and words it.

/** The schemas of one catalogue's input, and its keys for did-you-mean. */
interface InputSchemas {
  readonly measurements: z.ZodMiniType<ParsedMeasurementValues>;
  readonly options: z.ZodMiniType<{ readonly baseline?: ParsedMeasurementValues | undefined }>;
  readonly keys: readonly string[];
}

/** Schemas by catalogue: a rule set's are built on its first refused input, then kept. */
const schemasByCatalogue = new WeakMap<MeasurementCatalogue, InputSchemas>([
  [
    measurementCatalogue,
    {
      measurements: measurementsSchema,
      options: evaluateOptionsSchema,
      keys: Object.keys(measurementCatalogue),
    },
  ],
]);

function schemasFor(catalogue: MeasurementCatalogue): InputSchemas {
  let schemas = schemasByCatalogue.get(catalogue);
  if (schemas === undefined) {
    const measurements = measurementsSchemaFor(catalogue);
    schemas = { measurements, options: evaluateOptionsSchemaFor(measurements), keys: Object.keys(catalogue) };
    schemasByCatalogue.set(catalogue, schemas);
  }
  return schemas;
}

/** The issues of a year the contract does not accept (none for a valid year). */
export function yearIssues(year: unknown): Issue[] {
  const parsed = yearSchema.safeParse(year);
  return parsed.success ? [] : zodIssuesToIssues(parsed.error.issues, ['year']);
}

/** An issue when `value` is an object that is not plain (non-objects are zod's to report). */
export function plainObjectIssue(
  value: unknown,
  path: readonly (string | number)[],
  what: LocalizedText,
): Issue | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || isPlainObject(value)) return undefined;
  const constructor = describeConstructor(value);
  return issueAt(path, {
    en: `expected ${what.en} as a plain object (such as JSON gives), got an instance of ${constructor}`,
    zh: `${what.zh}应为普通对象（如 JSON 所给），实际为 ${constructor} 的实例`,
  });
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
 * Measurements validated by the schema, every problem added to `issues` under `path`;
 * `undefined` when there are any. `what` names the object in the message for a non-plain one.
 */
export function schemaMeasurements(
  value: unknown,
  path: readonly (string | number)[],
  what: LocalizedText,
  catalogue: MeasurementCatalogue,
  issues: Issue[],
): ParsedMeasurements | undefined {
  const schemas = schemasFor(catalogue);
  let result: ParsedMeasurements | undefined;
  guarded(path, issues, () => {
    const notPlain = plainObjectIssue(value, path, what);
    if (notPlain !== undefined) {
      issues.push(notPlain);
      return;
    }
    const parsed = schemas.measurements.safeParse(value);
    if (parsed.success) result = parsed.data;
    // One push per issue: a spread of 100,000s of arguments overflows the stack.
    else
      for (const issue of zodIssuesToIssues(parsed.error.issues, path, schemas.keys, keyNouns.measurementKey))
        issues.push(issue);
  });
  return result;
}

/** What the schemas make of the arguments of `evaluate`: the input as validated, or the error. */
export type CheckedInput =
  | {
      readonly success: true;
      readonly year: number;
      readonly measurements: ParsedMeasurements;
      readonly baseline: ParsedMeasurements | undefined;
    }
  | { readonly success: false; readonly error: ValidationError; readonly issues: readonly Issue[] };

/**
 * Validates the arguments of `evaluate` with the schemas: the input, or every issue, those of
 * the derivations among them (a part above its whole, …) where the values involved are valid.
 */
export function checkInput(
  year: unknown,
  measurements: unknown,
  options: unknown,
  catalogue: MeasurementCatalogue,
  derivations: readonly CompiledDerivation[] = [],
): CheckedInput {
  const schemas = schemasFor(catalogue);
  const issues: Issue[] = [];
  const result: { year?: number; measurements?: ParsedMeasurements; baseline?: ParsedMeasurements } = {};
  guarded(['year'], issues, () => {
    const parsed = yearSchema.safeParse(year);
    if (parsed.success) result.year = parsed.data;
    else for (const issue of zodIssuesToIssues(parsed.error.issues, ['year'])) issues.push(issue);
  });
  const parsedMeasurements = schemaMeasurements(
    measurements,
    ['measurements'],
    inputParts.measurements,
    catalogue,
    issues,
  );
  if (parsedMeasurements !== undefined) result.measurements = parsedMeasurements;
  if (options !== undefined) {
    guarded(['options'], issues, () => {
      const notPlain =
        plainObjectIssue(options, ['options'], inputParts.options) ??
        (isPlainObject(options)
          ? plainObjectIssue((options as { baseline?: unknown }).baseline, ['options', 'baseline'], inputParts.baseline)
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
      for (const issue of zodIssuesToIssues(parsed.error.issues, ['options'], schemas.keys, keyNouns.measurementKey)) {
        // Unknown keys of the options object itself are options, not measurement keys.
        const option = JSON.stringify(issue.path[1]);
        issues.push(
          issue.path.length === 2 && issue.message.startsWith(`unknown ${keyNouns.measurementKey.en}`)
            ? issueAt(issue.path, {
                en: `unknown option ${option}; evaluate accepts only "baseline"`,
                zh: `未知的选项 ${option}；evaluate 只接受 "baseline"`,
              })
            : issue,
        );
      }
    });
  }
  if (issues.length > 0 || result.year === undefined || result.measurements === undefined) {
    // Every problem at once: the counts' problems too, where their values are valid.
    for (const issue of derivationIssuesOfRaw(derivations, catalogue, measurements, options)) issues.push(issue);
    const refusals = issues.length > 0 ? issues : [issueAt([], invalidInput)];
    return { success: false, error: new ValidationError(refusals), issues: refusals };
  }
  return { success: true, year: result.year, measurements: result.measurements, baseline: result.baseline };
}

/**
 * The derivation issues of input the schemas refused for other reasons, so that one answer
 * lists every problem: each key is read as the quick check reads it, and a derivation with an
 * invalid key is left to that key's own issue.
 */
function derivationIssuesOfRaw(
  derivations: readonly CompiledDerivation[],
  catalogue: MeasurementCatalogue,
  measurements: unknown,
  options: unknown,
): Issue[] {
  if (derivations.length === 0) return [];
  const issuesOf = (value: unknown, prefix: readonly (string | number)[]): Issue[] => {
    try {
      if (!isPlainObject(value)) return [];
      const raw = value as Readonly<Record<string, unknown>>;
      const outcome = applyDerivations(
        derivations,
        (key) => (Object.hasOwn(raw, key) ? quickValue(raw[key], catalogueEntry(catalogue, key)) : null),
        issueAt,
      );
      return prefixed(outcome.issues, prefix);
    } catch {
      // A getter or Proxy that throws: the schemas report it with its path.
      return [];
    }
  };
  let baseline: unknown;
  try {
    baseline = isPlainObject(options) ? (options as { baseline?: unknown }).baseline : undefined;
  } catch {
    baseline = undefined;
  }
  return [...issuesOf(measurements, ['measurements']), ...issuesOf(baseline, ['options', 'baseline'])];
}
