// The floor of a cold start: a fresh process, run from the same project as bench/cold-start.mjs,
// that only imports the engine and the decimals (json-rules-engine, decimal.js), the versions
// the installed package uses. Prints the milliseconds of the imports, for the record.
import { performance } from 'node:perf_hooks';

const start = performance.now();
await import('json-rules-engine');
await import('decimal.js');
const elapsed = performance.now() - start;
process.stdout.write(`${JSON.stringify({ milliseconds: elapsed })}\n`);
