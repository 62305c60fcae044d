import { expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';
import { jsonSchemaAccepts, validatorFor } from '../fixtures/json-schemas.js';
import { randomEvaluations } from '../fixtures/random-measurements.js';
import { sample2019, sample2020 } from '../fixtures/samples.js';

it('real evaluations and their inputs match schema/evaluation.json, measurements.json and evaluate-options.json', async () => {
  const inputs = [
    { year: 2020, measurements: sample2020, baseline: sample2019 },
    { year: 2021, measurements: sample2020, baseline: sample2019 },
    { year: 2020, measurements: {}, baseline: {} },
    ...randomEvaluations(150, 20_261_129),
  ];
  for (const { year, measurements, baseline } of inputs) {
    expect(jsonSchemaAccepts('measurements', measurements)).toBe(true);
    expect(jsonSchemaAccepts('evaluate-options', { baseline })).toBe(true);
    const evaluation = await evaluate(year, measurements, { baseline });
    const validate = validatorFor('evaluation');
    expect(validate(JSON.parse(JSON.stringify(evaluation))), JSON.stringify(validate.errors)).toBe(true);
  }
});

it('schema/evaluation.json refuses results that break its shape', async () => {
  const evaluation = structuredClone(await evaluate(2020, sample2020, { baseline: sample2019 })) as Record<
    string,
    unknown
  >;
  expect(jsonSchemaAccepts('evaluation', { ...evaluation, status: 'passed' })).toBe(false);
  expect(jsonSchemaAccepts('evaluation', { ...evaluation, extra: 1 })).toBe(false);
  const withoutBureaus = { ...evaluation };
  delete withoutBureaus['bureaus'];
  expect(jsonSchemaAccepts('evaluation', withoutBureaus)).toBe(false);
});
