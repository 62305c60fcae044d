import { expect, it } from 'vitest';
import { evaluate } from '../../../src/index.js';
import { evaluationSchema } from '../../../src/schemas.js';
import { sample2019, sample2020 } from '../../fixtures/samples.js';

// Which indicators the sample passes and fails depends on the thresholds of rules/: that is
// examples/sample-results.md, written by `npm run regenerate` and held current by
// test/generated-files.test.ts, so that a policy change shows there as a diff, not here as a
// failure. What does not depend on a threshold is tested here.
it('the sample 2020 data has a value for every check of the 2020 targets and the standard', async () => {
  const evaluation = await evaluate(2020, sample2020, { baseline: sample2019 });
  expect(evaluation.targets).toBe(2020);
  expect(evaluation.counts.missing + evaluation.standardCounts.missing).toBe(0);
  const checks = evaluation.indicators.flatMap((indicator) => [...indicator.checks, ...indicator.standardChecks]);
  expect(checks.filter((check) => check.status === 'missing')).toEqual([]);
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
