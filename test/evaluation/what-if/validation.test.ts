import { describe, expect, it } from 'vitest';
import { plainIssues } from '../../fixtures/plain-issues.js';
import { evaluate, evaluateMany, ValidationError, type Measurements } from '../../../src/index.js';
import { createEvaluator } from '../../../src/policy.js';
import { callerMeasurements, callerRules } from '../../fixtures/caller-rule-set.js';
import { sample2019, sample2020 } from '../../fixtures/samples.js';

/** The issues `promise` rejects with; fails the test if it resolves or rejects otherwise. */
async function issuesOf(promise: Promise<unknown>) {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return plainIssues((error as ValidationError).issues);
}

/** The issues `evaluate` gives for one measurements object, as paths under `prefix`. */
async function evaluateIssues(measurements: unknown, prefix: readonly (string | number)[]) {
  const issues = await issuesOf(evaluate(2020, measurements as Measurements));
  return issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path.slice(1)] }));
}

describe('evaluateMany refuses invalid input with ValidationError, naming the scenario', () => {
  it("every bad scenario, with its index and evaluate's own message", async () => {
    const bad = [{ pm25: -1 }, { greenTravelPercnt: 52 }, { ecoPlanAdopted: 'yes' }, { energyPerGdp: '1e2' }];
    const scenarios = [{}, ...bad, { pm25: 30 }] as unknown as Measurements[];
    const issues = await issuesOf(evaluateMany(2020, scenarios, { base: sample2020 }));
    const expected = await Promise.all(
      bad.map((scenario, index) => evaluateIssues(scenario, ['scenarios', index + 1])),
    );
    expect(issues).toEqual(expected.flat());
    expect(issues[1]?.message).toContain('did you mean "greenTravelPercent"?');
  });

  it('a scenario that is not a plain object, and scenarios that are not an array', async () => {
    const notPlain = await issuesOf(evaluateMany(2020, [new Map()] as unknown as Measurements[]));
    expect(notPlain).toEqual([
      {
        path: ['scenarios', 0],
        message: 'expected a scenario as a plain object (such as JSON gives), got an instance of Map',
      },
    ]);
    const notArray = await issuesOf(evaluateMany(2020, { pm25: 3 } as unknown as Measurements[]));
    expect(notArray.map((issue) => issue.path)).toEqual([['scenarios']]);
  });

  it('a getter that throws is an issue at its path, not another exception', async () => {
    const hostile = Object.defineProperty({}, 'pm25', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    }) as Measurements;
    const issues = await issuesOf(evaluateMany(2020, [{}, hostile]));
    expect(issues[0]?.path.slice(0, 2)).toEqual(['scenarios', 1]);
  });

  it('the year, the base, the baseline and the options, each at its path', async () => {
    const issues = await issuesOf(
      evaluateMany(2020.5, [{}], {
        base: { pm25: -3 },
        baseline: { airGoodDaysPercent: 101 },
        detail: 'everything',
        base2: {},
      } as never),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      ['year'],
      ['options', 'base2'],
      ['options', 'base', 'pm25'],
      ['options', 'baseline', 'airGoodDaysPercent'],
      ['options', 'detail'],
    ]);
  });

  it("a caller's declared keys are validated by their kind", async () => {
    const evaluator = createEvaluator({ name: 'proposal', rules: callerRules(), measurements: callerMeasurements });
    const issues = await issuesOf(evaluator.evaluateMany(2020, [{ riverPatrolCount: 2 }, { riverPatrolCount: 2.5 }]));
    expect(issues.map((issue) => issue.path)).toEqual([['scenarios', 1, 'riverPatrolCount']]);
  });

  it('valid input gives one result per scenario, in order, and the caller objects are untouched', async () => {
    const scenarios: Measurements[] = [{ greenTravelPercent: 45, pm25: 30 }, {}, { pm25: null }];
    const before = JSON.stringify([scenarios, sample2020, sample2019]);
    const results = await evaluateMany(2020, scenarios, { base: sample2020, baseline: sample2019 });
    const one = async (scenario: Measurements) =>
      (await evaluate(2020, { ...sample2020, ...scenario }, { baseline: sample2019 })).counts;
    expect(results.map((result) => result.counts)).toEqual(await Promise.all(scenarios.map(one)));
    // Blanking PM2.5 leaves its check without data: one more indicator missing than the second scenario.
    expect(results[2]?.counts.missing).toBe((results[1]?.counts.missing ?? 0) + 1);
    expect(JSON.stringify([scenarios, sample2020, sample2019])).toBe(before);
    expect(await evaluateMany(2020, [])).toEqual([]);
  });
});

describe('evaluateMany, hostile options and huge input', () => {
  it('options and scenario lists whose reads throw are issues, not other exceptions', async () => {
    const throwing = (name: string) =>
      Object.defineProperty({}, name, {
        enumerable: true,
        get() {
          throw new TypeError('boom');
        },
      });
    for (const name of ['baseline', 'base', 'detail']) {
      expect((await issuesOf(evaluateMany(2020, [{}], throwing(name) as never)))[0]).toEqual({
        path: ['options'],
        message: 'could not be read: boom',
      });
    }
    const list = new Proxy([], {
      get() {
        throw new Error('no');
      },
    });
    expect((await issuesOf(evaluateMany(2020, list)))[0]?.path).toEqual(['scenarios']);
  });

  it('stops listing issues after a thousand, saying where it stopped', async () => {
    const issues = await issuesOf(evaluateMany(2020, Array.from({ length: 5000 }, () => null) as never));
    expect(issues).toHaveLength(1001);
    expect(issues.at(-1)).toEqual({
      path: ['scenarios'],
      message: 'stopped checking at scenario 1000 of 5000, after 1000 issues',
    });
  });
});
