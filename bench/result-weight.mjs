// What one result weighs, in a fresh process (run with --expose-gc), the built package: the live
// heap that kept results take, read after a full collection, per result; and a result's size
// as JSON. An `Evaluation` of the 2020 sample (evaluate, with its 2019 baseline), and a
// `ScenarioResult` of the sweep evaluateMany's benchmark runs (1,000 scenarios a call). Prints JSON.
//
//   node --expose-gc bench/result-weight.mjs [count]
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';

const count = Number(process.argv[2] ?? 2000);
if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc');
const read = (name) => JSON.parse(readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8'));
const measurements = read('ankang-2020.json');
const baseline = read('ankang-2019.json');
const { evaluate, evaluateMany } = await import(new URL('../dist/index.js', import.meta.url).href);
const liveHeap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};
const sweep = Array.from({ length: 1000 }, (_, index) => ({
  greenTravelPercent: 30 + (index % 40) / 2,
  pm25: String(25 + Math.floor(index / 40)),
}));
// Warm-up: the engines, the plans, the lazily loaded modules.
for (let index = 0; index < 100; index++) await evaluate(2020, measurements, { baseline });
await evaluateMany(2020, sweep, { base: measurements, baseline });

/** The live heap `count` kept results take, per result, and the JSON size of the first. */
async function weigh(make) {
  const before = liveHeap();
  const kept = await make();
  const bytes = liveHeap() - before;
  return { perResultBytes: bytes / kept.length, jsonBytes: Buffer.byteLength(JSON.stringify(kept[0])) };
}
const evaluation = await weigh(async () => {
  const kept = [];
  for (let index = 0; index < count; index++) kept.push(await evaluate(2020, measurements, { baseline }));
  return kept;
});
const scenario = await weigh(async () => {
  const kept = [];
  for (let call = 0; call < Math.ceil(count / sweep.length); call++) {
    kept.push(...(await evaluateMany(2020, sweep, { base: measurements, baseline })));
  }
  return kept;
});
process.stdout.write(`${JSON.stringify({ count, evaluation, scenario })}\n`);
