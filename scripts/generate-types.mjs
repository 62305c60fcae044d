// Writes examples/generated-types/: the types that quicktype (TypeScript, Python, Go) and
// json-schema-to-typescript generate from the shipped schema/ files, as they are
// (test/fixtures/code-generators.ts, bundled here with esbuild: Node 20 runs no TypeScript).
// `npm run schema:types`; test/json-schema/code-generators.test.ts fails when they are stale.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('../', import.meta.url);
const outfile = new URL('node_modules/.cache/ankang-generate-types.mjs', root).pathname;
await build({
  entryPoints: [new URL('test/fixtures/code-generators.ts', root).pathname],
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
// Bundled beside node_modules, so that the generators resolve as installed; the fixture reads
// schema/ relative to its own place, which the bundle keeps by `import.meta.url` of the source.
const { generateTypes } = await import(pathToFileURL(outfile).href);
const directory = new URL('examples/generated-types/', root);
for (const { path, text } of await generateTypes()) {
  const target = new URL(path, directory);
  mkdirSync(dirname(target.pathname), { recursive: true });
  writeFileSync(target, text);
  console.log(`examples/generated-types/${path}`);
}
