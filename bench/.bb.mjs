// Usage: node bundle-breakdown.mjs <repo> : per-input minified bytes of evaluate's esbuild bundle (dist/modules via "module" condition)
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const repo = process.argv[2];
import { mkdirSync, symlinkSync, rmSync } from 'node:fs';
const consumer = `/work/tmp-bb/c-${process.pid}`;
mkdirSync(`${consumer}/node_modules`, { recursive: true });
symlinkSync(repo, `${consumer}/node_modules/ankang-eco-indicators`);
const result = await build({
  stdin: { contents: "import { evaluate } from 'ankang-eco-indicators';\nglobalThis.evaluate = evaluate;\n", resolveDir: consumer, loader: 'js' },
  bundle: true, minify: true, format: 'esm', platform: 'browser', splitting: true, outdir: '/tmp/bb-out', write: false, metafile: true,
  conditions: ['module', 'browser', 'import'],
});
const rows = {};
let total = 0;
for (const [name, out] of Object.entries(result.metafile.outputs)) {
  if (!out.entryPoint && !name.includes('stdin')) { /* chunk */ }
  for (const [input, info] of Object.entries(out.inputs)) rows[`${name.split('/').pop()} ${input}`] = info.bytesInOutput;
}
for (const f of result.outputFiles) console.error(f.path.split('/').pop(), f.contents.length, gzipSync(f.contents, { level: 9 }).length, JSON.stringify(result.metafile.outputs[Object.keys(result.metafile.outputs).find((k) => f.path.endsWith(k))]?.imports.map((i) => i.path + (i.kind === 'dynamic-import' ? '(lazy)' : ''))));
for (const [k, v] of Object.entries(rows).sort((a, b) => b[1] - a[1])) console.log(v, k);

// INITIAL: the entry and the chunks it imports statically, gzip -9 each
const outs = result.metafile.outputs;
const base = (p) => p.split('/').pop();
const byName = Object.fromEntries(result.outputFiles.map((f) => [base(f.path), f]));
const entry = Object.keys(outs).find((k) => outs[k].entryPoint !== undefined || k.includes('stdin'));
const seen = new Set();
const visit = (k) => { if (seen.has(k)) return; seen.add(k); for (const i of outs[k].imports) if (i.kind === 'import-statement') visit(i.path); };
visit(entry);
let gz = 0; for (const k of seen) gz += gzipSync(byName[base(k)].contents, { level: 9 }).length;
console.error('INITIAL', [...seen].join(' '), gz);
