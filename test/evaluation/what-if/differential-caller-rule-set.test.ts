import fc from 'fast-check';
import { expect, it } from 'vitest';
import { measurementCatalogue, type MeasurementInfo } from '../../../src/catalogue/measurements.js';
import { createEvaluator } from '../../../src/evaluation/create-evaluator.js';
import { callerDerivations, callerMeasurements, callerRules } from '../../fixtures/caller-rule-set.js';
import { expectSameAsEngine, type Paths } from '../../fixtures/differential.js';
import { whatIfInputs } from '../../fixtures/what-if-inputs.js';

it("an Evaluator's evaluateMany equals its evaluate on a caller's rule set (any groups, derivations of its own), result for result", async () => {
  const rules = callerRules();
  const evaluator = createEvaluator({
    name: 'proposal-2021',
    rules,
    measurements: callerMeasurements,
    derivations: callerDerivations,
  });
  expect(evaluator.ruleSet.years).toEqual([2020, 2021]);
  const catalogue: Record<string, MeasurementInfo> = { ...measurementCatalogue };
  for (const [key, declared] of Object.entries(callerMeasurements))
    catalogue[key] = { kind: declared.kind, unit: { zh: '', en: '' }, label: declared.label };
  // 2020 and 2021 have tables of their own here; 2022 is judged by the standard.
  const inputs = whatIfInputs(catalogue, rules, [2020, 2021, 2022], 3, callerDerivations);
  const paths = evaluator as unknown as Paths;
  await fc.assert(
    fc.asyncProperty(inputs, fc.boolean(), (input, full) => expectSameAsEngine(paths, input, full ? 'full' : 'status')),
    { numRuns: 800, seed: 2021 },
  );
});
