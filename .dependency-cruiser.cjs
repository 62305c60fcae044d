// The layers of src/, bottom to top; a module may import its own layer and those below,
// never above, and no import cycles at all (type-only imports included: a cycle of types is
// still two modules that cannot be read apart). Run by `npm test` (`npm run lint:layers`).
//
//   vocabulary  decimal parsing, operators, statuses, localized text, year tables: imports nothing of ours
//   errors      the base error with its brand, thin subclasses, the issue formatter
//   generated   src/generated/, written from rules/ (imports nothing)
//   catalogue   the contract's measurement keys and bureaus
//   schema      zod schemas (the single source of types)
//   engine      compiled rule sets, engine pools, the built-in rule set, the hash
//   results     explanations, roll-ups, report formatters
//   data        data files from bytes or text (no file system): the value normalizer, layouts, merging with places
//   evaluation  evaluate, safeEvaluate, evaluateMany, createEvaluator
//   policy      rule-set comparisons, case files
//   entries     src/index.ts, src/policy.ts, src/schemas.ts, src/data.ts
//   cli         the command line: a consumer of the package, it imports the public entries
//               only, and by the package's name (so that dist/cli.js runs the same dist/ files a
//               consumer does, not a second copy bundled into it)
const layers = [
  ['vocabulary', '^src/vocabulary/'],
  ['errors', '^src/errors/'],
  ['generated', '^src/generated/'],
  ['catalogue', '^src/catalogue/'],
  ['schema', '^src/schema/'],
  ['engine', '^src/engine/'],
  ['results', '^src/results/'],
  ['data', '^src/data/'],
  ['evaluation', '^src/evaluation/'],
  ['policy', '^src/policy/'],
  ['entries', '^src/[^/]+\\.ts$'],
  ['cli', '^src/cli/'],
];

const above = (index) => layers.slice(index + 1).map(([, path]) => path);

// The public entries: src/<name>.ts for each subpath the package exports (`.` is src/index.ts),
// as tsup builds them; what the command line may import of the library.
const { exports: packageExports } = require('./package.json');
const entryNames = Object.keys(packageExports)
  .filter((subpath) => !subpath.includes('*') && !subpath.endsWith('.json'))
  .map((subpath) => (subpath === '.' ? 'index' : subpath.slice('./'.length)));
const publicEntries = `^src/(${entryNames.join('|')})\\.ts$`;

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles, type-only ones included, are not allowed.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'generated-imports-nothing',
      severity: 'error',
      comment: 'src/generated/ is data written from rules/.',
      from: { path: '^src/generated/' },
      to: { path: '^src/' },
    },
    ...layers.slice(0, -1).map(([name, path], index) => ({
      name: `${name}-points-down`,
      severity: 'error',
      comment: `${name} imports only its own layer and the layers below it.`,
      from: { path },
      to: { path: above(index) },
    })),
    {
      name: 'cli-imports-public-entries-only',
      severity: 'error',
      comment:
        'The command line is a consumer of the package: of the library it imports only the public entries (what package.json exports). Something it needs from inside belongs in an entry, or in src/cli/.',
      from: { path: '^src/cli/' },
      to: { path: '^src/', pathNot: ['^src/cli/', publicEntries] },
    },
    {
      name: 'cli-imports-entries-by-name',
      severity: 'error',
      comment:
        "The command line imports the entries by the package's name ('ankang-eco-indicators/data'), never by a relative path: the build keeps the package external, so that dist/cli.js runs the library of dist/ instead of a copy bundled into it.",
      from: { path: '^src/cli/' },
      to: { path: publicEntries, dependencyTypesNot: ['aliased'] },
    },
    {
      name: 'library-has-no-node-builtins',
      severity: 'error',
      comment: 'The library runs in browsers: only the command line may use Node.',
      from: { path: '^src/', pathNot: ['^src/cli/'] },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.test.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
