import DecimalBase from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { evaluate, type CheckResult } from '../../../src/index.js';
import { boundaryCases } from '../../fixtures/boundaries.js';
import type { SpecCheck } from '../../fixtures/spec-indicators.js';
import { oracleIndicators, ruleThreshold } from '../../fixtures/thresholds.js';

const Decimal = DecimalBase.clone({ precision: 100 });
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

// The oracle's checks at the thresholds of rules/: a policy change moves the boundaries tested here.
const tables = oracleIndicators.flatMap((indicator) => [
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
  it('green travel between the 2020 target and the standard: meets the one, not the other', async () => {
    const target2020 = new Decimal(ruleThreshold('green-travel', '2020', 'greenTravelPercent'));
    const standard = new Decimal(ruleThreshold('green-travel', 'standard', 'greenTravelPercent'));
    // The 2020 table sets an interim level below the standard (35 against 50 in the seed table).
    expect(target2020.lt(standard), 'rules/23-green-travel.json: the 2020 target is below the standard').toBe(true);
    const between = target2020.plus(standard).div(2);
    const evaluation = await evaluate(2020, { greenTravelPercent: between.toFixed() });
    const greenTravel = evaluation.indicators.find((indicator) => indicator.id === 'green-travel');
    expect([greenTravel?.status, greenTravel?.standardStatus]).toEqual(['pass', 'fail']);
    expect(greenTravel?.standardChecks[0]?.gap).toBe(standard.minus(between).toFixed());
  });

  it('central-city sewage below its 2020 sub-target: fails 2020, the standard does not look at it', async () => {
    const subTarget = new Decimal(ruleThreshold('urban-sewage', '2020', 'centralCitySewageTreatmentPercent'));
    const passing = (id: string, key: string) => ruleThreshold('urban-sewage', id, key);
    const evaluation = await evaluate(2020, {
      urbanSewageTreatmentPercent: passing('2020', 'urbanSewageTreatmentPercent'),
      centralCitySewageTreatmentPercent: subTarget.minus('0.1').toFixed(),
      countySewageTreatmentPercent: passing('2020', 'countySewageTreatmentPercent'),
      centralCitySludgeSafeDisposalPercent: passing('2020', 'centralCitySludgeSafeDisposalPercent'),
    });
    const sewage = evaluation.indicators.find((indicator) => indicator.id === 'urban-sewage');
    expect([sewage?.status, sewage?.standardStatus]).toEqual(['fail', 'pass']);
  });

  it('water use: 2020 caps it at a fixed figure (亿立方米), the standard at the given cap', async () => {
    const cap2020 = new Decimal(ruleThreshold('water-intensity', '2020', 'waterUse'));
    const above = cap2020.plus('0.01');
    const evaluation = await evaluate(2020, {
      waterPerGdp: ruleThreshold('water-intensity', 'standard', 'waterPerGdp'),
      waterUse: above.toFixed(),
      waterUseCap: above.plus(1).toFixed(),
    });
    const water = evaluation.indicators.find((indicator) => indicator.id === 'water-intensity');
    expect(water?.checks.find((check) => check.key === 'waterUse')?.status).toBe('fail');
    expect(water?.standardChecks.find((check) => check.key === 'waterUse')?.status).toBe('pass');
  });

  it('a year without a task table is judged by the standard, and says so', async () => {
    const evaluation = await evaluate(2021, { greenTravelPercent: 40 });
    expect(evaluation.targets).toBe('standard');
    const greenTravel = evaluation.indicators.find((indicator) => indicator.id === 'green-travel');
    expect(greenTravel?.checks).toEqual(greenTravel?.standardChecks);
  });

  it('2020 is judged by its own table', async () => {
    expect((await evaluate(2020, {})).targets).toBe(2020);
  });
});
