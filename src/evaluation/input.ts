import type { Issue } from '../errors/issue.js';
import type { ParsedMeasurementValues } from '../schema/measurements.js';
import type { MeasurementInfo } from '../catalogue/measurements.js';
import { maxDecimalLength, plainDecimalPattern, toDecimal, type Decimal } from '../vocabulary/decimal.js';
import { isValidDecimalOf, type DecimalKind } from '../vocabulary/measurement-kinds.js';
import type { DerivationNote } from '../engine/derivations.js';

// What both halves of input validation share: the quick check (src/evaluation/validate.ts)
// and the schemas that word what it refuses (src/evaluation/input-issues.ts).

/** Validated measurements: read once, so a getter cannot answer differently later. */
export type ParsedMeasurements = ParsedMeasurementValues;

/** A measurement as the rules see it: an exact decimal, a yes/no, or `null` for no data. */
export type FactValue = Decimal | boolean | null;

/** The value of each key given (absent keys are no data). */
export type Facts = Readonly<Record<string, FactValue>>;

/** What validation hands on: copies of the input, never the caller's objects. */
export interface ValidatedInput {
  readonly year: number;
  readonly measurements: ParsedMeasurements;
  readonly baseline: ParsedMeasurements | undefined;
  /** The measurements parsed, when the quick check read them; otherwise parse as needed. */
  readonly facts?: Facts;
  readonly baselineFacts?: Facts;
  /** How each derived percentage of the measurements came about (after the derivations ran). */
  readonly notes?: ReadonlyMap<string, DerivationNote>;
  readonly baselineNotes?: ReadonlyMap<string, DerivationNote>;
}

/** Whether `year` is a year the contract accepts: a whole number from 2000 to 2100. */
export function isYear(year: unknown): year is number {
  return typeof year === 'number' && Number.isInteger(year) && year >= 2000 && year <= 2100;
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

const nativeObjectSource = /* @__PURE__ */ Function.prototype.toString.call(Object);

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

/**
 * Thrown by a validation that cannot word what the quick check refused until the schemas
 * are loaded: the caller loads them ({@link loadInputIssues}) and validates again.
 */
export const needsSchemas: Error = /* @__PURE__ */ new Error('needs the schemas');

/** Validated input, or every issue that refused it. */
export type InputResult =
  | { readonly success: true; readonly input: ValidatedInput }
  | { readonly success: false; readonly issues: readonly Issue[] };

/** Parses a number or plain decimal string: the Decimal when it is a valid `kind`, else `undefined`. */
export type DecimalReader = (value: number | string, kind: DecimalKind) => Decimal | undefined;

export const readDecimal: DecimalReader = (value, kind) => {
  const decimal = toDecimal(value);
  return isValidDecimalOf(decimal, kind) ? decimal : undefined;
};

/** The value of a valid measurement of `info`'s kind; `undefined` when it is not surely valid. */
export function quickValue(
  value: unknown,
  info: MeasurementInfo | undefined,
  read: DecimalReader = readDecimal,
): FactValue | undefined {
  if (info === undefined) return undefined;
  if (value === null || value === undefined) return null;
  if (info.kind === 'boolean') return typeof value === 'boolean' ? value : undefined;
  let decimal: Decimal | undefined;
  if (typeof value === 'number') decimal = Number.isFinite(value) ? read(value, info.kind) : undefined;
  else if (typeof value === 'string' && value.length <= maxDecimalLength && plainDecimalPattern.test(value))
    decimal = read(value, info.kind);
  // A key's own maximum (day counts) is checked here, after the reader's per-kind answer.
  return decimal !== undefined && info.maximum !== undefined && decimal.gt(info.maximum) ? undefined : decimal;
}
