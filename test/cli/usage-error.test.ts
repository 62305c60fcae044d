import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputTooLargeError } from '../../src/cli/read-input.js';
import { readRuleDirectory } from '../../src/cli/rule-files.js';
import { run } from '../../src/cli/run.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { fifo, usageErrorInvocations, type UsageErrorInvocation } from '../fixtures/usage-error-invocations.js';

// Every refusal of the command line is written in Chinese and English and printed in the
// language of --lang: Chinese by default, English with --lang en, both when --lang names neither.

const han = /\p{Script=Han}/u;

interface Printed {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in this process, as main.ts runs it, with `stdin` as standard input. */
async function runWith(
  args: readonly string[],
  stdin: string | undefined,
  fails?: UsageErrorInvocation['stdinFails'],
  isTTY = false,
): Promise<Printed> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (content) => (stdout += typeof content === 'string' ? content : '(bytes)'),
    stderr: (text) => (stderr += text),
    readStdin: (maxBytes) => {
      if (fails === 'tooLarge') return Promise.reject(new InputTooLargeError());
      if (fails === 'broken')
        return Promise.reject(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO', syscall: 'read' }));
      const bytes = new TextEncoder().encode(stdin ?? '');
      return bytes.length > maxBytes ? Promise.reject(new InputTooLargeError()) : Promise.resolve(bytes);
    },
    isTTY,
    env: {},
  });
  return { code, stdout, stderr };
}

/** The files of an invocation in a fresh directory; `{dir}` in a text is that directory. */
function prepare(invocation: UsageErrorInvocation): (text: string) => string {
  const directory = mkdtempSync(join(tmpdir(), 'ankang-usage-'));
  for (const [path, content] of Object.entries(invocation.files ?? {})) {
    const full = join(directory, path);
    mkdirSync(dirname(full), { recursive: true });
    if (content === fifo) execFileSync('mkfifo', [full]);
    else writeFileSync(full, content as string | Uint8Array);
  }
  return (text) => text.replaceAll('{dir}', directory);
}

/**
 * The English phrases of `text`: runs of two or more words of letters alone (`no such file`,
 * `the input limit of`), which a Chinese message may not carry. Paths, keys, options and
 * numbers are not words here, so what a message quotes is not taken for its wording.
 */
function englishPhrases(text: string): string[] {
  const phrases: string[] = [];
  for (const line of text.split('\n')) {
    let run: string[] = [];
    for (const token of [...line.split(/\s+/), '']) {
      const word = /^[A-Za-z]+[,.;:]?$/.test(token) ? token.replace(/[,.;:]$/, '') : undefined;
      if (word !== undefined) {
        run.push(word);
        continue;
      }
      if (run.length >= 2) phrases.push(run.join(' '));
      run = [];
    }
  }
  return phrases;
}

describe('every usage error, in the language of --lang', () => {
  it.each(usageErrorInvocations.map((invocation) => [invocation.name, invocation] as const))(
    '%s',
    async (_name, invocation) => {
      const fill = prepare(invocation);
      const args = invocation.args.map(fill);
      const isTTY = invocation.isTTY === true;
      const zh = await runWith(args, invocation.stdin, invocation.stdinFails, isTTY);
      // --lang before the command is the command's: the English run needs no place among the arguments.
      const en = await runWith(['--lang', 'en', ...args], invocation.stdin, invocation.stdinFails, isTTY);
      for (const printed of [zh, en]) {
        expect({ code: printed.code, stdout: printed.stdout }).toEqual({ code: 2, stdout: '' });
        expect(printed.stderr).toMatch(/^ankang-eco: /);
      }
      // The English message is the one this invocation is named for: the place was reached.
      expect(en.stderr).toContain(fill(invocation.en));
      expect(en.stderr).not.toMatch(han);
      // Chinese by default: every line of it, and the same lines as in English.
      const zhLines = zh.stderr.trimEnd().split('\n');
      for (const line of zhLines) expect(line).toMatch(han);
      expect(zhLines).toHaveLength(en.stderr.trimEnd().split('\n').length);
      if (invocation.systemText === undefined) {
        const phrases = englishPhrases(en.stderr);
        expect(phrases.length, 'the English message has phrases to look for').toBeGreaterThan(0);
        for (const phrase of phrases) expect(zh.stderr).not.toContain(phrase);
      }
    },
  );

  it('the phrase finder finds the words of a message and not what it quotes', () => {
    expect(englishPhrases('ankang-eco: cannot read /tmp/a b.json: no such file')).toEqual([
      'cannot read',
      'no such file',
    ]);
    expect(englishPhrases('ankang-eco: --format 应为以下之一：table、json；实际为 "pdf"')).toEqual([]);
  });

  it('a --lang that names neither language prints every message in both, Chinese first', async () => {
    const { code, stdout, stderr } = await runWith(['indicators', '--lang', 'fr'], undefined);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe(
      'ankang-eco: --lang 应为以下之一：zh、en；实际为 "fr"\nankang-eco: --lang must be one of zh, en; got "fr"\n',
    );
    // Before the options are parsed too: the unknown option is said in both.
    const unknown = await runWith(['evaluate', 'x.json', '--lang=', '--colour'], undefined);
    const lines = unknown.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^ankang-eco: 未知选项 '--colour'/);
    expect(lines[1]).toMatch(/^ankang-eco: Unknown option '--colour'/);
  });

  it('many problems: a count and the problems, in one language', async () => {
    const rows = `key,value\n${'energyPerGdp,0,95\n'.repeat(150)}`;
    const zh = await runWith(['evaluate', '-'], rows);
    const zhLines = zh.stderr.trimEnd().split('\n');
    expect(zhLines[0]).toBe('ankang-eco: 150 个问题：');
    expect(zhLines.at(-1)).toBe('  ……另有 50 项');
    expect(zhLines).toHaveLength(102);
    const en = await runWith(['evaluate', '-', '--lang', 'en'], rows);
    const enLines = en.stderr.trimEnd().split('\n');
    expect([enLines[0], enLines.at(-1), enLines.length]).toEqual(['ankang-eco: 150 problems:', '  … and 50 more', 102]);
  });

  it('what a file or an option carries is escaped in either language', async () => {
    for (const lang of [[], ['--lang', 'en']]) {
      const { stderr } = await runWith(['evaluate', 'x\u001b[31m\nankang-eco: forged.json', ...lang], undefined);
      expect(stderr).not.toContain('\u001b');
      expect(stderr).not.toMatch(/^ankang-eco: forged/m);
      expect(stderr).toContain('x\\u001b[31m\\u000aankang-eco: forged.json');
    }
  });

  it('"extends": "builtin" where the built-in rules are not at hand is refused in both languages', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ankang-usage-'));
    writeFileSync(join(directory, 'rule-set.json'), '{"extends": "builtin"}');
    const refusal = await readRuleDirectory(directory).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(UsageError);
    const [problem] = (refusal as UsageError).problems;
    expect(problem?.en).toContain('cannot be read here, where the built-in rules are not at hand');
    expect(problem?.zh).toMatch(han);
    expect(englishPhrases(problem?.zh ?? '')).toEqual([]);
  });
});
