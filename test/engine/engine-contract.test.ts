import { readFileSync } from 'node:fs';
import { Almanac, Engine, type RuleProperties } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { EnginePool, FactsAlmanac } from '../../src/engine/engine-pool.js';
import { createEngineOperators } from '../../src/engine/engine-operators.js';
import { Decimal } from '../../src/vocabulary/decimal.js';

// What `evaluate` relies on in json-rules-engine, beyond "it evaluates conditions with our
// operators": each a documented behaviour (docs/engine.md, docs/almanac.md, docs/facts.md,
// docs/rules.md) or one the engine pool works around. package.json allows ^7.3.1: a release
// in that range that changes any of these fails here first, before evaluate's results do.

interface ConditionResult {
  readonly name?: string;
  readonly fact?: string;
  readonly result?: unknown;
  readonly factResult?: unknown;
  readonly valueResult?: unknown;
  readonly all?: readonly ConditionResult[];
  readonly any?: readonly ConditionResult[];
}

const options = { allowUndefinedFacts: false, allowUndefinedConditions: false, replaceFactsInEventParams: false };

/** A rule as src/evaluation/engine-table.ts makes them: every entry of a table, each named by its indicator; an `any` group among them. */
const tableRule: RuleProperties = {
  name: '2020',
  priority: 1,
  event: { type: 'table' },
  conditions: {
    all: [
      { name: 'first-indicator', fact: 'a', operator: 'decimalAtLeast', value: '90' },
      { name: 'first-indicator', fact: 'b', operator: 'decimalAtMost', value: { fact: 'baseline.b' } },
      { name: 'second-indicator', fact: 'flag', operator: 'booleanIs', value: true },
      {
        name: 'second-indicator',
        any: [
          { fact: 'a', operator: 'decimalAtLeast', value: '99' },
          { all: [{ fact: 'b', operator: 'decimalGreaterThan', value: '1' }] },
        ],
      },
    ],
  },
};

const facts: Readonly<Record<string, unknown>> = {
  a: new Decimal('50'),
  b: new Decimal('3'),
  'baseline.b': new Decimal('2'),
  flag: false,
};

/** An engine as EnginePool builds one: the facts its own, uncached, read from the run's almanac. */
function engineReading(reads: Map<string, number>): Engine {
  const engine = new Engine([structuredClone(tableRule)], options);
  for (const id of Object.keys(facts)) {
    engine.addFact(
      id,
      (_params, almanac) => {
        reads.set(id, (reads.get(id) ?? 0) + 1);
        if (!(almanac instanceof FactsAlmanac)) throw new Error('not our almanac');
        return almanac.factAt(0) === 'run' ? facts[id] : undefined;
      },
      { cache: false },
    );
  }
  for (const [name, operator] of createEngineOperators()) engine.addOperator(name, operator);
  return engine;
}

describe('json-rules-engine, as evaluate uses it', () => {
  it('is the version package.json allows, installed from the lockfile', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const installed = JSON.parse(readFileSync('node_modules/json-rules-engine/package.json', 'utf8')) as {
      version: string;
    };
    expect(manifest.dependencies['json-rules-engine']).toBe('^7.3.1');
    expect(installed.version).toMatch(/^7\.(\d+)\.(\d+)$/);
  });

  it('takes an almanac of ours for a run (docs/engine.md, run options), and its facts read it uncached', async () => {
    const reads = new Map<string, number>();
    const engine = engineReading(reads);
    const almanac = new FactsAlmanac(() => 'run');
    const result = await engine.run(Object.create(null) as Record<string, never>, { almanac });
    expect(result.almanac).toBe(almanac);
    expect(almanac).toBeInstanceOf(Almanac);
    // { cache: false } (docs/facts.md): a fact is computed each time a condition reads it, so
    // no cache key is made for it. `a` and `b` are each read by two conditions.
    expect(Object.fromEntries(reads)).toStrictEqual({ a: 2, b: 2, 'baseline.b': 1, flag: 1 });
  });

  it('evaluates every condition, failing ones before others included, and states each in its rule result', async () => {
    const engine = engineReading(new Map());
    const { results, failureResults } = await engine.run(Object.create(null) as Record<string, never>, {
      almanac: new FactsAlmanac(() => 'run'),
    });
    expect(results).toHaveLength(0);
    expect(failureResults).toHaveLength(1);
    const entries = (failureResults[0]?.conditions as unknown as { all: ConditionResult[] }).all;
    // Each condition keeps its name and place, and states the operator's answer, the fact's value
    // as the fact gave it, and the value compared (docs/rules.md, "Rule Results"); the ones after
    // a failing one are evaluated too.
    expect(
      entries.slice(0, 3).map((entry) => [entry.name, entry.result, entry.factResult, entry.valueResult]),
    ).toStrictEqual([
      ['first-indicator', false, facts['a'], '90'],
      ['first-indicator', false, facts['b'], facts['baseline.b']],
      ['second-indicator', false, false, true],
    ]);
    expect(entries[0]?.factResult).toBe(facts['a']);
    // An `any` group says whether it holds, and every alternative is evaluated.
    const anyGroup = entries[3];
    expect([anyGroup?.name, anyGroup?.result]).toStrictEqual(['second-indicator', true]);
    expect(anyGroup?.any?.[0]?.result).toBe(false);
    expect(anyGroup?.any?.[1]?.all?.[0]?.result).toBe(true);
  });

  it("keeps a run's results apart from the rule it was given and from the next run", async () => {
    const engine = engineReading(new Map());
    const run = async () =>
      (await engine.run(Object.create(null) as Record<string, never>, { almanac: new FactsAlmanac(() => 'run') }))
        .failureResults[0];
    const first = await run();
    const second = await run();
    expect(second).not.toBe(first);
    expect(second?.conditions).not.toBe(first?.conditions);
    expect(JSON.stringify(second?.conditions)).toBe(JSON.stringify(first?.conditions));
  });

  it('reads the inherited keys of the run-time facts it is given: evaluate gives none, on a null prototype', async () => {
    const rule = {
      conditions: { all: [{ fact: 'polluted', operator: 'equal', value: 1 }] },
      event: { type: 'x' },
    } as RuleProperties;
    const inherited = Object.create({ polluted: 1 }) as Record<string, unknown>;
    expect((await new Engine([rule], { allowUndefinedFacts: true }).run(inherited)).results).toHaveLength(1);
    const none = Object.create(null) as Record<string, never>;
    expect((await new Engine([rule], { allowUndefinedFacts: true }).run(none)).results).toHaveLength(0);
  });

  it('loses rules when two runs overlap on one engine (json-rules-engine issue 303): the pool gives each run its own', async () => {
    const rules: RuleProperties[] = Array.from({ length: 20 }, (_, index) => ({
      name: `rule-${index}`,
      priority: 20 - index,
      conditions: { all: [{ fact: 'x', operator: 'decimalAtLeast', value: '0' }] },
      event: { type: 'r' },
    }));
    const shared = new Engine(structuredClone(rules), options);
    shared.addFact('x', () => new Decimal(1), { cache: false });
    for (const [name, operator] of createEngineOperators()) shared.addOperator(name, operator);
    // The second run starts while the first is under way; the first, finishing, stops the second.
    const first = shared.run();
    for (let tick = 0; tick < 20; tick++) await Promise.resolve();
    const overlapping = await Promise.all([first, shared.run()]);
    expect(overlapping.map((result) => result.results.length).some((count) => count < 20)).toBe(true);

    const pool = new EnginePool(rules, ['x']);
    const pooled = await Promise.all(Array.from({ length: 5 }, () => pool.run(() => new Decimal(1))));
    expect(pooled.map((result) => result.results.length)).toStrictEqual([20, 20, 20, 20, 20]);
  });
});
