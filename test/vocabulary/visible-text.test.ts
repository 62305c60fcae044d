import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cutText,
  formatDataPlace,
  formatIssuePath,
  formatIssues,
  quotedText,
  shownPlace,
  shownText,
  shownTextLength,
  visibleText,
} from '../../src/index.js';
import { worded } from '../../src/data.js';
import { issueAt } from '../../src/errors/issue.js';
import { inputMessages } from '../../src/messages/input.js';

const longest = (text: string): number => Math.max(...text.split('\n').map((line) => line.length));

describe('echoed text, bounded', () => {
  it('is shown whole up to its bound, else cut with its length said, in either language', () => {
    expect(shownText('pm25')).toBe('pm25');
    expect(shownText('k'.repeat(200))).toBe('k'.repeat(200));
    expect(shownText('k'.repeat(201))).toBe(`${'k'.repeat(200)}… (201 characters)`);
    expect(shownText('k'.repeat(201), 'zh')).toBe(`${'k'.repeat(200)}…（共 201 个字符）`);
    expect(quotedText('x'.repeat(41))).toBe(`"${'x'.repeat(40)}"… (41 characters)`);
    expect(quotedText('a\u001bb\u200b')).toBe('"a\\u001bb\\u200b"');
    expect(shownPlace(`${'d/'.repeat(200)}figures.csv:12`)).toMatch(
      /^(d\/){80}… \(414 characters\)….*figures\.csv:12$/,
    );
  });

  it('for any text: at most a line, never a raw invisible character, its head kept, no surrogate pair split', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), fc.constantFrom('zh', 'en' as const), (text, lang) => {
        for (const shown of [shownText(text, lang), quotedText(text, lang), shownPlace(text, lang)]) {
          expect(shown.length).toBeLessThanOrEqual(shownTextLength * 6 + 40);
          expect(shown).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
          // A lone surrogate only where the text had one: none is made by the cut.
          expect(visibleText(shown)).toBe(shown);
        }
        const cut = cutText(text, lang, 100);
        expect(cut.startsWith(text.slice(0, 99))).toBe(true);
        expect(/[\ud800-\udbff]$/.test(cut.split('…')[0] ?? '') && !/[\ud800-\udbff]$/.test(text.slice(0, 100))).toBe(
          false,
        );
      }),
    );
  });

  it('in issue paths and data places: the key, the file and the sheet cut, the line and the cell kept', () => {
    const key = 'k'.repeat(30_000_000);
    expect(formatIssuePath(['measurements', key])).toBe(`measurements.${'k'.repeat(200)}… (30000000 characters)`);
    expect(formatDataPlace(['f'.repeat(5000), `${'s'.repeat(5000)}!C5`, key], 'zh')).toBe(
      `${'f'.repeat(200)}…（共 5000 个字符）:${'s'.repeat(200)}…（共 5000 个字符）!C5: ${'k'.repeat(200)}…（共 30000000 个字符）`,
    );
    const line = formatIssues([issueAt(['data.csv', 2, key], worded(inputMessages, 'input.invalid', {}))], {
      place: formatDataPlace,
    });
    expect(longest(line)).toBeLessThan(300);
  });
});
