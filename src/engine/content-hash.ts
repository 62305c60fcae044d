// SHA-256 of a canonical JSON form, computed synchronously and without node:crypto so that a
// rule set's hash is the same in Node and in a browser, and is known when the set is loaded.

/** The first 32 bits of the fractional parts of the square (`root` 2) or cube (3) roots of the first primes. */
function primeRootFractions(count: number, root: number): Uint32Array {
  const words = new Uint32Array(count);
  let found = 0;
  for (let candidate = 2; found < count; candidate++) {
    let isPrime = true;
    for (let divisor = 2; divisor * divisor <= candidate; divisor++) {
      if (candidate % divisor === 0) {
        isPrime = false;
        break;
      }
    }
    if (!isPrime) continue;
    const value = Math.pow(candidate, 1 / root);
    words[found++] = ((value - Math.floor(value)) * 0x100000000) >>> 0;
  }
  return words;
}

// FIPS 180-4 §4.2.2 and §5.3.3 define the constants this way; a test checks the digests.
const roundConstants = primeRootFractions(64, 3);
const initialState = primeRootFractions(8, 2);

const rotateRight = (value: number, bits: number): number => (value >>> bits) | (value << (32 - bits));

/** The SHA-256 digest of `bytes`, as 64 lowercase hexadecimal digits (FIPS 180-4). */
export function sha256Hex(bytes: Uint8Array): string {
  const paddedLength = Math.ceil((bytes.length + 9) / 64) * 64;
  const padded = new Uint8Array(paddedLength);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bitLength = bytes.length * 8;
  view.setUint32(paddedLength - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(paddedLength - 4, bitLength >>> 0);
  const state = initialState.slice();
  const schedule = new Uint32Array(64);
  for (let offset = 0; offset < paddedLength; offset += 64) {
    for (let index = 0; index < 16; index++) schedule[index] = view.getUint32(offset + index * 4);
    for (let index = 16; index < 64; index++) {
      const w15 = schedule[index - 15] ?? 0;
      const w2 = schedule[index - 2] ?? 0;
      const s0 = rotateRight(w15, 7) ^ rotateRight(w15, 18) ^ (w15 >>> 3);
      const s1 = rotateRight(w2, 17) ^ rotateRight(w2, 19) ^ (w2 >>> 10);
      schedule[index] = ((schedule[index - 16] ?? 0) + s0 + (schedule[index - 7] ?? 0) + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, h] = state as unknown as [number, number, number, number, number, number, number, number];
    for (let index = 0; index < 64; index++) {
      const s1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
      const choice = (e & f) ^ (~e & g);
      const temp1 = (h + s1 + choice + (roundConstants[index] ?? 0) + (schedule[index] ?? 0)) >>> 0;
      const s0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
      const majority = (a & b) ^ (a & c) ^ (b & c);
      const temp2 = (s0 + majority) >>> 0;
      h = g;
      g = f;
      f = e;
      e = (d + temp1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (temp1 + temp2) >>> 0;
    }
    const round = [a, b, c, d, e, f, g, h];
    for (let index = 0; index < 8; index++) state[index] = ((state[index] ?? 0) + (round[index] ?? 0)) >>> 0;
  }
  return [...state].map((word) => word.toString(16).padStart(8, '0')).join('');
}

/**
 * JSON with object keys sorted at every level, so that two rule sets that differ only in
 * key order or whitespace have the same text (and hash).
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The UTF-8 bytes of `text` (a lone surrogate becomes U+FFFD, as TextEncoder does). */
export function utf8Bytes(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const character of text) {
    let code = character.codePointAt(0) ?? 0xfffd;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else
      bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  }
  return Uint8Array.from(bytes);
}

/** `sha256-<hex>` of the canonical JSON of `value`. */
export function contentHash(value: unknown): string {
  return `sha256-${sha256Hex(utf8Bytes(canonicalJson(value)))}`;
}

/**
 * The hash of a checked rule set: its rules in number order without their task texts (so the
 * files and the bundled copy agree), the keys it declares, and its derivations. A set without
 * derivations hashes as it did before they existed, so stored results stay matchable.
 * `scripts/generate-builtin-rules.mjs` computes the built-in set's with this function when it
 * writes `src/generated/`; a test checks that the two agree.
 */
export function ruleSetHash(
  rules: readonly { readonly event: { readonly params: { readonly source: object } } }[],
  declared: Readonly<Record<string, unknown>>,
  derivations: readonly unknown[] = [],
): string {
  return contentHash({
    rules: rules.map((rule) => ({
      ...rule,
      event: {
        ...rule.event,
        params: { ...rule.event.params, source: { ...rule.event.params.source, task: undefined } },
      },
    })),
    measurements: declared,
    derivations: derivations.length === 0 ? undefined : derivations,
  });
}
