import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Property and concurrency tests do real work; keep a bound so a hang fails instead of stalling CI.
    testTimeout: 60_000,
  },
});
