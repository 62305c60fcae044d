import { measurementCatalogue, measurementKeys, type MeasurementInfo } from './catalogue/measurements.js';
import { maxDecimalLength, plainDecimalPattern, toDecimal, type Decimal } from './engine/decimal.js';
import { describeThrown, type Issue } from './errors/issue.js';
import { ValidationError } from './errors/validation-error.js';
import { zodIssuesToIssues } from './schema/issues.js';
import { measurementsSchema, type ParsedMeasurementValues } from './schema/measurements.js';
import { evaluateOptionsSchema, yearSchema } from './schema/options.js';
import { isValidDecimalOf } from './schema/values.js';
import type * as z from 'zod/mini';

/** Validated measurements: read once, so a getter cannot answer differently later. */
export type ParsedMeasurements = ParsedMeasurementValues;

/** The schemas input is validated with: the contract's, or a rule set's that declares keys. */
export interface InputSchemas {
  readonly measurements: z.ZodMiniType<ParsedMeasurementValues>;
  readonly options: z.ZodMiniType<{ readonly baseline?: ParsedMeasurementValues | undefined }>;
  /** The keys suggested for a typo. */
  readonly keys: readonly string[];
  /** The kind of each key, for the quick check of valid input. */
  readonly catalogue: Readonly<Record<string, MeasurementInfo>>;
}

/** The contract's schemas. */
export const builtinInputSchemas: InputSchemas = {
  measurements: measurementsSchema,
  options: evaluateOptionsSchema,
  keys: measurementKeys,
  catalogue: measurementCatalogue,
};

/** A measurement as the rules see it: an exact decimal, a yes/no, or `null` for no data. */
export type FactValue = Decimal | boolean | null;

/** The value of each key given (absent keys are no data). */
export type Facts = Readonly<Record<string, FactValue>>;

/** What {@link validateInput} hands on: copies of the input, never the caller's objects. */
export interface ValidatedInput {
  readonly year: number;
  readonly measurements: ParsedMeasurements;
  readonly baseline: ParsedMeasurements | undefined;
  /** The measurements parsed, when the quick check read them; otherwise parse as needed. */
  readonly facts?: Facts;
  readonly baselineFacts?: Facts;
}

/**
 * Whether `value` is a plain object: what JSON gives, or `Object.create(null)`, from this realm
 * or another (`node:vm`, an iframe). Maps, dates, class instances and objects that inherit keys
 * are refused, so no data is read from a prototype or silently dropped.
 */
export function isPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null || isObjectPrototypeOfAnyRealm(prototype);
}

const nativeObjectSource = Function.prototype.toString.call(Object);

/**
 * Whether `prototype` is the `Object.prototype` of some realm: the end of its chain, with the
 * realm's own built-in `Object` as its constructor. A class's prototype has a prototype of its
 * own, and a look-alike's constructor is not native code, so neither passes.
 */
function isObjectPrototypeOfAnyRealm(prototype: unknown): boolean {
  if (typeof prototype !== 'object' || prototype === null || Object.getPrototypeOf(prototype) !== null) return false;
  const descriptor = Object.getOwnPropertyDescriptor(prototype, 'constructor');
  const constructor: unknown = descriptor?.value;
  return (
    typeof constructor === 'function' &&
    (constructor as { prototype?: unknown }).prototype === prototype &&
    Function.prototype.toString.call(constructor) === nativeObjectSource
  );
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
export function guarded(path: readonly (string | number)[], issues: Issue[], parse: () => void): void {
  try {
    parse();
  } catch (error) {
    issues.push({ path, message: `could not be read: ${describeThrown(error)}` });
  }
}

/** A decimal kind of measurement. */
export type DecimalKind = Exclude<MeasurementInfo['kind'], 'boolean'>;

/** Parses a number or plain decimal string: the Decimal when it is a valid `kind`, else `undefined`. */
export type DecimalReader = (value: number | string, kind: DecimalKind) => Decimal | undefined;

export const readDecimal: DecimalReader = (value, kind) => {
  const decimal = toDecimal(value);
  return isValidDecimalOf(decimal, kind) ? decimal : undefined;
};

/** The value of a valid measurement of `info`'s kind; `undefined` when it is not surely valid. */
function quickValue(value: unknown, info: MeasurementInfo | undefined, read: DecimalReader): FactValue | undefined {
  if (info === undefined) return undefined;
  if (value === null || value === undefined) return null;
  if (info.kind === 'boolean') return typeof value === 'boolean' ? value : undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? read(value, info.kind) : undefined;
  if (typeof value === 'string' && value.length <= maxDecimalLength && plainDecimalPattern.test(value))
    return read(value, info.kind);
  return undefined;
}

/**
 * The quick check of measurements: a plain object whose every key is known and every value
 * valid, read once. Anything else (`undefined`) goes to the schema, which says what is wrong;
 * the check accepts nothing the schema refuses, so only the cost differs. `read` parses and
 * range-checks a decimal (a caller may remember the answers for repeated values).
 */
export function quickMeasurements(
  value: unknown,
  catalogue: Readonly<Record<string, MeasurementInfo>>,
  read: DecimalReader = readDecimal,
): { readonly given: ParsedMeasurements; readonly facts: Facts } | undefined {
  if (!isPlainObject(value)) return undefined;
  const keys = Object.keys(value as object);
  // A non-enumerable own key is one the schema reads and Object.keys does not: leave it to the schema.
  if (Object.getOwnPropertyNames(value).length !== keys.length) return undefined;
  // Null-prototype maps: a key the caller did not give reads as absent, whatever Object.prototype holds.
  const given = Object.create(null) as Record<string, number | string | boolean | null | undefined>;
  const facts = Object.create(null) as Record<string, FactValue>;
  for (const key of keys) {
    const raw = (value as Record<string, unknown>)[key];
    const fact = quickValue(raw, Object.hasOwn(catalogue, key) ? catalogue[key] : undefined, read);
    if (fact === undefined) return undefined;
    given[key] = raw as number | string | boolean | null | undefined;
    facts[key] = fact;
  }
  return { given, facts };
}

/** {@link validateInput} for input that is valid in the common way; `undefined` for the rest. */
function quickInput(year: unknown, measurements: unknown, options: unknown, schemas: InputSchemas) {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2100) return undefined;
  const parsed = quickMeasurements(measurements, schemas.catalogue);
  if (parsed === undefined) return undefined;
  if (options === undefined) return { year, measurements: parsed.given, baseline: undefined, facts: parsed.facts };
  if (!isPlainObject(options)) return undefined;
  const keys = Object.keys(options as object);
  if (Object.getOwnPropertyNames(options).length !== keys.length) return undefined;
  if (keys.length > 1 || (keys.length === 1 && keys[0] !== 'baseline')) return undefined;
  const given: unknown = (options as { baseline?: unknown }).baseline;
  if (given === undefined) return { year, measurements: parsed.given, baseline: undefined, facts: parsed.facts };
  const baseline = quickMeasurements(given, schemas.catalogue);
  if (baseline === undefined) return undefined;
  return {
    year,
    measurements: parsed.given,
    baseline: baseline.given,
    facts: parsed.facts,
    baselineFacts: baseline.facts,
  };
}

/**
 * Measurements validated by the schema, every problem added to `issues` under `path`;
 * `undefined` when there are any. `what` names the object in the message for a non-plain one.
 */
export function schemaMeasurements(
  value: unknown,
  path: readonly (string | number)[],
  what: string,
  schemas: InputSchemas,
  issues: Issue[],
): ParsedMeasurements | undefined {
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
      for (const issue of zodIssuesToIssues(parsed.error.issues, path, schemas.keys, 'measurement key'))
        issues.push(issue);
  });
  return result;
}

/** Validates the arguments of `evaluate`, throwing a {@link ValidationError} with every issue. */
export function validateInput(
  year: unknown,
  measurements: unknown,
  options: unknown,
  schemas: InputSchemas = builtinInputSchemas,
): ValidatedInput {
  // Valid input, the common case, is checked without zod (a third of an evaluation's cost);
  // anything the quick check is not sure of, and every error message, comes from the schemas.
  try {
    const quick = quickInput(year, measurements, options, schemas);
    if (quick !== undefined) return quick;
  } catch {
    // A getter or Proxy that throws: the schemas below report it with its path.
  }
  const issues: Issue[] = [];
  const result: { year?: number; measurements?: ParsedMeasurements; baseline?: ParsedMeasurements } = {};
  guarded(['year'], issues, () => {
    const parsed = yearSchema.safeParse(year);
    if (parsed.success) result.year = parsed.data;
    else for (const issue of zodIssuesToIssues(parsed.error.issues, ['year'])) issues.push(issue);
  });
  const parsedMeasurements = schemaMeasurements(measurements, ['measurements'], 'the measurements', schemas, issues);
  if (parsedMeasurements !== undefined) result.measurements = parsedMeasurements;
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
