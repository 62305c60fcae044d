import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { issueAt } from '../../src/errors/issue.js';
import { inputMessages } from '../../src/messages/input.js';
import {
  CaseFailedError,
  CaseFileError,
  formatIssues,
  IssuesError,
  RuleSetError,
  ValidationError,
} from '../../src/index.js';
import { worded } from '../../src/data.js';
import { describe, expect, it } from 'vitest';

const issues = [issueAt(['measurements', 'pm25'], worded(inputMessages, 'input.wrong_type', { expected: 'number' }))];

describe('IssuesError', () => {
  it('is the base of every error that carries issues, each with its own name', () => {
    const errors = [
      new ValidationError(issues),
      new RuleSetError(issues),
      new CaseFileError(issues),
      new CaseFailedError('a case', [], issues),
    ];
    expect(errors.map((error) => error.name)).toEqual([
      'ValidationError',
      'RuleSetError',
      'CaseFileError',
      'CaseFailedError',
    ]);
    for (const error of errors) {
      expect(error).toBeInstanceOf(IssuesError);
      expect(error).toBeInstanceOf(Error);
      expect(error.issues).toEqual(issues);
      expect(Object.isFrozen(error.issues)).toBe(true);
    }
  });

  it('tells the subclasses apart', () => {
    const validation = new ValidationError(issues);
    expect(validation instanceof RuleSetError).toBe(false);
    expect(new RuleSetError(issues) instanceof ValidationError).toBe(false);
    expect(new Error('x') instanceof IssuesError).toBe(false);
    for (const value of [null, undefined, 1, 'ValidationError', {}, { name: 'ValidationError', issues }]) {
      expect(value instanceof ValidationError).toBe(false);
    }
  });

  it('heads its message with what was refused and the first issues, formatted by formatIssues', () => {
    const many = Array.from({ length: 7 }, (_, index) =>
      issueAt(['measurements', `k${index}`], worded(inputMessages, 'input.invalid', {})),
    );
    const error = new ValidationError(many);
    expect(error.message).toBe(`Invalid input (7 issues):\n${formatIssues(many, { limit: 5 })}`);
    expect(error.message.split('\n').at(-1)).toBe('- … and 2 more');
  });

  it('holds for an error of another copy of the class: another realm, the brand alone', () => {
    // What a second copy of the package (its other build, an iframe) makes: the same brand, another prototype.
    const foreign: unknown = runInNewContext(
      `const error = new Error('Invalid input'); Object.defineProperty(error, Symbol.for('ankang-eco-indicators.error'), { value: 'ValidationError' }); error`,
    );
    expect(foreign instanceof ValidationError).toBe(true);
    expect(foreign instanceof IssuesError).toBe(true);
    expect(foreign instanceof RuleSetError).toBe(false);
  });
});

describe('one error identity across the ESM and CommonJS builds', () => {
  // dist/ is built by test/global-setup.ts.
  const require = createRequire(import.meta.url);
  const distEsm = new URL('../../dist/index.js', import.meta.url).href;
  const distCjs = new URL('../../dist/index.cjs', import.meta.url).pathname;

  it('an error thrown by the CommonJS build is instanceof the ESM class, and the other way round', async () => {
    const esm = (await import(distEsm)) as typeof import('../../src/index.js');
    const cjs = require(distCjs) as typeof import('../../src/index.js');
    expect(esm.ValidationError).not.toBe(cjs.ValidationError);
    const fromCjs = await cjs.evaluate(2020, { greenTravelPercnt: 1 } as never).catch((error: unknown) => error);
    const fromEsm = await esm.evaluate(2020, { greenTravelPercnt: 1 } as never).catch((error: unknown) => error);
    expect(fromCjs instanceof esm.ValidationError).toBe(true);
    expect(fromEsm instanceof cjs.ValidationError).toBe(true);
    expect(fromCjs instanceof esm.IssuesError).toBe(true);
    expect(fromEsm instanceof cjs.RuleSetError).toBe(false);
  });
});
