import { defineConfig } from 'tsup';

// The test suite builds the JavaScript it runs as a subprocess (the command line) without
// the slow declaration build, and must not delete declarations a full build made.
const javascriptOnly = process.env['ANKANG_BUILD'] === 'js';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', policy: 'src/policy.ts', schemas: 'src/schemas.ts' },
    format: ['esm', 'cjs'],
    dts: !javascriptOnly,
    sourcemap: true,
    clean: !javascriptOnly,
    target: 'es2022',
    platform: 'neutral',
    // Runtime dependencies stay external: the host's bundler dedupes them.
    external: ['json-rules-engine', 'zod', 'decimal.js'],
    outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
  },
  {
    // The command line: Node only, ESM, and it imports the library by the package's own
    // name, so it runs the same dist/index.js a consumer does instead of a second copy.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    external: [/^ankang-eco-indicators(\/|$)/, 'json-rules-engine', 'zod', 'decimal.js'],
  },
]);
