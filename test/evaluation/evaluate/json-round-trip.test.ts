import fc from 'fast-check';
import { expect, it } from 'vitest';
import { evaluate } from '../../../src/index.js';
import { evaluationSchema } from '../../../src/schemas.js';
import { anyEvaluation } from '../../fixtures/arbitraries.js';
import { expectSame } from '../../fixtures/same.js';

it('results survive a JSON round trip unchanged and match the evaluation schema', async () => {
  await fc.assert(
    fc.asyncProperty(anyEvaluation, async ({ year, measurements, baseline }) => {
      const evaluation = await evaluate(year, measurements, { baseline });
      // -0, 5e-324, 1e21 and Number.MAX_VALUE among the inputs: each must come back as itself.
      expectSame(JSON.parse(JSON.stringify(evaluation)), evaluation);
      expect(evaluationSchema.safeParse(evaluation).success).toBe(true);
    }),
    { numRuns: 80 },
  );
});
