import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluation/evaluate.js';
import type { EvaluationSources } from '../../src/schema/evaluation.js';
import { runCli } from '../fixtures/run-cli.js';
import { sample2019, sample2020 } from '../fixtures/samples.js';

const sampleArgs = ['evaluate', 'examples/ankang-2020.json', '--baseline', 'examples/ankang-2019.json'];

describe('ankang-eco evaluate', () => {
  it('prints the report grouped by bureau, in Chinese by default, without colour off a terminal', () => {
    const { code, stdout, stderr } = runCli(sampleArgs);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('全市: ✘ 未达标  (达标 31，未达标 3，缺数据 0)');
    expect(stdout).toContain('市交通局 / Municipal Transport Bureau: ✔ 达标');
    expect(stdout).not.toContain('\u001b[');
  });

  it('--format json is the evaluation exactly as the library returns it, with where each figure came from', async () => {
    const { code, stdout } = runCli([...sampleArgs, '--format', 'json']);
    expect(code).toBe(0);
    const { sources, ...evaluation } = JSON.parse(stdout) as { sources: EvaluationSources };
    expect(evaluation).toStrictEqual(await evaluate(2020, sample2020, { baseline: sample2019 }));
    expect(sources.baselineYear).toBeNull();
    expect(Object.keys(sources.measurements)).toStrictEqual(Object.keys(sample2020));
    expect(sources.measurements['pm25']).toStrictEqual({
      place: 'examples/ankang-2020.json:17',
      file: 'examples/ankang-2020.json',
      line: 17,
    });
    expect(sources.baseline['pm25']?.file).toBe('examples/ankang-2019.json');
  });

  it('--format markdown gives a table per bureau, in English with --lang en', () => {
    const { stdout } = runCli([...sampleArgs, '--format', 'markdown', '--lang', 'en']);
    expect(stdout).toMatch(/^# Ankang ecological-civilization indicators · 2020$/m);
    expect(stdout).toContain('- City: **❌ fail** (31 pass, 3 fail, 0 missing)');
    expect(stdout).toContain('## Municipal Transport Bureau: ✅ pass');
    expect(stdout).toMatch(
      /^\| 19 \| Urban sewage treatment \| ❌ fail \| ✅ pass \| Central-city sewage treatment 93\.6%, below the 95% target by 1\.4 points \|$/m,
    );
  });

  it('--format csv has one row per check of both tables, quoted where needed', async () => {
    const { stdout } = runCli([...sampleArgs, '--format', 'csv', '--lang', 'en']);
    const evaluation = await evaluate(2020, sample2020, { baseline: sample2019 });
    const checks = evaluation.indicators.reduce(
      (sum, indicator) => sum + indicator.checks.length + indicator.standardChecks.length,
      0,
    );
    const lines = stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'year,targets,table,number,indicator,bureau,key,operator,against,threshold_key,threshold,actual,status,gap,explanation',
    );
    expect(lines).toHaveLength(checks + 1);
    expect(lines).toContain(
      '2020,2020,targets,19,urban-sewage,housing-urban-rural,centralCitySewageTreatmentPercent,decimalAtLeast,value,,95,93.6,fail,1.4,"Central-city sewage treatment 93.6%, below the 95% target by 1.4 points"',
    );
  });

  it('--year picks the table: a year without one is judged by the creation standard', () => {
    const { stdout } = runCli([...sampleArgs, '--year', '2021', '--format', 'json']);
    expect((JSON.parse(stdout) as { targets: unknown }).targets).toBe('standard');
  });

  it('reads standard input for -', () => {
    const { code, stdout } = runCli(['evaluate', '-', '--format', 'json'], { input: JSON.stringify(sample2020) });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { counts: unknown }).counts).toEqual({ pass: 25, fail: 2, missing: 7 });
  });
});
