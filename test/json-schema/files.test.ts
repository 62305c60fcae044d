import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { jsonSchemaNames, renderJsonSchemaFile } from '../../src/schema/json-schema.js';

it.each(jsonSchemaNames)('schema/%s.json is up to date with the zod schemas', (name) => {
  const committed = readFileSync(new URL(`../../schema/${name}.json`, import.meta.url), 'utf8');
  expect(committed, 'run: npm run schema').toBe(renderJsonSchemaFile(name));
});
