import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleFile, RuleSetComparison } from '../../src/index.js';
import { compareRuleSets } from '../../src/policy.js';
import { checkOf, ruleThreshold } from '../fixtures/rule-files.js';
import { runCli } from '../fixtures/run-cli.js';
import { sample2019, sample2020 } from '../fixtures/samples.js';

const version = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

describe('help and version', () => {
  it('--version prints the package version', async () => {
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each(['evaluate', 'test', 'compare', 'indicators', 'schema'])(
    '%s --help prints its usage, in Chinese by default and in English with --lang en',
    async (command) => {
      const zh = await runCli([command, '--help']);
      expect(zh.code).toBe(0);
      expect(zh.stdout).toMatch(new RegExp(`^用法：ankang-eco ${command}`));
      const en = await runCli([command, '--help', '--lang', 'en']);
      expect(en.code).toBe(0);
      expect(en.stdout).toMatch(new RegExp(`^Usage: ankang-eco ${command}`));
    },
  );

  it('--help prints the tool usage; no command at all is a usage error (exit 2, usage on stderr)', async () => {
    expect((await runCli(['--help'])).stdout).toMatch(
      /^用法：ankang-eco <命令> \[选项\]\nEnglish: ankang-eco --help --lang en\n/,
    );
    expect((await runCli(['--help', '--lang', 'en'])).stdout).toMatch(/^Usage: ankang-eco <command>/);
    const bare = await runCli([]);
    expect([bare.code, bare.stdout]).toEqual([2, '']);
    expect(bare.stderr).toMatch(/^用法：ankang-eco <命令>/);
    // --lang before the command is the command's (or, without one, the usage's).
    const english = await runCli(['--lang', 'en']);
    expect([english.code, english.stdout]).toEqual([2, '']);
    expect(english.stderr).toMatch(/^Usage: ankang-eco <command>/);
    expect((await runCli(['--lang=en', 'help', 'evaluate'])).stdout).toMatch(/^Usage: ankang-eco evaluate/);
    expect((await runCli(['help', '--lang', 'en', 'test'])).stdout).toMatch(/^Usage: ankang-eco test/);
  });
});

describe('ankang-eco test', () => {
  it('runs the shipped case files', async () => {
    const { code, stdout } = await runCli(['test', 'test/cases', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^✔ test\/cases\/19-urban-sewage\.json \(\d+ cases\)$/m);
    expect(stdout).toMatch(/^\d+ passed, 0 failed$/m);
    const zh = await runCli(['test', 'test/cases']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^✔ test\/cases\/19-urban-sewage\.json（\d+ 个用例）$/m);
    expect(zh.stdout).toMatch(/^通过 \d+，失败 0$/m);
  });

  it('reports each mismatch and exits 1', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ankang-cases-'));
    const file = join(directory, 'wrong.json');
    writeFileSync(
      file,
      JSON.stringify({
        cases: [
          {
            name: 'green travel 30 passes?',
            year: 2020,
            measurements: { greenTravelPercent: 30 },
            expect: { bureaus: { transport: 'pass' } },
          },
        ],
      }),
    );
    const { code, stdout } = await runCli(['test', file, '--lang', 'en']);
    expect(code).toBe(1);
    expect(stdout).toContain(
      '  ✘ green travel 30 passes?\n      bureaus.transport.status: expected "pass", got "fail"',
    );
    expect(stdout).toContain('0 passed, 1 failed');
    const zh = await runCli(['test', file]);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain(
      '  ✘ green travel 30 passes?\n      bureaus.transport.status: 应为 "pass"，实际为 "fail"',
    );
    expect(zh.stdout).toContain('通过 0，失败 1');
  });

  it('a malformed case file is a usage error naming its place', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ankang-cases-'));
    const file = join(directory, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({ cases: [{ name: 'x', year: 2020, measurements: {}, expect: { city: 'ok' } }] }),
    );
    const { code, stderr } = await runCli(['test', file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${file}.cases.0.expect.city`);
  });
});

describe('ankang-eco indicators', () => {
  it('lists every indicator with its checks and units', async () => {
    const { code, stdout } = await runCli(['indicators']);
    expect(code).toBe(0);
    expect(stdout).toContain('23. 公众绿色出行率 / Green travel  [green-travel, transport]');
    const threshold = ruleThreshold('green-travel', '2020', 'greenTravelPercent');
    expect(stdout).toContain(`      2020     greenTravelPercent ≥ ${threshold} (%)\n`);
    // Its own words in the language of --lang: Chinese by default.
    expect(stdout).toMatch(/^规则集 ankang-eco-indicators（sha256-[0-9a-f]{64}）；年度目标表：2020\n/);
    expect(stdout).toContain('pm25 ≤ 基准 pm25 (微克/立方米)');
    const en = (await runCli(['indicators', '--lang', 'en'])).stdout;
    expect(en).toMatch(/^Rule set ankang-eco-indicators \(sha256-[0-9a-f]{64}\); year tables: 2020\n/);
    expect(en).toContain('pm25 ≤ baseline pm25 (µg/m³)');
    expect(en).not.toContain('基准');
  });

  it('--format markdown is docs/indicators.md', async () => {
    expect((await runCli(['indicators', '--format', 'markdown'])).stdout).toBe(
      readFileSync(new URL('../../docs/indicators.md', import.meta.url), 'utf8'),
    );
  });

  it('--format json describes the rule set; --year keeps the checks that apply that year', async () => {
    const all = JSON.parse((await runCli(['indicators', '--format', 'json'])).stdout) as {
      years: number[];
      indicators: unknown[];
    };
    expect(all.years).toEqual([2020]);
    expect(all.indicators).toHaveLength(34);
    const in2021 = (await runCli(['indicators', '--year', '2021'])).stdout;
    expect(in2021).not.toMatch(/^ {6}2020 /m);
  });
});

describe('ankang-eco compare', () => {
  it('reports the indicator and bureaus a moved threshold flips, as compareRuleSets does', async () => {
    // Both sides' limits are set here (0.90 → 0.85): the test holds whatever rules/ says today.
    const files = ['04-energy-intensity.json', '24-efficient-appliances.json'];
    const directoryAt = (threshold: string, name: string): { directory: string; rules: unknown[] } => {
      const directory = mkdtempSync(join(tmpdir(), 'ankang-rules-'));
      const rules = files.map((file) => {
        const rule = JSON.parse(readFileSync(new URL(`../../rules/${file}`, import.meta.url), 'utf8')) as RuleFile;
        if (rule.name === 'energy-intensity')
          checkOf([rule], 'energy-intensity', 'standard', 'energyPerGdp').value = threshold;
        writeFileSync(join(directory, file), JSON.stringify(rule, null, 2));
        return rule;
      });
      writeFileSync(join(directory, 'rule-set.json'), JSON.stringify({ name }));
      return { directory, rules };
    };
    const before = directoryAt('0.90', 'energy-0.90');
    const after = directoryAt('0.85', 'energy-0.85');
    const args = [
      'compare',
      before.directory,
      after.directory,
      'examples/ankang-2020.json',
      '--baseline',
      'examples/ankang-2019.json',
    ];
    const { code, stdout } = await runCli([...args, '--format', 'json', '--fail-on-change']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as RuleSetComparison;
    expect(report.indicators.map((indicator) => indicator.id)).toEqual(['energy-intensity']);
    expect(report.after.name).toBe('energy-0.85');
    const library = await compareRuleSets(
      { name: 'energy-0.90', rules: before.rules },
      { name: 'energy-0.85', rules: after.rules },
      2020,
      sample2020,
      { baseline: sample2019 },
    );
    expect(report).toEqual(JSON.parse(JSON.stringify(library)));
    expect((await runCli([...args, '--lang', 'en'])).stdout).toContain(
      '| targets | `energyPerGdp` = 0.874 | threshold | ≤ 0.90: pass | ≤ 0.85: fail, gap 0.024 |',
    );
  });

  it('"builtin" against the package\'s own rules/ is one rule set, and says so with the command that compares with the committed rules', async () => {
    const args = ['compare', 'builtin', 'rules', 'examples/ankang-2020.json', '--lang', 'en'];
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(0);
    expect(stdout).toContain('**Before and after are the same rule set (the same content hash)');
    expect(stderr).toMatch(/^ankang-eco: note: builtin and rules are the same rule set \(sha256-[0-9a-f]{64}\)/m);
    expect(stderr).not.toMatch(/[\u4e00-\u9fff]/);
    expect(stderr).toContain('git archive HEAD rules | tar -x -C /tmp/before');
    expect(stderr).toContain('npx ankang-eco compare /tmp/before/rules rules examples/ankang-2020.json');
    const zh = await runCli(args.slice(0, -2));
    expect(zh.stdout).toContain('**变更前后是同一规则集（内容哈希相同）');
    expect(zh.stderr).toMatch(/^ankang-eco: 注意：builtin 与 rules 是同一规则集（sha256-[0-9a-f]{64}）/m);
    expect(zh.stderr).not.toContain('note:');
    expect(zh.stderr).toContain('npx ankang-eco compare /tmp/before/rules rules examples/ankang-2020.json');
  });

  it('a malformed rule file is refused with its file name and field', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ankang-rules-'));
    const text = readFileSync(new URL('../../rules/23-green-travel.json', import.meta.url), 'utf8');
    writeFileSync(
      join(directory, '23-green-travel.json'),
      text.replace('"operator": "decimalAtLeast"', '"operator": "atLeast"'),
    );
    const { code, stderr } = await runCli([
      'evaluate',
      'examples/ankang-2020.json',
      '--rules',
      directory,
      '--lang',
      'en',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `${join(directory, '23-green-travel.json')}: conditions.all.0.all.0.operator: unknown operator "atLeast"`,
    );
    expect((await runCli(['evaluate', 'examples/ankang-2020.json', '--rules', directory])).stderr).toContain(
      `${join(directory, '23-green-travel.json')}: conditions.all.0.all.0.operator: `,
    );
  });
});

describe('ankang-eco schema', () => {
  it('prints a shipped JSON Schema', async () => {
    const { code, stdout } = await runCli(['schema', 'measurements']);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(new URL('../../schema/measurements.json', import.meta.url), 'utf8'));
    expect((JSON.parse((await runCli(['schema', 'case-file'])).stdout) as { title: string }).title).toBe(
      'Ankang eco-indicator case file',
    );
  });

  it('prints the Chinese draft-07 form file with --lang zh --draft 07, and refuses other languages and drafts', async () => {
    const { code, stdout } = await runCli(['schema', 'measurements', '--lang', 'zh', '--draft', '07']);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(new URL('../../schema/zh/draft-07/measurements.json', import.meta.url), 'utf8'));
    expect((await runCli(['schema', 'evaluation', '--lang', 'en'])).stdout).toBe(
      readFileSync(new URL('../../schema/en/evaluation.json', import.meta.url), 'utf8'),
    );
    expect((await runCli(['schema', 'measurements', '--lang', 'fr'])).code).toBe(2);
    expect((await runCli(['schema', 'measurements', '--draft', '04', '--lang', 'en'])).stderr).toContain(
      '--draft must be one of 2020-12, 07; got "04"',
    );
    expect((await runCli(['schema', 'measurements', '--draft', '04'])).stderr).toContain(
      '--draft 应为以下之一：2020-12、07',
    );
  });

  it('an unknown name is a usage error listing the names', async () => {
    const { code, stderr } = await runCli(['schema', 'measurement']);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'schema 需要一个名称：case-file、derivations、evaluate-options、evaluation、measurements、rule-file、rule-set-comparison',
    );
    expect((await runCli(['schema', 'measurement', '--lang', 'en'])).stderr).toContain(
      'schema takes one name: case-file, derivations, evaluate-options, evaluation, measurements, rule-file, rule-set-comparison',
    );
  });
});
