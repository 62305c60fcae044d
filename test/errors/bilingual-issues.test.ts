import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/index.js';
import {
  badValueIssues,
  caseFileIssues,
  ruleSetIssues,
  seriesIssues,
  structuralIssues,
  type CorpusIssues,
} from '../fixtures/issue-corpora.js';

// Every issue carries its message in Chinese and in English (issue 14: --lang zh prints every
// validation message in Chinese). A message written without its Chinese falls back to the
// English; these tests run the hostile-input corpora to find any such.

const han = /\p{Script=Han}/u;

function expectBilingual(issues: readonly Issue[], context: string): void {
  expect(issues.length, context).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(issue.message, context).toBe(issue.localized.en);
    expect(issue.localized.zh, `${context}: ${issue.message}`).toMatch(han);
  }
}

async function expectAllBilingual(corpus: AsyncIterable<CorpusIssues> | Iterable<CorpusIssues>): Promise<void> {
  for await (const { context, issues } of corpus) expectBilingual(issues, context);
}

describe('every issue is in Chinese and in English', () => {
  it('bad values of every kind', () => expectAllBilingual(badValueIssues()));
  it('structural attacks on evaluate and evaluateMany', () => expectAllBilingual(structuralIssues()));
  it('evaluateSeries: bad series, bad years, the structural attacks as a year, bad options', () =>
    expectAllBilingual(seriesIssues()));
  it('bad rule sets', () => expectAllBilingual(ruleSetIssues()));
  it('bad case files', () => expectAllBilingual(caseFileIssues()));
});
