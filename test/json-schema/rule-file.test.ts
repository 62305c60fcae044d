import { expect, it } from 'vitest';
import { jsonSchemaAccepts } from '../fixtures/json-schemas.js';
import { copyOfRules, ruleFilesOnDisk } from '../fixtures/rule-files.js';

it('every file of rules/ matches schema/rule-file.json', () => {
  for (const { file, rule } of ruleFilesOnDisk) expect(jsonSchemaAccepts('rule-file', rule), file).toBe(true);
});

it('schema/rule-file.json refuses thresholds in other notations, paths and fractional numbers', () => {
  const [rule] = copyOfRules() as [
    { conditions: { all: { all: Record<string, unknown>[] }[] }; event: { params: Record<string, unknown> } },
  ];
  const check = rule.conditions.all[0]?.all[0] as Record<string, unknown>;
  const withCheck = (change: Record<string, unknown>) => {
    const copy = structuredClone(rule);
    Object.assign(copy.conditions.all[0]?.all[0] ?? {}, change);
    return copy;
  };
  expect(jsonSchemaAccepts('rule-file', withCheck({ value: '1e2' }))).toBe(false);
  expect(jsonSchemaAccepts('rule-file', withCheck({ value: '85%' }))).toBe(false);
  expect(jsonSchemaAccepts('rule-file', withCheck({ path: '$.x' }))).toBe(false);
  expect(jsonSchemaAccepts('rule-file', withCheck({ operator: 'greaterThan' }))).toBe(false);
  expect(check).toBeDefined();
  const fractional = structuredClone(rule);
  fractional.event.params['number'] = 1.5;
  expect(jsonSchemaAccepts('rule-file', fractional)).toBe(false);
});
