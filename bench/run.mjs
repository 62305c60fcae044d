// Runs the benchmarks: bundles bench/suite.ts (it imports the TypeScript sources) with
// esbuild, a devDependency, and runs the bundle. `npm run bench` builds dist/ first for the
// cold-start and heap children, which load the package as a consumer does.
import { fileURLToPath } from 'node:url';
import { bundleTypeScript } from './bundle-ts.mjs';

const suite = await bundleTypeScript(
  fileURLToPath(new URL('suite.ts', import.meta.url)),
  fileURLToPath(new URL('../node_modules/.cache/ankang-bench/suite.mjs', import.meta.url)),
);
// The bundle lives elsewhere; the suite finds the repository through this variable.
process.env.ANKANG_BENCH_ROOT = fileURLToPath(new URL('../', import.meta.url));
await import(suite);
