import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/evaluation/evaluate.js';
import type { CheckResult } from '../../../src/schema/evaluation.js';
import { boundaryCases } from '../../fixtures/boundaries.js';
import { specIndicators, type SpecCheck } from '../../fixtures/spec-indicators.js';
import { operatorOfSpec } from '../../fixtures/spec-operators.js';

/** The result of the check that `spec` describes, found by what it compares. */
function findCheck(checks: readonly CheckResult[], spec: SpecCheck): CheckResult | undefined {
  const { against } = spec;
  return checks.find(
    (check) =>
      check.key === spec.key &&
      check.operator === operatorOfSpec[spec.operator] &&
      ('value' in against
        ? check.against === 'value' && check.threshold === against.value
        : 'boolean' in against
          ? check.against === 'value' && check.threshold === against.boolean
          : 'baseline' in against
            ? check.against === 'baseline' && check.thresholdKey === against.baseline
            : check.against === 'measurement' && check.thresholdKey === against.measurement),
  );
}

const tables = specIndicators.flatMap((indicator) => [
  { indicator, table: 'standard' as const, checks: indicator.standard },
  {
    indicator,
    table: 2020 as const,
    checks: indicator.targets2020 === 'same' ? indicator.standard : indicator.targets2020,
  },
]);

describe.each(tables)('$indicator.number $indicator.id ($table)', ({ indicator, table, checks }) => {
  const cases = checks.flatMap((check) => boundaryCases(check).map((boundary) => ({ check, ...boundary })));
  it.each(cases)('$name → $expected, gap $gap', async ({ check, measurements, baseline, expected, gap }) => {
    // 2021 has no task table, so its checks are the standard's; 2020 has its own.
    const evaluation = await evaluate(
      table === 'standard' ? 2021 : 2020,
      measurements,
      baseline === undefined ? {} : { baseline },
    );
    const result = evaluation.indicators.find((candidate) => candidate.id === indicator.id);
    const found = findCheck((table === 'standard' ? result?.standardChecks : result?.checks) ?? [], check);
    expect(found, 'the check is in the result').toBeDefined();
    expect(found?.status).toBe(expected);
    expect(found?.gap).toBe(gap);
    // The indicator combines its checks: a failing check fails it, whatever else has no data.
    const indicatorStatus = table === 'standard' ? result?.standardStatus : result?.status;
    if (expected === 'fail') expect(indicatorStatus).toBe('fail');
    if (checks.length === 1) expect(indicatorStatus).toBe(expected);
  });
});

describe('2020 targets against the creation standard', () => {
  it('green travel 40%: meets the 2020 target of 35 but not the standard of 50', async () => {
    const evaluation = await evaluate(2020, { greenTravelPercent: 40 });
    const greenTravel = evaluation.indicators.find((indicator) => indicator.id === 'green-travel');
    expect([greenTravel?.status, greenTravel?.standardStatus]).toEqual(['pass', 'fail']);
    expect(greenTravel?.standardChecks[0]?.gap).toBe('10');
  });

  it('central-city sewage 93.6%: fails the 2020 sub-target, the standard does not look at it', async () => {
    const evaluation = await evaluate(2020, {
      urbanSewageTreatmentPercent: 91.2,
      centralCitySewageTreatmentPercent: 93.6,
      countySewageTreatmentPercent: 88,
      centralCitySludgeSafeDisposalPercent: 92,
    });
    const sewage = evaluation.indicators.find((indicator) => indicator.id === 'urban-sewage');
    expect([sewage?.status, sewage?.standardStatus]).toEqual(['fail', 'pass']);
  });

  it('water use: 2020 caps it at 8.03 (亿立方米), the standard at the given cap', async () => {
    const evaluation = await evaluate(2020, { waterPerGdp: 70, waterUse: '8.04', waterUseCap: 9 });
    const water = evaluation.indicators.find((indicator) => indicator.id === 'water-intensity');
    expect(water?.checks.find((check) => check.key === 'waterUse')?.status).toBe('fail');
    expect(water?.standardChecks.find((check) => check.key === 'waterUse')?.status).toBe('pass');
  });

  it('a year without a task table is judged by the standard, and says so', async () => {
    const evaluation = await evaluate(2021, { greenTravelPercent: 40 });
    expect(evaluation.targets).toBe('standard');
    const greenTravel = evaluation.indicators.find((indicator) => indicator.id === 'green-travel');
    expect(greenTravel?.status).toBe('fail');
    expect(greenTravel?.checks).toEqual(greenTravel?.standardChecks);
  });

  it('2020 is judged by its own table', async () => {
    expect((await evaluate(2020, {})).targets).toBe(2020);
  });
});
