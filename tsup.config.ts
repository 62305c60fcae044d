import { defineConfig } from 'tsup';

// The test suite builds the JavaScript it runs as a subprocess (the command line) without
// the slow declaration build, and must not delete declarations a full build made. Either
// build deletes the library's JavaScript first, so that chunks of an earlier build (named by
// content hash) do not pile up in dist/ and in the tarball; not what the other configurations
// write meanwhile (dist/modules/ cleans itself).
const javascriptOnly = process.env['ANKANG_BUILD'] === 'js';
const othersOutput = ['!cli.js*', '!modules/**'];
const keep = javascriptOnly ? ['!**/*.d.{ts,cts}', ...othersOutput] : othersOutput;

// Runtime dependencies stay external: the host's bundler dedupes them.
const dependencies = ['json-rules-engine', 'zod', 'decimal.js'];

export default defineConfig([
  {
    // For Node (the `import` and `require` conditions): one file per entry, and the modules
    // two entries (or an entry and a lazy `import()`) share in chunks of their own, so that a
    // process that loads the main entry and a subpath gets one instance of each module (one
    // builtinRuleSet, one engine cache) in each format. Fewer files to load than one per
    // module: a shorter cold start (docs/performance.md, "The package's layout").
    entry: { index: 'src/index.ts', schemas: 'src/schemas.ts', policy: 'src/policy.ts', data: 'src/data.ts' },
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
    // For bundlers (the `module` condition of `exports`, which Node ignores): one file per
    // module, so that a bundle takes exactly the modules it reaches and splits them by its own
    // entries. Chunks made for our three entries would put a module a bundle needs only
    // lazily (the messages of refused input) in its first load: 2 kB gzip more
    // (docs/performance.md). A bundle's `import` and `require` both get this build: one copy.
    entry: ['src/**/*.ts', '!src/cli/**'],
    bundle: false,
    format: ['esm'],
    outDir: 'dist/modules',
    dts: false,
    // No source maps: bundlers read none by default, and they would double the tarball's
    // share of this build.
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
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
