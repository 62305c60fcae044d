import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderMeasurementsDoc } from './fixtures/render-docs.js';

const path = new URL('../docs/measurements.md', import.meta.url);

it('docs/measurements.md is up to date with the catalogue and the rules', () => {
  const rendered = renderMeasurementsDoc();
  if (process.env['UPDATE_DOCS'] === '1') writeFileSync(path, rendered);
  expect(readFileSync(path, 'utf8'), 'run: UPDATE_DOCS=1 npx vitest run test/docs.test.ts').toBe(rendered);
});
