import fc from 'fast-check';
import { expect, it } from 'vitest';
import { measurementCatalogue, type MeasurementInfo } from '../../../src/catalogue/measurements.js';
import { createEvaluator, type MeasurementsWith } from '../../../src/evaluation/create-evaluator.js';
import { callerMeasurements, callerRules } from '../../fixtures/caller-rule-set.js';
import { leanOf } from '../../fixtures/lean-result.js';
import { whatIfInputs } from '../../fixtures/what-if-inputs.js';

type CallerMeasurements = MeasurementsWith<typeof callerMeasurements>;

it("an Evaluator's evaluateMany equals its evaluate on a caller's rule set, result for result", async () => {
  const rules = callerRules();
  const evaluator = createEvaluator({ name: 'proposal-2021', rules, measurements: callerMeasurements });
  expect(evaluator.ruleSet.years).toEqual([2020, 2021]);
  const catalogue: Record<string, MeasurementInfo> = { ...measurementCatalogue };
  for (const [key, declared] of Object.entries(callerMeasurements))
    catalogue[key] = { kind: declared.kind, unit: { zh: '', en: '' }, label: declared.label };
  // 2020 and 2021 have tables of their own here; 2022 is judged by the standard.
  const inputs = whatIfInputs(catalogue, rules, [2020, 2021, 2022], 3);
  await fc.assert(
    fc.asyncProperty(inputs, fc.boolean(), async ({ year, base, scenarios, baseline }, full) => {
      const options = {
        base: base as CallerMeasurements,
        ...(baseline === undefined ? {} : { baseline: baseline as CallerMeasurements }),
      };
      const engine = await Promise.all(
        scenarios.map((scenario) =>
          evaluator.evaluate(year, { ...base, ...scenario }, baseline === undefined ? {} : { baseline: baseline }),
        ),
      );
      const cast = scenarios as CallerMeasurements[];
      if (full) expect(await evaluator.evaluateMany(year, cast, { ...options, detail: 'full' })).toStrictEqual(engine);
      else expect(await evaluator.evaluateMany(year, cast, options)).toEqual(engine.map(leanOf));
    }),
    { numRuns: 800, seed: 2021 },
  );
});
