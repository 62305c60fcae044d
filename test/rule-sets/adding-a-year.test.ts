import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { RuleFile } from '../../src/index.js';
import { createEvaluator } from '../../src/policy.js';
import { editableRules } from '../fixtures/rule-files.js';
import { sample2019, sample2020 } from '../fixtures/samples.js';

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/rule-set-2021/tables-2021.json', import.meta.url), 'utf8'),
) as { tables: Record<string, RuleFile['conditions']['all'][number]> };

/** The built-in rules with the fixture's 2021 tables appended: JSON in, nothing else. */
function rulesWith2021(): RuleFile[] {
  const rules = editableRules();
  for (const [id, table] of Object.entries(fixture.tables)) {
    const rule = rules.find((candidate) => candidate.name === id);
    if (rule === undefined) throw new Error(`no rule ${id}`);
    rule.conditions.all.push(table);
  }
  return rules;
}

it('a 2021 table added as JSON makes 2021 evaluable against its own targets', async () => {
  const evaluator = createEvaluator({ name: 'with-2021', rules: rulesWith2021() });
  expect(evaluator.ruleSet.years).toEqual([2020, 2021]);
  const evaluation = await evaluator.evaluate(2021, sample2020, { baseline: sample2019 });
  expect(evaluation.targets).toBe(2021);
  const byId = new Map(evaluation.indicators.map((indicator) => [indicator.id, indicator]));
  // 2021 tightens green travel to 42 (52 passes), appliances to 53 (52 fails), central-city sewage to 96.
  expect(byId.get('green-travel')?.checks.map((check) => check.threshold)).toEqual(['42']);
  expect(byId.get('efficient-appliances')?.status).toBe('fail');
  expect(byId.get('urban-sewage')?.checks.map((check) => [check.key, check.threshold, check.status])).toEqual([
    ['urbanSewageTreatmentPercent', '85', 'pass'],
    ['centralCitySewageTreatmentPercent', '96', 'fail'],
  ]);
  // An indicator without a 2021 table is judged by the creation standard, not by its 2020 table.
  expect(byId.get('water-intensity')?.checks).toEqual(byId.get('water-intensity')?.standardChecks);
});

it('adding 2021 leaves 2020 as it was', async () => {
  const before = await createEvaluator({ name: 'same', rules: editableRules() }).evaluate(2020, sample2020, {
    baseline: sample2019,
  });
  const after = await createEvaluator({ name: 'same', rules: rulesWith2021() }).evaluate(2020, sample2020, {
    baseline: sample2019,
  });
  expect({ ...after, ruleSet: null }).toStrictEqual({ ...before, ruleSet: null });
  expect(after.ruleSet.hash).not.toBe(before.ruleSet.hash);
});
