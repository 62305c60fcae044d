import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/index.js';
import { runCli } from '../fixtures/run-cli.js';

// Rules directories as policy staff write them: the package's own rules/ (with derivations.json),
// a proposal that extends the built-in rules with a few files, and what the commands make of them.

const example = 'docs/examples/composite-air-quality';
const scratch = mkdtempSync(join(tmpdir(), 'ankang-rule-directories-'));

describe('a rules directory', () => {
  it('"extends": "builtin" holds only what it changes: the other 33 rules and the derivations are the package\'s', async () => {
    const { code, stdout } = await runCli(['indicators', '--rules', `${example}/rules`, '--format', 'json']);
    expect(code).toBe(0);
    const info = JSON.parse(stdout) as {
      name: string;
      indicators: { id: string }[];
      derivations: unknown[];
      measurements: Record<string, unknown>;
    };
    expect(info.name).toBe('composite-air-quality');
    expect(info.indicators).toHaveLength(34);
    expect(info.derivations).toHaveLength(5);
    expect(info.measurements['airQualityCompositeIndex']).toMatchObject({ kind: 'amount' });
    const table = (await runCli(['indicators', '--rules', `${example}/rules`, '--lang', 'en'])).stdout;
    expect(table).toContain('      standard any of:\n');
    expect(table).toContain('(2) airQualityCompositeIndex ≤ baseline airQualityCompositeIndex');
    expect(table).toContain('      airGoodDaysPercent = 100 × airGoodDays ÷ airValidDays, 1 decimal place');
    const zh = (await runCli(['indicators', '--rules', `${example}/rules`])).stdout;
    expect(zh).toContain('      standard 以下任一：\n');
    expect(zh).toContain('(2) airQualityCompositeIndex ≤ 基准 airQualityCompositeIndex');
    expect(zh).toContain('      airGoodDaysPercent = 100 × airGoodDays ÷ airValidDays，保留 1 位小数');
  });

  it('its derivations.json replaces the built-in one; without one, percentages are taken only as given', async () => {
    const directory = join(scratch, 'rounded');
    mkdirSync(directory);
    writeFileSync(join(directory, 'rule-set.json'), JSON.stringify({ name: 'rounded', extends: 'builtin' }));
    writeFileSync(
      join(directory, 'derivations.json'),
      JSON.stringify({
        derivations: [{ key: 'airGoodDaysPercent', part: 'airGoodDays', whole: 'airValidDays', decimalPlaces: 0 }],
      }),
    );
    const input = JSON.stringify({ airGoodDays: 267, airValidDays: 334 });
    const rounded = await runCli(['evaluate', '-', '--rules', directory, '--format', 'json'], { input });
    const check = (stdout: string) =>
      (JSON.parse(stdout) as Evaluation).indicators.find((indicator) => indicator.id === 'air-quality')?.checks[0];
    expect(check(rounded.stdout)).toMatchObject({ actual: '80', status: 'pass' });
    const bare = join(scratch, 'bare');
    mkdirSync(bare);
    writeFileSync(
      join(bare, '08-air-quality.json'),
      readFileSync(new URL('../../rules/08-air-quality.json', import.meta.url)),
    );
    expect(
      check((await runCli(['evaluate', '-', '--rules', bare, '--format', 'json'], { input })).stdout),
    ).toMatchObject({
      actual: null,
      status: 'missing',
    });
  });

  it('refuses what it cannot read, naming the file: another "extends", a derivations.json without a list, a bad derivation', async () => {
    const directory = join(scratch, 'bad');
    mkdirSync(directory);
    writeFileSync(
      join(directory, '08-air-quality.json'),
      readFileSync(new URL('../../rules/08-air-quality.json', import.meta.url)),
    );
    writeFileSync(join(directory, 'rule-set.json'), JSON.stringify({ extends: '../rules' }));
    const other = await runCli(['indicators', '--rules', directory, '--lang', 'en']);
    expect([other.code, other.stderr]).toEqual([
      2,
      `ankang-eco: ${join(directory, 'rule-set.json')}: "extends" may be only "builtin" (the package's own rules)\n`,
    ]);
    expect((await runCli(['indicators', '--rules', directory])).stderr).toBe(
      `ankang-eco: ${join(directory, 'rule-set.json')}: "extends" 只能是 "builtin"（本包自带的规则）\n`,
    );
    writeFileSync(join(directory, 'rule-set.json'), JSON.stringify({ name: 'bad' }));
    writeFileSync(join(directory, 'derivations.json'), JSON.stringify({ derivation: [] }));
    expect((await runCli(['indicators', '--rules', directory, '--lang', 'en'])).stderr).toContain(
      `${join(directory, 'derivations.json')}: unknown key "derivation"; expected "derivations" (and "$schema", "description")`,
    );
    writeFileSync(
      join(directory, 'derivations.json'),
      JSON.stringify({ derivations: [{ key: 'pm25', part: 'airGoodDays', whole: 'airValidDays', decimalPlaces: 1 }] }),
    );
    const bad = await runCli(['indicators', '--rules', directory, '--lang', 'en']);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      `ankang-eco: ${join(directory, 'derivations.json')}: derivations.0.key: "pm25" is amount; the key of a derivation is a percentage\n`,
    ]);
  });
});

describe('evaluate --format csv with an any group', () => {
  it("lists the checks of each alternative after the checks, with their place: 1.2 is the first group's second alternative", async () => {
    const { code, stdout } = await runCli([
      'evaluate',
      `${example}/air-2020.json`,
      '--baseline',
      `${example}/air-2019.json`,
      '--rules',
      `${example}/rules`,
      '--format',
      'csv',
      '--lang',
      'en',
    ]);
    expect(code).toBe(0);
    const rows = stdout.split('\r\n').filter((row) => row.includes(',air-quality,'));
    // `alternative` is third from the end, before the two note columns (empty here); the explanation may hold commas.
    expect(rows.map((row) => [row.split(',')[2], row.split(',')[6], row.split(',').at(-3)])).toEqual([
      ['targets', 'airGoodDaysPercent', ''],
      ['targets', 'airQualityAssessmentPassed', ''],
      ['targets', 'airGoodDaysPercent', '1.1'],
      ['targets', 'pm25', '1.1'],
      ['targets', 'airQualityCompositeIndex', '1.2'],
      ['standard', 'airGoodDaysPercent', ''],
      ['standard', 'airQualityAssessmentPassed', ''],
      ['standard', 'airGoodDaysPercent', '1.1'],
      ['standard', 'pm25', '1.1'],
      ['standard', 'airQualityCompositeIndex', '1.2'],
    ]);
  });
});
