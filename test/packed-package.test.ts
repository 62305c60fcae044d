// The package as a consumer receives it: `npm pack` of dist/ as the test run built it, installed
// with npm into a fresh project (bench/packed-package.mjs). The install needs the npm registry
// (or npm's cache) for the runtime dependencies; without it the test is skipped with a printed
// reason, except in CI (CI=true), where that is a failure.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  budgetBytes,
  esbuildFigures,
  formatFigures,
  mixedEntry,
  viteFigures,
  webpackFigures,
} from '../bench/bundle-sizes.mjs';
import { installPackedPackage, type PackedPackage } from '../bench/packed-package.mjs';

const inCi = process.env['CI'] === 'true';
let packed: PackedPackage | undefined;
try {
  packed = installPackedPackage();
} catch (error) {
  const skipReason = `npm could not install the packed tarball (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  if (inCi) throw new Error(`the packed-package tests need the npm registry in CI: ${skipReason}`, { cause: error });
  console.warn(`skipping the packed-package tests: ${skipReason}`);
}

describe.skipIf(packed === undefined)('the packed tarball, installed in a fresh project', () => {
  const consumer = packed?.consumer ?? '';
  afterAll(() => packed?.remove());

  it('ships no scripts: each names files the tarball lacks, and npm warns about lifecycle scripts on install', () => {
    const manifest = JSON.parse(
      readFileSync(join(consumer, 'node_modules/ankang-eco-indicators/package.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(manifest['scripts']).toBeUndefined();
    expect(manifest['name']).toBe('ankang-eco-indicators');
    expect(packed?.files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.cjs', 'dist/modules/index.js']));
    expect(packed?.files.filter((file) => /^(src|test|scripts|bench)\//.test(file))).toEqual([]);
  });

  it('an error from the CommonJS build is instanceof the ESM build’s class, and the other way round', () => {
    // One Node process: a CommonJS tool beside ESM code loads both builds.
    const script = join(consumer, 'cross-build-errors.cjs');
    writeFileSync(
      script,
      `const required = require('ankang-eco-indicators');
(async () => {
  const imported = await import('ankang-eco-indicators');
  if (required.ValidationError === imported.ValidationError) throw new Error('expected two builds, got one class');
  const fromRequire = await required.evaluate(2020, { greenTravelPercnt: 1 }).catch((error) => error);
  const fromImport = await imported.evaluate(2020, { greenTravelPercnt: 1 }).catch((error) => error);
  const outcome = {
    requireErrorIsImportClass: fromRequire instanceof imported.ValidationError,
    importErrorIsRequireClass: fromImport instanceof required.ValidationError,
    requireErrorIsOwnClass: fromRequire instanceof required.ValidationError,
    importErrorIsOwnClass: fromImport instanceof imported.ValidationError,
    // The brand tells the classes apart: not every error of the package is every class.
    requireErrorIsNotImportRuleSetError: !(fromRequire instanceof imported.RuleSetError),
    rangeErrorIsNot: !(new RangeError('no') instanceof imported.ValidationError),
  };
  process.stdout.write(JSON.stringify(outcome));
})();
`,
    );
    const outcome = JSON.parse(
      execFileSync(process.execPath, [script], { cwd: consumer, encoding: 'utf8' }),
    ) as unknown;
    expect(outcome).toEqual({
      requireErrorIsImportClass: true,
      importErrorIsRequireClass: true,
      requireErrorIsOwnClass: true,
      importErrorIsOwnClass: true,
      requireErrorIsNotImportRuleSetError: true,
      rangeErrorIsNot: true,
    });
  });

  it('a bundle that both imports and requires the package holds one copy: the build for bundlers', async () => {
    // The `module` condition of `exports`, which bundlers read for import() and require() alike.
    const figures = await esbuildFigures(consumer, { entryFile: 'evaluate-mixed.js', contents: mixedEntry });
    expect(figures.packageFiles).toContain('node_modules/ankang-eco-indicators/dist/modules/index.js');
    expect(figures.packageFiles.filter((file) => !file.includes('/dist/modules/'))).toEqual([]);
  });

  describe(`a browser bundle of \`import { evaluate }\` loads at most ${budgetBytes} bytes gzip at first`, () => {
    // The figures the README reports: read them here when they change.
    it.each([
      ['esbuild', esbuildFigures],
      ['Vite', viteFigures],
      ['webpack 5', webpackFigures],
    ])('%s', async (_name, measure) => {
      const figures = await measure(consumer);
      console.info(`${figures.bundler}: ${formatFigures(figures)}`);
      expect(figures.initialGzip).toBeGreaterThan(20_000);
      expect(figures.initialGzip).toBeLessThanOrEqual(budgetBytes);
      expect(figures.totalGzip).toBeGreaterThanOrEqual(figures.initialGzip);
    });
  });
});
