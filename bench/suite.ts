import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import { evaluate } from '../src/evaluation/evaluate.js';
import { evaluateMany } from '../src/evaluation/evaluate-many.js';
import type { Measurements } from '../src/schema/measurements.js';
import {
  coldStartRatioBudget,
  compareColdStarts,
  formatColdStarts,
  type ColdStartComparison,
} from './cold-start-compare.mjs';
import { bareEngine } from './engine-floor.js';
import { engineVariants } from './engine-variants.js';
import { handWrittenChecks } from './hand-written-checks.js';
import { installPackedPackage } from './packed-package.mjs';
import { variedInputs } from './varied-inputs.js';

/**
 * The benchmarks of the performance issues, side by side in one process: each round runs every
 * timed task of a comparison once (tinybench), in an order that rotates from round to round, and
 * the figures are medians over the rounds: a task's time, and the ratio of two tasks taken
 * within each round, so that a noisy neighbour slows both sides of a ratio alike. Cold start,
 * heap and concurrency run in fresh processes. `--quick` (or BENCH_QUICK=1) is the CI mode:
 * fewer rounds, and a failure only on gross regressions.
 */
const quick = process.argv.includes('--quick') || process.env['BENCH_QUICK'] === '1';
const rounds = quick ? 3 : 9;
const taskTime = quick ? 150 : 400;
// Cold starts are pairs of fresh processes, one with the package and one without: at least 7.
const coldStarts = quick ? 7 : 15;
const heapEvaluations = quick ? 20_000 : 100_000;
// The concurrency comparison: this many calls per process, in this many pairs of processes.
const concurrentCalls = quick ? 2_000 : 10_000;
const concurrencyPairs = quick ? 1 : 5;
const variedCount = 1000;

/**
 * The budgets of the issues, and the gross-regression bounds CI holds. Issue 23: `evaluate` at
 * most the bare engine's time (facts built per call) on the sample and on varied inputs; 10,000
 * calls under Promise.all at 0.9x the sequential rate or better and at most 1.25x its peak
 * memory. The what-if path at 20,000 scenarios/s; the cold start at most 1.35x the dependencies'
 * (issue 11, `coldStartRatioBudget`); the heap flat. CI fails only on a gross regression:
 * `evaluate` over twice the bare engine, the sweep under a third of its target, the package's
 * own share of a cold start over 150 ms, the heap growing by more than 16 MB (a leak of results
 * would be hundreds), concurrent calls at under half the sequential rate or twice its memory.
 */
const budget = { ratio: 1, scenariosPerSecond: 20_000, concurrentRate: 0.9, concurrentMemory: 1.25 };
const gross = {
  ratio: 2,
  scenariosPerSecond: budget.scenariosPerSecond / 3,
  coldStartMs: 150,
  heapGrowthBytes: 16 * 1024 * 1024,
  concurrentRate: 0.5,
  concurrentMemory: 2,
};

// bench/run.mjs runs this file bundled elsewhere and says where the repository is.
const rootPath = process.env['ANKANG_BENCH_ROOT'];
if (rootPath === undefined) throw new Error('run the benchmarks with npm run bench (bench/run.mjs)');
const root = pathToFileURL(rootPath.endsWith('/') ? rootPath : `${rootPath}/`);
const read = (name: string): Measurements =>
  JSON.parse(readFileSync(new URL(`examples/${name}`, root), 'utf8')) as Measurements;
const sample2020 = read('ankang-2020.json');
const sample2019 = read('ankang-2019.json');
const varied = variedInputs(variedCount, 20231123, sample2020, sample2019);

// What-if batches of 1000 scenarios over the 2020 sample. The sweep changes two measurements
// (green travel 30-49.5%, PM2.5 25-49 µg/m³); the full one gives every measurement in every
// scenario, as a caller without a base would.
const batch = 1000;
const sweep: Measurements[] = Array.from({ length: batch }, (_, index) => ({
  greenTravelPercent: 30 + (index % 40) / 2,
  pm25: String(25 + Math.floor(index / 40)),
}));
const fullScenarios: Measurements[] = sweep.map((scenario) => ({ ...sample2020, ...scenario }));

const floor = bareEngine(2020);
const variants = engineVariants(2020, sample2020, sample2019);

interface Task {
  readonly name: string;
  /** Operations per call: inputs or scenarios for a batch, else 1. */
  readonly perCall: number;
  readonly run: () => unknown;
}

/** Tasks timed together, round by round; each comparison's tasks are in one group. */
interface Group {
  readonly tasks: readonly Task[];
  /** The fewest calls per task and round. */
  readonly iterations: number;
}

const evaluateVaried = async (): Promise<void> => {
  for (const { measurements, baseline } of varied) await evaluate(2020, measurements, { baseline });
};
const engineVaried = async (): Promise<void> => {
  for (const { measurements, baseline } of varied) await floor.run(measurements, baseline);
};
const handWrittenVaried = (): void => {
  for (const { measurements, baseline } of varied) handWrittenChecks(measurements, baseline);
};

const names = {
  evaluate: 'evaluate (2020 sample)',
  engine: 'bare json-rules-engine (2020 sample)',
  handWritten: 'hand-written checks (2020 sample)',
  evaluateVaried: `evaluate (${variedCount.toLocaleString('en')} varied inputs)`,
  engineVaried: `bare json-rules-engine (${variedCount.toLocaleString('en')} varied inputs)`,
  handWrittenVaried: `hand-written checks (${variedCount.toLocaleString('en')} varied inputs)`,
  sweep: 'evaluateMany, sweep of 2 keys',
  everyKey: 'evaluateMany, every key given',
  full: "evaluateMany, detail: 'full'",
  asWritten: 'json-rules-engine: the rules as written, run-time facts',
  ownFacts: 'json-rules-engine: the rules as written, uncached facts from our almanac',
  evaluates: "json-rules-engine: evaluate's run, one rule of every entry once, named by its indicator",
};

const groups: readonly Group[] = [
  {
    iterations: 4,
    tasks: [
      { name: names.evaluate, perCall: 1, run: () => evaluate(2020, sample2020, { baseline: sample2019 }) },
      { name: names.engine, perCall: 1, run: () => floor.run(sample2020, sample2019) },
      { name: names.handWritten, perCall: 1, run: () => handWrittenChecks(sample2020, sample2019) },
    ],
  },
  {
    // A call is the whole set of inputs: every contender sees all of them in every round.
    iterations: 2,
    tasks: [
      { name: names.evaluateVaried, perCall: variedCount, run: evaluateVaried },
      { name: names.engineVaried, perCall: variedCount, run: engineVaried },
      { name: names.handWrittenVaried, perCall: variedCount, run: handWrittenVaried },
    ],
  },
  {
    // The engine's bookkeeping: the same facts made beforehand, three ways of running the rules.
    iterations: 4,
    tasks: [
      { name: names.asWritten, perCall: 1, run: variants.asWritten },
      { name: names.ownFacts, perCall: 1, run: variants.ownFacts },
      { name: names.evaluates, perCall: 1, run: variants.evaluates },
    ],
  },
  {
    // A what-if batch is a thousand scenarios: a few calls per round are plenty.
    iterations: 4,
    tasks: [
      {
        name: names.sweep,
        perCall: batch,
        run: () => evaluateMany(2020, sweep, { base: sample2020, baseline: sample2019 }),
      },
      { name: names.everyKey, perCall: batch, run: () => evaluateMany(2020, fullScenarios, { baseline: sample2019 }) },
      {
        name: names.full,
        perCall: batch,
        run: () => evaluateMany(2020, sweep, { base: sample2020, baseline: sample2019, detail: 'full' }),
      },
    ],
  },
];

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** Microseconds per operation (per input or scenario for a batch), by task, one entry per round. */
type Rounds = Map<string, { mean: number[]; p50: number[] }>;

/**
 * Rounds of each group, groups apart: the single evaluations before any what-if batch, since a
 * batch of full evaluations leaves a large heap behind, and the collector's work on it would
 * be charged to whichever task runs next. Within a round the tasks' order rotates.
 */
async function timeGroups(): Promise<Rounds> {
  const perRound: Rounds = new Map();
  for (const group of groups) {
    for (const task of group.tasks) perRound.set(task.name, { mean: [], p50: [] });
    for (let round = 0; round < rounds; round++) {
      const bench = new Bench({
        time: taskTime,
        iterations: group.iterations,
        warmupTime: round === 0 ? 300 : 50,
        warmupIterations: round === 0 ? 2 : 1,
        throws: true,
      });
      const order = group.tasks.map((_, index) => group.tasks[(index + round) % group.tasks.length] as Task);
      for (const task of order) bench.add(task.name, task.run);
      await bench.run();
      for (const task of bench.tasks) {
        const result = task.result;
        if (!('latency' in result)) throw new Error(`${task.name}: no result (${result.state})`);
        const perCall = group.tasks.find((candidate) => candidate.name === task.name)?.perCall ?? 1;
        perRound.get(task.name)?.mean.push((result.latency.mean * 1000) / perCall);
        perRound.get(task.name)?.p50.push((result.latency.p50 * 1000) / perCall);
      }
    }
  }
  return perRound;
}

function inChild(script: string, args: readonly string[], nodeOptions: readonly string[] = []): unknown {
  const output = execFileSync(process.execPath, [...nodeOptions, fileURLToPath(new URL(script, root)), ...args], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output) as unknown;
}

const loadAverage = (): string =>
  os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');

function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}, load average ${loadAverage()}`;
}

const format = (value: number, digits = 1): string => value.toFixed(digits);
const mb = (bytes: number): string => format(bytes / 2 ** 20, 1);

interface ConcurrencyRun {
  readonly mode: 'sequential' | 'concurrent';
  readonly count: number;
  readonly milliseconds: number;
  readonly peakRssBytes: number;
  readonly resultsHeapBytes: number;
}

/**
 * `concurrentCalls` evaluations kept to the end, in fresh processes (peak memory is a process's
 * high-water mark, so each mode needs its own), in pairs whose order alternates. The ratios are
 * taken within each pair, then the median over the pairs.
 */
function compareConcurrency(): { pairs: { sequential: ConcurrencyRun; concurrent: ConcurrencyRun }[] } {
  const run = (mode: string): ConcurrencyRun =>
    inChild('bench/concurrency.mjs', [mode, String(concurrentCalls)], ['--expose-gc']) as ConcurrencyRun;
  const pairs = [];
  for (let pair = 0; pair < concurrencyPairs; pair++) {
    if (pair % 2 === 0) {
      const sequential = run('sequential');
      pairs.push({ sequential, concurrent: run('concurrent') });
    } else {
      const concurrent = run('concurrent');
      pairs.push({ sequential: run('sequential'), concurrent });
    }
  }
  return { pairs };
}

async function main(): Promise<void> {
  console.log(`${quick ? 'Quick' : 'Full'} benchmark: ${machine()}`);
  console.log(
    `${rounds} rounds per comparison, ${taskTime} ms per task and round, the order rotating; figures are medians over the rounds, ratios taken within each round.\n`,
  );
  const perRound = await timeGroups();
  const samples = (name: string): { mean: number[]; p50: number[] } => perRound.get(name) ?? { mean: [], p50: [] };
  const at = (name: string): { mean: number; p50: number } => ({
    mean: median(samples(name).mean),
    p50: median(samples(name).p50),
  });
  /** The median over the rounds of `a ÷ b`, each round's figures divided. */
  const ratio = (a: string, b: string, which: 'mean' | 'p50' = 'mean'): number =>
    median(samples(a)[which].map((value, round) => value / (samples(b)[which][round] ?? Number.NaN)));

  const rows: { name: string; engine: string; handWritten: string }[] = [
    { name: names.evaluate, engine: names.engine, handWritten: names.handWritten },
    { name: names.engine, engine: names.engine, handWritten: names.handWritten },
    { name: names.handWritten, engine: names.engine, handWritten: names.handWritten },
    { name: names.evaluateVaried, engine: names.engineVaried, handWritten: names.handWrittenVaried },
    { name: names.engineVaried, engine: names.engineVaried, handWritten: names.handWrittenVaried },
    { name: names.handWrittenVaried, engine: names.engineVaried, handWritten: names.handWrittenVaried },
  ];
  // The mean carries everything a task costs (its garbage collection too): the figures. The
  // median call is what a noisy neighbour disturbs least: what CI's gross bounds look at.
  console.log(
    '| task | µs per evaluation (mean) | evaluations/s | ÷ bare engine | ÷ hand-written | µs (median call) |',
  );
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const timing = at(row.name);
    const perInput = row.name.includes('varied') ? ' (per input)' : '';
    console.log(
      `| ${row.name}${perInput} | ${format(timing.mean)} | ${Math.round(1e6 / timing.mean).toLocaleString('en')} | ${format(ratio(row.name, row.engine), 2)} | ${format(ratio(row.name, row.handWritten), 2)} | ${row.name.includes('varied') ? '' : format(timing.p50)} |`,
    );
  }
  console.log(
    '\nThe engine step alone, the 2020 sample, facts made beforehand (what evaluate no longer pays for, piece by piece):',
  );
  console.log('| json-rules-engine run | µs per run (mean) | ÷ the rules as written |');
  console.log('|---|---:|---:|');
  for (const name of [names.asWritten, names.ownFacts, names.evaluates]) {
    console.log(
      `| ${name.replace('json-rules-engine: ', '')} | ${format(at(name).mean)} | ${format(ratio(name, names.asWritten), 2)} |`,
    );
  }
  console.log(
    '\n| what-if batch (per scenario) | µs per scenario (mean) | scenarios/s | ÷ hand-written (sample, medians) |',
  );
  console.log('|---|---:|---:|---:|');
  for (const name of [names.sweep, names.everyKey, names.full]) {
    const timing = at(name);
    console.log(
      `| ${name} | ${format(timing.mean)} | ${Math.round(1e6 / timing.mean).toLocaleString('en')} | ${format(timing.mean / at(names.handWritten).mean, 2)} |`,
    );
  }
  console.log(`(load average after the timed rounds: ${loadAverage()})`);

  // Concurrency: fresh processes, the built package.
  const concurrency = compareConcurrency();
  const rateRatios = concurrency.pairs.map(
    ({ sequential, concurrent }) => sequential.milliseconds / concurrent.milliseconds,
  );
  const memoryRatios = concurrency.pairs.map(
    ({ sequential, concurrent }) => concurrent.peakRssBytes / sequential.peakRssBytes,
  );
  const rateRatio = median(rateRatios);
  const memoryRatio = median(memoryRatios);
  const sequentialRuns = concurrency.pairs.map((pair) => pair.sequential);
  const concurrentRuns = concurrency.pairs.map((pair) => pair.concurrent);
  const perEvaluationBytes = median(sequentialRuns.map((run) => run.resultsHeapBytes / run.count));
  console.log(
    `\n${concurrentCalls.toLocaleString('en')} evaluate calls of the 2020 sample, every result kept, in fresh processes (${concurrencyPairs} pair${concurrencyPairs === 1 ? '' : 's'}, order alternating; peak memory is each process's maxRSS):`,
  );
  console.log(
    '| calls | wall time, ms (median) | evaluations/s | peak RSS, MB (median) | kept results, MB of live heap |',
  );
  console.log('|---|---:|---:|---:|---:|');
  for (const [label, runs] of [
    ['one after another (await in a loop)', sequentialRuns],
    ['all at once (Promise.all)', concurrentRuns],
  ] as const) {
    const milliseconds = median(runs.map((run) => run.milliseconds));
    console.log(
      `| ${label} | ${format(milliseconds, 0)} | ${Math.round((concurrentCalls * 1000) / milliseconds).toLocaleString('en')} | ${mb(median(runs.map((run) => run.peakRssBytes)))} | ${mb(median(runs.map((run) => run.resultsHeapBytes)))} |`,
    );
  }
  console.log(
    `Promise.all ÷ one after another: rate ${format(rateRatio, 2)} (pairs: ${rateRatios.map((value) => format(value, 2)).join(', ')}), peak memory ${format(memoryRatio, 2)} (pairs: ${memoryRatios.map((value) => format(value, 2)).join(', ')}); one Evaluation of the sample keeps ${format(perEvaluationBytes / 1024, 1)} KiB of heap. Load average ${loadAverage()}.`,
  );

  // What one result weighs: fresh process, the built package.
  const weight = inChild('bench/result-weight.mjs', [String(quick ? 1000 : 2000)], ['--expose-gc']) as {
    evaluation: { perResultBytes: number; jsonBytes: number };
    scenario: { perResultBytes: number; jsonBytes: number };
  };
  console.log(
    `One Evaluation of the sample keeps ${format(weight.evaluation.perResultBytes / 1024, 1)} KiB of live heap (${format(weight.evaluation.jsonBytes / 1000, 1)} kB as JSON); one ScenarioResult of evaluateMany's sweep ${format(weight.scenario.perResultBytes / 1024, 1)} KiB (${format(weight.scenario.jsonBytes / 1000, 1)} kB as JSON).`,
  );

  // Cold start as a consumer meets it: the packed tarball installed in a fresh project.
  const packed = installPackedPackage();
  let coldStart: ColdStartComparison;
  try {
    coldStart = compareColdStarts(packed.consumer, coldStarts);
  } finally {
    packed.remove();
  }
  console.log(`\n${formatColdStarts(coldStart)}`);

  const heap = inChild('bench/heap.mjs', [String(heapEvaluations)], ['--expose-gc']) as {
    samples: { evaluations: number; heapUsed: number }[];
  };
  const first = heap.samples[0]?.heapUsed ?? 0;
  const last = heap.samples.at(-1)?.heapUsed ?? 0;
  console.log(
    `Live heap over ${heapEvaluations.toLocaleString('en')} evaluations: ${heap.samples.map((sample) => `${sample.evaluations.toLocaleString('en')}: ${format(sample.heapUsed / 2 ** 20, 2)} MB`).join(', ')}; growth ${format((last - first) / 2 ** 20, 2)} MB`,
  );

  const sampleRatio = ratio(names.evaluate, names.engine);
  const sampleMedianCall = ratio(names.evaluate, names.engine, 'p50');
  const variedRatio = ratio(names.evaluateVaried, names.engineVaried);
  const scenarios = 1e6 / at(names.sweep).mean;
  const checks = [
    {
      what: `evaluate ÷ bare engine on the sample ${format(sampleRatio, 2)} (median call ${format(sampleMedianCall, 2)}), at most ${budget.ratio}`,
      budget: sampleRatio <= budget.ratio,
      gross: sampleMedianCall <= gross.ratio,
    },
    {
      what: `evaluate ÷ bare engine on ${variedCount.toLocaleString('en')} varied inputs ${format(variedRatio, 2)}, at most ${budget.ratio}`,
      budget: variedRatio <= budget.ratio,
      gross: variedRatio <= gross.ratio,
    },
    {
      what: `${concurrentCalls.toLocaleString('en')} calls under Promise.all at ${format(rateRatio, 2)}x the sequential rate (at least ${budget.concurrentRate}) and ${format(memoryRatio, 2)}x its peak memory (at most ${budget.concurrentMemory})`,
      budget: rateRatio >= budget.concurrentRate && memoryRatio <= budget.concurrentMemory,
      gross: rateRatio >= gross.concurrentRate && memoryRatio <= gross.concurrentMemory,
    },
    {
      what: `evaluateMany sweep ${Math.round(scenarios).toLocaleString('en')} scenarios/s, at least ${budget.scenariosPerSecond.toLocaleString('en')}`,
      budget: scenarios >= budget.scenariosPerSecond,
      gross: scenarios >= gross.scenariosPerSecond,
    },
    {
      what: `cold start ${format(coldStart.ratio, 2)}x a process that imports only json-rules-engine and decimal.js, at most ${coldStartRatioBudget} (own share of the fastest ${format(coldStart.ownShareOfFastest)} ms)`,
      budget: coldStart.ratio <= coldStartRatioBudget,
      gross: coldStart.ownShareOfFastest < gross.coldStartMs,
    },
    {
      what: `heap growth ${format((last - first) / 2 ** 20, 2)} MB over ${heapEvaluations.toLocaleString('en')} evaluations`,
      budget: last - first < 1024 * 1024,
      gross: last - first < gross.heapGrowthBytes,
    },
  ];
  console.log(`\nBudgets (issues) and gross-regression bounds (CI), load average ${loadAverage()}:`);
  for (const check of checks) {
    console.log(
      `  ${check.what}: budget ${check.budget ? 'met' : 'MISSED'}; gross bound ${check.gross ? 'ok' : 'EXCEEDED'}`,
    );
  }
  if (quick && checks.some((check) => !check.gross)) {
    console.error('\nA gross performance regression (see above).');
    process.exitCode = 1;
  }
}

await main();
