import type { ParsedMeasurementValues } from '../schema/measurements.js';
import type { KeyLayout } from './key-layout.js';
import { MeasurementValues, type FactValue, type GivenValue } from './measurement-values.js';

// The quick check of valid input, what `evaluate` runs on every call (./validate.ts), and what
// every path's validation shares. Reading values into decimals as they are validated, for the
// paths that want every value parsed, is ./parsed-values.ts: `evaluate`'s first load has none of it.

export type { FactValue } from './measurement-values.js';

/** Validated measurements as an object: read once, so a getter cannot answer differently later. */
export type ParsedMeasurements = ParsedMeasurementValues;

/** The value of each key given, parsed (absent keys are no data). */
export type Facts = Readonly<Record<string, FactValue>>;

/** What validation hands on: copies of the input, never the caller's objects. */
export interface ValidatedInput {
  readonly year: number;
  readonly measurements: MeasurementValues;
  /** The baseline's measurements; none given reads as no data for every key. */
  readonly baseline: MeasurementValues;
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

/**
 * The own keys of a plain object whose own keys are all enumerable, which the quick checks can
 * read; `undefined` for anything else (a non-enumerable own key is one the schemas read and
 * `Object.keys` does not: the schemas report it).
 */
export function plainKeys(value: unknown): string[] | undefined {
  if (!isPlainObject(value)) return undefined;
  const keys = Object.keys(value as object);
  return Object.getOwnPropertyNames(value).length === keys.length ? keys : undefined;
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
 * The quick check of one measurements object: a plain object whose every own key is a key of
 * `layout` and every value valid, read once into an array by position. Anything else
 * (`undefined`) goes to the schema, which says what is wrong; the check accepts nothing the
 * schema refuses, so only the cost differs.
 */
export function readMeasurements(value: unknown, layout: KeyLayout): MeasurementValues | undefined {
  if (!isPlainObject(value)) return undefined;
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  const given: (GivenValue | undefined)[] = [];
  for (const key of keys) {
    const position = layout.positions.get(key);
    if (position === undefined) return undefined;
    const raw = object[key];
    if (!(layout.valid[position] as (value: unknown) => boolean)(raw)) return undefined;
    given[position] = raw as GivenValue | undefined;
  }
  // A non-enumerable own measurement is one the schema reads and Object.keys does not: leave it
  // to the schema. (The schema, like Object.keys, passes over other non-enumerable keys.)
  if (keys.length < layout.keys.length) {
    for (const [position, key] of layout.keys.entries()) {
      if (given[position] !== undefined || !Object.hasOwn(object, key)) continue;
      if (Object.getOwnPropertyDescriptor(object, key)?.enumerable === false) return undefined;
    }
  }
  return new MeasurementValues(layout, given);
}
