// `evaluate` of several commits side by side in one process: each commit's src/ (git archive)
// bundled with esbuild beside the bare engine of this checkout (bench/engine-floor.ts), all run
// interleaved in rounds whose order rotates, on the 2020 sample and on the 1,000 seeded varied
// inputs of bench/varied-inputs.ts. Prints each commit's µs per evaluation and its ratio to the
// bare engine, medians of the rounds, ratios taken within each round. Then each commit's
// evaluateMany on the three batches of `npm run bench` (1,000 scenarios over the sample: a sweep
// of two keys, every key given, the sweep with detail 'full'), interleaved the same way, each
// commit's throughput divided by the first commit's within each round. What docs/performance.md
// says each change of issue 23 saved comes from this.
//
//   node bench/compare-commits.mjs [--rounds 9] [--only evaluate|many] <commit> [<commit> …]
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { checkoutRoot, commitSources } from './commit-sources.mjs';

const args = process.argv.slice(2);
/** The value given after `flag`, if it is given. */
const flagValue = (flag) => {
  const at = args.indexOf(flag);
  return at === -1 ? undefined : args[at + 1];
};
const rounds = Number(flagValue('--rounds') ?? 9);
const only = flagValue('--only');
// Every flag takes a value: the commits are the other arguments.
const commits = args.filter((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
if (commits.length === 0 || (only !== undefined && only !== 'evaluate' && only !== 'many')) {
  throw new Error('usage: node bench/compare-commits.mjs [--rounds 9] [--only evaluate|many] <commit> [<commit> …]');
}

const sources = commitSources(commits);
const root = checkoutRoot;
const work = sources.work;
try {
  const entries = sources.folders.map(({ commit, folder }) => ({
    commit,
    evaluate: join(folder, 'src/evaluation/evaluate.ts'),
    evaluateMany: join(folder, 'src/evaluation/evaluate-many.ts'),
  }));
  const runner = join(work, 'runner.ts');
  writeFileSync(
    runner,
    [
      ...entries.map(
        (entry, index) =>
          `import { evaluate as evaluate${index} } from ${JSON.stringify(entry.evaluate)};\n` +
          `import { evaluateMany as evaluateMany${index} } from ${JSON.stringify(entry.evaluateMany)};`,
      ),
      `import { bareEngine } from ${JSON.stringify(join(root, 'bench/engine-floor.ts'))};`,
      `import { variedInputs } from ${JSON.stringify(join(root, 'bench/varied-inputs.ts'))};`,
      `export const evaluates = [${entries.map((_, index) => `evaluate${index}`).join(', ')}];`,
      `export const evaluateManys = [${entries.map((_, index) => `evaluateMany${index}`).join(', ')}];`,
      'export { bareEngine, variedInputs };',
    ].join('\n'),
  );
  const bundle = join(work, 'runner.mjs');
  await build({
    entryPoints: [runner],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    nodePaths: [join(root, 'node_modules')],
    external: ['json-rules-engine', 'decimal.js', 'zod', 'fast-check'],
    logLevel: 'warning',
  });
  const { evaluates, evaluateManys, bareEngine, variedInputs } = await import(pathToFileURL(bundle).href);
  const read = (name) => JSON.parse(readFileSync(join(root, 'examples', name), 'utf8'));
  const sample2020 = read('ankang-2020.json');
  const sample2019 = read('ankang-2019.json');
  const varied = variedInputs(1000, 20231123, sample2020, sample2019);
  const floor = bareEngine(2020);
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const loadAverage = () =>
    os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' ');
  for (const [label, inputs] of only === 'many'
    ? []
    : [
        ['the 2020 sample', Array.from({ length: 300 }, () => ({ measurements: sample2020, baseline: sample2019 }))],
        ['1,000 varied inputs', varied],
      ]) {
    const tasks = [
      ...commits.map((commit, index) => ({
        name: `evaluate at ${commit}`,
        run: ({ measurements, baseline }) => evaluates[index](2020, measurements, { baseline }),
      })),
      { name: 'bare json-rules-engine', run: ({ measurements, baseline }) => floor.run(measurements, baseline) },
    ];
    const times = tasks.map(() => []);
    for (let round = 0; round < rounds; round++) {
      for (let step = 0; step < tasks.length; step++) {
        const index = (step + round) % tasks.length;
        for (const input of inputs.slice(0, 50)) await tasks[index].run(input);
        const start = performance.now();
        for (const input of inputs) await tasks[index].run(input);
        times[index].push(((performance.now() - start) * 1000) / inputs.length);
      }
    }
    const bare = times.at(-1);
    console.log(`\n${label}, ${rounds} rounds, load average ${loadAverage()}:`);
    console.log('| | µs per evaluation (median) | ÷ bare engine (median of the rounds) |');
    console.log('|---|---:|---:|');
    tasks.forEach((task, index) => {
      const ratio = median(times[index].map((time, round) => time / bare[round]));
      console.log(`| ${task.name} | ${median(times[index]).toFixed(1)} | ${ratio.toFixed(2)} |`);
    });
  }

  // evaluateMany: the batches of bench/suite.ts, each commit's in turn, the order rotating.
  const sweep = Array.from({ length: 1000 }, (_, index) => ({
    greenTravelPercent: 30 + (index % 40) / 2,
    pm25: String(25 + Math.floor(index / 40)),
  }));
  const everyKey = sweep.map((scenario) => ({ ...sample2020, ...scenario }));
  for (const [label, run] of only === 'evaluate'
    ? []
    : [
        ['evaluateMany, sweep of 2 keys', (many) => many(2020, sweep, { base: sample2020, baseline: sample2019 })],
        ['evaluateMany, every key given', (many) => many(2020, everyKey, { baseline: sample2019 })],
        [
          "evaluateMany, detail: 'full'",
          (many) => many(2020, sweep, { base: sample2020, baseline: sample2019, detail: 'full' }),
        ],
      ]) {
    const calls = label.includes('full') ? 2 : 6;
    const times = commits.map(() => []);
    for (let round = 0; round < rounds; round++) {
      for (let step = 0; step < commits.length; step++) {
        const index = (step + round) % commits.length;
        await run(evaluateManys[index]);
        const start = performance.now();
        for (let call = 0; call < calls; call++) await run(evaluateManys[index]);
        times[index].push(((performance.now() - start) * 1000) / (calls * sweep.length));
      }
    }
    console.log(`\n${label}, 1,000 scenarios a call, ${rounds} rounds, load average ${loadAverage()}:`);
    console.log(`| | µs per scenario (median) | scenarios/s | throughput ÷ ${commits[0]}'s (median of the rounds) |`);
    console.log('|---|---:|---:|---:|');
    commits.forEach((commit, index) => {
      const ratio = median(times[index].map((time, round) => times[0][round] / time));
      const time = median(times[index]);
      console.log(
        `| evaluateMany at ${commit} | ${time.toFixed(1)} | ${Math.round(1e6 / time).toLocaleString('en')} | ${ratio.toFixed(2)} |`,
      );
    });
  }
} finally {
  sources.remove();
}
