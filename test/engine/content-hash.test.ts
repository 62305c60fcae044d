import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { canonicalJson, contentHash, sha256Hex, utf8Bytes } from '../../src/engine/content-hash.js';

it('sha256Hex agrees with node:crypto on any bytes, across block boundaries', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }),
    { numRuns: 500 },
  );
});

it('utf8Bytes agrees with Buffer on any text, Chinese and astral characters included', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      expect(Buffer.from(utf8Bytes(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }),
  );
  expect(sha256Hex(utf8Bytes('安康'))).toBe(createHash('sha256').update('安康', 'utf8').digest('hex'));
});

it('canonical JSON ignores key order and is otherwise JSON', () => {
  expect(canonicalJson({ b: 1, a: [{ d: '2', c: true }] })).toBe('{"a":[{"c":true,"d":"2"}],"b":1}');
  expect(contentHash({ b: 1, a: 2 })).toBe(contentHash({ a: 2, b: 1 }));
  expect(contentHash({ a: '0.90' })).not.toBe(contentHash({ a: '0.9' }));
});
