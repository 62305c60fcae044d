import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { compareVersions, type LockFile } from '../fixtures/dependency-floors.js';

// The example dashboard draws its trend charts with Apache ECharts, a dev dependency (the
// package does not ship it). npm audit does not answer here, so the floor is checked by hand:
// CVE-2026-45249 (XSS in the Lines series tooltip) was fixed by apache/echarts PR #21608
// (merged 2026-05-08) and first released in 6.1.0 (2026-05-22), whose LinesSeries builds its
// tooltip with createTooltipMarkup. The dashboard uses only line charts and no HTML formatter.
const echartsFloor = '6.1.0';

const readJson = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));

it(`echarts is pinned exactly, at ${echartsFloor} or later, and is not a runtime dependency`, () => {
  const manifest = readJson('package.json') as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const pinned = manifest.devDependencies['echarts'] ?? '';
  expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
  expect(compareVersions(pinned, echartsFloor)).toBeGreaterThanOrEqual(0);
  expect(manifest.dependencies['echarts']).toBeUndefined();
  const lock = readJson('package-lock.json') as LockFile;
  expect(lock.packages?.['node_modules/echarts']?.version).toBe(pinned);
});
