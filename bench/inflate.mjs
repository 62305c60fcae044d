// How fast the workbook reader inflates a part, side by side in one run: the package's inflateRaw
// (src/data/xlsx/inflate-raw.ts: the platform's DecompressionStream('deflate-raw'), fed 16 KiB
// slices) against Node's zlib.inflateRawSync (what the command line used before issue 22), in
// Node, and the same inflateRaw in Debian's Chromium (headless, playwright-core) when it is
// installed. The part: a worksheet's XML of 200,000 rows (35 MB), deflated by zlib at level 9.
// Medians of 5 runs each; ratios against zlib in Node.
//
//   npm run bench:inflate
import { Buffer } from 'node:buffer';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { build } from 'esbuild';
import { bundleTypeScript } from './bundle-ts.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const entry = join(root, 'src/data/xlsx/inflate-raw.ts');
const { inflateRaw } = await import(
  await bundleTypeScript(entry, join(root, 'node_modules/.cache/ankang-bench/inflate-raw.mjs'))
);

const rows = [];
for (let row = 1; row <= 200_000; row++)
  rows.push(
    `<row r="${row}"><c r="A${row}"><v>${2019 + (row % 6)}</v></c><c r="B${row}" t="s"><v>${row % 50}</v></c>` +
      `<c r="C${row}"><v>${(row * 1.37).toFixed(2)}</v></c><c r="D${row}" t="inlineStr"><is><t>note ${row}</t></is></c></row>`,
  );
const xml = Buffer.from(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`);
const deflated = deflateRawSync(xml, { level: 9 });

async function median(run) {
  const times = [];
  for (let index = 0; index < 5; index++) {
    const start = performance.now();
    const output = await run();
    times.push(performance.now() - start);
    if (output.length !== xml.length) throw new Error(`inflated to ${output.length} bytes, not ${xml.length}`);
  }
  return times.sort((a, b) => a - b)[2];
}

const results = [
  ['Node: zlib.inflateRawSync', await median(() => inflateRawSync(deflated, { maxOutputLength: xml.length }))],
  ['Node: inflateRaw (DecompressionStream)', await median(() => inflateRaw(deflated, xml.length))],
];

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
if (existsSync(chromiumPath)) {
  const { chromium } = await import('playwright-core');
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: 'inflater',
    write: false,
    logLevel: 'warning',
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox'] });
  const page = await browser.newPage();
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  const milliseconds = await page.evaluate(
    async ({ base64, length }) => {
      // In the page: its own globals.
      const { atob, performance: clock, inflater } = globalThis;
      const data = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
      const times = [];
      for (let index = 0; index < 5; index++) {
        const start = clock.now();
        const output = await inflater.inflateRaw(data, length);
        times.push(clock.now() - start);
        if (output.length !== length) throw new Error(`inflated to ${output.length} bytes`);
      }
      return times.sort((a, b) => a - b)[2];
    },
    { base64: deflated.toString('base64'), length: xml.length },
  );
  await browser.close();
  results.push(['Chromium: inflateRaw (DecompressionStream)', milliseconds]);
} else console.log(`(no Chromium at ${chromiumPath}: the browser's figure is left out)`);

console.log(
  `A sheet's XML of ${xml.length.toLocaleString('en')} bytes, ${deflated.length.toLocaleString('en')} deflated; medians of 5:`,
);
const base = results[0][1];
for (const [name, milliseconds] of results)
  console.log(`  ${name.padEnd(44)} ${milliseconds.toFixed(0).padStart(6)} ms  ${(milliseconds / base).toFixed(2)}×`);
