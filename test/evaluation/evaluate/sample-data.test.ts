import { expect, it } from 'vitest';
import { evaluate } from '../../../src/evaluation/evaluate.js';
import { evaluationSchema } from '../../../src/schema/evaluation.js';
import { sample2019, sample2020 } from '../../fixtures/samples.js';

it('the sample 2020 data gives the designed mix of passes and failures', async () => {
  const evaluation = await evaluate(2020, sample2020, { baseline: sample2019 });
  const failing = (status: 'status' | 'standardStatus') =>
    evaluation.indicators.filter((indicator) => indicator[status] === 'fail').map((indicator) => indicator.id);
  expect(failing('status')).toEqual(['forest-land', 'urban-sewage', 'public-awareness']);
  expect(failing('standardStatus')).toEqual(['forest-land', 'efficient-appliances', 'public-awareness']);
  expect(evaluation.counts).toEqual({ pass: 31, fail: 3, missing: 0 });
  expect(evaluation.targets).toBe(2020);
});

it('results are plain JSON data that match the evaluation schema', async () => {
  const evaluation = await evaluate(2020, sample2020, { baseline: sample2019 });
  expect(JSON.parse(JSON.stringify(evaluation))).toStrictEqual(evaluation);
  expect(evaluationSchema.safeParse(evaluation).success).toBe(true);
});

it('does not mutate its inputs', async () => {
  const measurements = structuredClone(sample2020);
  const baseline = structuredClone(sample2019);
  const options = { baseline };
  await evaluate(2020, Object.freeze(measurements), Object.freeze(options));
  expect(measurements).toEqual(sample2020);
  expect(baseline).toEqual(sample2019);
  expect(Object.keys(options)).toEqual(['baseline']);
});

it('is deterministic', async () => {
  const first = await evaluate(2020, sample2020, { baseline: sample2019 });
  const second = await evaluate(2020, sample2020, { baseline: sample2019 });
  expect(second).toEqual(first);
});
