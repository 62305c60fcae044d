import { describe, expect, it } from 'vitest';
import { bureaus } from '../../src/catalogue/bureaus.js';
import { measurementKeys } from '../../src/catalogue/measurements.js';
import { ruleFileSchema, type RuleCheck, type RuleFile } from '../../src/schema/rule.js';
import { ruleFilesOnDisk } from '../fixtures/rule-files.js';
import { seedText } from '../fixtures/seed.js';
import { specIndicators, type SpecCheck } from '../fixtures/spec-indicators.js';
import { operatorOfSpec } from '../fixtures/spec-operators.js';

/** A spec check as the rule file writes it. */
function asRuleCheck(check: SpecCheck): RuleCheck {
  const { against } = check;
  const value =
    'value' in against
      ? against.value
      : 'boolean' in against
        ? against.boolean
        : 'baseline' in against
          ? { fact: `baseline.${against.baseline}` }
          : { fact: against.measurement };
  return { fact: check.key, operator: operatorOfSpec[check.operator], value };
}

const parsedRules: RuleFile[] = ruleFilesOnDisk.map(({ rule }) => ruleFileSchema.parse(rule));

describe('rules/*.json', () => {
  it.each(ruleFilesOnDisk)('$file matches the rule schema', ({ rule }) => {
    const result = ruleFileSchema.safeParse(rule);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('are named NN-id.json after their number and id', () => {
    for (const [index, { file }] of ruleFilesOnDisk.entries()) {
      const { number, id } = (parsedRules[index] as RuleFile).event.params;
      expect(file).toBe(`${String(number).padStart(2, '0')}-${id}.json`);
    }
  });

  it("cover exactly the spec's 34 indicators, in order, with their ids and bureaus", () => {
    expect(parsedRules.map((rule) => [rule.event.params.number, rule.event.params.id, rule.event.params.bureau])).toEqual(
      specIndicators.map((indicator) => [indicator.number, indicator.id, indicator.bureau]),
    );
  });

  it.each(specIndicators)("$number $id: the standard's checks are the spec's", (spec) => {
    const rule = parsedRules.find((candidate) => candidate.event.params.id === spec.id);
    const standard = rule?.conditions.all.find((table) => table.name === 'standard');
    expect(standard?.all).toEqual(spec.standard.map(asRuleCheck));
  });

  it.each(specIndicators)("$number $id: the 2020 checks are the spec's", (spec) => {
    const rule = parsedRules.find((candidate) => candidate.event.params.id === spec.id);
    const year2020 = rule?.conditions.all.find((table) => table.name === '2020');
    if (spec.targets2020 === 'same') expect(year2020).toBeUndefined();
    else expect(year2020?.all).toEqual(spec.targets2020.map(asRuleCheck));
  });

  it('use every measurement key of the contract, and no other', () => {
    const used = new Set<string>();
    for (const rule of parsedRules) {
      for (const table of rule.conditions.all) {
        for (const check of table.all) {
          used.add(check.fact);
          if (typeof check.value === 'object') used.add(check.value.fact.replace(/^baseline\./, ''));
        }
      }
    }
    expect([...used].sort()).toEqual([...measurementKeys].sort());
  });

  it('carry the seed table verbatim: indicator, bureau and task text of their row', () => {
    const rows = seedText.split(/\n\s*\n/);
    for (const rule of parsedRules) {
      const { number, source, bureau } = rule.event.params;
      const row = rows.find((candidate) => candidate.trim().split('\n')[0]?.trim() === String(number));
      expect(row, `seed row ${number}`).toBeDefined();
      const cells = (row ?? '').trim().split('\n').map((cell) => cell.trim());
      expect(cells.slice(1)).toEqual([source.indicator, source.bureau, source.task]);
      expect(bureaus.find((candidate) => candidate.id === bureau)?.name.zh).toBe(source.bureau);
    }
  });

  it('never use `path`, and every rule has priority 1', () => {
    for (const { rule } of ruleFilesOnDisk) {
      expect(JSON.stringify(rule)).not.toMatch(/"path"\s*:/);
      expect((rule as { priority?: unknown }).priority).toBe(1);
    }
  });
});
