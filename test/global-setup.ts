import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;

/**
 * What the JavaScript of dist/ is built from: src/ (less src/generated/, which
 * scripts/build-js.mjs writes from rules/ on every run), rules/, and the build's own scripts and
 * configuration.
 */
const inputs = [
  'src',
  'rules',
  'package.json',
  'tsup.config.ts',
  'scripts/build-js.mjs',
  'scripts/generate-builtin-rules.mjs',
];
/**
 * What the build writes that the tests read: the rules as src/ imports them, and what the tests
 * that run dist/ read (the command line, both builds of the entries, the build for bundlers).
 */
const outputs = [
  'src/generated/builtin-rules.ts',
  'dist/cli.js',
  'dist/index.js',
  'dist/index.cjs',
  'dist/modules/index.js',
];

/** The latest change under `path` (a file or a folder), in milliseconds. */
function newest(path: string): number {
  const info = statSync(join(root, path));
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const entry of readdirSync(join(root, path))) {
    if (`${path}/${entry}` !== 'src/generated') latest = Math.max(latest, newest(`${path}/${entry}`));
  }
  return latest;
}

/** The oldest of the outputs, or 0 when one is missing. */
function oldestOutput(): number {
  try {
    return Math.min(...outputs.map((path) => statSync(join(root, path)).mtimeMs));
  } catch {
    return 0;
  }
}

/**
 * The tests that need a real process or the built package (the end-to-end command-line tests,
 * the packed tarball, the two builds' errors) run dist/; the others import src/. Build its
 * JavaScript (src/generated/ from rules/ first) unless it is newer than everything it is built
 * from: a fresh clone's `npm ci` built it (the `prepare` script), and so did `npm run build`.
 */
export default function setup(): void {
  if (oldestOutput() > Math.max(...inputs.map(newest))) return;
  execFileSync(process.execPath, ['scripts/build-js.mjs'], { cwd: root, stdio: 'inherit' });
}
