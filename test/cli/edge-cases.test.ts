import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cliPath, root, runCli } from '../fixtures/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'ankang-cli-'));

it('a case file saved with a BOM runs', async () => {
  const file = join(scratch, 'bom.json');
  const cases = {
    cases: [{ name: 'x', year: 2020, measurements: { greenTravelPercent: 30 }, expect: { city: 'fail' } }],
  };
  writeFileSync(file, `\uFEFF${JSON.stringify(cases)}`);
  expect((await runCli(['test', file])).code).toBe(0);
});

it('a reader that stops early ends the output quietly', () => {
  const result = spawnSync(
    'bash',
    ['-c', `node ${cliPath} evaluate examples/ankang-2020.json --format json | head -c 10`],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  expect(result.stdout).toHaveLength(10);
  expect(result.stderr).toBe('');
});

it('compare reads standard input once, and names it stdin', async () => {
  const twice = await runCli(['compare', 'builtin', 'builtin', '-', '--baseline', '-', '--lang', 'en'], {
    input: '{}',
  });
  expect([twice.code, twice.stderr]).toEqual([2, 'ankang-eco: standard input can be read only once\n']);
  const bad = await runCli(['compare', 'builtin', 'builtin', '-', '--lang', 'en'], { input: '{"pm25": "x"}' });
  expect(bad.stderr).toContain('stdin:1: pm25: expected a number such as 95.2');
});

it('a "%" on a mistyped key gets the suggestion, not a complaint about "%"', async () => {
  const { code, stderr } = await runCli(['evaluate', '-', '--lang', 'en'], {
    input: 'key,value\ngreenTravelPercnt,5%\n',
  });
  expect(code).toBe(2);
  expect(stderr).toContain('did you mean "greenTravelPercent"?');
});

it('rule-set.json is read strictly, and a directory name that is not a valid name is made one', async () => {
  const directory = join(scratch, 'my rules');
  mkdirSync(directory);
  writeFileSync(
    join(directory, '23-green-travel.json'),
    readFileSync(new URL('../../rules/23-green-travel.json', import.meta.url)),
  );
  const named = await runCli(['indicators', '--rules', directory, '--format', 'json']);
  expect((JSON.parse(named.stdout) as { name: string }).name).toBe('my-rules');
  writeFileSync(join(directory, 'rule-set.json'), JSON.stringify({ nam: 'x' }));
  const misspelt = await runCli(['indicators', '--rules', directory, '--lang', 'en']);
  expect([misspelt.code, misspelt.stderr]).toEqual([
    2,
    `ankang-eco: ${join(directory, 'rule-set.json')}: unknown key "nam"; expected "name", "measurements" and "extends"\n`,
  ]);
});

it('--format csv writes numbers in plain notation', async () => {
  const { stdout } = await runCli(['evaluate', '-', '--format', 'csv', '--lang', 'en'], {
    input: '{"redLineAreaPercent": 1e-7, "energyConsumption": 1e21}',
  });
  expect(stdout).toContain(',redLineAreaPercent,decimalAtLeast,value,,33.46,0.0000001,fail,');
  expect(stdout).toContain(',1000000000000000000000,');
});
