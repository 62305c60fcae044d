// `evaluate` of several commits side by side in one process: each commit's src/ (git archive)
// bundled with esbuild beside the bare engine of this checkout (bench/engine-floor.ts), all run
// interleaved in rounds whose order rotates, on the 2020 sample and on the 1,000 seeded varied
// inputs of bench/varied-inputs.ts. Prints each commit's µs per evaluation and its ratio to the
// bare engine, medians of the rounds, ratios taken within each round. What docs/performance.md
// says each change of issue 23 saved comes from this.
//
//   node bench/compare-commits.mjs [--rounds 9] <commit> [<commit> …]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt === -1 ? 9 : Number(args[roundsAt + 1]);
const commits = args.filter((arg, index) => !arg.startsWith('--') && (roundsAt === -1 || index !== roundsAt + 1));
if (commits.length === 0) throw new Error('usage: node bench/compare-commits.mjs [--rounds 9] <commit> [<commit> …]');

const work = mkdtempSync(join(os.tmpdir(), 'ankang-commits-'));
try {
  const entries = commits.map((commit, index) => {
    const folder = join(work, `commit-${index}`);
    mkdirSync(folder);
    const tar = execFileSync('git', ['archive', commit, 'src', 'rules', 'scripts', 'package.json'], { cwd: root });
    execFileSync('tar', ['-x', '-C', folder], { input: tar });
    symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'));
    // src/generated/ is written from rules/, as `npm run build` writes it.
    execFileSync(process.execPath, ['scripts/generate-builtin-rules.mjs'], { cwd: folder, stdio: 'ignore' });
    return { commit, evaluate: join(folder, 'src/evaluation/evaluate.ts') };
  });
  const runner = join(work, 'runner.ts');
  writeFileSync(
    runner,
    [
      ...entries.map(
        (entry, index) => `import { evaluate as evaluate${index} } from ${JSON.stringify(entry.evaluate)};`,
      ),
      `import { bareEngine } from ${JSON.stringify(join(root, 'bench/engine-floor.ts'))};`,
      `import { variedInputs } from ${JSON.stringify(join(root, 'bench/varied-inputs.ts'))};`,
      `export const evaluates = [${entries.map((_, index) => `evaluate${index}`).join(', ')}];`,
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
  // The bundle imports the dependencies by name: from this checkout's node_modules.
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
  const { evaluates, bareEngine, variedInputs } = await import(pathToFileURL(bundle).href);
  const read = (name) => JSON.parse(readFileSync(join(root, 'examples', name), 'utf8'));
  const sample2020 = read('ankang-2020.json');
  const sample2019 = read('ankang-2019.json');
  const varied = variedInputs(1000, 20231123, sample2020, sample2019);
  const floor = bareEngine(2020);
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  for (const [label, inputs] of [
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
    console.log(
      `\n${label}, ${rounds} rounds, load average ${os
        .loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')}:`,
    );
    console.log('| | µs per evaluation (median) | ÷ bare engine (median of the rounds) |');
    console.log('|---|---:|---:|');
    tasks.forEach((task, index) => {
      const ratio = median(times[index].map((time, round) => time / bare[round]));
      console.log(`| ${task.name} | ${median(times[index]).toFixed(1)} | ${ratio.toFixed(2)} |`);
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
