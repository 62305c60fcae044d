import { Engine, type Almanac, type RuleProperties } from 'json-rules-engine';
import { builtinRuleSet } from '../src/engine/builtin-rule-set.js';
import { createEngineOperators } from '../src/engine/engine-operators.js';
import { FactsAlmanac } from '../src/engine/engine-pool.js';
import { builtinRuntime } from '../src/evaluation/evaluate.js';
import { EngineTable } from '../src/evaluation/engine-table.js';
import { readMeasurements } from '../src/evaluation/input.js';
import { checksOfEntry } from '../src/schema/rule-entries.js';
import { toDecimal } from '../src/vocabulary/decimal.js';

type Input = Readonly<Record<string, number | string | boolean | null | undefined>>;

// The engine step of an evaluation three ways, to show what each piece of json-rules-engine's
// bookkeeping that evaluate no longer pays for costs: the facts already made (the same for all
// three), only the engine's run (and, for the last, reading its outcomes) timed.
//
// 1. the rules as the files write them, one per indicator, the facts given to `run` (the engine
//    makes a Fact of each and hashes a cache key for it);
// 2. the same rules, the facts the engine's own, uncached, read from an almanac of ours;
// 3. what evaluate runs: one rule for the table, every indicator's entries in one `all`, each
//    once and named by its indicator (and reading the outcomes off the run's result).

const options = { allowUndefinedFacts: false, allowUndefinedConditions: false, replaceFactsInEventParams: false };

export function engineVariants(year: number, measurements: Input, baseline: Input) {
  const factKeys = new Set<string>();
  const rules: RuleProperties[] = builtinRuleSet.rules.map((rule) => {
    const tables = rule.conditions.all.filter((table, index) => index === 0 || table.name === String(year));
    for (const table of tables)
      for (const check of table.all.flatMap(checksOfEntry)) {
        factKeys.add(check.fact);
        if (typeof check.value === 'object') factKeys.add(check.value.fact);
      }
    return { name: rule.name, priority: 1, conditions: { all: structuredClone(tables) }, event: { type: 'indicator' } };
  });
  const keys = [...factKeys];
  const values = keys.map((fact) => {
    const value = fact.startsWith('baseline.') ? baseline[fact.slice('baseline.'.length)] : measurements[fact];
    return value === null || value === undefined || typeof value === 'boolean' ? (value ?? null) : toDecimal(value);
  });
  const runtimeFacts = Object.fromEntries(keys.map((key, index) => [key, values[index]]));

  const asWritten = new Engine(structuredClone(rules), options);
  for (const [name, operator] of createEngineOperators()) asWritten.addOperator(name, operator);

  const ownFacts = new Engine(structuredClone(rules), options);
  for (const [name, operator] of createEngineOperators()) ownFacts.addOperator(name, operator);
  const read = (almanac: Almanac, index: number): unknown => {
    if (!(almanac instanceof FactsAlmanac)) throw new Error('a run without its almanac');
    return almanac.factAt(index);
  };
  keys.forEach((key, index) => {
    ownFacts.addFact(key, (_params, almanac) => read(almanac, index), { cache: false });
  });
  const factAt = (index: number): unknown => values[index];

  const runtime = builtinRuntime();
  const table = new EngineTable(runtime.planFor(runtime.tableFor(year)), runtime.layout.positions);
  const valuesOf = (input: Input) => {
    const values = readMeasurements(input, runtime.layout);
    if (values === undefined) throw new Error('invalid input');
    return values;
  };
  const facts = { measurements: valuesOf(measurements), baseline: valuesOf(baseline) };
  // Convert every value now, as the other two have theirs: the runs time the engine alone.
  for (const fact of keys) {
    const side = fact.startsWith('baseline.') ? facts.baseline : facts.measurements;
    side.get(fact.replace(/^baseline\./, ''));
  }

  return {
    asWritten: () => asWritten.run(runtimeFacts),
    ownFacts: () => ownFacts.run(Object.create(null) as Record<string, never>, { almanac: new FactsAlmanac(factAt) }),
    evaluates: () => table.run(facts, undefined),
  };
}
