import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRuleSet, evaluate, evaluateMany, measurementCatalogue } from '../../../src/index.js';
import { derivations } from '../../fixtures/derivations.js';
import { expectSameAsEngine, type Paths } from '../../fixtures/differential.js';
import { whatIfInputs } from '../../fixtures/what-if-inputs.js';

// The fast path must say exactly what json-rules-engine says: the JSON rules are the one
// source of truth, and this is what holds the compiled checks to them. 2019 and 2021 have no
// task table (judged by the standard), 2020 has its own. Counts come in as callers give them:
// instead of the percentage, beside it, one alone, over a base that has the percentage.
const inputs = whatIfInputs(measurementCatalogue, builtinRuleSet.rules, [2019, 2020, 2021], 4, derivations);

const paths = { evaluate, evaluateMany } as unknown as Paths;

describe('evaluateMany on the built-in rules equals evaluate, result for result', () => {
  it('statuses (the default), over thousands of random scenarios', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, (input) => expectSameAsEngine(paths, input, 'status')),
      { numRuns: 1000, seed: 20201129 },
    );
  });

  it("full evaluations (detail: 'full'), every field", async () => {
    await fc.assert(
      fc.asyncProperty(inputs, (input) => expectSameAsEngine(paths, input, 'full')),
      { numRuns: 300, seed: 2019 },
    );
  });
});

it('those random inputs give counts as callers do: derived shares at the thresholds, and refusals', async () => {
  let derived = 0;
  let refused = 0;
  const shares = new Set<string>();
  for (const { year, base, scenarios, baseline } of fc.sample(inputs, { numRuns: 200, seed: 20201129 })) {
    for (const scenario of scenarios) {
      const options = baseline === undefined ? {} : { baseline: baseline as never };
      const evaluation = await evaluate(year, { ...base, ...scenario }, options).catch(() => undefined);
      if (evaluation === undefined) {
        refused++;
        continue;
      }
      for (const check of evaluation.indicators.flatMap((indicator) => indicator.checks)) {
        if (check.derived?.actual) {
          derived++;
          shares.add(String(check.actual));
        }
      }
    }
  }
  expect(derived).toBeGreaterThan(100);
  expect(refused).toBeGreaterThan(10);
  // 4/5 is 80.0, at the 80% thresholds; 267/334 is 79.9, a step below.
  expect([...shares]).toEqual(expect.arrayContaining(['80.0', '79.9', '96.7']));
});
