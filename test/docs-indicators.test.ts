import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createEvaluator } from '../src/evaluation/create-evaluator.js';
import { formatIndicatorCatalogue } from '../src/results/indicator-catalogue.js';
import { ruleFilesOnDisk } from './fixtures/rule-files.js';

it('docs/indicators.md is generated from rules/ and up to date (npm run docs:indicators)', () => {
  const { ruleSet } = createEvaluator({
    name: 'ankang-eco-indicators',
    rules: ruleFilesOnDisk.map(({ rule }) => rule),
  });
  expect(readFileSync(new URL('../docs/indicators.md', import.meta.url), 'utf8'), 'run: npm run docs:indicators').toBe(
    formatIndicatorCatalogue(ruleSet),
  );
});
