import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPath, root, runCli, runCliProcess } from '../fixtures/run-cli.js';

// The command line as a real process (dist/cli.js, as npm installs it): what main.ts adds to
// run(args, io), which the other command-line tests call in this process. The exit code as the
// shell sees it, standard input as a pipe, signals. (Failed writes: output-file.test.ts;
// a reader that stops early: edge-cases.test.ts; the packed tarball: packed-package.test.ts.)

const sample = ['evaluate', 'examples/ankang-2020.json', '--baseline', 'examples/ankang-2019.json'];
const folder = mkdtempSync(join(tmpdir(), 'ankang-process-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('the process', () => {
  it('says what run(args, io) says, byte for byte: the in-process tests test the command', async () => {
    const invocations: [string[], string?][] = [
      [['--help', '--lang', 'en']],
      [[...sample, '--format', 'json']],
      [[...sample, '--format', 'csv', '--lang', 'en', '--fail-on', 'fail']],
      [['evaluate', '-', '--lang', 'en'], '{"greenTravelPercent": "52,5", "pm25": -3}'],
      [['progress', 'examples/ankang-2016-2020-series.json', '--format', 'markdown']],
      [['frobnicate']],
    ];
    for (const [args, input] of invocations) {
      const options = input === undefined ? {} : { input };
      expect(runCliProcess(args, options), args.join(' ')).toEqual(await runCli(args, options));
    }
  });

  it('exits 0, 1 and 2 as the shell sees them', () => {
    expect(runCliProcess(sample).code).toBe(0);
    expect(runCliProcess([...sample, '--fail-on', 'fail']).code).toBe(1);
    const missing = runCliProcess(['evaluate', 'no-such-file.json', '--lang', 'en']);
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ankang-eco: cannot read no-such-file.json: no such file\n',
    });
  });

  it('reads standard input from a pipe, and stops reading it past the limit', () => {
    const piped = runCliProcess(['evaluate', '-', '--format', 'json'], { input: '{"greenTravelPercent": 52}' });
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout)).toMatchObject({ year: 2020 });
    const large = runCliProcess(['evaluate', '-', '--max-input-bytes', '1KiB', '--lang', 'en'], {
      input: `{"greenTravelPercent": 52${' '.repeat(4096)}}`,
    });
    expect([large.code, large.stdout]).toEqual([2, '']);
    expect(large.stderr).toBe(
      'ankang-eco: stdin: more than the input limit of 1024 bytes (1 KiB); raise it with --max-input-bytes (at most 500MiB)\n',
    );
  });

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'ends on %s while it waits for input, having written nothing and made no output file',
    async (signal) => {
      const output = join(folder, `${signal}.md`);
      const child = spawn(process.execPath, [cliPath, 'evaluate', '-', '-o', output], { cwd: root });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
      });
      // Half an input, and no end: the command waits for the rest.
      child.stdin.write('{"greenTravelPercent": ');
      const ended = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
        child.on('close', (code, received) => {
          resolve([code, received]);
        });
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      child.kill(signal);
      expect(await ended).toEqual([null, signal]);
      expect(stdout).toBe('');
      expect(existsSync(output)).toBe(false);
    },
  );
});
