// `npm run regenerate`: the one command that rewrites everything generated from rules/ (and from
// the zod schemas) that is committed, after a policy change or a change of code:
//
//   src/generated/                       the rules `evaluate` bundles (not committed)
//   schema/**/*.json                     the JSON Schema files (both languages, both drafts)
//   examples/generated-types/            the types code generators make of them
//   docs/indicators.md                   the catalogue of the built-in rules
//   docs/measurements.md                 the measurement keys and the derived percentages
//   examples/sample-results.md           the sample data evaluated under the built-in rules
//   examples/sample-progress.{zh,en}.md  the sample series' progress under them (and the report of
//                                        every series of scripts/progress-reports.mjs)
//   examples/ankang-2019-2024-published/evaluate-{2021,2024}.{zh,en}.{md,txt}
//                                        the published-shape series evaluated (Markdown and
//                                        table, with --sources): 2021 reads 2020's caveat, 2024
//                                        is a partial year
//   docs/examples/composite-air-quality/compare.{zh,en}.md
//                                        the worked example's impact report
//
// Each has a test that fails while the committed file is stale (test/generated-files.test.ts,
// test/json-schema/files.test.ts and test/json-schema/code-generators.test.ts). The reports come from the command line itself (dist/cli.js,
// its JavaScript rebuilt here), so they are what `npx ankang-eco …` prints.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { progressReportArguments, progressReports } from './progress-reports.mjs';
import { publishedReportArgs, publishedReportPath, publishedReports } from './published-reports.mjs';

const root = new URL('../', import.meta.url);
const node = (args, env = process.env) =>
  execFileSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const write = (path, text) => {
  writeFileSync(new URL(path, root), text);
  console.log(path);
};

// src/generated/ and the JavaScript of dist/, which the command line below runs.
node(['scripts/build-js.mjs']);
process.stdout.write(node(['scripts/generate-json-schemas.mjs']));
process.stdout.write(node(['scripts/generate-types.mjs']));

write('docs/indicators.md', node(['dist/cli.js', 'indicators', '--format', 'markdown']));
for (const report of progressReports) {
  for (const lang of ['zh', 'en'])
    write(`${report.output}.${lang}.md`, node(['dist/cli.js', ...progressReportArguments(report, lang)]));
}
// The published-shape example: the evaluation of a year whose baseline carries a caveat (2021),
// and of the latest, partial year (2024), as the command line prints them.
mkdirSync(new URL('examples/ankang-2019-2024-published/', root), { recursive: true });
for (const args of publishedReports) {
  write(publishedReportPath(args), node(['dist/cli.js', ...publishedReportArgs(args)]));
}
const example = 'docs/examples/composite-air-quality';
for (const lang of ['zh', 'en']) {
  write(
    `${example}/compare.${lang}.md`,
    node([
      'dist/cli.js',
      'compare',
      'builtin',
      `${example}/rules`,
      `${example}/air-2020.json`,
      '--baseline',
      `${example}/air-2019.json`,
      '--lang',
      lang,
    ]),
  );
}

// The renderers of scripts/render-docs.ts, bundled from src/ for this run (into node_modules/.cache).
const bundled = await build({
  stdin: {
    contents: `
      import { readFileSync } from 'node:fs';
      import { evaluate } from './src/evaluation/evaluate.ts';
      import { renderMeasurementsDoc, renderSampleResults } from './scripts/render-docs.ts';
      const sample = (name) => JSON.parse(readFileSync(new URL('examples/' + name, ${JSON.stringify(root.href)}), 'utf8'));
      export async function render() {
        const evaluation = await evaluate(2020, sample('ankang-2020.json'), { baseline: sample('ankang-2019.json') });
        return { measurements: renderMeasurementsDoc(), sample: renderSampleResults(evaluation) };
      }`,
    resolveDir: new URL('.', root).pathname,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  // The dependencies are imported from node_modules, as the file below sits under it.
  packages: 'external',
  write: false,
  logLevel: 'warning',
});
const cache = new URL('node_modules/.cache/ankang-eco-indicators/', root);
mkdirSync(cache, { recursive: true });
const renderer = new URL('render-docs.mjs', cache);
writeFileSync(renderer, bundled.outputFiles[0].contents);
const { render } = await import(renderer.href);
const rendered = await render();
write('docs/measurements.md', rendered.measurements);
write('examples/sample-results.md', rendered.sample);
