import { describe, expect, it } from 'vitest';
import { CaseFailedError, CaseFileError, type Case } from '../../src/index.js';
import { assertCase, createEvaluator, parseCaseFile, runCase } from '../../src/policy.js';
import { checkOf, editableRules } from '../fixtures/rule-files.js';

const greenTravelAt40: Case = {
  name: 'green travel 40',
  year: 2020,
  measurements: { greenTravelPercent: 40 },
  expect: {
    targets: 2020,
    bureaus: { transport: { status: 'pass', standardStatus: 'fail' } },
    indicators: { 'green-travel': 'pass' },
  },
};

describe('runCase', () => {
  it('passes when every named status holds', async () => {
    expect((await runCase(greenTravelAt40)).status).toBe('passed');
  });

  it('reports each mismatch with its path, expected and actual', async () => {
    const result = await runCase({
      ...greenTravelAt40,
      expect: {
        targets: 'standard',
        city: 'pass',
        indicators: { 'green-travel': 'fail', 'no-such-indicator': 'pass' },
      },
    });
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' ? result.mismatches : []).toEqual([
      { path: ['targets'], expected: 'standard', actual: 2020 },
      { path: ['city', 'status'], expected: 'pass', actual: 'missing' },
      { path: ['indicators', 'green-travel', 'status'], expected: 'fail', actual: 'pass' },
      { path: ['indicators', 'no-such-indicator', 'status'], expected: 'pass', actual: null },
    ]);
  });

  it('runs against a caller rule set', async () => {
    const rules = editableRules();
    checkOf(rules, 'green-travel', '2020', 'greenTravelPercent').value = '45';
    const result = await runCase(greenTravelAt40, { evaluator: createEvaluator({ name: 'stricter', rules }) });
    expect(result.status).toBe('failed');
  });

  it('says invalid, with the issues, when the data is refused', async () => {
    const result = await runCase({ ...greenTravelAt40, measurements: { greenTravelPercnt: 40 } });
    expect(result.status).toBe('invalid');
    expect(result.status === 'invalid' ? result.issues[0]?.message : '').toContain('did you mean "greenTravelPercent"');
  });
});

describe('assertCase', () => {
  it('throws a CaseFailedError listing what differs, for any test runner', async () => {
    const failing = assertCase({ ...greenTravelAt40, expect: { indicators: { 'green-travel': 'fail' } } });
    await expect(failing).rejects.toBeInstanceOf(CaseFailedError);
    await expect(failing).rejects.toThrow('indicators.green-travel.status: expected "fail", got "pass"');
  });
});

describe('parseCaseFile', () => {
  it('names the file, the case and the field of every problem', () => {
    let error: unknown;
    try {
      parseCaseFile(
        {
          cases: [
            { name: 'a', year: 2020, measurements: {}, expect: { bureaus: { transprt: 'pass' } } },
            { name: 'b', year: 2020, measurements: {}, expect: { city: 'passed' }, extra: 1 },
          ],
        },
        'mine.json',
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CaseFileError);
    expect((error as CaseFileError).issues.map((issue) => issue.path)).toEqual([
      ['mine.json', 'cases', 0, 'expect', 'bureaus', 'transprt'],
      ['mine.json', 'cases', 1, 'expect', 'city'],
      ['mine.json', 'cases', 1, 'extra'],
    ]);
  });
});

describe('malformed cases', () => {
  const base = { name: 'x', year: 2020, measurements: {} };
  const issuesOf = (run: () => unknown): unknown => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(CaseFileError);
      return (error as CaseFileError).issues.map((issue) => issue.path.join('.'));
    }
    throw new Error('accepted');
  };

  it('a case that expects nothing is refused: it could never fail', () => {
    expect(issuesOf(() => parseCaseFile({ cases: [{ ...base, expect: {} }] }))).toEqual(['cases.0.expect']);
  });

  it('a "__proto__" key (an own key after JSON.parse) is refused, not silently dropped', () => {
    const file = JSON.parse(
      '{"cases":[{"name":"x","year":2020,"measurements":{"__proto__":{"pm25":1}},"expect":{"indicators":{"__proto__":"pass"}}}]}',
    ) as unknown;
    expect(issuesOf(() => parseCaseFile(file))).toEqual([
      'cases.0.expect', // the only expectation was the dropped key: nothing is left to check
      'cases.0.measurements.__proto__',
      'cases.0.expect.indicators.__proto__',
    ]);
  });

  it('a getter that throws is a CaseFileError, and so is a malformed case given to runCase', async () => {
    const hostile = Object.defineProperty({}, 'cases', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(issuesOf(() => parseCaseFile(hostile, 'hostile.json'))).toEqual(['hostile.json']);
    await expect(runCase(null as unknown as Case)).rejects.toBeInstanceOf(CaseFileError);
    await expect(runCase({ name: 'x', year: 2020, measurements: {} } as unknown as Case)).rejects.toBeInstanceOf(
      CaseFileError,
    );
  });
});
