// The source of past commits, each in a folder of its own, for benchmarks that compare them in
// one run (bench/compare-commits.mjs, bench/profile-commits.mjs): `git archive` of what builds
// `src/` (src, rules, scripts, package.json), this checkout's node_modules linked in, and
// src/generated/ written from rules/ as `npm run build` writes it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This checkout's root folder. */
export const checkoutRoot = fileURLToPath(new URL('../', import.meta.url));

/**
 * Each of `commits` extracted under a new temporary folder, `work`, which also links this
 * checkout's node_modules (a bundle written there imports the dependencies by name).
 * `remove` deletes it.
 */
export function commitSources(commits) {
  const work = mkdtempSync(join(os.tmpdir(), 'ankang-commits-'));
  symlinkSync(join(checkoutRoot, 'node_modules'), join(work, 'node_modules'));
  const remove = () => rmSync(work, { recursive: true, force: true });
  try {
    const folders = commits.map((commit, index) => {
      const folder = join(work, `commit-${index}`);
      mkdirSync(folder);
      const tar = execFileSync('git', ['archive', commit, 'src', 'rules', 'scripts', 'package.json'], {
        cwd: checkoutRoot,
        maxBuffer: 256 * 1024 * 1024,
      });
      execFileSync('tar', ['-x', '-C', folder], { input: tar });
      symlinkSync(join(checkoutRoot, 'node_modules'), join(folder, 'node_modules'));
      execFileSync(process.execPath, ['scripts/generate-builtin-rules.mjs'], { cwd: folder, stdio: 'ignore' });
      return { commit, folder };
    });
    return { work, folders, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
