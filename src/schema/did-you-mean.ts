/** Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`. */
function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * Words people write for a field that has another name here: `name` for a `label`, `type` for
 * a `kind`. Offered only where the field so named is a candidate.
 */
const synonyms: Readonly<Record<string, readonly string[]>> = {
  name: ['label'],
  title: ['label'],
  type: ['kind'],
  units: ['unit'],
};

/**
 * The candidate that `input` most likely meant: the same key in other letter case, the nearest
 * within a few edits (scaled to the key's length), or the field a common other word names
 * (`name` → `label`). Never `input` itself: a name refused is not what was meant. `undefined`
 * when none is close.
 */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  if (input.length > 80) return undefined;
  const others = candidates.filter((candidate) => candidate !== input);
  const lower = input.toLowerCase();
  const limit = Math.max(1, Math.min(4, Math.floor(input.length / 4)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of others) {
    const distance = candidate.toLowerCase() === lower ? 0 : boundedDistance(lower, candidate.toLowerCase(), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined) return best;
  const meant = Object.hasOwn(synonyms, lower) ? synonyms[lower] : undefined;
  return meant?.find((candidate) => others.includes(candidate));
}
