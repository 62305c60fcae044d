import fc from 'fast-check';
import { expect, it } from 'vitest';
import { evaluate, type Status } from '../../../src/index.js';
import { anyEvaluation } from '../../fixtures/arbitraries.js';

/** The spec's combination, written out independently: a fail anywhere wins, then missing. */
const combined = (statuses: readonly Status[]): Status =>
  statuses.some((status) => status === 'fail')
    ? 'fail'
    : statuses.some((status) => status === 'missing')
      ? 'missing'
      : 'pass';

const counted = (statuses: readonly Status[]) => ({
  pass: statuses.filter((status) => status === 'pass').length,
  fail: statuses.filter((status) => status === 'fail').length,
  missing: statuses.filter((status) => status === 'missing').length,
});

it('every level of an evaluation combines the level below three-valued: checks, indicators, bureaus, city', async () => {
  const seen = new Set<Status>();
  await fc.assert(
    fc.asyncProperty(anyEvaluation, async ({ year, measurements, baseline }) => {
      const evaluation = await evaluate(year, measurements, { baseline });
      for (const indicator of evaluation.indicators) {
        expect(indicator.status).toBe(combined(indicator.checks.map((check) => check.status)));
        expect(indicator.standardStatus).toBe(combined(indicator.standardChecks.map((check) => check.status)));
        seen.add(indicator.status);
      }
      const byNumber = new Map(evaluation.indicators.map((indicator) => [indicator.number, indicator]));
      for (const bureau of evaluation.bureaus) {
        const own = bureau.indicators.map((number) => byNumber.get(number));
        expect(bureau.status).toBe(combined(own.map((indicator) => indicator?.status ?? 'fail')));
        expect(bureau.standardStatus).toBe(combined(own.map((indicator) => indicator?.standardStatus ?? 'fail')));
        expect(bureau.counts).toEqual(counted(own.map((indicator) => indicator?.status ?? 'fail')));
      }
      const statuses = evaluation.indicators.map((indicator) => indicator.status);
      const standardStatuses = evaluation.indicators.map((indicator) => indicator.standardStatus);
      expect(evaluation.status).toBe(combined(statuses));
      expect(evaluation.standardStatus).toBe(combined(standardStatuses));
      expect(evaluation.counts).toEqual(counted(statuses));
      expect(evaluation.standardCounts).toEqual(counted(standardStatuses));
      // The city's status follows from its bureaus' too: a partition of the indicators.
      expect(evaluation.status).toBe(combined(evaluation.bureaus.map((bureau) => bureau.status)));
    }),
    { numRuns: 80 },
  );
  // The inputs reach every status, so the property is not passing on one kind alone.
  expect(seen).toEqual(new Set(['pass', 'fail', 'missing']));
});
