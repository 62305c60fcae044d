import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fifo, hostileCliCases, type HostileCliCase } from '../fixtures/hostile-cli-inputs.js';
import { cliPath, root, runCli } from '../fixtures/run-cli.js';

/**
 * Runs one case in a fresh directory: its files written, `{dir}`, `{cli}` and `{root}` filled in.
 * Arguments run the command in this process (run(args, io)); a shell line, with its redirections
 * and limits, runs the built command in a real process.
 */
async function runCase(hostile: HostileCliCase) {
  const directory = mkdtempSync(join(tmpdir(), 'ankang-hostile-'));
  for (const [path, content] of Object.entries(hostile.files ?? {})) {
    const full = join(directory, path);
    mkdirSync(dirname(full), { recursive: true });
    if (content === fifo) execFileSync('mkfifo', [full]);
    else writeFileSync(full, typeof content === 'function' ? content() : (content as string | Uint8Array));
  }
  const fill = (text: string): string =>
    text.replaceAll('{dir}', directory).replaceAll('{cli}', cliPath).replaceAll('{root}', root);
  if (hostile.shell === undefined) {
    const result = await runCli((hostile.args ?? []).map(fill), { input: hostile.stdin ?? '' });
    return { ...result, fill };
  }
  const result = spawnSync('bash', ['-c', fill(hostile.shell)], {
    cwd: root,
    input: hostile.stdin ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '' },
    // Far above any case's run; a hang fails instead of stalling.
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, fill };
}

describe('the command line, tried as a hostile or careless user would', () => {
  it.each(hostileCliCases.map((hostile) => [hostile.name, hostile] as const))('%s', async (_name, hostile) => {
    const { code, stdout, stderr, fill } = await runCase(hostile);
    expect({ code, stderr: code === hostile.code ? '' : stderr }).toEqual({ code: hostile.code, stderr: '' });
    for (const phrase of hostile.stderr ?? []) expect(stderr).toContain(fill(phrase));
    for (const phrase of hostile.stdout ?? []) expect(stdout).toContain(fill(phrase));
    for (const leak of hostile.never ?? []) {
      for (const output of [stdout, stderr]) {
        if (typeof leak === 'string') expect(output).not.toContain(leak);
        else expect(output).not.toMatch(leak);
      }
    }
    if (hostile.maxLines !== undefined) {
      expect(stdout.split('\n').length - 1).toBeLessThanOrEqual(hostile.maxLines);
      expect(stderr.split('\n').length - 1).toBeLessThanOrEqual(hostile.maxLines);
    }
    // Whatever went wrong, it was said in lines of ours, never with a stack trace, and no line
    // of stderr is longer than 2,000 characters, whatever the input echoed.
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(Math.max(0, ...stderr.split('\n').map((line) => line.length))).toBeLessThanOrEqual(2000);
  });
});
