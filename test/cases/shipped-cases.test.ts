import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertCase, parseCaseFile } from '../../src/policy.js';
import { specIndicators } from '../fixtures/spec-indicators.js';

const directory = new URL('./', import.meta.url);
const files = readdirSync(directory)
  .filter((file) => file.endsWith('.json'))
  .sort();

it('every indicator of the contract has a case file of its boundaries', () => {
  const expected = specIndicators.map(
    (indicator) => `${String(indicator.number).padStart(2, '0')}-${indicator.id}.json`,
  );
  expect(files).toEqual(expect.arrayContaining(expected));
});

describe.each(files)('%s', (file) => {
  const caseFile = parseCaseFile(JSON.parse(readFileSync(new URL(file, directory), 'utf8')), file);
  it.each(caseFile.cases.map((testCase) => [testCase.name, testCase] as const))('%s', async (_name, testCase) => {
    await assertCase(testCase);
  });
});
