// Cold start, side by side: fresh `node` processes in the project the packed tarball is
// installed in, alternately one that imports the package and evaluates the 2020 sample
// (bench/cold-start.mjs) and one that only imports json-rules-engine and decimal.js
// (bench/cold-start-deps.mjs). Each is timed from spawn to exit: Node's own start, the imports,
// the first evaluation, the exit. Interleaving gives both the same neighbours, and the figure
// is the ratio of the medians. With --against, the package as another commit builds it runs
// in the same rounds, in a project of its own: the ratio before and after a change.
//
//   node bench/cold-start-compare.mjs [runs] [--against <commit>]   (build dist/ first; npm run bench does both)
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
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
 * `runs` interleaved rounds in `consumer`, a project with the package installed: in each, one
 * process that imports the package and evaluates, and one that imports the dependencies only;
 * with `against` (a project with another build of the package, and its name), one of that too. The order
 * rotates from round to round, so that no kind always runs right after another.
 */
export function compareColdStarts(consumer, runs, { against } = {}) {
  const scriptsIn = (project) => {
    copyFileSync(join(repositoryRoot, 'bench/cold-start.mjs'), join(project, 'cold-start.mjs'));
    copyFileSync(join(repositoryRoot, 'bench/cold-start-deps.mjs'), join(project, 'cold-start-deps.mjs'));
    return { evaluates: join(project, 'cold-start.mjs'), deps: join(project, 'cold-start-deps.mjs') };
  };
  const here = scriptsIn(consumer);
  const kinds = [
    { project: consumer, script: here.evaluates, runs: [] },
    { project: consumer, script: here.deps, runs: [] },
  ];
  if (against !== undefined) {
    kinds.push({ project: against.project, script: scriptsIn(against.project).evaluates, runs: [] });
  }
  // One unmeasured round first: the files come into the page cache.
  for (const kind of kinds) timedProcess(kind.project, kind.script);
  for (let run = 0; run < runs; run++) {
    for (let step = 0; step < kinds.length; step++) {
      const kind = kinds[(step + run) % kinds.length];
      kind.runs.push(timedProcess(kind.project, kind.script));
    }
  }
  const [withPackage, depsOnly, other] = kinds.map((kind) => kind.runs);
  const packageMedian = median(withPackage.map((run) => run.wall));
  const depsMedian = median(depsOnly.map((run) => run.wall));
  const againstMedian = other === undefined ? undefined : median(other.map((run) => run.wall));
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
    ...(other === undefined
      ? {}
      : { against: { name: against.name, runs: other, median: againstMedian, ratio: againstMedian / depsMedian } }),
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
    ...(result.against === undefined
      ? []
      : [
          `  the package built from ${result.against.name}, in the same rounds: ${ms(result.against.median)} ms (runs: ${list(result.against.runs)}), ratio ${result.against.ratio.toFixed(2)}`,
        ]),
  ].join('\n');
}

/**
 * The package as `commit` builds it, installed in a project of its own: the commit's tree (git
 * archive) built with this checkout's node_modules, packed and installed. `remove()` deletes both.
 */
function installCommitPackage(commit) {
  const tree = mkdtempSync(join(os.tmpdir(), 'ankang-commit-'));
  try {
    const archive = execFileSync('git', ['archive', commit], { cwd: repositoryRoot, maxBuffer: 1024 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', tree], { input: archive });
    symlinkSync(join(repositoryRoot, 'node_modules'), join(tree, 'node_modules'));
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: tree, stdio: 'ignore' });
    const packed = installPackedPackage({ root: tree });
    return {
      consumer: packed.consumer,
      remove: () => {
        packed.remove();
        rmSync(tree, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(tree, { recursive: true, force: true });
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const againstAt = args.indexOf('--against');
  const commit = againstAt === -1 ? undefined : args[againstAt + 1];
  // --against takes a value: the number of runs is the other argument.
  const runs = Number(args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--')) ?? 15);
  const packed = installPackedPackage();
  const other = commit === undefined ? undefined : installCommitPackage(commit);
  try {
    const against = other === undefined ? undefined : { project: other.consumer, name: commit };
    const result = compareColdStarts(packed.consumer, runs, against === undefined ? {} : { against });
    console.log(formatColdStarts(result));
  } finally {
    packed.remove();
    other?.remove();
  }
}
