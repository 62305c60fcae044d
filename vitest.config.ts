import { defineConfig } from 'vitest/config';

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
  },
});
