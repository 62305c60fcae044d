import fc from 'fast-check';
import { expect, it } from 'vitest';
import { RuleSetError } from '../../../src/index.js';
import { createEvaluator } from '../../../src/policy.js';
import { evaluationSchema } from '../../../src/schemas.js';
import { freshDefinition } from '../../fixtures/bad-rule-sets.js';

/** A rule set whose green-travel rule has `number`. */
function withNumber(number: number) {
  const definition = freshDefinition();
  const rule = definition.rules.find((candidate) => candidate['name'] === 'green-travel');
  (rule?.['event'] as { params: { number: unknown } }).params.number = number;
  return definition;
}

it('a rule set is refused, or every evaluation it yields satisfies evaluationSchema (whatever its numbers)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.constantFrom(2 ** 53, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, 1e21, 1.5),
        fc.integer({ min: 35, max: Number.MAX_SAFE_INTEGER }),
        fc.double({ min: 35, noNaN: true }),
      ),
      async (number) => {
        let evaluator;
        try {
          evaluator = createEvaluator(withNumber(number) as never);
        } catch (error) {
          expect(error).toBeInstanceOf(RuleSetError);
          return;
        }
        expect(Number.isSafeInteger(number)).toBe(true);
        expect(evaluationSchema.safeParse(await evaluator.evaluate(2020, { greenTravelPercent: 30 })).success).toBe(
          true,
        );
      },
    ),
    { numRuns: 60 },
  );
});
