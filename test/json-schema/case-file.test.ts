import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { compareRuleSets } from '../../src/policy/compare.js';
import { createEvaluator } from '../../src/evaluation/create-evaluator.js';
import { jsonSchemaAccepts } from '../fixtures/json-schemas.js';
import { checkOf, editableRules } from '../fixtures/rule-files.js';
import { sample2019, sample2020 } from '../fixtures/samples.js';

it('every case file of test/cases/ matches schema/case-file.json, which refuses an unknown bureau or status', () => {
  const directory = new URL('../cases/', import.meta.url);
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.json'))) {
    expect(jsonSchemaAccepts('case-file', JSON.parse(readFileSync(new URL(file, directory), 'utf8'))), file).toBe(true);
  }
  const base = { name: 'x', year: 2020, measurements: {} };
  expect(jsonSchemaAccepts('case-file', { cases: [{ ...base, expect: { bureaus: { transprt: 'pass' } } }] })).toBe(
    false,
  );
  expect(jsonSchemaAccepts('case-file', { cases: [{ ...base, expect: { city: 'passed' } }] })).toBe(false);
  expect(jsonSchemaAccepts('case-file', { cases: [] })).toBe(false);
});

it('a real rule-set comparison matches schema/rule-set-comparison.json', async () => {
  const rules = editableRules();
  checkOf(rules, 'energy-intensity', 'standard', 'energyPerGdp').value = '0.85';
  const report = await compareRuleSets(
    createEvaluator({ name: 'current', rules: editableRules() }),
    { name: 'proposal', rules },
    2020,
    sample2020,
    { baseline: sample2019 },
  );
  expect(report.indicators).not.toEqual([]);
  expect(jsonSchemaAccepts('rule-set-comparison', JSON.parse(JSON.stringify(report)))).toBe(true);
});
