import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, type MeasurementKey } from '../../../src/index.js';
import { anyMeasurements, monotoneChecks, orderedPair } from '../../fixtures/arbitraries.js';
import { findCheck, statusRank } from '../../fixtures/find-check.js';
import { withoutCountsOf } from '../../fixtures/derivations.js';
import { oracleIndicators } from '../../fixtures/thresholds.js';

/**
 * Keys whose every check, in every indicator and table of the oracle, goes one way (all
 * "≥"/">"/EI grade, or all "≤"), and that no check compares with: moving such a key the
 * good way can only make any indicator, bureau or the city better.
 */
const oneWayKeys: ReadonlySet<string> = (() => {
  const directions = new Map<string, Set<string>>();
  for (const indicator of oracleIndicators) {
    const tables = [indicator.standard, ...(indicator.targets2020 === 'same' ? [] : [indicator.targets2020])];
    for (const check of tables.flat()) {
      const direction = monotoneChecks.find((candidate) => candidate.check === check)?.direction ?? 'neither';
      directions.set(check.key, (directions.get(check.key) ?? new Set()).add(direction));
      if ('measurement' in check.against) directions.set(check.against.measurement, new Set(['neither']));
    }
  }
  return new Set([...directions].filter(([, set]) => set.size === 1 && !set.has('neither')).map(([key]) => key));
})();

describe('monotonicity (the oracle of test/fixtures/spec-indicators.ts)', () => {
  it('moving a measurement the good way never turns a pass into a fail: up for ≥, > and EI grade, down for ≤', async () => {
    expect(monotoneChecks.length).toBeGreaterThan(40);
    expect(oneWayKeys.size).toBeGreaterThan(30);
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...monotoneChecks)
          .chain((monotone) =>
            fc.tuple(
              fc.constant(monotone),
              orderedPair(monotone.check.key as MeasurementKey),
              anyMeasurements,
              anyMeasurements,
            ),
          ),
        async ([{ indicator, table, check, direction }, [low, high], others, baseline]) => {
          const [worse, better] = direction === 'up' ? [low, high] : [high, low];
          // The key is given as a percentage: counts that would derive it are left out.
          const run = (value: string) =>
            evaluate(2020, { ...withoutCountsOf(others, check.key), [check.key]: value }, { baseline });
          const [atWorse, atBetter] = await Promise.all([run(worse), run(better)]);
          const before = findCheck(atWorse, indicator, table, check).status;
          const after = findCheck(atBetter, indicator, table, check).status;
          if (before === 'pass') expect(after).toBe('pass');
          // The value is given both times, so only the threshold side can make it missing.
          expect(after === 'missing').toBe(before === 'missing');
          if (!oneWayKeys.has(check.key)) return;
          for (const [index, result] of atBetter.indicators.entries()) {
            const was = atWorse.indicators[index];
            expect(statusRank[result.status]).toBeGreaterThanOrEqual(statusRank[was?.status ?? 'fail']);
            expect(statusRank[result.standardStatus]).toBeGreaterThanOrEqual(statusRank[was?.standardStatus ?? 'fail']);
          }
          expect(statusRank[atBetter.status]).toBeGreaterThanOrEqual(statusRank[atWorse.status]);
          expect(statusRank[atBetter.standardStatus]).toBeGreaterThanOrEqual(statusRank[atWorse.standardStatus]);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('the mirror for a baseline: lowering last year\'s value for "≥ baseline" never turns a pass into a fail', async () => {
    const baselineChecks = monotoneChecks.filter(({ check }) => 'baseline' in check.against);
    expect(baselineChecks.length).toBeGreaterThan(5);
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...baselineChecks)
          .chain((monotone) =>
            fc.tuple(fc.constant(monotone), orderedPair(monotone.check.key as MeasurementKey), anyMeasurements),
          ),
        async ([{ indicator, table, check, direction }, [low, high], measurements]) => {
          const key = 'baseline' in check.against ? check.against.baseline : check.key;
          // For "x ≥ baseline.x" a lower baseline is easier; for "x ≤ baseline.x" a higher one.
          const [harder, easier] = direction === 'up' ? [high, low] : [low, high];
          const run = (value: string) => evaluate(2020, measurements, { baseline: { [key]: value } });
          const [atHarder, atEasier] = await Promise.all([run(harder), run(easier)]);
          if (findCheck(atHarder, indicator, table, check).status === 'pass')
            expect(findCheck(atEasier, indicator, table, check).status).toBe('pass');
        },
      ),
      { numRuns: 60 },
    );
  });
});
