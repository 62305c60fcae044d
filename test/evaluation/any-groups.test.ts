import { describe, expect, it } from 'vitest';
import { RuleSetError, type RuleTableEntry } from '../../src/index.js';
import { createEvaluator, parseCaseFile, runCase } from '../../src/policy.js';
import { plainIssues } from '../fixtures/plain-issues.js';
import { compositeEvaluator, compositeExample, readJson } from '../fixtures/composite-air-quality.js';
import { editableRules } from '../fixtures/rule-files.js';
import { runCli } from '../fixtures/run-cli.js';

// "Alternatives within a table" (spec/indicators.md): an `any` group passes when one of its
// alternatives passes, fails when all of them fail, and is missing otherwise; the indicator still
// fails if any of its checks or groups fails; the explanation says which alternative decided.

const example = compositeExample;
const read = readJson;

const evaluator = compositeEvaluator();
const floor = { airQualityAssessmentPassed: true };

async function airQuality(measurements: Record<string, unknown>, baseline: Record<string, unknown>) {
  const options = { baseline: baseline as never };
  const [evaluation] = await evaluator.evaluateMany(2020, [measurements as never], { ...options, detail: 'full' });
  const engine = await evaluator.evaluate(2020, measurements as never, options);
  // The what-if path and json-rules-engine's `any` agree, field for field.
  expect(evaluation).toStrictEqual(engine);
  const found = engine.indicators.find((indicator) => indicator.id === 'air-quality');
  if (found === undefined) throw new Error('no air quality');
  return found;
}

describe('an any group', () => {
  it('passes when an alternative passes, and says which: the first that passes decides', async () => {
    const indicator = await airQuality(
      { airGoodDaysPercent: 85, pm25: 33, airQualityCompositeIndex: '3.98', ...floor },
      { airGoodDaysPercent: 90, pm25: 35, airQualityCompositeIndex: '4.12' },
    );
    expect(indicator.status).toBe('pass');
    expect(indicator.checks.map((check) => check.key)).toEqual(['airGoodDaysPercent', 'airQualityAssessmentPassed']);
    const [group] = indicator.groups ?? [];
    expect(group).toMatchObject({ operator: 'any', status: 'pass', decidedBy: 1 });
    expect(group?.alternatives.map((alternative) => alternative.status)).toEqual(['fail', 'pass']);
    expect(group?.explanation).toEqual({
      zh: '满足备选条件 2（共 2 项）：环境空气质量综合指数 3.98，未超过基准年 4.12',
      en: 'Alternative 2 of 2 holds: Ambient air quality composite index 3.98, within the baseline 4.12',
    });
    // The year has no table of its own for air quality: its groups are the standard's, as copies.
    expect(indicator.groups).toEqual(indicator.standardGroups);
    expect(indicator.groups).not.toBe(indicator.standardGroups);
  });

  it('fails when every alternative fails, saying why each does; the indicator fails with it', async () => {
    const indicator = await airQuality(
      { airGoodDaysPercent: 85, pm25: 36, airQualityCompositeIndex: '4.2', ...floor },
      { airGoodDaysPercent: 90, pm25: 35, airQualityCompositeIndex: '4.12' },
    );
    expect([indicator.status, indicator.groups?.[0]?.status, indicator.groups?.[0]?.decidedBy]).toEqual([
      'fail',
      'fail',
      null,
    ]);
    expect(indicator.explanation.en).toBe(
      'None of 2 alternatives holds: (1) Good-air days 85%, below the baseline 90% by 5 points; Annual mean PM2.5 36 µg/m³, above the baseline 35 µg/m³ by 1 µg/m³; (2) Ambient air quality composite index 4.2, above the baseline 4.12 by 0.08',
    );
  });

  it('is missing when no alternative passes and one lacks data; a failing check beside it still fails the indicator', async () => {
    const missing = await airQuality(
      { airGoodDaysPercent: 85, pm25: 33, ...floor },
      { airGoodDaysPercent: 90, pm25: 35 },
    );
    expect([missing.status, missing.groups?.[0]?.status]).toEqual(['missing', 'missing']);
    expect(missing.explanation.zh).toBe('2 项备选条件无一满足，缺少数据：（2）缺少数据：环境空气质量综合指数');
    const floorFails = await airQuality(
      { airGoodDaysPercent: 79, pm25: 33, airQualityAssessmentPassed: true },
      { airGoodDaysPercent: 90, pm25: 35 },
    );
    expect([floorFails.status, floorFails.groups?.[0]?.status]).toEqual(['fail', 'missing']);
  });

  it('reads percentages derived from counts in its alternatives like any check', async () => {
    const indicator = await airQuality(
      { airGoodDays: 324, airValidDays: 366, pm25: 33, airQualityCompositeIndex: '4.5', ...floor },
      { airGoodDays: 300, airValidDays: 365, pm25: 35, airQualityCompositeIndex: '4.12' },
    );
    expect(indicator.groups?.[0]).toMatchObject({ status: 'pass', decidedBy: 0 });
    expect(indicator.groups?.[0]?.alternatives[0]?.checks[0]?.explanation.en).toBe(
      'Good-air days 88.5% (324/366 days), meets the baseline 82.2% (300/365 days)',
    );
  });

  it("runs in the worked example's case file, through runCase and the command line", async () => {
    const file = parseCaseFile(read(`${example}/cases.json`), 'cases.json');
    for (const testCase of file.cases)
      expect((await runCase(testCase, { evaluator })).status, testCase.name).toBe('passed');
    const { code, stdout } = await runCli([
      'test',
      `${example}/cases.json`,
      '--rules',
      `${example}/rules`,
      '--lang',
      'en',
    ]);
    expect([code, stdout.trim().split('\n').at(-1)]).toEqual([0, `${file.cases.length} passed, 0 failed`]);
  });
});

describe('an any group in a rule file', () => {
  const refused = (entry: unknown): RuleSetError => {
    const rules = editableRules();
    const table = rules.find((rule) => rule.name === 'green-travel')?.conditions.all[0];
    table?.all.push(entry as RuleTableEntry);
    try {
      createEvaluator({ name: 'bad', rules });
    } catch (error) {
      if (error instanceof RuleSetError) return error;
      throw error;
    }
    throw new Error('accepted');
  };
  const at = (...path: (string | number)[]) => ['rules', 'green-travel', 'conditions', 'all', 0, 'all', 1, ...path];

  it('is checked like checks: a bad operator inside an alternative reads as a bad operator, at its place', () => {
    const error = refused({
      any: [
        { fact: 'greenTravelPercent', operator: 'decimalAtLeast', value: '40' },
        { all: [{ fact: 'greenTravelPercent', operator: 'atLeast', value: '45' }] },
      ],
    });
    expect(plainIssues(error.issues)).toEqual([
      {
        path: at('any', 1, 'all', 0, 'operator'),
        message:
          'unknown operator "atLeast"; rules may use only decimalAtLeast, decimalAtMost, decimalGreaterThan, decimalEqual, booleanIs, eiGradeAtLeast',
      },
    ]);
    expect(
      refused({
        any: [
          { fact: 'busLanes', operator: 'decimalAtLeast', value: '1' },
          { fact: 'greenTravelPercent', operator: 'booleanIs', value: true },
        ],
      }).issues.map((issue) => issue.path.slice(7).join('.')),
    ).toEqual(['any.0.fact', 'any.1.operator']);
  });

  it('lists at least two alternatives, and an `all` stands only among them', () => {
    expect(
      plainIssues(refused({ any: [{ fact: 'greenTravelPercent', operator: 'decimalAtLeast', value: '40' }] }).issues),
    ).toEqual([{ path: at('any'), message: 'an "any" group lists at least two alternatives' }]);
    expect(
      plainIssues(
        refused({ all: [{ fact: 'greenTravelPercent', operator: 'decimalAtLeast', value: '40' }] }).issues,
      )[0],
    ).toEqual({
      path: at('fact'),
      message: 'expected a string',
    });
  });
});
