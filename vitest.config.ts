import { availableParallelism } from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The test files that run longest, each mostly waiting on processes of its own: the
 * policy-change workflow in a copy of the repository (npm, the command line, a test run of its
 * own), the hostile command-line cases (shell lines, workbooks of millions of elements), the
 * pages and the workbook reader in Chromium, the packed tarball (npm pack and install, three
 * bundlers).
 */
const longest = [
  'test/policy-change-workflow.test.ts',
  'test/cli/hostile-inputs.test.ts',
  'test/examples/dashboard.test.ts',
  'test/examples/dashboard-files.test.ts',
  'test/packed-package.test.ts',
  'test/data/xlsx/read-in-browser.test.ts',
  'test/examples/measurement-form.test.ts',
];

/**
 * Vitest's order (after a run: the failed, then the longest, first), with the longest files
 * first even in a fresh clone, which has no durations yet: a run then overlaps them with the
 * rest, instead of ending on one of them.
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification): number => {
      const index = longest.findIndex((path) => file.moduleId.endsWith(`/${path}`));
      return index === -1 ? longest.length : index;
    };
    return sorted
      .map((file, order) => ({ file, order }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order)
      .map(({ file }) => file);
  }
}

export default defineConfig({
  resolve: {
    // Code that imports the package by name (the command line) runs against src/ in tests.
    alias: [
      { find: /^ankang-eco-indicators$/, replacement: new URL('./src/index.ts', import.meta.url).pathname },
      { find: /^ankang-eco-indicators\/policy$/, replacement: new URL('./src/policy.ts', import.meta.url).pathname },
      { find: /^ankang-eco-indicators\/schemas$/, replacement: new URL('./src/schemas.ts', import.meta.url).pathname },
      { find: /^ankang-eco-indicators\/data$/, replacement: new URL('./src/data.ts', import.meta.url).pathname },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Property and concurrency tests do real work; keep a bound so a hang fails instead of stalling CI.
    testTimeout: 60_000,
    // Vitest's default is one worker per core but one, which is a single worker on two cores. The
    // longest files mostly wait on processes of their own, so two workers overlap them with the
    // rest even there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A worker loads the package's modules once for all its files rather than once per file
    // (a fifth of the run's time went to imports). The library keeps no state beyond caches,
    // and the tests that change something global (decimal.js's settings, with
    // `vi.resetModules()`) put it back after each test; the whole suite passes either way
    // (`npx vitest run --isolate` runs each file in a fresh module graph).
    isolate: false,
    sequence: { sequencer: LongestFirst },
  },
});
