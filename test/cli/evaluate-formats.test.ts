import { describe, expect, it } from 'vitest';
import {
  evaluate,
  formatMarkdownReport,
  formatReport,
  type Evaluation,
  type EvaluationSources,
} from '../../src/index.js';
import { runCli } from '../fixtures/run-cli.js';
import { sample2019, sample2020 } from '../fixtures/samples.js';

const sampleArgs = ['evaluate', 'examples/ankang-2020.json', '--baseline', 'examples/ankang-2019.json'];

// What the command prints is the library's report of the library's evaluation: these tests
// derive it so, and hold no threshold of rules/ (a policy change moves them with the rules).
const sampleEvaluation = () => evaluate(2020, sample2020, { baseline: sample2019 });
// The evaluation as the command makes it: the library's, with where each figure came from (the
// JSON test below checks that it is the library's apart from `sources`).
const commandEvaluation = async (): Promise<Evaluation<string>> =>
  JSON.parse((await runCli([...sampleArgs, '--format', 'json'])).stdout) as Evaluation<string>;

describe('ankang-eco evaluate', () => {
  it('prints the report grouped by bureau, in Chinese by default, without colour off a terminal', async () => {
    const { code, stdout, stderr } = await runCli(sampleArgs);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe(`${formatReport(await commandEvaluation())}\n`);
    expect(stdout).toMatch(/^全市: [✔✘?] /m);
    expect(stdout).not.toContain('\u001b[');
  });

  it('--format json is the evaluation exactly as the library returns it, with where each figure came from', async () => {
    const { code, stdout } = await runCli([...sampleArgs, '--format', 'json']);
    expect(code).toBe(0);
    const { sources, ...evaluation } = JSON.parse(stdout) as { sources: EvaluationSources };
    expect(evaluation).toStrictEqual(await sampleEvaluation());
    expect(sources.baselineYear).toBeNull();
    expect(Object.keys(sources.measurements)).toStrictEqual(Object.keys(sample2020));
    expect(sources.measurements['pm25']).toStrictEqual({
      place: 'examples/ankang-2020.json:17',
      file: 'examples/ankang-2020.json',
      line: 17,
    });
    expect(sources.baseline['pm25']?.file).toBe('examples/ankang-2019.json');
  });

  it('--format markdown gives a table per bureau, in English with --lang en', async () => {
    const { stdout } = await runCli([...sampleArgs, '--format', 'markdown', '--lang', 'en']);
    expect(stdout).toBe(formatMarkdownReport(await commandEvaluation(), { lang: 'en' }));
    expect(stdout).toMatch(/^# Ankang ecological-civilization indicators · 2020 \(against the 2020 targets\)$/m);
    expect(stdout).toContain('## Municipal Transport Bureau: ');
  });

  it('--format csv has one row per check of both tables, quoted where needed', async () => {
    const { stdout } = await runCli([...sampleArgs, '--format', 'csv', '--lang', 'en']);
    const evaluation = await sampleEvaluation();
    const checks = evaluation.indicators.reduce(
      (sum, indicator) => sum + indicator.checks.length + indicator.standardChecks.length,
      0,
    );
    const lines = stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'year,targets,table,number,indicator,bureau,key,operator,against,threshold_key,threshold,actual,status,gap,explanation,alternative,note,threshold_note',
    );
    expect(lines).toHaveLength(checks + 1);
    // A row as the library's check says it: the first check of the 2020 table of urban sewage.
    const sewage = evaluation.indicators.find((indicator) => indicator.id === 'urban-sewage');
    const check = sewage?.checks[0];
    expect(check).toBeDefined();
    if (check === undefined) return;
    const explanation = check.explanation.en.includes(',') ? `"${check.explanation.en}"` : check.explanation.en;
    expect(lines).toContain(
      `2020,2020,targets,19,urban-sewage,housing-urban-rural,${check.key},${check.operator},${check.against},,${String(check.threshold)},${String(check.actual)},${check.status},${check.gap ?? ''},${explanation},,,`,
    );
  });

  it('--year picks the table: a year without one is judged by the creation standard', async () => {
    const { stdout } = await runCli([...sampleArgs, '--year', '2021', '--format', 'json']);
    expect((JSON.parse(stdout) as { targets: unknown }).targets).toBe('standard');
  });

  it('reads standard input for -', async () => {
    const { code, stdout } = await runCli(['evaluate', '-', '--format', 'json'], { input: JSON.stringify(sample2020) });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { counts: unknown }).counts).toEqual((await evaluate(2020, sample2020)).counts);
  });
});

describe('ankang-eco evaluate with raw counts (spec: "Raw counts and the percentages derived from them")', () => {
  const airQuality = (stdout: string) =>
    (JSON.parse(stdout) as Evaluation).indicators.find((indicator) => indicator.id === 'air-quality');

  it('JSON: 324 of 335 good-air days is 96.7%, judged as such, and the explanation says 324/335', async () => {
    const { code, stdout } = await runCli(['evaluate', '-', '--format', 'json'], {
      input: JSON.stringify({ airGoodDays: 324, airValidDays: 335 }),
    });
    expect(code).toBe(0);
    const check = airQuality(stdout)?.checks[0];
    expect(check).toMatchObject({ key: 'airGoodDaysPercent', actual: '96.7', status: 'pass' });
    expect(check?.explanation.en).toContain('96.7% (324/335 days)');
    expect(check?.explanation.zh).toContain('96.7%（324/335 天）');
  });

  it('CSV: counts as a bureau fills them in; 267 of 334 days is 79.9%', async () => {
    const { code, stdout } = await runCli(['evaluate', '-', '--format', 'csv', '--lang', 'en'], {
      input: 'key,value,unit\nairGoodDays,267,天\nairValidDays,334,天\n',
    });
    expect(code).toBe(0);
    const row = stdout
      .split('\r\n')
      .find((line) => line.includes(',targets,8,air-quality,') && line.includes(',value,'));
    expect(row).toContain(',airGoodDaysPercent,decimalAtLeast,value,,80,79.9,');
    expect(row).toContain('Good-air days 79.9% (267/334 days)');
  });

  it('refuses a zero whole, a part above its whole and a percentage that disagrees, naming the keys, exit 2', async () => {
    const cases = [
      [{ airGoodDays: 1, airValidDays: 0 }, 'stdin:1: airValidDays: airValidDays is 0', 'airValidDays 为 0'],
      [
        { airGoodDays: 336, airValidDays: 335 },
        'stdin:1: airGoodDays: airGoodDays (336) is more than airValidDays (335)',
        'airGoodDays（336）大于 airValidDays（335）',
      ],
      [
        { airGoodDays: 324, airValidDays: 335, airGoodDaysPercent: 96.8 },
        // Refused where the files are merged, naming the three places (here all on line 1 of stdin).
        'stdin:1: airGoodDaysPercent: 2020: airGoodDaysPercent is 96.8 here, but airGoodDays (324) at stdin:1 and airValidDays (335) at stdin:1 give 96.7',
        '2020 年：此处 airGoodDaysPercent 为 96.8，但 stdin:1 的 airGoodDays（324）与 stdin:1 的 airValidDays（335）推算为 96.7',
      ],
    ] as const;
    for (const [input, english, chinese] of cases) {
      const en = await runCli(['evaluate', '-', '--lang', 'en'], { input: JSON.stringify(input) });
      expect([en.code, en.stdout]).toEqual([2, '']);
      expect(en.stderr).toContain(english);
      const zh = await runCli(['evaluate', '-'], { input: JSON.stringify(input) });
      expect([zh.code, zh.stdout]).toEqual([2, '']);
      expect(zh.stderr).toContain(chinese);
    }
  });
});
