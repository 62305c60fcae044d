// Writes schema/, the JSON Schema of the package's inputs and results in every variant (both
// languages, zh/, en/; draft 2020-12 and draft-07/), from the zod schemas (scripts/json-schema.ts,
// bundled here with esbuild: Node 20 runs no TypeScript). `npm run schema`;
// test/json-schema/files.test.ts fails when a committed file is stale or one is left over.
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const root = new URL('../', import.meta.url);
const bundled = await build({
  entryPoints: [new URL('scripts/json-schema.ts', root).pathname],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const code = bundled.outputFiles[0].text;
const { jsonSchemaFiles } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
const directory = new URL('schema/', root);
const files = jsonSchemaFiles();
const wanted = new Set(files.map((file) => file.path));
for (const file of readdirSync(directory, { recursive: true })) {
  if (file.endsWith('.json') && !wanted.has(file.split('\\').join('/'))) rmSync(new URL(file, directory));
}
for (const { path, text } of files) {
  const target = new URL(path, directory);
  mkdirSync(dirname(target.pathname), { recursive: true });
  writeFileSync(target, text);
}
console.log(`${files.length} files in schema/`);
