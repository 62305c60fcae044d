import { Engine, type EngineResult, type RuleProperties } from 'json-rules-engine';
import { createEngineOperators } from './engine-operators.js';

/** Engines kept per table: enough for the concurrency of a busy host; more would only hold memory. */
const maxEngines = 4;

/** An engine with the decimals of the run it serves. */
interface PooledEngine {
  readonly engine: Engine;
  /** The decimals the current run's handles stand for; empty between runs. */
  decimals: readonly unknown[];
}

/**
 * Engines for one table of one rule set, built on first use and reused.
 *
 * json-rules-engine keeps run state on the engine (`engine.status`): when two runs overlap
 * on one engine, the first to finish marks the engine FINISHED and the other silently skips
 * the rules it has not started (json-rules-engine issue 303). So an engine serves one run
 * at a time; overlapping `evaluate` calls take another idle engine, up to `maxEngines`, then
 * wait their turn. Evaluation is CPU-bound, so waiting costs no throughput.
 */
export class EnginePool {
  readonly #rules: readonly RuleProperties[];
  readonly #idle: PooledEngine[] = [];
  readonly #waiting: ((engine: PooledEngine) => void)[] = [];
  #built = 0;

  constructor(rules: readonly RuleProperties[]) {
    this.#rules = rules;
  }

  /**
   * Runs the rules on `facts` with an engine no other run is using. A decimal fact is given
   * as a handle, its index in `decimals`, which the engine's operators look up: json-rules-engine
   * deep-clones every condition with its fact values into each run's results, and cloning a
   * number costs nothing, where cloning a decimal.js instance walks its ~100 enumerable
   * prototype methods. The engine still evaluates every condition with our operators.
   */
  async run(facts: Readonly<Record<string, unknown>>, decimals: readonly unknown[]): Promise<EngineResult> {
    const pooled = await this.#acquire();
    pooled.decimals = decimals;
    try {
      return await pooled.engine.run(facts);
    } finally {
      pooled.decimals = [];
      this.#release(pooled);
    }
  }

  #acquire(): PooledEngine | Promise<PooledEngine> {
    const idle = this.#idle.pop();
    if (idle !== undefined) return idle;
    if (this.#built < maxEngines) {
      const engine = this.#build();
      this.#built++;
      return engine;
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #release(engine: PooledEngine): void {
    const next = this.#waiting.shift();
    if (next === undefined) this.#idle.push(engine);
    else next(engine);
  }

  #build(): PooledEngine {
    // The rules are copied because json-rules-engine may annotate what it is given.
    // Facts are all supplied per run (absent data as null), so an undefined fact is a bug
    // in this library, and the engine's "Undefined fact" error is the right answer to it.
    const engine = new Engine(JSON.parse(JSON.stringify(this.#rules)) as RuleProperties[], {
      allowUndefinedFacts: false,
      allowUndefinedConditions: false,
      replaceFactsInEventParams: false,
    });
    const pooled: PooledEngine = { engine, decimals: [] };
    const resolve = (value: unknown): unknown => (typeof value === 'number' ? pooled.decimals[value] : value);
    for (const [name, evaluate] of createEngineOperators(resolve)) engine.addOperator(name, evaluate);
    return pooled;
  }
}
