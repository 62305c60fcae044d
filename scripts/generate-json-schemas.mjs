// Writes schema/*.json, the JSON Schema of the package's inputs and results, from the zod
// schemas (src/schema/json-schema.ts, bundled here with esbuild: Node 20 runs no TypeScript).
// `npm run schema`; test/json-schema/files.test.ts fails when a committed file is stale.
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const bundled = await build({
  entryPoints: [new URL('src/schema/json-schema.ts', root).pathname],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const code = bundled.outputFiles[0].text;
const { jsonSchemaNames, renderJsonSchemaFile } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);
mkdirSync(new URL('schema/', root), { recursive: true });
for (const name of jsonSchemaNames) {
  writeFileSync(new URL(`schema/${name}.json`, root), renderJsonSchemaFile(name));
  console.log(`schema/${name}.json`);
}
