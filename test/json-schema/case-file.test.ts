import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { compareRuleSets, createEvaluator } from '../../src/policy.js';
import { jsonSchemaAccepts } from '../fixtures/json-schemas.js';
import { checkOf, derivationsOnDisk, editableRules } from '../fixtures/rule-files.js';
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
  const at = (threshold: string) => {
    const rules = editableRules();
    checkOf(rules, 'energy-intensity', 'standard', 'energyPerGdp').value = threshold;
    return rules;
  };
  const report = await compareRuleSets(
    createEvaluator({ name: 'current', rules: at('0.90') }),
    { name: 'proposal', rules: at('0.85') },
    2020,
    sample2020,
    { baseline: sample2019 },
  );
  expect(report.indicators).not.toEqual([]);
  expect(jsonSchemaAccepts('rule-set-comparison', JSON.parse(JSON.stringify(report)))).toBe(true);
});

it('a comparison with alternatives, derived values and changed derivations matches schema/rule-set-comparison.json', async () => {
  const example = 'docs/examples/composite-air-quality';
  const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
  const rules = editableRules().map((rule) =>
    rule.name === 'air-quality' ? (read(`${example}/rules/08-air-quality.json`) as typeof rule) : rule,
  );
  const { measurements } = read(`${example}/rules/rule-set.json`) as { measurements: never };
  const report = await compareRuleSets(
    createEvaluator({ name: 'current', rules: editableRules(), derivations: derivationsOnDisk }),
    { name: 'composite', rules, measurements, derivations: derivationsOnDisk.slice(1) },
    2020,
    read(`${example}/air-2020.json`),
    { baseline: read(`${example}/air-2019.json`) },
  );
  expect(report.indicators.flatMap((indicator) => indicator.groups)).not.toEqual([]);
  expect(report.derivations.map((derivation) => derivation.change)).toEqual(['removed']);
  expect(jsonSchemaAccepts('rule-set-comparison', JSON.parse(JSON.stringify(report)))).toBe(true);
});
