// Cold start, side by side: fresh `node` processes in the project the packed tarball is
// installed in, alternately one that imports the package and evaluates the 2020 sample
// (bench/cold-start.mjs) and one that only imports json-rules-engine and decimal.js
// (bench/cold-start-deps.mjs). Each is timed from spawn to exit: Node's own start, the imports,
// the first evaluation, the exit. Interleaving gives both the same neighbours, and the figure
// is the ratio of the medians.
//
//   node bench/cold-start-compare.mjs [runs]   (build dist/ first; npm run bench does both)
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { installPackedPackage, repositoryRoot } from './packed-package.mjs';

/** The issue's target: the package's cold start at most this many times the dependencies'. */
export const coldStartRatioBudget = 1.35;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function timedProcess(consumer, script) {
  const start = performance.now();
  const child = spawnSync(process.execPath, [script, join(repositoryRoot, 'examples')], {
    cwd: consumer,
    encoding: 'utf8',
  });
  const wall = performance.now() - start;
  if (child.status !== 0) throw new Error(`${script} failed (${child.status}): ${child.stderr}`);
  return { wall, inside: JSON.parse(child.stdout).milliseconds };
}

/**
 * `runs` interleaved pairs in `consumer`, a project with the package installed. The order
 * within a pair alternates, so that neither side always runs right after the other.
 */
export function compareColdStarts(consumer, runs) {
  const packageScript = join(consumer, 'cold-start.mjs');
  const depsScript = join(consumer, 'cold-start-deps.mjs');
  copyFileSync(join(repositoryRoot, 'bench/cold-start.mjs'), packageScript);
  copyFileSync(join(repositoryRoot, 'bench/cold-start-deps.mjs'), depsScript);
  // One unmeasured pair first: the files come into the page cache.
  timedProcess(consumer, packageScript);
  timedProcess(consumer, depsScript);
  const withPackage = [];
  const depsOnly = [];
  for (let run = 0; run < runs; run++) {
    const pair = run % 2 === 0 ? [packageScript, depsScript] : [depsScript, packageScript];
    for (const script of pair) (script === packageScript ? withPackage : depsOnly).push(timedProcess(consumer, script));
  }
  const packageMedian = median(withPackage.map((run) => run.wall));
  const depsMedian = median(depsOnly.map((run) => run.wall));
  return {
    runs,
    withPackage,
    depsOnly,
    packageMedian,
    depsMedian,
    ratio: packageMedian / depsMedian,
    // What the package adds to the fastest start, timed inside the processes (Node's own start,
    // the noisiest part, left out): noise only ever slows a process down.
    ownShareOfFastest:
      Math.min(...withPackage.map((run) => run.inside)) - Math.min(...depsOnly.map((run) => run.inside)),
  };
}

export function formatColdStarts(result) {
  const ms = (value) => value.toFixed(1);
  const list = (runs) => runs.map((run) => ms(run.wall)).join(', ');
  return [
    `Cold start, whole process (spawn to exit), median of ${result.runs} interleaved runs each:`,
    `  import the package + evaluate the 2020 sample: ${ms(result.packageMedian)} ms (runs: ${list(result.withPackage)}; import + evaluate inside the process: ${ms(median(result.withPackage.map((run) => run.inside)))} ms)`,
    `  import json-rules-engine + decimal.js only:    ${ms(result.depsMedian)} ms (runs: ${list(result.depsOnly)}; the imports inside the process: ${ms(median(result.depsOnly.map((run) => run.inside)))} ms)`,
    `  ratio ${result.ratio.toFixed(2)} (target at most ${coldStartRatioBudget}); the package's own share of the fastest start: ${ms(result.ownShareOfFastest)} ms`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = Number(process.argv[2] ?? 15);
  const packed = installPackedPackage();
  try {
    console.log(formatColdStarts(compareColdStarts(packed.consumer, runs)));
  } finally {
    packed.remove();
  }
}
