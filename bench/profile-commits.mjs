// Where an evaluation's time goes, commit by commit: each commit's `evaluate` (its src/, as
// bench/commit-sources.mjs extracts it) bundled unminified and run in a fresh process under
// `node --cpu-prof`, evaluating the 2020 sample with its 2019 baseline. The samples are counted
// by where they fell: each dependency (json-rules-engine and its own: clone, hash-it,
// eventemitter2, jsonpath-plus; decimal.js), the garbage collector, this package's code (by
// source module, from the `// src/…` lines esbuild writes above each module), and the rest.
// A share times the process's µs per evaluation is that part's µs per evaluation. Profiling
// slows every part alike, nearly; the processes run one after another, so compare shares, and
// time itself with bench/compare-commits.mjs.
//
//   node bench/profile-commits.mjs [--evaluations 4000] <commit> [<commit> …]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { checkoutRoot, commitSources } from './commit-sources.mjs';

const args = process.argv.slice(2);
const countAt = args.indexOf('--evaluations');
const evaluations = countAt === -1 ? 4000 : Number(args[countAt + 1]);
// The flag takes a value: the commits are the other arguments.
const commits = args.filter((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
if (commits.length === 0 || !(evaluations > 0)) {
  throw new Error('usage: node bench/profile-commits.mjs [--evaluations 4000] <commit> [<commit> …]');
}

/** The dependencies counted apart, by the folder under node_modules/ that a sample's code is in. */
const dependencies = ['json-rules-engine', 'clone', 'hash-it', 'eventemitter2', 'jsonpath-plus', 'decimal.js'];

/** The runner of one commit: warms up, then evaluates the sample and prints µs per evaluation. */
const runnerSource = (evaluateModule) => `
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from ${JSON.stringify(evaluateModule)};
const examples = process.argv[2];
const count = Number(process.argv[3]);
const read = (name) => JSON.parse(readFileSync(join(examples, name), 'utf8'));
const measurements = read('ankang-2020.json');
const baseline = read('ankang-2019.json');
for (let index = 0; index < 200; index++) await evaluate(2020, measurements, { baseline });
const start = performance.now();
for (let index = 0; index < count; index++) await evaluate(2020, measurements, { baseline });
process.stdout.write(JSON.stringify({ microseconds: ((performance.now() - start) * 1000) / count }));
`;

/** The source module of each line of an unminified esbuild bundle, from its `// src/…` comments. */
function modulesByLine(bundle) {
  let current = '(the runner)';
  return readFileSync(bundle, 'utf8')
    .split('\n')
    .map((line) => {
      const module = /^\/\/ (?:.*\/)?(src\/[\w/.-]+\.ts)$/.exec(line)?.[1];
      if (module !== undefined) current = module;
      return current;
    });
}

/** Self samples of a profile, by where they fell. */
function samplesByPlace(profile, bundle) {
  const lines = modulesByLine(bundle);
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const places = new Map();
  for (const id of profile.samples) {
    const { url, functionName, lineNumber } = nodes.get(id).callFrame;
    let place;
    if (url.endsWith('/runner.mjs')) place = lines[lineNumber] ?? '(the runner)';
    else {
      const dependency = dependencies.find((name) => url.includes(`/node_modules/${name}/`));
      if (dependency !== undefined) place = dependency;
      else if (functionName === '(garbage collector)') place = 'garbage collection';
      else place = '(Node, the profiler, idle)';
    }
    places.set(place, (places.get(place) ?? 0) + 1);
  }
  return { places, total: profile.samples.length };
}

const sources = commitSources(commits);
try {
  const results = [];
  for (const { commit, folder } of sources.folders) {
    const dir = join(sources.work, `profile-${results.length}`);
    mkdirSync(dir);
    const runner = join(dir, 'runner.mjs');
    writeFileSync(join(dir, 'runner.ts'), runnerSource(join(folder, 'src/evaluation/evaluate.ts')));
    await build({
      entryPoints: [join(dir, 'runner.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: runner,
      packages: 'external',
      logLevel: 'warning',
    });
    // The bundle imports the dependencies by name, from the link commitSources makes.
    const output = execFileSync(
      process.execPath,
      ['--cpu-prof', '--cpu-prof-dir', dir, runner, join(checkoutRoot, 'examples'), String(evaluations)],
      { encoding: 'utf8', cwd: sources.work },
    );
    const { microseconds } = JSON.parse(output);
    const profileFile = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    const profile = JSON.parse(readFileSync(join(dir, profileFile), 'utf8'));
    results.push({ commit, microseconds, ...samplesByPlace(profile, runner) });
  }
  const ours = (place) => place.startsWith('src/');
  const share = (result, test) =>
    [...result.places].filter(([place]) => test(place)).reduce((sum, [, samples]) => sum + samples, 0) / result.total;
  const rows = [
    ...dependencies.map((name) => [name, (place) => place === name]),
    ['garbage collection', (place) => place === 'garbage collection'],
    ["this package's code", ours],
    [
      'the rest (Node, the runner, the profiler)',
      (place) => !ours(place) && !dependencies.includes(place) && place !== 'garbage collection',
    ],
  ];
  const cell = (result, test) => {
    const part = share(result, test);
    return `${(part * 100).toFixed(1)}% · ${(part * result.microseconds).toFixed(0)} µs`;
  };
  console.log(
    `Where an evaluation of the 2020 sample spends its time, ${evaluations.toLocaleString('en')} evaluations under --cpu-prof, load average ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}: the share of the samples, and that share of µs per evaluation (as profiled)\n`,
  );
  console.log(`| | ${results.map((result) => result.commit).join(' | ')} |`);
  console.log(`|---|${results.map(() => '---:').join('|')}|`);
  console.log(`| µs per evaluation | ${results.map((result) => result.microseconds.toFixed(0)).join(' | ')} |`);
  for (const [label, test] of rows)
    console.log(`| ${label} | ${results.map((result) => cell(result, test)).join(' | ')} |`);
  // This package's modules, the largest first by their most in any commit.
  const modules = [...new Set(results.flatMap((result) => [...result.places.keys()].filter(ours)))];
  const most = (module) => Math.max(...results.map((result) => share(result, (place) => place === module)));
  modules.sort((a, b) => most(b) - most(a));
  console.log(`\nThis package's modules (their own code; at least 0.5% in some commit):\n`);
  console.log(`| module | ${results.map((result) => result.commit).join(' | ')} |`);
  console.log(`|---|${results.map(() => '---:').join('|')}|`);
  for (const module of modules.filter((candidate) => most(candidate) >= 0.005)) {
    console.log(`| ${module} | ${results.map((result) => cell(result, (place) => place === module)).join(' | ')} |`);
  }
} finally {
  sources.remove();
}
