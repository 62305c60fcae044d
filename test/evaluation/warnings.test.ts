import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateMany } from '../../src/index.js';
import { evaluationSchema } from '../../src/schemas.js';
import { Decimal } from '../../src/vocabulary/decimal.js';
import { sample2019, sample2020 } from '../fixtures/samples.js';

const statuses = (evaluation: Awaited<ReturnType<typeof evaluate>>) =>
  evaluation.indicators.map((indicator) => [indicator.id, indicator.status, indicator.standardStatus]);

describe('warnings: what looks mistyped, never a status', () => {
  it('0.893 for a percentage warns naming 89.3, and the check still judges 0.893', async () => {
    const evaluation = await evaluate(2020, { greenTravelPercent: '0.893' });
    expect(evaluation.warnings).toStrictEqual([
      {
        kind: 'percentLooksLikeRatio',
        key: 'greenTravelPercent',
        code: 'warning.percent_looks_like_ratio',
        params: { key: 'greenTravelPercent', given: '0.893', meant: '89.3' },
        message: {
          zh: 'greenTravelPercent 为 0.893，像是比值（小数）而非百分比：是否应为 89.3？百分比按百分点填写（89.3 表示 89.3%）',
          en: 'greenTravelPercent is 0.893, which looks like a ratio rather than a percentage: 89.3? Percentages are given in points (89.3 for 89.3%)',
        },
      },
    ]);
    const greenTravel = evaluation.indicators.find((indicator) => indicator.id === 'green-travel');
    expect(greenTravel?.status).toBe('fail');
    expect(greenTravel?.checks[0]?.actual).toBe('0.893');
    expect(evaluationSchema.safeParse(evaluation).success).toBe(true);
  });

  it('does not warn where the thresholds are not above 1, nor for a percentage above 1 or of 0', async () => {
    // irrigationWaterCoefficient is a ratio (threshold 0.595); 0 is a real share.
    const evaluation = await evaluate(2020, {
      irrigationWaterCoefficient: '0.6',
      greenTravelPercent: 52,
      provincialDemoCountyPercent: 0,
    });
    expect(evaluation.warnings).toBeUndefined();
    expect(Object.keys(evaluation)).not.toContain('warnings');
  });

  it('warns of a value 10 times or more, or a tenth or less, of the baseline’s, and only then', async () => {
    const kinds = async (pm25: number | string, baseline: number | string) =>
      (await evaluate(2020, { pm25 }, { baseline: { pm25: baseline } })).warnings?.map((warning) => [
        warning.kind,
        warning.code,
        warning.message.en,
      ]);
    expect(await kinds(280, 28)).toStrictEqual([
      [
        'tenfoldChange',
        'warning.tenfold_above_baseline',
        "pm25 is 280, 10 times or more the baseline's 28: check the unit and the decimal point",
      ],
    ]);
    expect(await kinds('2.8', 28)).toStrictEqual([
      [
        'tenfoldChange',
        'warning.tenfold_below_baseline',
        "pm25 is 2.8, a tenth or less of the baseline's 28: check the unit and the decimal point",
      ],
    ]);
    expect(await kinds('279.99', 28)).toBeUndefined();
    expect(await kinds('2.81', 28)).toBeUndefined();
    expect(await kinds(0, 28)).toBeUndefined();
  });

  it('the sample data give none', async () => {
    expect((await evaluate(2020, sample2020, { baseline: sample2019 })).warnings).toBeUndefined();
  });

  it('law: a warning never changes a status: the statuses are those of the same figures judged with no warning possible', async () => {
    // Every percentage from 0.001 to 1 warns, and is judged as itself: below every threshold, as 0 is.
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1000 }), async (thousandths) => {
        const value = (thousandths / 1000).toString();
        const warned = await evaluate(2020, { greenTravelPercent: value, airGoodDaysPercent: value });
        expect(warned.warnings?.map((warning) => warning.key)).toStrictEqual([
          'airGoodDaysPercent',
          'greenTravelPercent',
        ]);
        const { warnings, ...rest } = warned;
        const meant = (thousandths / 10).toString();
        expect(warnings?.every((warning) => warning.message.en.includes(`: ${meant}?`))).toBe(true);
        // The same statuses as any value below every threshold: the warning decided nothing.
        const unwarned = await evaluate(2020, { greenTravelPercent: '0', airGoodDaysPercent: '0' });
        expect(statuses(rest as typeof warned)).toStrictEqual(statuses(unwarned));
      }),
      { numRuns: 30 },
    );
  });

  it('evaluateMany’s full evaluations carry the same warnings', async () => {
    const scenario = { greenTravelPercent: '0.5', pm25: 300 };
    const [full] = await evaluateMany(2020, [scenario], { baseline: { pm25: 28 }, detail: 'full' });
    expect(full).toStrictEqual(await evaluate(2020, scenario, { baseline: { pm25: 28 } }));
    expect(full?.warnings?.map((warning) => warning.kind)).toStrictEqual(['percentLooksLikeRatio', 'tenfoldChange']);
  });

  it('law: the tenfold warning says what the exact decimals say, however near to ten times apart the two values are', async () => {
    // The warnings look at the two values' doubles first: only a quotient near 10 or 0.1 is worked out
    // exactly. Values at, just above and just below ten times apart, as numbers and as strings.
    const tenfold = (value: Decimal, base: Decimal): boolean =>
      value.isPos() &&
      !value.isZero() &&
      base.isPos() &&
      !base.isZero() &&
      (value.gte(base.times(10)) || base.gte(value.times(10)));
    const step = fc.constantFrom('0', '1e-15', '-1e-15', '1e-300', '0.0001', '-0.0001');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5000 }).map((n) => new Decimal(n).div(100)),
        step,
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        async (base, nudge, larger, asNumber, baseAsNumber) => {
          const exact = (larger ? base.times(10) : base.div(10)).plus(nudge);
          if (!exact.isPos()) return;
          const show = (value: Decimal, number: boolean) => (number ? value.toNumber() : value.toFixed());
          const given = show(exact, asNumber);
          const baseline = show(base, baseAsNumber);
          const evaluation = await evaluate(
            2020,
            { energyConsumption: given },
            { baseline: { energyConsumption: baseline } },
          );
          const warned = (evaluation.warnings ?? []).some((warning) => warning.kind === 'tenfoldChange');
          expect(warned).toBe(tenfold(new Decimal(String(given)), new Decimal(String(baseline))));
        },
      ),
      { numRuns: 400, seed: 10 },
    );
  });
});
