import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, measurementCatalogue, measurementKeys } from '../../src/index.js';
import {
  exactRuleNumber,
  JsonNumberRefused,
  JsonTextError,
  measurementNumber,
  mergeDataFiles,
  parseJsonText,
  readDataText,
  yearData,
} from '../../src/data.js';
import { maxJsonDepth } from '../../src/data/json-text.js';

const asJavaScript = { readNumber: Number };

/** A JSON text near a valid one: one character deleted, replaced or inserted. */
const nearJson = fc
  .tuple(
    fc.jsonValue(),
    fc.nat(),
    fc.constantFrom('', ',', '}', ']', '"', ':', '0', '-', 'e', '.', ' ', '\\', 'x', '\n'),
    fc.nat(2),
  )
  .map(([value, at, character, edit]) => {
    const text = JSON.stringify(value);
    const index = at % (text.length + 1);
    return text.slice(0, index) + character + text.slice(index + (edit === 0 ? 0 : 1));
  });

describe('parseJsonText reads JSON as JSON.parse does, numbers aside', () => {
  it('any JSON value, compact or indented, parses to what JSON.parse gives', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(parseJsonText(text, asJavaScript)).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('text near JSON: refused exactly when JSON.parse refuses it, as a syntax error (or a key given twice met first)', () => {
    fc.assert(
      fc.property(nearJson, (text) => {
        let expected: unknown;
        let valid = true;
        try {
          expected = JSON.parse(text);
        } catch {
          valid = false;
        }
        try {
          const value = parseJsonText(text, asJavaScript);
          expect(valid).toBe(true);
          expect(value).toStrictEqual(expected);
        } catch (error) {
          if (!(error instanceof JsonTextError)) throw error;
          if (valid) expect([error.kind, error.message]).toEqual(['content', expect.stringContaining('given twice')]);
          // Refused either way: by its syntax, or by a key given twice that the reader met before the broken part
          // (an edit that breaks a string can make its rest read as keys, one of them twice).
          else if (error.kind !== 'syntax') expect(error.message).toContain('given twice');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a key given twice is refused with its path, line and the first line; __proto__ is data', () => {
    const text = '{\n  "a": {\n    "b": 1,\n    "b": 2\n  }\n}';
    expect(() => parseJsonText(text, asJavaScript)).toThrow(JsonTextError);
    try {
      parseJsonText(text, asJavaScript);
    } catch (error) {
      expect(error).toMatchObject({
        line: 4,
        path: ['a', 'b'],
        kind: 'content',
        message: expect.stringContaining('first on line 3') as string,
      });
    }
    const proto = parseJsonText('{"__proto__": {"polluted": true}}', asJavaScript) as object;
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(Object.keys(proto)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it(`nesting deeper than ${maxJsonDepth} is refused, not a stack overflow`, () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(() => parseJsonText(deep, asJavaScript)).toThrow(`nested deeper than ${maxJsonDepth} levels`);
  });

  it('top-level entries handed over one by one are not kept: a file of a million entries costs one at a time', () => {
    const entries: unknown[] = [];
    const fields: unknown[] = [];
    const parsed = parseJsonText('{"a": 1,\n"b": [2, {"c": 3}],\n"d": {"e": 4,\n "f": 5}}', {
      ...asJavaScript,
      onEntry: (key, value, line) => entries.push([key, value, line]),
      onField: (name, line) => fields.push([name, line]),
    });
    expect(parsed).toStrictEqual({});
    expect(entries).toStrictEqual([
      ['a', 1, 1],
      ['b', [2, { c: 3 }], 2],
      ['d', { e: 4, f: 5 }, 3],
    ]);
    expect(fields).toStrictEqual([
      ['e', 3],
      ['f', 4],
    ]);
  });

  it('places an error by line and column, and says it in Chinese too', () => {
    try {
      parseJsonText('{\n  "a": 1,\n  "b" 2\n}', asJavaScript);
      throw new Error('parsed');
    } catch (error) {
      expect(error).toMatchObject({ line: 3, column: 7, kind: 'syntax' });
      expect((error as JsonTextError).text.zh).toBe('不是有效的 JSON：键之后应为 ":"，实际为 "2"');
    }
  });
});

/** A JSON number literal: optional minus, digits, fraction and exponent. */
const numberLiteral = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.constant('0'), fc.stringMatching(/^[1-9]\d{0,25}$/)),
    fc.option(fc.stringMatching(/^\d{1,25}$/), { nil: undefined }),
    fc.option(fc.integer({ min: -40, max: 40 }), { nil: undefined }),
  )
  .map(
    ([negative, whole, fraction, exponent]) =>
      `${negative ? '-' : ''}${whole}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : `e${exponent}`}`,
  );

describe('JSON numbers are read digit for digit', () => {
  it('a measurement number is the number where that is exact, else its digits in plain notation: the same value', () => {
    fc.assert(
      fc.property(numberLiteral, (literal) => {
        const read = measurementNumber(literal);
        if (typeof read === 'number') expect(new Decimal(String(read)).eq(new Decimal(literal))).toBe(true);
        else {
          expect(read).toMatch(/^-?\d+(?:\.\d+)?$/);
          expect(new Decimal(read).eq(new Decimal(literal))).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
    expect(measurementNumber('0.90000000000000001')).toBe('0.90000000000000001');
    expect(measurementNumber('12345678901234567891')).toBe('12345678901234567891');
    expect(measurementNumber('0.9')).toBe(0.9);
    expect(measurementNumber('1e-7')).toBe(1e-7);
  });

  it('a rule number is taken only when exact', () => {
    expect(exactRuleNumber('23')).toBe(23);
    expect(() => exactRuleNumber('9007199254740993')).toThrow(JsonNumberRefused);
  });

  const decimalKeys = measurementKeys.filter((key) => measurementCatalogue[key].kind !== 'boolean');
  it('JSON and CSV with the same digits evaluate the same, always', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...decimalKeys), numberLiteral, async (key, literal) => {
        const plain = new Decimal(literal).toFixed();
        // The data readers of the command line: JSON numbers digit for digit, CSV text as it is.
        const read = (text: string, name: string) =>
          yearData(mergeDataFiles([readDataText(text, name)], { wideYear: 2020 }), 2020).measurements;
        const fromJson = read(`{"${key}": ${literal}}`, 'data.json');
        const fromCsv = read(`key,value\n${key},${plain}\n`, 'data.csv');
        const outcome = (measurements: unknown) =>
          evaluate(2020, measurements as never).then(
            (evaluation) =>
              evaluation.indicators.flatMap((indicator) =>
                [...indicator.checks, ...indicator.standardChecks].map((check) => [
                  check.status,
                  check.gap === null ? null : new Decimal(check.gap).toFixed(),
                  check.actual === null ? null : new Decimal(String(check.actual)).toFixed(),
                ]),
              ),
            // Refused by the same key either way (the message quotes the value as it was given).
            (error: unknown) => (error as { issues: readonly { path: unknown }[] }).issues.map((issue) => issue.path),
          );
        expect(await outcome(fromJson)).toEqual(await outcome(fromCsv));
      }),
      { numRuns: 200 },
    );
  });
});
