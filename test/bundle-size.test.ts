import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';

/** The budget for a browser bundle of `evaluate`, rules included (issue: the library core). */
const budgetBytes = 60_000;

it(`a minified browser bundle of evaluate, rules included, stays under ${budgetBytes / 1000} kB gzip`, async () => {
  const result = await build({
    stdin: {
      contents: "export { evaluate } from './src/index.ts';",
      resolveDir: new URL('../', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    // platform 'browser' fails the build on any Node built-in the entry reaches.
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  const gzipped = gzipSync(output?.contents ?? new Uint8Array(), { level: 9 }).length;
  // The figure the README reports: read it here when it changes.
  console.info(
    `browser bundle of evaluate, rules included: ${gzipped} bytes gzip (${(gzipped / 1000).toFixed(1)} kB of the ${budgetBytes / 1000} kB budget), ${output?.contents.length ?? 0} bytes minified`,
  );
  expect(gzipped).toBeGreaterThan(30_000);
  expect(gzipped).toBeLessThan(budgetBytes);
});
