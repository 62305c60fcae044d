import { Engine, type RuleProperties } from 'json-rules-engine';
import { builtinRuleSet } from '../src/engine/builtin-rule-set.js';
import { checksOfEntry } from '../src/schema/rule-entries.js';
import { toDecimal } from '../src/vocabulary/decimal.js';
import { createEngineOperators } from '../src/engine/engine-operators.js';

type Input = Readonly<Record<string, number | string | boolean | null | undefined>>;

/**
 * The engine's floor: json-rules-engine built once with the built-in rules for `year` (the
 * standard and the year's table, as evaluate runs them), our decimal operators, and the
 * facts as Decimals made beforehand. Each run is `engine.run(facts)` and nothing else.
 */
export function bareEngine(year: number, measurements: Input, baseline: Input) {
  const factKeys = new Set<string>();
  const rules: RuleProperties[] = builtinRuleSet.rules.map((rule) => {
    const tables = rule.conditions.all.filter((table, index) => index === 0 || table.name === String(year));
    for (const table of tables) {
      for (const check of table.all.flatMap(checksOfEntry)) {
        factKeys.add(check.fact);
        if (typeof check.value === 'object') factKeys.add(check.value.fact);
      }
    }
    return { name: rule.name, priority: 1, conditions: { all: structuredClone(tables) }, event: { type: 'indicator' } };
  });
  const engine = new Engine(rules, {
    allowUndefinedFacts: false,
    allowUndefinedConditions: false,
    replaceFactsInEventParams: false,
  });
  for (const [name, operator] of createEngineOperators()) engine.addOperator(name, operator);
  const facts: Record<string, unknown> = {};
  for (const key of factKeys) {
    const value = key.startsWith('baseline.') ? baseline[key.slice('baseline.'.length)] : measurements[key];
    facts[key] =
      value === null || value === undefined || typeof value === 'boolean' ? (value ?? null) : toDecimal(value);
  }
  return { run: () => engine.run(facts), checks: rules.length };
}
