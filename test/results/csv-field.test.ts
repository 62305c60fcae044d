import fc from 'fast-check';
import { expect, it } from 'vitest';
import { csvField } from '../../src/index.js';
import { csvRecords } from '../../src/data/csv-records.js';

const parseCsv = (text: string) => [...csvRecords(text)];

const quoted = (cell: string): string => `"${cell.replaceAll('"', '""')}"`;

it('any cells written as RFC 4180 (quoted, CRLF or LF) are read back exactly, each record with its line', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 5 }), { maxLength: 8 }),
      fc.constantFrom('\r\n', '\n'),
      (records, lineBreak) => {
        const text = records.map((cells) => cells.map(quoted).join(',')).join(lineBreak);
        const parsed = parseCsv(text);
        expect(parsed.map((record) => record.cells)).toEqual(records);
        let line = 1;
        for (const [index, cells] of records.entries()) {
          expect(parsed[index]?.line).toBe(line);
          line += cells.join(',').split(/\r\n|\r|\n/).length - 1 + 1;
        }
      },
    ),
  );
});

it('a trailing comma is one more, empty cell; a lone CR ends a line', () => {
  expect(parseCsv('a,b,\rc,d').map((record) => [record.line, record.cells])).toEqual([
    [1, ['a', 'b', '']],
    [2, ['c', 'd']],
  ]);
});

it('output fields: formulas neutralized, plain numbers kept, control characters escaped', () => {
  expect(csvField('=1+2')).toBe("'=1+2");
  expect(csvField('-3')).toBe('-3');
  expect(csvField('-3+1')).toBe("'-3+1");
  expect(csvField(' @SUM(A1)')).toBe("' @SUM(A1)");
  expect(csvField('＝1')).toBe("'＝1");
  expect(csvField('a\u001b[31mb\nc')).toBe('a\\u001b[31mb\\u000ac');
  expect(csvField('say "hi", then')).toBe('"say ""hi"", then"');
  expect(csvField(-0.5)).toBe('-0.5');
  expect(csvField(null)).toBe('');
});
