import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measurementCatalogue } from '../../../src/catalogue/measurements.js';
import { builtinRuleSet } from '../../../src/engine/builtin-rule-set.js';
import { evaluate } from '../../../src/evaluation/evaluate.js';
import { evaluateMany } from '../../../src/evaluation/evaluate-many.js';
import type { Measurements } from '../../../src/schema/measurements.js';
import { leanOf } from '../../fixtures/lean-result.js';
import { whatIfInputs, type WhatIfInput } from '../../fixtures/what-if-inputs.js';

// The fast path must say exactly what json-rules-engine says: the JSON rules are the one
// source of truth, and this is what holds the compiled checks to them. 2019 and 2021 have no
// task table (judged by the standard), 2020 has its own.
const inputs = whatIfInputs(measurementCatalogue, builtinRuleSet.rules, [2019, 2020, 2021], 4);

/** What `evaluate` gives for each scenario laid over the base. */
async function engineResults({ year, base, scenarios, baseline }: WhatIfInput) {
  return Promise.all(
    scenarios.map((scenario) => evaluate(year, { ...base, ...scenario }, baseline === undefined ? {} : { baseline })),
  );
}

const optionsOf = ({ base, baseline }: WhatIfInput) => ({
  base: base as Measurements,
  ...(baseline === undefined ? {} : { baseline: baseline as Measurements }),
});

describe('evaluateMany on the built-in rules equals evaluate, result for result', () => {
  it('statuses (the default), over thousands of random scenarios', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, async (input) => {
        const fast = await evaluateMany(input.year, input.scenarios, optionsOf(input));
        const engine = await engineResults(input);
        expect(fast).toEqual(engine.map(leanOf));
      }),
      { numRuns: 1000, seed: 20201129 },
    );
  });

  it("full evaluations (detail: 'full'), every field", async () => {
    await fc.assert(
      fc.asyncProperty(inputs, async (input) => {
        const fast = await evaluateMany(input.year, input.scenarios, {
          ...optionsOf(input),
          detail: 'full',
        });
        expect(fast).toStrictEqual(await engineResults(input));
      }),
      { numRuns: 300, seed: 2019 },
    );
  });
});
