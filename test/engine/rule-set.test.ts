import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/engine/check-rule-set.js';
import { compileRuleSet } from '../../src/engine/rule-set.js';
import { parseRuleFiles } from '../../src/schema/rule.js';
import { RuleSetError } from '../../src/index.js';
import { copyOfRules, ruleFilesOnDisk } from '../fixtures/rule-files.js';

/** Checks rules as a caller's are checked: their shape (zod), then the set, then compiled. */
function checkRules(rules: readonly unknown[], labels?: readonly string[]) {
  const parsed = parseRuleFiles(rules, labels);
  checkRuleSet(parsed.rules, {
    labels: parsed.labels,
    issues: parsed.issues,
    order: parsed.order,
  });
  return compileRuleSet(parsed.rules);
}

type Rule = ReturnType<typeof copyOfRules>[number];

/** The issues checkRuleSet throws for the built-in rules changed by `change`. */
function issuesAfter(change: (rules: Rule[]) => void) {
  const rules = copyOfRules();
  change(rules);
  try {
    checkRules(
      rules,
      ruleFilesOnDisk.map(({ file }) => file),
    );
  } catch (error) {
    expect(error).toBeInstanceOf(RuleSetError);
    return (error as RuleSetError).issues;
  }
  throw new Error('the rule set was accepted');
}

/** The first check of the standard table of rule `index` (a mutable view into the copy). */
const firstCheck = (rules: Rule[], index: number) =>
  (rules[index] as { conditions: { all: { all: EditableCheck[] }[] } }).conditions.all[0]?.all[0] as EditableCheck;

interface EditableCheck {
  fact?: unknown;
  operator?: unknown;
  value?: unknown;
  path?: unknown;
}

describe('checkRuleSet and compileRuleSet', () => {
  it('accepts the built-in rules: 34 indicators, tables for 2020', () => {
    const ruleSet = checkRules(copyOfRules());
    expect(ruleSet.indicators).toHaveLength(34);
    expect(ruleSet.years).toEqual([2020]);
  });

  it('refuses an unknown operator, naming the file and field', () => {
    const issues = issuesAfter((rules) => {
      firstCheck(rules, 18).operator = 'greaterThanInclusive';
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(['rules', '19-urban-sewage.json', 'conditions', 'all', 0, 'all', 0, 'operator']);
    expect(issues[0]?.message).toContain('unknown operator "greaterThanInclusive"');
  });

  it('refuses a path expression, saying why', () => {
    const issues = issuesAfter((rules) => {
      firstCheck(rules, 0).path = '$..[?(@.constructor)]';
    });
    expect(issues[0]?.path).toEqual(['rules', '01-ecological-red-line.json', 'conditions', 'all', 0, 'all', 0, 'path']);
    expect(issues[0]?.message).toContain('"path" is not allowed');
  });

  it.each([0.9, '0.9e0', '', 'abc'])('refuses the threshold %j: thresholds are decimal strings', (threshold) => {
    const issues = issuesAfter((rules) => {
      firstCheck(rules, 3).value = threshold;
    });
    expect(issues[0]?.path).toEqual(['rules', '04-energy-intensity.json', 'conditions', 'all', 0, 'all', 0, 'value']);
  });

  it('refuses an unknown measurement key and an unknown baseline key', () => {
    const issues = issuesAfter((rules) => {
      firstCheck(rules, 22).fact = 'greenTravelPercnt';
      firstCheck(rules, 1).value = { fact: 'baseline.ecologicalLand' };
    });
    expect(issues.map((issue) => [issue.path.at(1), issue.path.at(-1)])).toEqual([
      ['02-ecological-land.json', 'value'],
      ['23-green-travel.json', 'fact'],
    ]);
  });

  it('refuses an operator that does not fit the measurement', () => {
    const issues = issuesAfter((rules) => {
      firstCheck(rules, 10).operator = 'decimalAtLeast';
    });
    expect(issues.map((issue) => issue.path.at(-1))).toEqual(['operator', 'value']);
  });

  it('refuses duplicate ids and numbers', () => {
    const issues = issuesAfter((rules) => {
      rules.push(structuredClone(rules[0]) as Rule);
    });
    expect(issues.map((issue) => issue.message)).toEqual([
      'duplicate id "ecological-red-line" (also rule 01-ecological-red-line.json)',
      'duplicate number 1 (also rule 01-ecological-red-line.json)',
    ]);
  });

  it('refuses a rule without provenance', () => {
    const issues = issuesAfter((rules) => {
      delete (rules[5] as { event: { params: Record<string, unknown> } }).event.params['source'];
    });
    expect(issues[0]?.path).toEqual(['rules', '06-industrial-land-output.json', 'event', 'params', 'source']);
  });

  it('refuses a year table with a name that is not a year, and a priority other than 1', () => {
    const issues = issuesAfter((rules) => {
      const table = (rules[22] as { conditions: { all: { name: string }[] } }).conditions.all[1];
      if (table) table.name = 'twenty-twenty';
      (rules[23] as { priority: number }).priority = 2;
    });
    expect(issues.map((issue) => issue.path.slice(1, 2).concat(issue.path.slice(-1)))).toEqual([
      ['23-green-travel.json', 'name'],
      ['24-efficient-appliances.json', 'priority'],
    ]);
  });

  it('refuses an empty rule set', () => {
    expect(() => checkRules([])).toThrow(RuleSetError);
  });
});
