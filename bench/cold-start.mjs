// One cold start of a consumer, run in a fresh process from the project the packed tarball is
// installed in (bench/cold-start-compare.mjs copies this file there): import the package by
// its name, as a consumer does, and evaluate the 2020 sample with the 2019 baseline once. The
// parent times the whole process; this prints the milliseconds from before the import to the
// first result, for the record. argv[2]: the folder of the sample files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const examples = process.argv[2] ?? '';
const read = (name) => JSON.parse(readFileSync(join(examples, name), 'utf8'));
const measurements = read('ankang-2020.json');
const baseline = read('ankang-2019.json');
const start = performance.now();
const { evaluate } = await import('ankang-eco-indicators');
const evaluation = await evaluate(2020, measurements, { baseline });
const elapsed = performance.now() - start;
if (evaluation.indicators.length !== 34) throw new Error('the cold start did not evaluate');
process.stdout.write(`${JSON.stringify({ milliseconds: elapsed })}\n`);
