import fc from 'fast-check';
import { expect, it } from 'vitest';
import { measurementCatalogue, type MeasurementInfo } from '../../../src/index.js';
import { createEvaluator } from '../../../src/policy.js';
import { callerDerivations, callerMeasurements, callerRules } from '../../fixtures/caller-rule-set.js';
import { expectSameAsEngine, type Paths } from '../../fixtures/differential.js';
import { whatIfInputs } from '../../fixtures/what-if-inputs.js';

const rules = callerRules();

function inputsOf() {
  const catalogue: Record<string, MeasurementInfo> = { ...measurementCatalogue };
  for (const [key, declared] of Object.entries(callerMeasurements))
    catalogue[key] = { kind: declared.kind, unit: { zh: '', en: '' }, label: declared.label };
  return whatIfInputs(catalogue, rules, [2020, 2021, 2022], 3, callerDerivations);
}
const evaluator = createEvaluator({
  name: 'proposal-2021',
  rules,
  measurements: callerMeasurements,
  derivations: callerDerivations,
});

it("an Evaluator's evaluateMany equals its evaluate on a caller's rule set (any groups, derivations of its own), result for result", async () => {
  expect(evaluator.ruleSet.years).toEqual([2020, 2021]);
  // 2020 and 2021 have tables of their own here; 2022 is judged by the standard.
  const inputs = inputsOf();
  const paths = evaluator as unknown as Paths;
  await fc.assert(
    fc.asyncProperty(inputs, fc.boolean(), (input, full) => expectSameAsEngine(paths, input, full ? 'full' : 'status')),
    { numRuns: 800, seed: 2021 },
  );
});

it('those random inputs reach every outcome the test is for: derived values, refusals, and each status of each group', async () => {
  const seen = new Set<string>();
  for (const { year, base, scenarios, baseline } of fc.sample(inputsOf(), { numRuns: 300, seed: 2021 })) {
    for (const scenario of scenarios) {
      const options = baseline === undefined ? {} : { baseline: baseline as never };
      const evaluation = await evaluator.evaluate(year, { ...base, ...scenario }, options).catch(() => undefined);
      if (evaluation === undefined) {
        seen.add('refused');
        continue;
      }
      for (const indicator of evaluation.indicators) {
        const groups = [...(indicator.groups ?? []), ...(indicator.standardGroups ?? [])];
        const inGroups = groups.flatMap((group) => group.alternatives.flatMap((alternative) => alternative.checks));
        for (const check of [...indicator.checks, ...indicator.standardChecks, ...inGroups]) {
          if (check.derived?.actual) seen.add(`derived ${check.derived.actual.decimalPlaces}`);
        }
        for (const group of groups) {
          seen.add(`${indicator.id} ${group.status}${group.decidedBy === null ? '' : ` by ${group.decidedBy}`}`);
        }
      }
    }
  }
  expect([...seen].sort()).toEqual(
    expect.arrayContaining([
      'refused',
      'derived 0',
      'derived 1',
      'air-quality pass by 0',
      'air-quality pass by 1',
      'air-quality pass by 2',
      'air-quality fail',
      'air-quality missing',
      'green-travel pass by 0',
      'green-travel pass by 1',
      'green-travel fail',
      'green-travel missing',
    ]),
  );
});
