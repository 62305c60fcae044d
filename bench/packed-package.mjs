// The package as a consumer receives it: `npm pack` of this repository (dist/ as it is now:
// build first), installed with npm into a fresh project. The runtime dependencies are installed
// at the versions package-lock.json locks, so that the figures measured on the installed
// package move only when this repository changes, not when a dependency publishes a release.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// bench/run.mjs runs the suite bundled elsewhere and says where the repository is.
export const repositoryRoot = process.env.ANKANG_BENCH_ROOT ?? fileURLToPath(new URL('../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * The runtime dependencies and theirs, as `name@version` at the versions the lock file holds
 * at the top of node_modules/ (the ones a fresh install of the package would share).
 */
function lockedRuntimeDependencies(root) {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const specs = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    const name = path.slice('node_modules/'.length);
    const topLevel = path.startsWith('node_modules/') && !name.includes('/node_modules/');
    if (topLevel && entry.dev !== true && entry.link !== true && entry.version !== undefined) {
      specs.push(`${name}@${entry.version}`);
    }
  }
  return specs;
}

/**
 * Packs the repository (or another checkout of it, `root`, built) and installs the tarball into
 * a new project in a new temporary folder (or `into`, emptied first). Returns the project's
 * folder, the tarball's path and the files it holds. `remove()` deletes the temporary folder.
 */
export function installPackedPackage({ into, root = repositoryRoot } = {}) {
  const work = into ?? mkdtempSync(join(tmpdir(), 'ankang-packed-'));
  if (into !== undefined) {
    rmSync(into, { recursive: true, force: true });
    mkdirSync(into, { recursive: true });
  }
  const [packed] = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--silent', '--pack-destination', work], {
      cwd: root,
      encoding: 'utf8',
    }),
  );
  const tarball = join(work, packed.filename);
  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, 'package.json'),
    `${JSON.stringify({ name: 'packed-consumer', private: true, type: 'module' }, null, 2)}\n`,
  );
  execFileSync(
    npm,
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--save-exact',
      '--loglevel=error',
      tarball,
      ...lockedRuntimeDependencies(root),
    ],
    { cwd: consumer, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return {
    consumer,
    tarball,
    files: packed.files.map((file) => file.path),
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}
