// One cold start, in this fresh process: import the built package and evaluate the 2020
// sample once. Prints the milliseconds from before the import to the first result.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const read = (name) => JSON.parse(readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8'));
const measurements = read('ankang-2020.json');
const baseline = read('ankang-2019.json');
const start = performance.now();
const { evaluate } = await import(new URL('../dist/index.js', import.meta.url).href);
const evaluation = await evaluate(2020, measurements, { baseline });
const elapsed = performance.now() - start;
if (evaluation.indicators.length !== 34) throw new Error('the cold start did not evaluate');
process.stdout.write(`${JSON.stringify({ milliseconds: elapsed })}\n`);
