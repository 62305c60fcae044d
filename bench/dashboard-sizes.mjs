// What the example dashboard's page loads, file by file: `vite build` of examples/dashboard/
// (as `npm run dashboard:build`, into examples/dashboard/dist/), then the JavaScript that
// index.html loads at start-up (its module scripts, its modulepreload links and every chunk
// those import statically) apart from the chunks behind an `import()`, which the browser fetches
// only when the page runs that import (the Trends view and its charts; the package's own lazily
// loaded modules). Each file gzipped at level 9, as bench/bundle-sizes.mjs counts.
//
//   npm run dashboard:size
import { Buffer } from 'node:buffer';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDecoder } from 'node:util';
import { build, version as viteVersion } from 'vite';
import { gzipSize, staticallyLoaded } from './initial-load.mjs';

const repositoryRoot = fileURLToPath(new URL('../', import.meta.url));
export const dashboardConfigFile = fileURLToPath(new URL('../examples/dashboard/vite.config.ts', import.meta.url));

/** The files index.html names in `<script type="module" src>` and `<link rel="modulepreload" href>`. */
function scriptsOf(html) {
  const named = [
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ];
  // The config's base is './': the names are relative to dist/.
  return named.map((match) => (match[1] ?? '').replace(/^\.\//, ''));
}

/** The stylesheets index.html links. */
function stylesheetsOf(html) {
  return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((match) =>
    (match[1] ?? '').replace(/^\.\//, ''),
  );
}

/** The packages in node_modules/ that a chunk's modules come from, by name. */
function packagesOf(moduleIds) {
  const names = new Set();
  for (const id of moduleIds) {
    const found = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id.replaceAll('\\', '/'));
    if (found?.[1] !== undefined) names.add(found[1]);
  }
  return [...names].sort();
}

/**
 * The page's files from a build's output: `startup`, the JavaScript index.html loads before the
 * page runs; `lazy`, every other chunk (behind an `import()`); `stylesheets`, the CSS it links.
 */
export function dashboardLoads(output) {
  const html = output.output.find((file) => file.type === 'asset' && file.fileName === 'index.html');
  if (html === undefined) throw new Error('the build wrote no index.html');
  const chunks = new Map(output.output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const htmlSource = typeof html.source === 'string' ? html.source : new TextDecoder().decode(html.source);
  const scripts = scriptsOf(htmlSource);
  for (const name of scripts) if (!chunks.has(name)) throw new Error(`index.html loads ${name}, which the build lacks`);
  const startupNames = staticallyLoaded(scripts, (name) => chunks.get(name)?.imports ?? []);
  const describe = (chunk) => ({
    fileName: chunk.fileName,
    bytes: Buffer.byteLength(chunk.code),
    gzip: gzipSize(chunk.code),
    facade: chunk.facadeModuleId === null ? null : relative(repositoryRoot, chunk.facadeModuleId),
    moduleIds: chunk.moduleIds,
    packages: packagesOf(chunk.moduleIds),
  });
  const all = [...chunks.values()].map(describe);
  const assets = new Map(output.output.filter((file) => file.type === 'asset').map((asset) => [asset.fileName, asset]));
  return {
    startup: all.filter((file) => startupNames.has(file.fileName)),
    lazy: all.filter((file) => !startupNames.has(file.fileName)),
    stylesheets: stylesheetsOf(htmlSource).map((fileName) => {
      const source = assets.get(fileName)?.source ?? '';
      return { fileName, bytes: Buffer.byteLength(source), gzip: gzipSize(source) };
    }),
  };
}

/**
 * Builds the dashboard as `npm run dashboard:build` does (into `outDir`, examples/dashboard/dist/
 * by default) and returns what its page loads.
 */
export async function measureDashboard({ outDir } = {}) {
  const built = await build({
    configFile: dashboardConfigFile,
    logLevel: 'error',
    ...(outDir === undefined ? {} : { build: { outDir, emptyOutDir: true } }),
  });
  const output = Array.isArray(built) ? built[0] : built;
  if (output === undefined || !('output' in output)) throw new Error('vite build returned no output');
  return dashboardLoads(output);
}

function formatLoads(loads) {
  const number = (value) => value.toLocaleString('en-US');
  const width = Math.max(...[...loads.startup, ...loads.lazy].map((file) => file.fileName.length), 'total'.length);
  const row = (name, bytes, gzip, note = '') =>
    `  ${name.padEnd(width)}  ${number(bytes).padStart(9)} bytes  ${number(gzip).padStart(8)} gzip${note === '' ? '' : `  ${note}`}`;
  const noteOf = (file) =>
    [file.facade ?? '', file.packages.length === 0 ? '' : `with ${file.packages.join(', ')}`]
      .filter((part) => part !== '')
      .join('; ');
  const section = (files) => [
    ...files.map((file) => row(file.fileName, file.bytes, file.gzip, noteOf(file))),
    row(
      'total',
      files.reduce((sum, file) => sum + file.bytes, 0),
      files.reduce((sum, file) => sum + file.gzip, 0),
    ),
  ];
  return [
    `The example dashboard (Vite ${viteVersion}, examples/dashboard/dist/), JavaScript file by file, gzip -9:`,
    'Loaded at start-up (index.html: its module script and the chunks that imports statically):',
    ...section(loads.startup),
    'Loaded only when the page runs an import() (lazy chunks):',
    ...section(loads.lazy),
    `Stylesheets (not counted above): ${loads.stylesheets
      .map((file) => `${file.fileName} ${number(file.bytes)} bytes, ${number(file.gzip)} gzip`)
      .join('; ')}`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const loads = await measureDashboard();
  console.log(formatLoads(loads));
}
