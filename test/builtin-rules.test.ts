import { expect, it } from 'vitest';
import { builtinRuleFiles } from '../src/engine/builtin-rule-set.js';
import { builtinRuleRows } from '../src/generated/builtin-rules.js';
import { seedTasks } from '../src/generated/seed-tasks.js';
import { indicators } from '../src/index.js';
import { ruleFilesOnDisk } from './fixtures/rule-files.js';

it('bundles exactly the files of rules/, the task texts kept apart', () => {
  const rejoined = builtinRuleFiles.map(({ file, rule }) => {
    const copy = structuredClone(rule) as { event: { params: { source: Record<string, unknown> } } };
    copy.event.params.source = { ...copy.event.params.source, task: seedTasks[file] };
    return { file, rule: copy };
  });
  expect(rejoined).toEqual(ruleFilesOnDisk);
  expect(JSON.stringify(builtinRuleFiles)).not.toContain('"task"');
  // What evaluate bundles carries no provenance at all.
  expect(JSON.stringify(builtinRuleRows)).not.toContain('"source"');
});

it('`indicators` gives the rule files whole, task texts included', () => {
  expect(indicators.map((indicator) => indicator.rule)).toEqual(ruleFilesOnDisk.map(({ rule }) => rule));
  expect(indicators.every((indicator) => indicator.source.task.length > 0)).toBe(true);
});
