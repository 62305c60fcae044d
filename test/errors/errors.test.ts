import { issueAt } from '../../src/errors/issue.js';
import { inputMessages } from '../../src/messages/input.js';
import { RuleSetError, ValidationError } from '../../src/index.js';
import { worded } from '../../src/data.js';
import { expect, it } from 'vitest';

it.each([
  ['ValidationError', ValidationError],
  ['RuleSetError', RuleSetError],
] as const)('%s is an Error with its own name, frozen issues and a readable message', (name, ErrorClass) => {
  const error = new ErrorClass([
    issueAt(['measurements', 'pm25'], worded(inputMessages, 'input.wrong_type', { expected: 'number' })),
    issueAt([], worded(inputMessages, 'input.invalid', {})),
  ]);
  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe(name);
  expect(error.message).toContain('measurements.pm25: expected a number');
  expect(error.message).toContain('(root): invalid input');
  expect(Object.isFrozen(error.issues)).toBe(true);
  expect(Object.isFrozen(error.issues[0]?.path)).toBe(true);
});
