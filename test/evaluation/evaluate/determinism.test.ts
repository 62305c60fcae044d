import fc from 'fast-check';
import { it } from 'vitest';
import { evaluate } from '../../../src/index.js';
import { anyEvaluation } from '../../fixtures/arbitraries.js';
import { expectSame } from '../../fixtures/same.js';

const reversed = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).reverse()) as T;

it('evaluation is deterministic: the same input, in any key order, gives the same result', async () => {
  await fc.assert(
    fc.asyncProperty(anyEvaluation, async ({ year, measurements, baseline }) => {
      const first = await evaluate(year, measurements, { baseline });
      const again = await evaluate(year, measurements, { baseline });
      const reordered = await evaluate(year, reversed(measurements), {
        baseline: baseline === undefined ? undefined : reversed(baseline),
      });
      expectSame(again, first);
      expectSame(reordered, first);
    }),
    { numRuns: 60 },
  );
});
