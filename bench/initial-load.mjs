// What a browser fetches before a page (or a bundle's entry) runs: the entry files and, one
// after the other, every file they import statically. A file behind an `import()` is fetched
// only when that import runs. Each file is counted gzipped at level 9, one by one, as a server
// that compresses would send it. bench/bundle-sizes.mjs (the package's budget) and
// bench/dashboard-sizes.mjs (the example dashboard) count alike through this module.
import { gzipSync } from 'node:zlib';

/** Bytes of `contents` gzipped at level 9. */
export const gzipSize = (contents) => gzipSync(contents, { level: 9 }).length;

/**
 * The names of `entries` and of every file they reach through static imports;
 * `importsOf(name)` gives the files `name` imports statically.
 */
export function staticallyLoaded(entries, importsOf) {
  const loaded = new Set();
  const visit = (name) => {
    if (loaded.has(name)) return;
    loaded.add(name);
    for (const imported of importsOf(name)) visit(imported);
  };
  for (const entry of entries) visit(entry);
  return loaded;
}
