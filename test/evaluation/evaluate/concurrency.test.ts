import { expect, it } from 'vitest';
import { evaluate } from '../../../src/index.js';
import { randomEvaluations } from '../../fixtures/random-measurements.js';

const nextTicks = async (count: number): Promise<void> => {
  for (let index = 0; index < count; index++) await Promise.resolve();
};

it('hundreds of different evaluations at once equal the same evaluations one by one', async () => {
  const inputs = randomEvaluations(400, 20201129);
  const sequential = [];
  for (const { year, measurements, baseline } of inputs)
    sequential.push(await evaluate(year, measurements, { baseline }));
  // Staggered starts: runs begin while others are finishing, which is what loses rules
  // when one json-rules-engine engine serves overlapping runs (44 of 200 in a probe).
  const concurrent = await Promise.all(
    inputs.map(async ({ year, measurements, baseline }, index) => {
      await nextTicks((index * 7) % 97);
      return evaluate(year, measurements, { baseline });
    }),
  );
  expect(concurrent).toEqual(sequential);
  expect(new Set(concurrent.map((evaluation) => JSON.stringify(evaluation.counts))).size).toBeGreaterThan(10);
});

it('reads its input when called, not when its turn comes: a caller may change the objects it passed at once', async () => {
  const measurements: Record<string, number> = { greenTravelPercent: 52, pm25: 30 };
  const baseline: Record<string, number> = { pm25: 35 };
  // Many calls at once: most wait their turn while the objects change under them.
  const calls = Array.from({ length: 20 }, (_, index) => {
    measurements['greenTravelPercent'] = 30 + index;
    baseline['pm25'] = 10 + index;
    return evaluate(2020, measurements, { baseline });
  });
  measurements['greenTravelPercent'] = 99;
  baseline['pm25'] = 99;
  const results = await Promise.all(calls);
  results.forEach((evaluation, index) => {
    const travel = evaluation.indicators.find((indicator) => indicator.id === 'green-travel');
    expect(travel?.checks[0]?.actual).toBe(30 + index);
    const air = evaluation.indicators.find((indicator) => indicator.id === 'air-quality');
    const pm25 = air?.standardChecks.find((check) => check.key === 'pm25');
    expect(pm25?.threshold).toBe(String(10 + index));
  });
});
