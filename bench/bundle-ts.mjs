// A TypeScript entry of bench/ or test/fixtures/ bundled with esbuild (a devDependency) for a run
// of node, its packages left to node_modules: how the benchmarks run code that imports src/.
import { build } from 'esbuild';

/** Bundles `entryPoint` into `outfile` (ESM for Node 20) and returns the URL to import it by. */
export async function bundleTypeScript(entryPoint, outfile) {
  await build({
    entryPoints: [entryPoint],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return new URL(`file://${outfile}`).href;
}
