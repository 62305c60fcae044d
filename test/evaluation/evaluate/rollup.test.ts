import { describe, expect, it } from 'vitest';
import { bureaus, evaluate } from '../../../src/index.js';
import { sample2019, sample2020 } from '../../fixtures/samples.js';
import { passingMeasurements } from '../../fixtures/thresholds.js';

describe('roll-ups by bureau and city', () => {
  it('lists every bureau in the order of the bureau table with its indicators', async () => {
    const evaluation = await evaluate(2020, sample2020, { baseline: sample2019 });
    expect(evaluation.bureaus.map((bureau) => bureau.id)).toEqual(bureaus.map((bureau) => bureau.id));
    const numbers = evaluation.bureaus.flatMap((bureau) => bureau.indicators).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 34 }, (_, index) => index + 1));
    const ecology = evaluation.bureaus.find((bureau) => bureau.id === 'ecology-environment');
    expect(ecology?.indicators).toEqual([1, 3, 7, 8, 9, 10, 11, 12, 15, 16, 17, 18, 26, 29, 30, 33]);
    expect(ecology?.name).toEqual({ zh: '市生态环境局', en: 'Municipal Ecology and Environment Bureau' });
  });

  it("a bureau fails when one of its indicators fails, even if another's data is missing", async () => {
    const evaluation = await evaluate(2020, { greenTravelPercent: 30, urbanSewageTreatmentPercent: 60 });
    const transport = evaluation.bureaus.find((bureau) => bureau.id === 'transport');
    expect(transport?.status).toBe('fail');
    const housing = evaluation.bureaus.find((bureau) => bureau.id === 'housing-urban-rural');
    expect(housing?.status).toBe('fail');
    expect(housing?.counts).toEqual({ pass: 0, fail: 1, missing: 3 });
    expect(evaluation.status).toBe('fail');
  });

  it('with no data at all, everything is missing, never a pass', async () => {
    const evaluation = await evaluate(2020, {});
    expect(evaluation.status).toBe('missing');
    expect(evaluation.standardStatus).toBe('missing');
    expect(evaluation.counts).toEqual({ pass: 0, fail: 0, missing: 34 });
    expect(evaluation.bureaus.every((bureau) => bureau.status === 'missing')).toBe(true);
  });

  it('the city passes when every indicator passes, against the targets and the standard', async () => {
    // Values at each threshold of rules/ (which the checks accept), whatever a policy change made them.
    const { measurements, baseline } = passingMeasurements(2020);
    const evaluation = await evaluate(2020, measurements, { baseline });
    expect(evaluation.counts).toEqual({ pass: 34, fail: 0, missing: 0 });
    expect(evaluation.standardCounts).toEqual({ pass: 34, fail: 0, missing: 0 });
    expect([evaluation.status, evaluation.standardStatus]).toEqual(['pass', 'pass']);
    expect(evaluation.bureaus.every((bureau) => bureau.status === 'pass' && bureau.standardStatus === 'pass')).toBe(
      true,
    );
  });
});
