// The memory and time of reading a workbook, measured as a user meets them: `ankang-eco evaluate`
// on each hostile workbook of test/fixtures/hostile-workbooks.ts and on the largest workbooks the
// default input limit lets through, each run under `/usr/bin/time -v` (its peak resident set and
// wall-clock time), once as it is and once with V8's heap capped (NODE_OPTIONS=
// --max-old-space-size=512). `npm run bench:xlsx` builds dist/ first; the README quotes this table.
//
//   npm run bench:xlsx                 # every workbook
//   npm run bench:xlsx -- --hostile    # the hostile ones only
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleTypeScript } from './bundle-ts.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const cli = join(root, 'dist/cli.js');
const time = '/usr/bin/time';
if (spawnSync(time, ['-v', 'true']).status !== 0) {
  console.error(`bench:xlsx needs GNU time at ${time} (Debian: apt-get install time)`);
  process.exit(1);
}

const fixtures = await bundleTypeScript(
  join(root, 'test/fixtures/hostile-workbooks.ts'),
  join(root, 'node_modules/.cache/ankang-bench/hostile-workbooks.mjs'),
);
const {
  boundedPartWorkbooks,
  malformedSheetWorkbooks,
  guessedCellWorkbooks,
  sayWhatItHoldsWorkbooks,
  largestWorkbooks,
} = await import(fixtures);
const hostileOnly = process.argv.includes('--hostile');
const workbooks = [
  ...boundedPartWorkbooks,
  ...malformedSheetWorkbooks,
  ...guessedCellWorkbooks,
  ...sayWhatItHoldsWorkbooks,
  ...(hostileOnly ? [] : largestWorkbooks),
];

/** One run under /usr/bin/time -v: exit code, seconds, peak resident set in MB, the first line of stderr. */
function measure(file, heapCap) {
  const env = { ...process.env, NO_COLOR: '1' };
  if (heapCap) env.NODE_OPTIONS = '--max-old-space-size=512';
  else delete env.NODE_OPTIONS;
  const result = spawnSync(time, ['-v', process.execPath, cli, 'evaluate', file, '--format', 'csv', '--lang', 'en'], {
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const stderr = result.stderr;
  const field = (name) => new RegExp(`^\\s*${name}: (.*)$`, 'm').exec(stderr)?.[1] ?? '';
  const [minutes, seconds] = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').slice(-2);
  const status = Number(field('Exit status'));
  const signal = /Command terminated by signal (\d+)/.exec(stderr)?.[1];
  return {
    code: signal === undefined ? status : `signal ${signal}`,
    seconds: Number(minutes) * 60 + Number(seconds),
    megabytes: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024,
    said: (stderr.split('\n').find((line) => line.startsWith('ankang-eco:')) ?? '').slice(0, 110),
  };
}

const directory = mkdtempSync(join(tmpdir(), 'ankang-xlsx-bounds-'));
const baseline = measure(join(root, 'examples/ankang-2020.json'), false);
console.log(
  `node ${process.version}; ${cli}; a JSON sample for comparison: ${baseline.megabytes.toFixed(0)} MB, ${baseline.seconds.toFixed(2)} s\n`,
);
console.log('| workbook | file | exit | s | peak MB | heap capped at 512: exit, s, peak MB | message |');
console.log('| --- | ---: | ---: | ---: | ---: | --- | --- |');
let worst = { megabytes: 0, seconds: 0 };
let failures = 0;
for (const workbook of workbooks) {
  const file = join(directory, 'w.xlsx');
  writeFileSync(file, workbook.build());
  const size = statSync(file).size;
  const plain = measure(file, false);
  const capped = measure(file, true);
  for (const run of [plain, capped]) {
    worst = { megabytes: Math.max(worst.megabytes, run.megabytes), seconds: Math.max(worst.seconds, run.seconds) };
    if (run.code !== workbook.code) failures++;
  }
  console.log(
    `| ${workbook.name} | ${(size / 1024).toFixed(0)} KB | ${plain.code} | ${plain.seconds.toFixed(2)} | ${plain.megabytes.toFixed(0)} | ${capped.code}, ${capped.seconds.toFixed(2)}, ${capped.megabytes.toFixed(0)} | ${plain.said.replace(file, 'w.xlsx').replaceAll('|', '\\|')} |`,
  );
}
rmSync(directory, { recursive: true, force: true });
console.log(
  `\nworst: ${worst.megabytes.toFixed(0)} MB, ${worst.seconds.toFixed(2)} s; ${failures === 0 ? 'every exit code as expected' : `${failures} runs with an unexpected exit code`}`,
);
process.exitCode = failures === 0 ? 0 : 1;
