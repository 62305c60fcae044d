import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  evaluateMany,
  measurementCatalogue,
  RuleSetError,
  ValidationError,
  type Issue,
} from '../../src/index.js';
import { createEvaluator } from '../../src/policy.js';
import { applyDerivations, derivedShare } from '../../src/engine/apply-derivations.js';
import { compileDerivations } from '../../src/engine/derivations.js';
import { issueAt } from '../../src/errors/issue.js';
import { Decimal } from '../../src/vocabulary/decimal.js';
import { derivations, shareOf } from '../fixtures/derivations.js';
import { plainIssues } from '../fixtures/plain-issues.js';
import { editableRules } from '../fixtures/rule-files.js';

const compiled = compileDerivations(derivations, measurementCatalogue);

/** The issues `promise` rejects with (a ValidationError), or the test fails. */
async function issuesOf(promise: Promise<unknown>): Promise<readonly Issue[]> {
  const error: unknown = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues;
}

const airQuality = async (measurements: Record<string, unknown>, baseline?: Record<string, unknown>) => {
  const evaluation = await evaluate(2020, measurements, baseline === undefined ? {} : { baseline: baseline });
  const found = evaluation.indicators.find((indicator) => indicator.id === 'air-quality');
  if (found === undefined) throw new Error('no air quality');
  return found;
};

describe('the share: 100 × part ÷ whole, rounded half up', () => {
  it("is the spec's examples: 324/335 → 96.7, 267/334 → 79.9, 7/9 → 77.8", () => {
    const share = (part: number, whole: number) => derivedShare(new Decimal(part), new Decimal(whole), 1).toFixed(1);
    expect([share(324, 335), share(267, 334), share(7, 9), share(0, 5), share(5, 5)]).toEqual([
      '96.7',
      '79.9',
      '77.8',
      '0.0',
      '100.0',
    ]);
  });

  it('rounds a half up, where half-even would round down: 1/8 of 100 to 0 places is 13, 1/16 to 1 place is 6.3', () => {
    expect(derivedShare(new Decimal(1), new Decimal(8), 0).toFixed(0)).toBe('13');
    expect(derivedShare(new Decimal(1), new Decimal(16), 1).toFixed(1)).toBe('6.3');
    expect(derivedShare(new Decimal(5), new Decimal(8), 0).toFixed(0)).toBe('63');
  });

  it('equals decimal.js rounding half up at high precision, for any counts and places (a second implementation)', () => {
    fc.assert(
      fc.property(
        fc
          .bigInt({ min: 1n, max: 10n ** 30n })
          .chain((whole) => fc.tuple(fc.bigInt({ min: 0n, max: whole }), fc.constant(whole))),
        fc.integer({ min: 0, max: 6 }),
        ([part, whole], places) => {
          expect(
            derivedShare(new Decimal(part.toString()), new Decimal(whole.toString()), places).toFixed(places),
          ).toBe(shareOf(part.toString(), whole.toString(), places));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('stays exact where a share lies a hair below a half: no intermediate rounding moves it', () => {
    // 100 × p ÷ w = 79.95 − 10^-40: it rounds to 79.9, never to 80.0.
    const whole = new Decimal(10).pow(42);
    const part = new Decimal('7995').times(new Decimal(10).pow(38)).minus(1);
    expect(derivedShare(part, whole, 1).toFixed(1)).toBe('79.9');
    expect(derivedShare(part.plus(1), whole, 1).toFixed(1)).toBe('80.0');
  });
});

describe('applied to measurements', () => {
  const outcome = (values: Record<string, Decimal | boolean | null>) =>
    applyDerivations(compiled, (key) => values[key] ?? null, issueAt);

  it('derives from both counts, and notes how', () => {
    const result = outcome({ airGoodDays: new Decimal(324), airValidDays: new Decimal(335) });
    expect(result.issues).toEqual([]);
    expect(result.values.get('airGoodDaysPercent')).toMatchObject({
      text: '96.7',
      note: {
        kind: 'derived',
        part: { key: 'airGoodDays', value: '324' },
        whole: { key: 'airValidDays', value: '335' },
        shown: { zh: '（324/335 天）', en: ' (324/335 days)' },
      },
    });
  });

  it('one count alone leaves the percentage without data, naming the absent count; beside a given percentage it is unused', () => {
    expect(outcome({ airGoodDays: new Decimal(324) }).values.get('airGoodDaysPercent')).toEqual({
      value: null,
      text: null,
      note: {
        kind: 'incomplete',
        given: 'airGoodDays',
        absent: 'airValidDays',
        shown: {
          zh: '（给出了 airGoodDays，未给出 airValidDays）',
          en: ' (airGoodDays is given, airValidDays is not)',
        },
      },
    });
    expect(outcome({ airValidDays: new Decimal(335), airGoodDaysPercent: new Decimal(90) }).values.size).toBe(0);
  });

  it('a zero whole is one issue, naming every share it would divide; a part above its whole is one at the part', () => {
    const zero = outcome({
      surfaceWaterSections: new Decimal(0),
      surfaceWaterSectionsGood: new Decimal(0),
      surfaceWaterSectionsClassIorII: new Decimal(0),
    });
    expect(zero.issues).toHaveLength(1);
    expect(zero.issues[0]?.path).toEqual(['surfaceWaterSections']);
    expect(zero.issues[0]?.message).toContain(
      'surfaceWaterGoodPercent = 100 × surfaceWaterSectionsGood ÷ surfaceWaterSections',
    );
    expect(zero.issues[0]?.message).toContain('surfaceWaterClassIorIIPercent');
    const above = outcome({ provincialDemoCounties: new Decimal(11), countyUnits: new Decimal(10) });
    expect(plainIssues(above.issues)).toEqual([
      {
        path: ['provincialDemoCounties'],
        message:
          'provincialDemoCounties (11) is more than countyUnits (10): a part cannot exceed its whole (provincialDemoCountyPercent = 100 × provincialDemoCounties ÷ countyUnits)',
      },
    ]);
  });
});

describe('evaluate with counts', () => {
  it('judges the derived share, shows it as actual and says how it was derived, in both languages', async () => {
    const air = await airQuality({ airGoodDays: 324, airValidDays: 335 });
    expect(air.checks[0]).toMatchObject({
      key: 'airGoodDaysPercent',
      actual: '96.7',
      status: 'pass',
      gap: '0',
      derived: {
        actual: {
          part: { key: 'airGoodDays', value: '324' },
          whole: { key: 'airValidDays', value: '335' },
          decimalPlaces: 1,
        },
        threshold: null,
      },
      explanation: {
        zh: '空气质量优良天数比例 96.7%（324/335 天），达到目标 80%',
        en: 'Good-air days 96.7% (324/335 days), meets the 80% target',
      },
    });
    const failing = await airQuality({ airGoodDays: 267, airValidDays: 334 });
    expect(failing.checks[0]).toMatchObject({ actual: '79.9', status: 'fail', gap: '0.1' });
    expect(failing.checks[0]?.explanation.en).toBe(
      'Good-air days 79.9% (267/334 days), below the 80% target by 0.1 points',
    );
  });

  it('derives the baseline the same way, and says so on its side', async () => {
    const air = await airQuality(
      { airGoodDaysPercent: 95, pm25: 30, airQualityAssessmentPassed: true },
      { airGoodDays: 330, airValidDays: 365, pm25: 32 },
    );
    const notLower = air.checks[1];
    expect(notLower).toMatchObject({
      threshold: '90.4',
      status: 'pass',
      derived: { actual: null, threshold: { part: { value: '330' } } },
    });
    expect(notLower?.explanation.zh).toBe('空气质量优良天数比例 95%，达到基准年 90.4%（330/365 天）');
  });

  it('a percentage beside its counts agrees as a decimal ("96.70"), and is then shown as derived', async () => {
    const air = await airQuality({ airGoodDays: 324, airValidDays: 335, airGoodDaysPercent: '96.70' });
    expect(air.checks[0]).toMatchObject({ actual: '96.7', status: 'pass' });
  });

  it('one count alone: the checks of the percentage are missing, and the explanation names the absent count', async () => {
    const air = await airQuality(
      { airValidDays: 335, pm25: 30, airQualityAssessmentPassed: true },
      { airGoodDaysPercent: 90, pm25: 31 },
    );
    expect(air.checks[0]).toMatchObject({ status: 'missing', actual: null });
    expect(air.checks[0]?.explanation).toEqual({
      zh: '缺少数据：空气质量优良天数比例（给出了 airValidDays，未给出 airGoodDays）',
      en: 'No data: Good-air days (airValidDays is given, airGoodDays is not)',
    });
  });

  it('refuses a zero whole, a part above its whole and a disagreeing percentage, each naming the keys, every problem at once', async () => {
    const issues = await issuesOf(
      evaluate(
        2020,
        {
          airGoodDays: 324,
          airValidDays: 335,
          airGoodDaysPercent: 96.8,
          countyUnits: 0,
          drinkingWaterSourcesGood: 9,
          drinkingWaterSources: 8,
        },
        { baseline: { surfaceWaterSections: 0 } },
      ),
    );
    expect(issues.map((issue) => issue.path.join('.'))).toEqual([
      'measurements.airGoodDaysPercent',
      'measurements.drinkingWaterSourcesGood',
      'measurements.countyUnits',
      'options.baseline.surfaceWaterSections',
    ]);
    expect(issues[0]?.message).toBe(
      'airGoodDaysPercent (96.8) disagrees with its counts: 100 × airGoodDays ÷ airValidDays = 100 × 324 ÷ 335 = 96.7, rounded half up to 1 decimal place; give the percentage or the counts, or make them agree',
    );
  });

  it("reports the counts' problems beside the others when the schemas refuse the input", async () => {
    const issues = await issuesOf(
      evaluate(2020, { airGoodDays: 400, airValidDays: 0, countyUnits: 0, greenTravelPercent: 'x' }),
    );
    expect(issues.map((issue) => issue.path.join('.'))).toEqual([
      'measurements.greenTravelPercent',
      'measurements.airGoodDays',
      'measurements.airValidDays',
      'measurements.countyUnits',
    ]);
    expect(issues[1]?.message).toBe('expected a whole number from 0 to 366, got 400');
  });

  it('a day count above 366 is refused, a count of sections is not', async () => {
    expect((await issuesOf(evaluate(2020, { airValidDays: 367 }))).map((issue) => issue.message)).toEqual([
      'expected a whole number from 0 to 366, got 367',
    ]);
    await expect(evaluate(2020, { surfaceWaterSections: 367, surfaceWaterSectionsGood: 300 })).resolves.toBeDefined();
  });
});

describe('evaluateMany with counts', () => {
  it("derives each scenario over the base as evaluate derives the merged measurements (267 of the base's 335 days)", async () => {
    const results = await evaluateMany(
      2020,
      [{ airGoodDays: 267 }, { airGoodDays: null }, { airGoodDaysPercent: 85, airGoodDays: null, airValidDays: null }],
      { base: { airGoodDays: 324, airValidDays: 335 }, detail: 'full' },
    );
    const first = results.map(
      (result) => result.indicators.find((indicator) => indicator.id === 'air-quality')?.checks[0],
    );
    expect(first.map((check) => [check?.actual, check?.status])).toEqual([
      ['79.7', 'fail'],
      [null, 'missing'],
      [85, 'pass'],
    ]);
  });

  it("refuses a scenario whose percentage disagrees with the base's counts, naming the scenario", async () => {
    const issues = await issuesOf(
      evaluateMany(2020, [{ airGoodDays: 300 }, { airGoodDaysPercent: 85 }], {
        base: { airGoodDays: 324, airValidDays: 335 },
      }),
    );
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['scenarios.1.airGoodDaysPercent']);
    expect(issues[0]?.message).toContain('airGoodDaysPercent (85) disagrees with its counts');
  });
});

describe('derivations as rule-set data', () => {
  it('are checked when the set is loaded: known keys of the right kinds, one derivation per percentage', () => {
    const refused = (definition: unknown): ReturnType<typeof plainIssues> => {
      try {
        createEvaluator({ name: 'bad', rules: editableRules(), derivations: definition as never });
      } catch (error) {
        if (error instanceof RuleSetError) return plainIssues(error.issues);
        throw error;
      }
      throw new Error('accepted');
    };
    expect(
      refused([{ key: 'airGoodDaysPercent', part: 'airGoodDays', whole: 'airGoodDays', decimalPlaces: 1 }]),
    ).toEqual([{ path: ['derivations', 0, 'whole'], message: 'the part and the whole are two different counts' }]);
    expect(refused([{ key: 'pm25', part: 'airGoodDays', whole: 'airValidDay', decimalPlaces: 1 }])).toEqual([
      { path: ['derivations', 0, 'key'], message: '"pm25" is amount; the key of a derivation is a percentage' },
      {
        path: ['derivations', 0, 'whole'],
        message:
          'unknown measurement key "airValidDay"; declare it in the rule set\'s measurements to use a key of your own',
      },
    ]);
    const twice = { key: 'airGoodDaysPercent', part: 'airGoodDays', whole: 'airValidDays', decimalPlaces: 1 };
    expect(refused([twice, { ...twice, decimalPlaces: 2 }])[0]?.path).toEqual(['derivations', 1, 'key']);
    expect(refused([{ ...twice, decimalPlaces: 1.5 }])[0]).toEqual({
      path: ['derivations', 0, 'decimalPlaces'],
      message: 'expected a whole number of decimal places from 0 to 10',
    });
    expect(refused([{ ...twice, formula: 'ratio' }])[0]?.message).toContain('unknown field "formula"');
  });

  it("are the set's own: without them a set takes percentages as given, and the counts derive nothing", async () => {
    const without = createEvaluator({ name: 'no-derivations', rules: editableRules() });
    expect(without.ruleSet.derivations).toEqual([]);
    const evaluation = await without.evaluate(2020, { airGoodDays: 324, airValidDays: 335 });
    expect(evaluation.indicators.find((indicator) => indicator.id === 'air-quality')?.checks[0]?.status).toBe(
      'missing',
    );
  });
});
