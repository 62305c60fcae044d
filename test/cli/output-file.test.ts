import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, root, runCli } from '../fixtures/run-cli.js';

const directory = mkdtempSync(join(tmpdir(), 'ankang-output-'));
const sample = join(root, 'examples/ankang-2020.json');
const series = join(root, 'examples/ankang-2016-2020-series.json');

/**
 * Runs `ankang-eco …` (English) from the project root: in this process, or, as another user
 * (`as`: a command that runs the rest as that user), the built command in a process of its own.
 */
async function cli(args: readonly string[], as: readonly string[] = []) {
  if (as.length === 0) return runCli([...args, '--lang', 'en']);
  const [command, ...rest] = [...as, process.execPath, cliPath, ...args, '--lang', 'en'];
  const result = spawnSync(command, rest, { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fresh = (name: string): string => {
  const path = join(directory, name);
  mkdirSync(path);
  return path;
};

describe('output files: never clobbered, never mislabelled', () => {
  it('-o refuses an existing file unless --force, saying so; with --force it is replaced whole, its permissions kept', async () => {
    const folder = fresh('existing');
    const path = join(folder, 't.csv');
    writeFileSync(path, 'keep\n');
    chmodSync(path, 0o640);
    expect(await cli(['template', '-o', path])).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: `ankang-eco: ${path} exists and was left as it is: add --force to replace it\n`,
    });
    expect(readFileSync(path, 'utf8')).toBe('keep\n');
    expect(await cli(['template', '-o', path, '--force'])).toMatchObject({
      code: 0,
      stderr: `wrote ${path} (54 rows)\n`,
    });
    expect(readFileSync(path, 'utf8')).toMatch(/^\uFEFFyear,indicator,key,label,value,unit,source,note\r\n/);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    // Nothing left beside it: the file was written next to it and renamed over it.
    expect(readdirSync(folder)).toStrictEqual(['t.csv']);
    // Through a symbolic link, the file it names is replaced; the link stays a link.
    symlinkSync(path, join(folder, 'link.csv'));
    expect((await cli(['template', '-o', join(folder, 'link.csv'), '--force', '--year', '2019'])).code).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('\r\n2019,');
  });

  it('-o - is standard output; without -o too', async () => {
    const dash = await cli(['template', '-o', '-']);
    expect([dash.code, dash.stderr]).toStrictEqual([0, '']);
    expect(dash.stdout).toMatch(/^\uFEFFyear,indicator,key/);
    expect((await cli(['template'])).stdout).toBe(dash.stdout);
  });

  it('the format follows the extension of -o, and a --format it contradicts is refused', async () => {
    const folder = fresh('formats');
    expect(await cli(['template', '--format', 'csv', '-o', join(folder, 't.xlsx')])).toMatchObject({
      code: 2,
      stderr: `ankang-eco: --format csv does not match the output file ${join(folder, 't.xlsx')} (.xlsx names xlsx): drop --format, or name the file for csv\n`,
    });
    expect(readdirSync(folder)).toStrictEqual([]);
    expect((await cli(['template', '-o', join(folder, 't.xlsx')])).code).toBe(0);
    expect(readFileSync(join(folder, 't.xlsx')).subarray(0, 4)).toStrictEqual(Buffer.from('PK\u0003\u0004'));
    for (const [args, name, starts] of [
      [['evaluate', sample], 'r.md', '# Ankang'],
      [['evaluate', sample], 'r.json', '{'],
      [['evaluate', sample], 'r.csv', 'year,targets,'],
      [['evaluate', sample], 'r.txt', 'Ankang'],
      [['progress', series], 'p.md', '# '],
      [['compare', 'builtin', 'builtin', sample], 'c.json', '{'],
      [['indicators'], 'i.md', '# '],
      [['schema', 'measurements'], 's.json', '{'],
      [['test', join(root, 'test/cases/01-ecological-red-line.json')], 't.txt', '✔'],
    ] as const) {
      const { code } = await cli([...args, '-o', join(folder, name)]);
      expect([name, code === 0 || code === 1]).toStrictEqual([name, true]);
      expect([name, readFileSync(join(folder, name), 'utf8').startsWith(starts)]).toStrictEqual([name, true]);
    }
    expect((await cli(['evaluate', sample, '--format', 'json', '-o', join(folder, 'report.md')])).code).toBe(2);
    expect((await cli(['progress', series, '-o', join(folder, 'r.json'), '--format', 'csv'])).code).toBe(2);
  });

  it("a file named for a format the command does not write is refused; an extension that names no format is the user's", async () => {
    const folder = fresh('foreign-formats');
    expect(await cli(['evaluate', sample, '--format', 'csv', '-o', join(folder, 'r.xlsx')])).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: `ankang-eco: this command does not write .xlsx files (the output file ${join(folder, 'r.xlsx')}): its extensions are .json .md .markdown .csv .txt\n`,
    });
    expect((await cli(['evaluate', sample, '-o', join(folder, 'r.xlsx')])).code).toBe(2);
    expect((await cli(['template', '-o', join(folder, 't.json')])).code).toBe(2);
    expect((await cli(['indicators', '-o', join(folder, 'i.csv')])).code).toBe(2);
    expect(readdirSync(folder)).toStrictEqual([]);
    expect([0, 1]).toContain((await cli(['evaluate', sample, '--format', 'csv', '-o', join(folder, 'r.out')])).code);
    expect(readFileSync(join(folder, 'r.out'), 'utf8')).toContain('indicator');
  });

  it('a path that cannot be opened for a reason the user can fix is a usage error naming it', async () => {
    const folder = fresh('unopenable');
    expect(await cli(['template', '-o', join(folder, 'none', 't.csv')])).toMatchObject({
      code: 2,
      stderr: `ankang-eco: cannot write ${join(folder, 'none', 't.csv')}: the folder ${join(folder, 'none')} does not exist\n`,
    });
    expect(await cli(['evaluate', sample, '-o', folder])).toMatchObject({
      code: 2,
      stderr: `ankang-eco: cannot write ${folder}: it is a directory\n`,
    });
    writeFileSync(join(folder, 'file'), '');
    expect((await cli(['indicators', '-o', join(folder, 'file', 'i.txt')])).stderr).toContain(
      'a part of the path is not a folder',
    );
  });

  // Root may write anywhere: the refusal is seen as another user, who must be able to run the CLI.
  const asAnotherUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
  const anotherUserRunsTheCli =
    asAnotherUser.length === 0 ||
    spawnSync(asAnotherUser[0] ?? '', [...asAnotherUser.slice(1), process.execPath, cliPath, '--version']).status === 0;
  it.skipIf(!anotherUserRunsTheCli)(
    `a folder without write permission is a usage error naming the path${anotherUserRunsTheCli ? '' : ' (skipped: run as root in a checkout that user 65534 cannot read)'}`,
    async () => {
      const locked = join(fresh('unwritable'), 'locked');
      mkdirSync(locked, { mode: 0o555 });
      chmodSync(directory, 0o755);
      chmodSync(join(directory, 'unwritable'), 0o755);
      expect(await cli(['template', '-o', join(locked, 't.csv')], asAnotherUser)).toMatchObject({
        code: 2,
        stderr: `ankang-eco: cannot write ${join(locked, 't.csv')}: permission denied\n`,
      });
    },
  );

  it('a write that fails once the output is open exits 74 with one line, in the language of --lang', async () => {
    for (const args of [['template'], ['evaluate', sample, '--format', 'json'], ['schema', 'evaluation']])
      expect(await cli([...args, '-o', '/dev/full'])).toStrictEqual({
        code: 74,
        stdout: '',
        stderr: 'ankang-eco: cannot write /dev/full: ENOSPC: no space left on device, write\n',
      });
    expect(spawnSync(process.execPath, [cliPath, 'template', '-o', '/dev/full']).stderr.toString()).toBe(
      'ankang-eco: 无法写入 /dev/full：ENOSPC: no space left on device, write\n',
    );
  });
});
