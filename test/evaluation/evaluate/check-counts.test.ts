import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, type Evaluation, type StatusCounts } from '../../../src/index.js';
import { evaluationSchema } from '../../../src/schemas.js';
import { measurementsArbitrary } from '../../fixtures/random-measurements.js';

// Issue 20, item 3: the city and bureau summaries count checks as well as indicators, so that a
// year whose indicators are all `missing` still says how much was decided.

const sum = (counts: readonly StatusCounts[]): StatusCounts =>
  counts.reduce(
    (total, c) => ({ pass: total.pass + c.pass, fail: total.fail + c.fail, missing: total.missing + c.missing }),
    {
      pass: 0,
      fail: 0,
      missing: 0,
    },
  );

/** The checks of the indicators by status, counted here from the checks themselves. */
function counted(
  evaluation: Evaluation<string>,
  numbers?: readonly number[],
): { targets: StatusCounts; standard: StatusCounts } {
  const shown = evaluation.indicators.filter(
    (indicator) => numbers === undefined || numbers.includes(indicator.number),
  );
  const tally = (statuses: readonly string[]): StatusCounts => ({
    pass: statuses.filter((status) => status === 'pass').length,
    fail: statuses.filter((status) => status === 'fail').length,
    missing: statuses.filter((status) => status === 'missing').length,
  });
  return {
    targets: tally(shown.flatMap((indicator) => indicator.checks.map((check) => check.status))),
    standard: tally(shown.flatMap((indicator) => indicator.standardChecks.map((check) => check.status))),
  };
}

describe('check counts', () => {
  it('a partial year: 2024 with good-air days and PM2.5 only decides three checks, all indicators missing', async () => {
    const evaluation = await evaluate(
      2024,
      { airGoodDaysPercent: 97.5, pm25: 28 },
      { baseline: { airGoodDaysPercent: 93.1, pm25: 30 } },
    );
    expect(evaluation.counts).toStrictEqual({ pass: 0, fail: 0, missing: 34 });
    expect(evaluation.checkCounts).toStrictEqual({ pass: 3, fail: 0, missing: 43 });
    expect(evaluation.bureaus.find((bureau) => bureau.id === 'ecology-environment')?.checkCounts?.pass).toBe(3);
    // Additive: the indicator counts are as they were, and the result is still a valid evaluation.
    expect(evaluationSchema.safeParse(JSON.parse(JSON.stringify(evaluation))).success).toBe(true);
  });

  it('count every check of every indicator, and the bureaus add up to the city (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(2019, 2020, 2024),
        measurementsArbitrary,
        measurementsArbitrary,
        async (year, measurements, baseline) => {
          const evaluation = await evaluate(year, measurements, { baseline });
          const all = counted(evaluation);
          expect(evaluation.checkCounts).toStrictEqual(all.targets);
          expect(evaluation.standardCheckCounts).toStrictEqual(all.standard);
          const bureaus = evaluation.bureaus;
          expect(sum(bureaus.map((bureau) => bureau.checkCounts ?? { pass: -1, fail: 0, missing: 0 }))).toStrictEqual(
            all.targets,
          );
          for (const bureau of bureaus)
            expect(bureau.checkCounts).toStrictEqual(counted(evaluation, bureau.indicators).targets);
        },
      ),
      { numRuns: 40 },
    );
  });
});
