import { defineConfig } from 'tsup';

// The test suite builds the JavaScript it runs as a subprocess (the command line) without
// the slow declaration build, and must not delete declarations a full build made. Either
// build deletes the library's JavaScript first, so that chunks of an earlier build (named by
// content hash) do not pile up in dist/ and in the tarball; not the command line's, which the
// second configuration writes meanwhile.
const javascriptOnly = process.env['ANKANG_BUILD'] === 'js';
const keep = javascriptOnly ? ['!**/*.d.{ts,cts}', '!cli.js*'] : ['!cli.js*'];

// Runtime dependencies stay external: the host's bundler dedupes them.
const dependencies = ['json-rules-engine', 'zod', 'decimal.js'];

export default defineConfig([
  {
    // One file per entry, and the modules two entries (or an entry and a lazy `import()`)
    // share in chunks of their own: a process that loads the main entry and a subpath gets
    // one instance of each module (one builtinRuleSet, one engine cache) in each format.
    // Measured against one file per module (bundle: false): the same browser bundles of
    // `evaluate`, and a cold start about 10 ms shorter (docs/performance.md).
    entry: { index: 'src/index.ts', schemas: 'src/schemas.ts', policy: 'src/policy.ts' },
    format: ['esm', 'cjs'],
    // esbuild splits ESM only; tsup splits the CommonJS build the same way.
    splitting: true,
    dts: !javascriptOnly,
    sourcemap: true,
    clean: keep,
    target: 'es2022',
    platform: 'neutral',
    external: dependencies,
    outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
  },
  {
    // The command line: Node only, ESM, and it imports the library by the package's own
    // name (and subpaths), so it runs the same dist/ files a consumer does instead of a
    // second copy.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    external: ['ankang-eco-indicators', ...dependencies],
  },
]);
