import { isPlainObject } from '../evaluation/input.js';

// The data each side of a comparison sees. A key that only one rule set declares is that set's
// data: the other set, whose rules cannot read it, would refuse it as an unknown key, so the
// comparison could never show a proposal that adds a measurement of its own (a composite
// air-quality index, say). Every other key goes to both sides, so that a key neither knows is
// still refused, with its did-you-mean.

/** The measurement keys a rule set knows: the contract's and its own. */
type KnownKeys = Readonly<Record<string, unknown>>;

/**
 * The own enumerable entries of a plain object with nothing hidden, read once so that both
 * sides see the same values; `undefined` for anything else (each side then refuses it itself).
 */
function ownEntries(value: unknown): (readonly [string, unknown])[] | undefined {
  try {
    if (!isPlainObject(value)) return undefined;
    if (Object.getOwnPropertyNames(value).length !== Object.keys(value as object).length) return undefined;
    return Object.entries(value as object);
  } catch {
    return undefined;
  }
}

/** `value` without the keys only `other` declares; `value` itself when it is not plain data. */
function narrowed(value: unknown, known: KnownKeys, other: KnownKeys): unknown {
  const entries = ownEntries(value);
  if (entries === undefined) return value;
  const kept = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of entries) {
    if (Object.hasOwn(known, key) || !Object.hasOwn(other, key)) {
      Object.defineProperty(kept, key, { value: item, enumerable: true, writable: true, configurable: true });
    }
  }
  return { ...kept };
}

/** The measurements and options one side evaluates: `known` its keys, `other` the other side's. */
export function sideInput(
  measurements: unknown,
  options: unknown,
  known: KnownKeys,
  other: KnownKeys,
): { readonly measurements: unknown; readonly options: unknown } {
  const optionEntries = ownEntries(options);
  return {
    measurements: narrowed(measurements, known, other),
    options:
      optionEntries === undefined
        ? options
        : Object.fromEntries(
            optionEntries.map(([key, value]) => [key, key === 'baseline' ? narrowed(value, known, other) : value]),
          ),
  };
}
