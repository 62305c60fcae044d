// Heap after many evaluations, in a fresh process (run with --expose-gc): the built
// package evaluates the 2020 sample `count` times; the live heap is read after a full
// collection at the start and at each quarter. Prints JSON.
import { readFileSync } from 'node:fs';

const count = Number(process.argv[2] ?? 100_000);
const read = (name) => JSON.parse(readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8'));
const measurements = read('ankang-2020.json');
const baseline = read('ankang-2019.json');
const { evaluate } = await import(new URL('../dist/index.js', import.meta.url).href);
if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc');
const liveHeap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};
for (let index = 0; index < 1000; index++) await evaluate(2020, measurements, { baseline });
const samples = [{ evaluations: 0, heapUsed: liveHeap() }];
for (let index = 1; index <= count; index++) {
  await evaluate(2020, measurements, { baseline });
  if (index % (count / 4) === 0) samples.push({ evaluations: index, heapUsed: liveHeap() });
}
process.stdout.write(`${JSON.stringify({ count, samples })}\n`);
