import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bothLanguages, languagesOf, scanLanguages } from '../../src/cli/language.js';
import { run } from '../../src/cli/run.js';
import { bureauIds } from '../../src/index.js';

const han = /\p{Script=Han}/u;

describe('the language of a run', () => {
  it('is Chinese without --lang, the language --lang names, and both for anything else', () => {
    expect(languagesOf(undefined)).toEqual(['zh']);
    expect(languagesOf('zh')).toEqual(['zh']);
    expect(languagesOf('en')).toEqual(['en']);
    for (const other of ['', 'EN', 'fr', 'zh-CN']) expect(languagesOf(other)).toBe(bothLanguages);
    expect(scanLanguages(['evaluate', 'x.json', '--lang=en'])).toEqual(['en']);
    expect(scanLanguages(['evaluate', '--lang', 'en', '--lang', 'zh'])).toEqual(['zh']);
    // After `--` nothing is an option: `--lang en` there is two file names.
    expect(scanLanguages(['evaluate', '--', '--lang', 'en'])).toEqual(['zh']);
    expect(scanLanguages(['evaluate', '--lang'])).toBe(bothLanguages);
  });

  it('found before parsing, is the language the option parser gives --lang whenever the arguments parse', () => {
    const token = fc.constantFrom(
      '--lang',
      '--lang=en',
      '--lang=zh',
      '--lang=fr',
      'en',
      'zh',
      'fr',
      '--',
      '--format',
      'json',
      '--sources',
      '-h',
      'file.csv',
      '-',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 10 }), (args) => {
        let values: { lang?: string | undefined };
        try {
          ({ values } = parseArgs({
            args,
            options: {
              lang: { type: 'string' },
              format: { type: 'string' },
              sources: { type: 'boolean' },
              help: { type: 'boolean', short: 'h' },
            },
            allowPositionals: true,
            strict: true,
          }));
        } catch {
          return; // Refused by the parser: the pre-scan's language is the one that refusal is said in.
        }
        expect(scanLanguages(args)).toEqual(languagesOf(values.lang));
      }),
    );
  });
});

/** The `--help` of `command` (or of the tool), as `run` prints it with `lang` arguments. */
async function helpText(command: string | undefined, lang: readonly string[]): Promise<string> {
  let stdout = '';
  const code = await run([...(command === undefined ? [] : [command]), '--help', ...lang], {
    stdout: (content) => (stdout += typeof content === 'string' ? content : '(bytes)'),
    stderr: () => undefined,
    readStdin: () => Promise.resolve(new Uint8Array()),
    isTTY: false,
    env: {},
  });
  expect(code).toBe(0);
  return stdout;
}

/** The options a help text names (`--year`, `-o`), as a sorted set. */
const optionsNamed = (text: string): string[] => [...new Set(text.match(/(?<![\w-])--?[a-z][a-z0-9-]*/g) ?? [])].sort();

describe('--help in the language of --lang', () => {
  it.each([undefined, 'evaluate', 'progress', 'template', 'test', 'compare', 'indicators', 'schema'])(
    '%s: Chinese by default, English with --lang en, naming the same options',
    async (command) => {
      const zh = await helpText(command, []);
      const en = await helpText(command, ['--lang', 'en']);
      expect(zh).toMatch(/^用法：ankang-eco /);
      expect(en).toMatch(/^Usage: ankang-eco /);
      expect(zh).not.toBe(en);
      // Each text in its own language: the English one has Chinese only where it quotes it
      // (headers, values as people type them), and the Chinese one has no English sentence.
      expect(zh.split('\n').filter((line) => han.test(line)).length).toBeGreaterThan(zh.split('\n').length / 3);
      expect(zh).not.toMatch(/\b(the|of|and|or) [a-z]{2,} [a-z]{2,}/);
      // The bureaus are listed with their Chinese names in either language (spec/data-files.md, "Bureaus by name").
      const bureauLine = new RegExp(`^\\s+(?:${bureauIds.join('|')})\\s+\\p{Script=Han}`, 'u');
      const bureauLines = en.split('\n').filter((line) => bureauLine.test(line));
      expect(bureauLines.length).toBe(
        ['evaluate', 'progress', 'template'].includes(command ?? '') ? bureauIds.length : 0,
      );
      expect(en.split('\n').filter((line) => han.test(line) && !bureauLine.test(line)).length).toBeLessThanOrEqual(4);
      // No option dropped by a translation, none invented.
      expect(optionsNamed(zh)).toEqual(optionsNamed(en));
      expect(optionsNamed(en)).toContain('--help');
      expect(optionsNamed(en)).toContain('--lang');
      // An English reader sees how to get English.
      expect(zh).toContain(`English: ankang-eco ${command === undefined ? '' : `${command} `}--help --lang en`);
      // A --lang that names neither language: both, Chinese first.
      expect(await helpText(command, ['--lang', 'fr'])).toBe(`${zh}\n${en}`);
    },
  );

  it('the option finder sees long and short options, and not words with hyphens or file names', () => {
    expect(optionsNamed('  -o, --output <file>  UTF-8, draft-07, ankang-eco, rules-before/, - reads stdin')).toEqual([
      '--output',
      '-o',
    ]);
  });
});
