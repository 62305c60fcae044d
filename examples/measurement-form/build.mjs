// Builds the example measurement form into examples/measurement-form/dist/ (or the directory
// given as the first argument) with esbuild: `npm run form:build`, then serve that directory.
// `ankang-eco-indicators` is this repository's source; its schema files come from the package
// as installed (`ankang-eco-indicators/schema/...`, here a link to this repository).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = new URL('./', import.meta.url);
const outdir = process.argv[2] ?? fileURLToPath(new URL('dist/', here));
const packageEntry = fileURLToPath(new URL('../../src/index.ts', here));

mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: [fileURLToPath(new URL('main.ts', here))],
  outfile: `${outdir}/main.js`,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  plugins: [
    {
      name: 'package-source',
      setup(esbuild) {
        esbuild.onResolve({ filter: /^ankang-eco-indicators$/ }, () => ({ path: packageEntry }));
      },
    },
  ],
});
for (const file of ['index.html', 'style.css']) copyFileSync(new URL(file, here), `${outdir}/${file}`);
console.log(`built the measurement form into ${outdir}`);
