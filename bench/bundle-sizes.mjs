// Browser bundles of `import { evaluate } from 'ankang-eco-indicators'`, made from the packed
// tarball installed in a fresh project (bench/packed-package.mjs), by the three bundlers a
// consumer is likely to use: esbuild, Vite and webpack 5, each with its production defaults.
// A file is counted gzipped at level 9, one by one, as a browser fetches it. The initial load
// is the entry and the chunks it imports statically; chunks behind an `import()` load only
// when that import runs, and are counted in the total.
//
//   node bench/bundle-sizes.mjs   (npm run bench:size builds dist/ first)
//
// prints a table and exits 1 when an initial load exceeds the budget.
import { build as esbuild } from 'esbuild';
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as viteBuild } from 'vite';
import webpack from 'webpack';
import { gzipSize, staticallyLoaded } from './initial-load.mjs';
import { installPackedPackage } from './packed-package.mjs';

/**
 * The budget of the initial load of `evaluate` alone, in bytes gzip: 50,000, from issue 11, and
 * again from issue 23 (issue 13 had raised it to 52,000 for raw counts and `any` groups). What
 * an evaluation reports beyond what the engine decides (the check results, the explanations,
 * the warnings) loads with the first evaluation, while its engine runs: the figures say what
 * the first evaluation loads too. README, "In the browser", gives them and the reasons.
 */
export const budgetBytes = 50_000;

/** The module the first evaluation loads by `import()` while its engine runs: the assembly. */
const assemblyModule = /dist\/modules\/evaluation\/assemble\.js\b/;

/** The consumer's code: `evaluate` and nothing else, used so that no bundler can drop it. */
const importEntry = "import { evaluate } from 'ankang-eco-indicators';\nglobalThis.evaluate = evaluate;\n";
const requireEntry = "globalThis.evaluate = require('ankang-eco-indicators').evaluate;\n";
/** A consumer that imports the package in one module and requires it in another. */
export const mixedEntry =
  "import { evaluate } from 'ankang-eco-indicators';\nglobalThis.evaluate = [evaluate, require('ankang-eco-indicators').evaluate];\n";

/**
 * The figures of one bundle from its output files: `files` maps each JavaScript file to its
 * bytes and the files it imports statically; `entry` names the entry file.
 */
function figures(bundler, entry, files) {
  const importsOf = (name) => files.get(name)?.imports ?? [];
  const initial = staticallyLoaded([entry], importsOf);
  // The first evaluation of valid input without raw counts also loads the assembly's chunk.
  const assembly = [...files].filter(([, file]) => file.holdsAssembly).map(([name]) => name);
  const firstEvaluation = staticallyLoaded([entry, ...assembly], importsOf);
  let initialGzip = 0;
  let initialMinified = 0;
  let firstEvaluationGzip = 0;
  let totalGzip = 0;
  for (const [name, file] of files) {
    const size = gzipSize(file.contents);
    totalGzip += size;
    if (firstEvaluation.has(name)) firstEvaluationGzip += size;
    if (initial.has(name)) {
      initialGzip += size;
      initialMinified += file.contents.length;
    }
  }
  if (assembly.length === 0) throw new Error(`${bundler}: no chunk holds the assembly`);
  return {
    bundler,
    initialGzip,
    initialMinified,
    firstEvaluationGzip,
    totalGzip,
    files: files.size,
    initialFiles: initial.size,
  };
}

function writeEntry(consumer, name, contents) {
  const folder = join(consumer, 'bundle-entries');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  writeFileSync(path, contents);
  return path;
}

/** esbuild: minified ESM for the browser, split so that a lazily imported module is a chunk. */
export async function esbuildFigures(consumer, { entryFile = 'evaluate.mjs', contents = importEntry } = {}) {
  const result = await esbuild({
    entryPoints: [writeEntry(consumer, entryFile, contents)],
    absWorkingDir: consumer,
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    // platform 'browser' fails the build on any Node built-in the entry reaches.
    platform: 'browser',
    outdir: join(consumer, 'dist-esbuild'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const files = new Map();
  for (const output of result.outputFiles) {
    if (!output.path.endsWith('.js')) continue;
    const key = Object.keys(result.metafile.outputs).find((name) => output.path.endsWith(name));
    const meta = result.metafile.outputs[key];
    files.set(key, {
      contents: output.contents,
      imports: meta.imports.filter((imported) => imported.kind === 'import-statement').map((imported) => imported.path),
      holdsAssembly: Object.keys(meta.inputs).some((input) => assemblyModule.test(input)),
    });
    // A chunk behind an import() is an entry point of its own in esbuild's metafile.
    if (meta.entryPoint?.endsWith(`bundle-entries/${entryFile}`)) files.entry = key;
  }
  // Which of the package's files the bundle holds, for the test that a bundle gets one copy.
  const packageFiles = Object.keys(result.metafile.inputs).filter((input) =>
    input.includes('node_modules/ankang-eco-indicators/'),
  );
  return { ...figures('esbuild', files.entry, files), packageFiles };
}

/** Vite: `vite build` of a script entry, with Vite's defaults (a production build). */
export async function viteFigures(consumer) {
  const [output] = [
    await viteBuild({
      root: consumer,
      configFile: false,
      logLevel: 'silent',
      build: { write: false, rollupOptions: { input: writeEntry(consumer, 'evaluate-vite.mjs', importEntry) } },
    }),
  ].flat();
  const files = new Map();
  let entry;
  for (const chunk of output.output) {
    if (chunk.type !== 'chunk') continue;
    files.set(chunk.fileName, {
      contents: Buffer.from(chunk.code),
      imports: chunk.imports,
      holdsAssembly: chunk.moduleIds.some((id) => assemblyModule.test(id)),
    });
    if (chunk.isEntry) entry = chunk.fileName;
  }
  return figures(`Vite ${(await import('vite')).version}`, entry, files);
}

/** webpack 5 through its Node API: production mode and nothing else set. */
export async function webpackFigures(consumer, { entryFile = 'evaluate-webpack.mjs', contents = importEntry } = {}) {
  const outputPath = join(consumer, `dist-webpack-${entryFile.replace(/\W/g, '-')}`);
  const stats = await new Promise((resolve, reject) => {
    webpack(
      {
        mode: 'production',
        context: consumer,
        entry: writeEntry(consumer, entryFile, contents),
        output: { path: outputPath },
      },
      (error, result) => {
        if (error) reject(error);
        else if (result.hasErrors()) reject(new Error(result.toString('errors-only')));
        else resolve(result);
      },
    );
  });
  const json = stats.toJson({ all: false, entrypoints: true, assets: true, chunks: true, chunkModules: true });
  const initialAssets = new Set(json.entrypoints.main.assets.map((asset) => asset.name));
  // A module webpack concatenated is listed inside the module it was concatenated into.
  const moduleNames = (module) => [module.name ?? '', ...(module.modules ?? []).flatMap(moduleNames)];
  const assemblyFiles = new Set(
    json.chunks
      .filter((chunk) => (chunk.modules ?? []).flatMap(moduleNames).some((name) => assemblyModule.test(name)))
      .flatMap((chunk) => chunk.files),
  );
  const files = new Map();
  for (const name of readdirSync(outputPath)) {
    if (!name.endsWith('.js')) continue;
    // webpack's entry loads its initial chunks itself: list them as the entry's imports.
    files.set(name, {
      contents: readFileSync(join(outputPath, name)),
      imports: name === 'main.js' ? [...initialAssets].filter((asset) => asset !== 'main.js') : [],
      holdsAssembly: assemblyFiles.has(name),
    });
  }
  return figures(`webpack ${webpack.version}`, 'main.js', files);
}

/** All figures, from one packed and installed copy. */
export async function measureBundles(consumer) {
  return {
    esbuild: await esbuildFigures(consumer),
    vite: await viteFigures(consumer),
    webpack: await webpackFigures(consumer),
    // Not budgeted, for the README: a consumer that require()s the package, and one that
    // both imports and requires it.
    esbuildRequire: await esbuildFigures(consumer, { entryFile: 'evaluate-require.cjs', contents: requireEntry }),
    webpackRequire: await webpackFigures(consumer, { entryFile: 'evaluate-require.cjs', contents: requireEntry }),
    esbuildMixed: await esbuildFigures(consumer, { entryFile: 'evaluate-mixed.js', contents: mixedEntry }),
    webpackMixed: await webpackFigures(consumer, { entryFile: 'evaluate-mixed.js', contents: mixedEntry }),
  };
}

export function formatFigures(figure) {
  const kB = (bytes) => (bytes / 1000).toFixed(1);
  return `${figure.initialGzip} bytes gzip initial load (${kB(figure.initialGzip)} kB, ${figure.initialFiles} of ${figure.files} files, ${kB(figure.initialMinified)} kB minified); ${figure.firstEvaluationGzip} bytes gzip with the first evaluation's assembly (${kB(figure.firstEvaluationGzip)} kB); ${figure.totalGzip} bytes gzip with every lazy chunk (${kB(figure.totalGzip)} kB)`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const packed = installPackedPackage();
  try {
    const measured = await measureBundles(packed.consumer);
    console.log(`Browser bundles of \`import { evaluate } from 'ankang-eco-indicators'\` from ${packed.tarball}:`);
    for (const figure of [measured.esbuild, measured.vite, measured.webpack]) {
      console.log(`  ${figure.bundler}: ${formatFigures(figure)}`);
    }
    console.log("Not budgeted: `require('ankang-eco-indicators').evaluate`:");
    console.log(`  esbuild: ${formatFigures(measured.esbuildRequire)}`);
    console.log(`  webpack: ${formatFigures(measured.webpackRequire)}`);
    console.log('Not budgeted: `import { evaluate }` and `require(…).evaluate` in one bundle:');
    console.log(`  esbuild: ${formatFigures(measured.esbuildMixed)}`);
    console.log(`  webpack: ${formatFigures(measured.webpackMixed)}`);
    const over = [measured.esbuild, measured.vite, measured.webpack].filter(
      (figure) => figure.initialGzip > budgetBytes,
    );
    for (const figure of over) console.log(`${figure.bundler}: OVER the ${budgetBytes}-byte budget`);
    if (over.length > 0) process.exitCode = 1;
  } finally {
    packed.remove();
  }
}
