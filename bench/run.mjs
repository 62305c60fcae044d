// Runs the benchmarks: bundles bench/suite.ts (it imports the TypeScript sources) with
// esbuild, a devDependency, and runs the bundle. `npm run bench` builds dist/ first for the
// cold-start and heap children, which load the package as a consumer does.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const outfile = fileURLToPath(new URL('../node_modules/.cache/ankang-bench/suite.mjs', import.meta.url));
await build({
  entryPoints: [fileURLToPath(new URL('suite.ts', import.meta.url))],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
// The bundle lives elsewhere; the suite finds the repository through this variable.
process.env.ANKANG_BENCH_ROOT = fileURLToPath(new URL('../', import.meta.url));
await import(new URL(`file://${outfile}`).href);
