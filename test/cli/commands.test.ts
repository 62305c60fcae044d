import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../fixtures/run-cli.js';

const version = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

describe('help and version', () => {
  it('--version prints the package version', () => {
    expect(runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each(['evaluate', 'test', 'compare', 'indicators', 'schema'])('%s --help prints its usage', (command) => {
    const { code, stdout } = runCli([command, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: ankang-eco ${command}`));
  });

  it('--help prints the tool usage; no command at all is a usage error (exit 2, usage on stderr)', () => {
    expect(runCli(['--help']).stdout).toMatch(/^Usage: ankang-eco <command>/);
    const bare = runCli([]);
    expect([bare.code, bare.stdout]).toEqual([2, '']);
    expect(bare.stderr).toMatch(/^Usage: ankang-eco <command>/);
  });
});

describe('ankang-eco test', () => {
  it('runs the shipped case files', () => {
    const { code, stdout } = runCli(['test', 'test/cases']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^✔ test\/cases\/19-urban-sewage\.json \(\d+ cases\)$/m);
    expect(stdout).toMatch(/^\d+ passed, 0 failed$/m);
  });

  it('reports each mismatch and exits 1', () => {
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
    const { code, stdout } = runCli(['test', file]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      '  ✘ green travel 30 passes?\n      bureaus.transport.status: expected "pass", got "fail"',
    );
    expect(stdout).toContain('0 passed, 1 failed');
  });

  it('a malformed case file is a usage error naming its place', () => {
    const directory = mkdtempSync(join(tmpdir(), 'ankang-cases-'));
    const file = join(directory, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({ cases: [{ name: 'x', year: 2020, measurements: {}, expect: { city: 'ok' } }] }),
    );
    const { code, stderr } = runCli(['test', file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${file}.cases.0.expect.city`);
  });
});

describe('ankang-eco indicators', () => {
  it('lists every indicator with its checks and units', () => {
    const { code, stdout } = runCli(['indicators']);
    expect(code).toBe(0);
    expect(stdout).toContain('23. 公众绿色出行率 / Green travel  [green-travel, transport]');
    expect(stdout).toMatch(/^ {6}2020 {5}greenTravelPercent ≥ 35 \(%\)$/m);
  });

  it('--format markdown is docs/indicators.md', () => {
    expect(runCli(['indicators', '--format', 'markdown']).stdout).toBe(
      readFileSync(new URL('../../docs/indicators.md', import.meta.url), 'utf8'),
    );
  });

  it('--format json describes the rule set; --year keeps the checks that apply that year', () => {
    const all = JSON.parse(runCli(['indicators', '--format', 'json']).stdout) as {
      years: number[];
      indicators: unknown[];
    };
    expect(all.years).toEqual([2020]);
    expect(all.indicators).toHaveLength(34);
    const in2021 = runCli(['indicators', '--year', '2021']).stdout;
    expect(in2021).not.toMatch(/^ {6}2020 /m);
  });
});

describe('ankang-eco compare', () => {
  it('reports the indicator and bureau a moved threshold flips', () => {
    const directory = mkdtempSync(join(tmpdir(), 'ankang-rules-'));
    for (const file of ['04-energy-intensity.json', '24-efficient-appliances.json']) {
      const text = readFileSync(new URL(`../../rules/${file}`, import.meta.url), 'utf8');
      writeFileSync(join(directory, file), text.replace('"value": "0.90"', '"value": "0.85"'));
    }
    writeFileSync(join(directory, 'rule-set.json'), JSON.stringify({ name: 'energy-0.85' }));
    const before = mkdtempSync(join(tmpdir(), 'ankang-rules-'));
    for (const file of ['04-energy-intensity.json', '24-efficient-appliances.json']) {
      writeFileSync(join(before, file), readFileSync(new URL(`../../rules/${file}`, import.meta.url), 'utf8'));
    }
    const args = ['compare', before, directory, 'examples/ankang-2020.json', '--baseline', 'examples/ankang-2019.json'];
    const { code, stdout } = runCli([...args, '--format', 'json', '--fail-on-change']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      indicators: { id: string }[];
      bureaus: { id: string }[];
      after: { name: string };
    };
    expect(report.indicators.map((indicator) => indicator.id)).toEqual(['energy-intensity']);
    expect(report.bureaus.map((bureau) => bureau.id)).toEqual(['development-reform']);
    expect(report.after.name).toBe('energy-0.85');
    expect(runCli([...args, '--lang', 'en']).stdout).toContain(
      '| targets | `energyPerGdp` = 0.874 | threshold | ≤ 0.90: pass | ≤ 0.85: fail, gap 0.024 |',
    );
  });

  it('a malformed rule file is refused with its file name and field', () => {
    const directory = mkdtempSync(join(tmpdir(), 'ankang-rules-'));
    const text = readFileSync(new URL('../../rules/23-green-travel.json', import.meta.url), 'utf8');
    writeFileSync(
      join(directory, '23-green-travel.json'),
      text.replace('"operator": "decimalAtLeast"', '"operator": "atLeast"'),
    );
    const { code, stderr } = runCli(['evaluate', 'examples/ankang-2020.json', '--rules', directory]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `${join(directory, '23-green-travel.json')}: conditions.all.0.all.0.operator: unknown operator "atLeast"`,
    );
  });
});

describe('ankang-eco schema', () => {
  it('prints a shipped JSON Schema', () => {
    const { code, stdout } = runCli(['schema', 'measurements']);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(new URL('../../schema/measurements.json', import.meta.url), 'utf8'));
    expect((JSON.parse(runCli(['schema', 'case-file']).stdout) as { title: string }).title).toBe(
      'Ankang eco-indicator case file',
    );
  });

  it('prints the Chinese draft-07 form file with --lang zh --draft 07, and refuses other languages and drafts', () => {
    const { code, stdout } = runCli(['schema', 'measurements', '--lang', 'zh', '--draft', '07']);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(new URL('../../schema/zh/draft-07/measurements.json', import.meta.url), 'utf8'));
    expect(runCli(['schema', 'evaluation', '--lang', 'en']).stdout).toBe(
      readFileSync(new URL('../../schema/en/evaluation.json', import.meta.url), 'utf8'),
    );
    expect(runCli(['schema', 'measurements', '--lang', 'fr']).code).toBe(2);
    expect(runCli(['schema', 'measurements', '--draft', '04']).stderr).toContain('--draft takes 2020-12 or 07');
  });

  it('an unknown name is a usage error listing the names', () => {
    const { code, stderr } = runCli(['schema', 'measurement']);
    expect(code).toBe(2);
    expect(stderr).toContain('case-file, evaluate-options, evaluation, measurements, rule-file, rule-set-comparison');
  });
});
