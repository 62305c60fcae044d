/**
 * Freezes `value` and everything it holds. The catalogues we export are read by every
 * evaluation; frozen, a caller cannot change them for everyone else.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
