import { expect, it } from 'vitest';
import { evaluate } from '../../../src/evaluation/evaluate.js';
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
