import { describe, expect, it } from 'vitest';
import { runCli } from '../fixtures/run-cli.js';

const sample = ['evaluate', 'examples/ankang-2020.json', '--baseline', 'examples/ankang-2019.json'];

describe('exit codes', () => {
  it('0 when evaluated and nothing matched --fail-on', async () => {
    expect((await runCli(sample)).code).toBe(0);
    expect((await runCli(['evaluate', '-', '--fail-on', 'fail'], { input: '{"greenTravelPercent": 52}' })).code).toBe(
      0,
    );
  });

  it('1 when an indicator fails with --fail-on fail, or lacks data with --fail-on missing', async () => {
    expect((await runCli([...sample, '--fail-on', 'fail'])).code).toBe(1);
    const partial = { input: '{"greenTravelPercent": 52}' };
    expect((await runCli(['evaluate', '-', '--fail-on', 'missing'], partial)).code).toBe(1);
  });

  it('2 for a bad value, naming the line and key on stderr and printing nothing on stdout', async () => {
    const comma = await runCli(['evaluate', '-', '--format', 'json', '--lang', 'en'], {
      input: '{"greenTravelPercent": "52,5"}',
    });
    expect([comma.code, comma.stdout]).toEqual([2, '']);
    expect(comma.stderr).toContain('stdin:1: greenTravelPercent: "52,5" has a comma');
    const negative = await runCli(['evaluate', '-', '--format', 'json', '--lang', 'en'], {
      input: '{"greenTravelPercent": 52,\n "pm25": -3}',
    });
    expect([negative.code, negative.stdout]).toEqual([2, '']);
    expect(negative.stderr).toContain('stdin:2: pm25: expected an amount (0 or more), got -3');
    // The language of the report is the language of the messages: Chinese by default.
    const zh = await runCli(['evaluate', '-'], { input: '{"pm25": -3}' });
    expect([zh.code, zh.stderr]).toEqual([2, 'ankang-eco: stdin:1: pm25: 应为数量（0 或以上），实际为 -3\n']);
  });

  it('2 for a typo in a key, with a suggestion', async () => {
    const { code, stderr } = await runCli(['evaluate', '-', '--lang', 'en'], { input: '{"greenTravelPercnt": 52}' });
    expect(code).toBe(2);
    expect(stderr).toContain('unknown measurement key "greenTravelPercnt"; did you mean "greenTravelPercent"?');
  });

  it('2 for a bad baseline value, naming the baseline file', async () => {
    const { code, stderr } = await runCli(
      ['evaluate', 'examples/ankang-2020.json', '--baseline', '-', '--lang', 'en'],
      {
        input: '{"pm25": "x"}',
      },
    );
    expect(code).toBe(2);
    expect(stderr).toContain('stdin:1: pm25: expected a number such as 95.2');
  });

  it('2 for a missing file, unreadable JSON, or bad usage', async () => {
    const missing = await runCli(['evaluate', 'no-such-file.json', '--lang', 'en']);
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([
      2,
      '',
      'ankang-eco: cannot read no-such-file.json: no such file\n',
    ]);
    expect((await runCli(['evaluate', '-', '--lang', 'en'], { input: '{"pm25": ' })).stderr).toContain(
      'stdin:1: not valid JSON',
    );
    expect((await runCli(['evaluate'])).code).toBe(2);
    expect(
      (await runCli(['evaluate', 'examples/ankang-2020.json', '--format', 'pdf', '--lang', 'en'])).stderr,
    ).toContain('--format must be one of table, json, markdown, csv');
    expect((await runCli(['evaluate', 'examples/ankang-2020.json', '--colour', '--lang', 'en'])).stderr).toContain(
      "Unknown option '--colour'",
    );
    expect((await runCli(['evaluate', 'examples/ankang-2020.json', '--year', '20'])).code).toBe(2);
    expect((await runCli(['frobnicate', '--lang', 'en'])).stderr).toContain('unknown command "frobnicate"');
    // The same in Chinese, without --lang.
    expect((await runCli(['evaluate', 'no-such-file.json'])).stderr).toBe(
      'ankang-eco: 无法读取 no-such-file.json：没有这个文件\n',
    );
    expect((await runCli(['evaluate', 'examples/ankang-2020.json', '--colour'])).stderr).toMatch(
      /^ankang-eco: 未知选项 '--colour'/,
    );
    expect((await runCli(['frobnicate'])).stderr).toBe('ankang-eco: 未知命令 "frobnicate"；见 ankang-eco --help\n');
  });
});
