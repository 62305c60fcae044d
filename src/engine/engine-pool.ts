import { Almanac, Engine, type EngineResult, type RuleProperties } from 'json-rules-engine';
import { createEngineOperators } from './engine-operators.js';

/**
 * The almanac of one run: json-rules-engine's own (its docs/almanac.md; passed to `engine.run`
 * as its `almanac` option, its docs/engine.md), made by us for each run so that it carries the
 * run's facts. The engine's facts read them from it (see {@link EnginePool}), each when a
 * condition asks for it.
 */
export class FactsAlmanac extends Almanac {
  /** The value of the pool's fact at `index`. */
  readonly factAt: (index: number) => unknown;

  constructor(factAt: (index: number) => unknown) {
    // Facts are all supplied (absent data as null): an undefined fact is a bug in this library,
    // and the engine's "Undefined fact" error is the right answer to it.
    super({ allowUndefinedFacts: false });
    this.factAt = factAt;
  }
}

const noRuntimeFacts: Readonly<Record<string, never>> = Object.freeze(Object.create(null) as Record<string, never>);

/** The value of the fact at `index` in a run's almanac: always ours (see {@link EnginePool.run}). */
function factOf(almanac: Almanac, index: number): unknown {
  if (!(almanac instanceof FactsAlmanac)) throw new Error('internal error: a run without its facts');
  return almanac.factAt(index);
}

/**
 * Engines for one table of one rule set, built on first use and reused.
 *
 * Each engine has the table's facts as facts of its own, `{ cache: false }`: a fact is a read
 * of the run's {@link FactsAlmanac}, and json-rules-engine keeps no cache of it (whose key it
 * would hash for every fact of every run). Nothing of a run is kept on the engine but the
 * engine's own run state (`engine.status`): when two runs overlap on one engine, the first to
 * finish marks it FINISHED and the other silently skips the rules it has not started
 * (json-rules-engine issue 303). So an engine serves one run at a time: a run takes an idle
 * engine, or a new one when none is idle. The runtime bounds the runs it has in flight
 * (src/evaluation/run-queue.ts), and so the engines a pool builds.
 */
export class EnginePool {
  readonly #rules: readonly RuleProperties[];
  readonly #facts: readonly string[];
  readonly #idle: Engine[] = [];

  /**
   * @param rules - The table's rules, as json-rules-engine takes them.
   * @param facts - The facts they read; a run gives the value of each by its index here.
   */
  constructor(rules: readonly RuleProperties[], facts: readonly string[]) {
    this.#rules = rules;
    this.#facts = facts;
  }

  /** Runs the rules with an engine no other run is using; `factAt` gives each fact's value. */
  async run(factAt: (index: number) => unknown): Promise<EngineResult> {
    const engine = this.#idle.pop() ?? this.#build();
    try {
      // No run-time facts: the engine's own facts read the almanac. Null-prototype, because the
      // engine takes run-time facts with for…in, which reads inherited keys too (a polluted
      // Object.prototype would otherwise become a fact).
      return await engine.run(noRuntimeFacts, { almanac: new FactsAlmanac(factAt) });
    } finally {
      this.#idle.push(engine);
    }
  }

  #build(): Engine {
    // The rules are copied because json-rules-engine may annotate what it is given.
    const engine = new Engine(JSON.parse(JSON.stringify(this.#rules)) as RuleProperties[], {
      allowUndefinedFacts: false,
      allowUndefinedConditions: false,
      replaceFactsInEventParams: false,
    });
    this.#facts.forEach((fact, index) => {
      engine.addFact(fact, (_params, almanac) => factOf(almanac, index), { cache: false });
    });
    for (const [name, evaluate] of createEngineOperators()) engine.addOperator(name, evaluate);
    return engine;
  }
}
