// 10,000 `evaluate` calls in a fresh process (run with --expose-gc), the built package: either
// one after another (`sequential`) or all started at once and awaited with Promise.all
// (`concurrent`). Both keep every result until the end. Prints JSON: the wall time of the
// calls, the process's peak resident memory (the kernel's high-water mark, maxRSS), and the
// live heap the kept results take, read after a full collection.
//
//   node --expose-gc bench/concurrency.mjs sequential|concurrent [count]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const mode = process.argv[2];
const count = Number(process.argv[3] ?? 10_000);
if (mode !== 'sequential' && mode !== 'concurrent') throw new Error('mode: sequential or concurrent');
if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc');
const read = (name) => JSON.parse(readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8'));
const measurements = read('ankang-2020.json');
const baseline = read('ankang-2019.json');
const { evaluate } = await import(new URL('../dist/index.js', import.meta.url).href);
const liveHeap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};
// Warm-up (compiled code, the engines): a few hundred calls, their results dropped.
for (let index = 0; index < 300; index++) await evaluate(2020, measurements, { baseline });
const heapBefore = liveHeap();
const start = performance.now();
let results;
if (mode === 'sequential') {
  results = [];
  for (let index = 0; index < count; index++) results.push(await evaluate(2020, measurements, { baseline }));
} else {
  results = await Promise.all(Array.from({ length: count }, () => evaluate(2020, measurements, { baseline })));
}
const milliseconds = performance.now() - start;
const peakRssBytes = process.resourceUsage().maxRSS * 1024;
const resultsHeapBytes = liveHeap() - heapBefore;
if (results.length !== count || results.some((evaluation) => evaluation.indicators.length !== 34))
  throw new Error('not every result was kept');
process.stdout.write(`${JSON.stringify({ mode, count, milliseconds, peakRssBytes, resultsHeapBytes })}\n`);
