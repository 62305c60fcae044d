// The package.json a consumer receives has no `scripts`: every script here names files the
// tarball does not ship (scripts/, examples/, bench/, the test and build configs), and npm warns
// about lifecycle scripts when it installs a tarball. npm runs `prepack` before it packs and
// `postpack` after (`npm pack`, `npm publish`), and takes both from the manifest it read
// before `prepack`:
//
//   node scripts/pack-manifest.mjs strip     (prepack) package.json without scripts, the original kept
//   node scripts/pack-manifest.mjs restore   (postpack) the original back
//
// Each write replaces package.json in one rename, so a process reading it meanwhile never sees
// half a file. If a pack dies between the two, `restore` (or `git checkout package.json`) undoes it.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const manifest = fileURLToPath(new URL('../package.json', import.meta.url));
const kept = fileURLToPath(
  new URL('../node_modules/.cache/ankang-eco-indicators/package.json.before-pack', import.meta.url),
);

function replaceManifest(text) {
  const next = `${manifest}.tmp.${process.pid}`;
  writeFileSync(next, text);
  renameSync(next, manifest);
}

const command = process.argv[2];
if (command === 'strip') {
  const original = readFileSync(manifest, 'utf8');
  const { scripts, ...published } = JSON.parse(original);
  // Without scripts and with an original kept, an earlier pack died before `restore`: the
  // kept file is the original, and stays.
  if (scripts !== undefined || !existsSync(kept)) {
    mkdirSync(dirname(kept), { recursive: true });
    writeFileSync(kept, original);
  }
  replaceManifest(`${JSON.stringify(published, null, 2)}\n`);
} else if (command === 'restore') {
  if (existsSync(kept)) {
    replaceManifest(readFileSync(kept, 'utf8'));
    rmSync(kept);
  }
} else {
  console.error('usage: node scripts/pack-manifest.mjs strip|restore');
  process.exitCode = 2;
}
