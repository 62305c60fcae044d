import { Engine, type RuleProperties } from 'json-rules-engine';
import { builtinRuleSet } from '../src/engine/builtin-rule-set.js';
import { checksOfEntry } from '../src/schema/rule-entries.js';
import { toDecimal } from '../src/vocabulary/decimal.js';
import { createEngineOperators } from '../src/engine/engine-operators.js';

type Input = Readonly<Record<string, number | string | boolean | null | undefined>>;

/**
 * The engine's floor, what a caller could use instead of `evaluate`: json-rules-engine built
 * once with the built-in rules for `year` (the standard and the year's table, as the rule files
 * state them, one rule per indicator), our decimal operators, and default options. Each call
 * builds the facts from the input (every key the rules read, as an exact decimal, a yes/no or
 * null) and runs the engine: `engine.run(facts)` and nothing else. No validation, no results
 * beyond the engine's own.
 */
export function bareEngine(year: number) {
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
  const keys = [...factKeys].map((fact) =>
    fact.startsWith('baseline.')
      ? { fact, key: fact.slice('baseline.'.length), isBaseline: true }
      : { fact, key: fact, isBaseline: false },
  );
  return {
    run: (measurements: Input, baseline: Input) => {
      const facts: Record<string, unknown> = {};
      for (const { fact, key, isBaseline } of keys) {
        const value = (isBaseline ? baseline : measurements)[key];
        facts[fact] =
          value === null || value === undefined || typeof value === 'boolean' ? (value ?? null) : toDecimal(value);
      }
      return engine.run(facts);
    },
    checks: rules.length,
  };
}
