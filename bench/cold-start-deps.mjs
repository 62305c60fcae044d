// The part of a cold start that is not this package's: a fresh process importing only the
// runtime dependencies (zod/mini, json-rules-engine, decimal.js). Prints the milliseconds.
import { performance } from 'node:perf_hooks';

const start = performance.now();
await import('zod/mini');
await import('json-rules-engine');
await import('decimal.js');
const elapsed = performance.now() - start;
process.stdout.write(`${JSON.stringify({ milliseconds: elapsed })}\n`);
