import fc from 'fast-check';
import { measurementCatalogue } from '../src/catalogue/measurements.js';
import { builtinRuleSet } from '../src/engine/builtin-rule-set.js';

type Input = Readonly<Record<string, number | string | boolean | null | undefined>>;

/** One input of the varied set: the year's measurements and its baseline. */
export interface VariedInput {
  readonly measurements: Input;
  readonly baseline: Input;
}

/** The raw counts of the derivations: left out, so that every contender reads the same keys. */
const countKeys = new Set(builtinRuleSet.derivations.flatMap((derivation) => [derivation.part, derivation.whole]));

/** Bounds of each decimal kind (amounts and counts have none above: the sample's value scaled). */
const upper: Readonly<Record<string, number>> = { percent: 100, ratio: 1, index: 100 };

/**
 * A value of `key` near `sample` (a published figure): gaps (absent or null), the figure itself,
 * values up to 25% either side (so that thresholds are crossed both ways), zeros, rare slips
 * (a ratio for a percentage, ten times an amount), as numbers and as plain decimal strings,
 * yes/no facts mostly yes.
 */
function valueNear(key: string, sample: unknown): fc.Arbitrary<number | string | boolean | null | undefined> {
  const info = measurementCatalogue[key as keyof typeof measurementCatalogue];
  if (info.kind === 'boolean')
    return fc.oneof(
      { arbitrary: fc.constant(true), weight: 6 },
      { arbitrary: fc.constant(false), weight: 2 },
      { arbitrary: fc.constantFrom(null, undefined), weight: 1 },
    );
  const base = typeof sample === 'number' || typeof sample === 'string' ? Number(sample) : 10;
  const max = upper[info.kind] ?? Math.max(base * 2, 5);
  const places = info.kind === 'count' ? 0 : info.kind === 'ratio' ? 3 : 2;
  const scaled = fc
    .integer({ min: 75, max: 125 })
    .map((percent) => Number(Math.min(max, (base * percent) / 100).toFixed(places)));
  // Now and then a slip the warnings catch: a percentage typed as a ratio, an amount in the wrong unit.
  const slip = info.kind === 'percent' ? [Number((base / 100).toFixed(4))] : info.kind === 'amount' ? [base * 10] : [];
  const decimal = fc.oneof(
    { arbitrary: fc.constant(base), weight: 20 },
    { arbitrary: scaled, weight: 60 },
    { arbitrary: fc.constant(0), weight: 10 },
    { arbitrary: fc.constantFrom(...slip, base), weight: 1 },
  );
  return fc.oneof(
    { arbitrary: decimal, weight: 5 },
    { arbitrary: decimal.map((value) => value.toFixed(places)), weight: 3 },
    { arbitrary: fc.constantFrom(null, undefined), weight: 1 },
  );
}

function measurementsNear(sample: Input): fc.Arbitrary<Input> {
  const keys = Object.keys(measurementCatalogue).filter((key) => !countKeys.has(key));
  return fc.tuple(...keys.map((key) => valueNear(key, sample[key]))).map((values) => {
    const measurements: Record<string, number | string | boolean | null> = {};
    values.forEach((value, index) => {
      if (value !== undefined) measurements[keys[index] as string] = value;
    });
    return measurements;
  });
}

/**
 * `count` inputs of 2020, seeded (the same every run): measurements near the 2020 sample,
 * baselines near the 2019 one, each with gaps, both kinds of value, and values either side
 * of the thresholds. No raw counts: the bare engine and the hand-written checks read the
 * percentages, so every contender does the same work.
 */
export function variedInputs(count: number, seed: number, sample2020: Input, sample2019: Input): VariedInput[] {
  return fc.sample(fc.record({ measurements: measurementsNear(sample2020), baseline: measurementsNear(sample2019) }), {
    numRuns: count,
    seed,
  });
}
