import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { canonicalJson, contentHash, sha256Hex, sha256HexOfText } from '../../src/engine/content-hash.js';

it('sha256Hex agrees with node:crypto on any bytes, across block boundaries', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }),
    { numRuns: 500 },
  );
});

it('sha256HexOfText hashes the UTF-8 of any text as node:crypto does, Chinese, astral and lone surrogates included', () => {
  const crypto = (text: string): string => createHash('sha256').update(new TextEncoder().encode(text)).digest('hex');
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      expect(sha256HexOfText(text)).toBe(crypto(text));
    }),
  );
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      expect(sha256HexOfText(text)).toBe(crypto(text));
    }),
  );
  for (const text of ['安康', '\ud800', 'a\udc00b', '\ud83d\ude00', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64)]) {
    expect(sha256HexOfText(text)).toBe(crypto(text));
  }
});

it('canonical JSON ignores key order and is otherwise JSON', () => {
  expect(canonicalJson({ b: 1, a: [{ d: '2', c: true }] })).toBe('{"a":[{"c":true,"d":"2"}],"b":1}');
  expect(contentHash({ b: 1, a: 2 })).toBe(contentHash({ a: 2, b: 1 }));
  expect(contentHash({ a: '0.90' })).not.toBe(contentHash({ a: '0.9' }));
});
