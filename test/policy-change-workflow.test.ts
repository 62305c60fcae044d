import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// docs/policy-changes.md, done as a policy author would do it, in a copy of the repository:
// move one threshold in rules/, see the command line judge by it at once (and say that the
// build is older), update that indicator's case file, run the one command that regenerates
// what is generated, and find every check that reads the rules green, with no other file
// touched. The page's own example is the change: energy intensity 0.90 → 0.85.

const repository = new URL('../', import.meta.url).pathname;
const page = readFileSync(new URL('../docs/policy-changes.md', import.meta.url), 'utf8');
const ruleFile = 'rules/04-energy-intensity.json';
const caseFile = 'test/cases/04-energy-intensity.json';

/**
 * The test files of the repository that read rules/, the case files, the sample data or the
 * built-in rule set: `npm test` runs these, among others, and they are the ones a threshold
 * could break. (The full suite is run the same way by hand for the report; here it would run
 * this file again, and double the suite's time.)
 */
const checksThatReadTheRules = [
  'test/builtin-rules.test.ts',
  'test/catalogue.test.ts',
  'test/generated-files.test.ts',
  'test/cases/',
  'test/rules/',
  'test/policy/',
  'test/results/',
  'test/engine/',
  'test/json-schema/',
  'test/rule-sets/',
  'test/evaluation/create-evaluator.test.ts',
  'test/evaluation/evaluate/',
  'test/evaluation/evaluate-series.test.ts',
  'test/evaluation/what-if/validation.test.ts',
  'test/cli/commands.test.ts',
  'test/cli/evaluate-formats.test.ts',
  'test/cli/progress.test.ts',
];

/**
 * Of those, the ones that hold for any thresholds, left out of the run in the copy (`npm test`
 * runs them, on the rules in force): relations between evaluations under one rule set (at once
 * and one by one, in any key order, numbers and strings, before and after a JSON round trip,
 * under any host Decimal settings, with a polluted prototype), and the JSON Schema files, which
 * a threshold does not change (the files the change rewrites, listed below, hold none).
 */
const thresholdFree = [
  'test/evaluation/evaluate/concurrency.test.ts',
  'test/evaluation/evaluate/concurrency-rule-sets.test.ts',
  'test/evaluation/evaluate/determinism.test.ts',
  'test/evaluation/evaluate/input-immutability.test.ts',
  'test/evaluation/evaluate/json-round-trip.test.ts',
  'test/evaluation/evaluate/number-string-equivalence.test.ts',
  'test/evaluation/evaluate/own-keys-only.test.ts',
  'test/evaluation/evaluate/result-isolation.test.ts',
  'test/engine/decimal-host-settings.test.ts',
  'test/json-schema/code-generators.test.ts',
  'test/json-schema/independent-validator.test.ts',
  'test/json-schema/measurements.test.ts',
];

let copy = '';

/** Set for the tests run inside the copy: there, this test does not run again. */
const insideTheCopy = 'ANKANG_POLICY_CHANGE_COPY';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(command: string, args: readonly string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(command, [...args], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...env },
    // Generous: on a loaded two-core machine the copy's own vitest run alone has taken over 4 minutes.
    timeout: 540_000,
  });
  // A run killed by the timeout says so, rather than failing with an unexplained exit code.
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  const killed = timedOut ? '\n(stopped: it ran over the 540 s this test allows)' : '';
  return { code: result.status, stdout: result.stdout, stderr: `${result.stderr}${killed}` };
}

/** `npx ankang-eco …` as the page writes it: never from the registry, with a cache of the copy's own. */
const npx = (...args: string[]): Run =>
  run('npx', ['--no', '--offline', 'ankang-eco', ...args], { npm_config_cache: join(copy, '.npm-cache') });

const read = (path: string): string => readFileSync(join(copy, path), 'utf8');
const edit = (path: string, change: (text: string) => string): void => {
  const before = read(path);
  const after = change(before);
  expect(after, `${path} changed`).not.toBe(before);
  writeFileSync(join(copy, path), after);
};

/** Whether git is installed: the page's commands use it (`git archive`), and so does this test. */
const hasGit = spawnSync('git', ['--version'], { stdio: 'ignore' }).status === 0;
/** Whether the repository is a git checkout, not a source archive (a release download, a vendored copy). */
const isCheckout =
  hasGit && spawnSync('git', ['rev-parse', '--git-dir'], { cwd: repository, stdio: 'ignore' }).status === 0;

beforeAll(() => {
  if (process.env[insideTheCopy] === '1' || !hasGit) return;
  copy = mkdtempSync(join(tmpdir(), 'ankang-policy-change-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: copy, stdio: 'ignore' });
  // What a clone holds: the files of the working tree that git keeps (ignored ones aside), committed (the page archives the committed rules).
  if (isCheckout) {
    const tracked = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: repository,
      encoding: 'utf8',
    })
      .split('\0')
      .filter((path) => path !== '');
    for (const path of tracked) {
      mkdirSync(join(copy, dirname(path)), { recursive: true });
      cpSync(join(repository, path), join(copy, path));
    }
    git('init', '-q');
  } else {
    // A source archive has no .git to ask: the whole tree, then what its .gitignore ignores removed, by git's own rules.
    cpSync(repository, copy, {
      recursive: true,
      filter: (source) => !['node_modules', '.git'].includes(basename(source)),
    });
    git('init', '-q');
    git('clean', '-fdqX');
  }
  // The installed dependencies, shared; the package itself is the copy (`"ankang-eco-indicators": "file:"`).
  mkdirSync(join(copy, 'node_modules'));
  for (const entry of readdirSync(join(repository, 'node_modules'))) {
    if (entry === 'ankang-eco-indicators' || entry === '.cache') continue;
    symlinkSync(join(repository, 'node_modules', entry), join(copy, 'node_modules', entry));
  }
  symlinkSync('..', join(copy, 'node_modules', 'ankang-eco-indicators'));
  git('add', '-A');
  git('-c', 'user.name=policy', '-c', 'user.email=policy@example.invalid', 'commit', '-qm', 'the rules in force');
  // `npm ci` ends with the `prepare` script: the command line exists before anyone runs it.
  expect(run(process.execPath, ['scripts/build-js.mjs']).code).toBe(0);
}, 120_000);

afterAll(() => {
  if (copy !== '') rmSync(copy, { recursive: true, force: true });
});

describe.skipIf(process.env[insideTheCopy] === '1' || !hasGit)(
  hasGit
    ? 'docs/policy-changes.md, followed to the letter in a copy of the repository'
    : 'docs/policy-changes.md, followed to the letter: skipped, git is not installed (the page’s commands use it)',
  () => {
    it('moves one threshold with its case file and one command, and every check that reads the rules agrees', () => {
      // The page's example and its one command.
      expect(page).toContain('`"0.90"` → `"0.85"` in `rules/04-energy-intensity.json`');
      expect(page).toContain('npm run regenerate');
      expect(npx('test', 'test/cases').code, 'the shipped cases pass before the change').toBe(0);

      // Step 1: the threshold, and nothing else.
      edit(ruleFile, (text) => text.replace('"value": "0.90"', '"value": "0.85"'));

      // The command line judges by the rules on disk at once, and says that the build is older.
      const stale = npx('test', 'test/cases', '--lang', 'en');
      expect(stale.code, 'the case file still pins 0.90: a case fails').toBe(1);
      expect(stale.stdout).toContain(`✘ ${caseFile}`);
      expect(stale.stdout).toMatch(/^\d+ passed, [1-9]\d* failed$/m);
      expect(stale.stderr).toMatch(
        /^ankang-eco: note: judging by the rules in .*, which differ from the rules built into/m,
      );
      // In Chinese without --lang.
      expect(npx('test', 'test/cases').stderr).toMatch(/^ankang-eco: 注意：按 .* 中的规则（sha256-[0-9a-f]{64}）判定/m);
      const evaluated = npx(
        'evaluate',
        'examples/ankang-2020.json',
        '--baseline',
        'examples/ankang-2019.json',
        '--format',
        'json',
      );
      const energy = (
        JSON.parse(evaluated.stdout) as {
          indicators: { id: string; status: string; checks: { threshold: unknown }[] }[];
        }
      ).indicators.find((indicator) => indicator.id === 'energy-intensity');
      expect([energy?.status, energy?.checks[0]?.threshold]).toEqual(['fail', '0.85']);
      expect(npx('indicators').stdout).toContain('energyPerGdp ≤ 0.85');
      const progress = npx('progress', 'examples/ankang-2016-2020-series.json', '--format', 'json', '--lang', 'en');
      const lastYear = (
        JSON.parse(progress.stdout) as {
          evaluations: { indicators: { id: string; checks: { threshold: unknown }[] }[] }[];
        }
      ).evaluations.at(-1);
      expect(lastYear?.indicators.find((indicator) => indicator.id === 'energy-intensity')?.checks[0]?.threshold).toBe(
        '0.85',
      );
      expect(progress.stderr).toContain('which differ from the rules built into');
      const itself = npx('compare', 'builtin', 'rules', 'examples/ankang-2020.json', '--lang', 'en');
      expect(itself.stderr).toContain('are the same rule set');
      expect(itself.stderr).toContain('git archive HEAD rules');

      // Step 2: the indicator's case file, its boundary cases moved to the new threshold.
      edit(caseFile, (text) =>
        text
          .replaceAll('energyPerGdp at 0.9"', 'energyPerGdp at 0.85"')
          .replaceAll('"energyPerGdp": "0.9"', '"energyPerGdp": "0.85"')
          .replaceAll('0.9000000000000000000000001', '0.8500000000000000000000001'),
      );
      const moved = npx('test', 'test/cases', '--lang', 'en');
      expect(moved.code, moved.stdout).toBe(0);
      expect(moved.stdout).toMatch(/^\d+ passed, 0 failed$/m);

      // Step 3: the one command that regenerates what is generated (and builds the command line).
      const regenerated = run('npm', ['run', 'regenerate', '--silent']);
      expect(regenerated.code, regenerated.stderr).toBe(0);
      expect(npx('test', 'test/cases').stderr, 'built and on disk agree again: no note').toBe('');

      // Step 4: the impact report, as the page writes the commands (the archive in a folder of the copy's own).
      const before = join(copy, '.before');
      const commands = /```sh\n(mkdir -p \/tmp\/before[^`]*?)```/.exec(page)?.[1];
      expect(commands, 'the page gives the commands of the impact report').toBeDefined();
      const script = (commands ?? '')
        .replaceAll('/tmp/before', before)
        .replaceAll('npx ankang-eco', 'npx --no --offline ankang-eco');
      const report = run('sh', ['-c', script], { npm_config_cache: join(copy, '.npm-cache') });
      expect(report.code, report.stderr).toBe(0);
      const impact = read('impact.md');
      expect(impact).toContain('### 4. Energy intensity of GDP (`energy-intensity`)');
      expect(impact.match(/^### /gm)).toHaveLength(1);
      expect(impact).toContain('| ≤ 0.90: pass | ≤ 0.85: fail, gap 0.024 |');
      rmSync(join(copy, 'impact.md'));

      // No other file was touched: the edits and what the one command wrote.
      const changed = execFileSync('git', ['status', '--porcelain'], { cwd: copy, encoding: 'utf8' })
        .split('\n')
        .filter((line) => line !== '' && !line.endsWith('.before/') && !line.endsWith('.npm-cache/'))
        .map((line) => line.slice(3));
      expect(changed.sort()).toEqual(
        [
          caseFile,
          ruleFile,
          // Written by the one command: the catalogue, the sample's results and progress, and
          // the worked example's report, whose "before" is the built-in set (its hash moved).
          'docs/examples/composite-air-quality/compare.en.md',
          'docs/examples/composite-air-quality/compare.zh.md',
          'docs/indicators.md',
          // The published-shape example's reports: 2021 has energy figures; the Markdown of 2024,
          // which has none, names the rule set's hash.
          'examples/ankang-2019-2024-published/evaluate-2021.en.md',
          'examples/ankang-2019-2024-published/evaluate-2021.en.txt',
          'examples/ankang-2019-2024-published/evaluate-2021.zh.md',
          'examples/ankang-2019-2024-published/evaluate-2021.zh.txt',
          'examples/ankang-2019-2024-published/evaluate-2024.en.md',
          'examples/ankang-2019-2024-published/evaluate-2024.zh.md',
          // Its progress across 2019-2024, whose energy-intensity measure reads the moved target.
          'examples/ankang-2019-2024-published/progress.en.md',
          'examples/ankang-2019-2024-published/progress.zh.md',
          'examples/sample-progress.en.md',
          'examples/sample-progress.zh.md',
          'examples/sample-results.md',
        ].sort(),
      );

      // And npm test's checks that read the rules: formatting of the edited files, then the tests.
      expect(run(process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--check', caseFile]).code).toBe(0);
      const excluded = thresholdFree.flatMap((file) => ['--exclude', file]);
      const tests = run(
        process.execPath,
        ['node_modules/vitest/vitest.mjs', 'run', ...checksThatReadTheRules, ...excluded],
        { [insideTheCopy]: '1' },
      );
      // The run is what it says: every file of the list, less those left out.
      const summary = stripVTControlCharacters(tests.stdout);
      expect(summary).not.toMatch(/concurrency|code-generators/);
      expect(summary).toMatch(/Test Files +\d+ passed/);
      const failures = `${tests.stdout}\n${tests.stderr}`
        .split('\n')
        .filter((line) => /×|FAIL|Error/.test(line))
        .join('\n');
      expect(tests.code, `${failures.slice(0, 6000)}\n${tests.stderr.slice(-2000)}`).toBe(0);
    }, 900_000);
  },
);
