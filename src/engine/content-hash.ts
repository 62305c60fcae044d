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

/**
 * SHA-256 fed a byte at a time (FIPS 180-4): a text is hashed as it is encoded, so hashing
 * costs one 64-byte block of memory however long the text, never an array of its bytes.
 */
class Sha256 {
  private readonly state = initialState.slice();
  private readonly block = new Uint8Array(64);
  private readonly view = new DataView(this.block.buffer);
  private readonly schedule = new Uint32Array(64);
  private filled = 0;
  private byteLength = 0;

  push(byte: number): void {
    this.block[this.filled++] = byte;
    this.byteLength++;
    if (this.filled === 64) {
      this.compress();
      this.filled = 0;
    }
  }

  /** The digest as 64 lowercase hexadecimal digits; the hash takes no more bytes after it. */
  hex(): string {
    const bitLength = this.byteLength * 8;
    this.push(0x80);
    while (this.filled !== 56) this.push(0);
    this.view.setUint32(56, Math.floor(bitLength / 0x100000000));
    this.view.setUint32(60, bitLength >>> 0);
    this.compress();
    return [...this.state].map((word) => word.toString(16).padStart(8, '0')).join('');
  }

  private compress(): void {
    const { schedule, state, view } = this;
    for (let index = 0; index < 16; index++) schedule[index] = view.getUint32(index * 4);
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
}

/** The SHA-256 digest of `bytes`, as 64 lowercase hexadecimal digits (FIPS 180-4). */
export function sha256Hex(bytes: Uint8Array): string {
  const hash = new Sha256();
  for (const byte of bytes) hash.push(byte);
  return hash.hex();
}

/**
 * The SHA-256 digest of the UTF-8 encoding of `text` (a lone surrogate encoded as U+FFFD, as
 * TextEncoder does), encoded character by character into the hash.
 */
export function sha256HexOfText(text: string): string {
  const hash = new Sha256();
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = index + 1 < text.length ? text.charCodeAt(index + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        index++;
      } else code = 0xfffd;
    } else if (code >= 0xdc00 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) hash.push(code);
    else if (code < 0x800) {
      hash.push(0xc0 | (code >> 6));
      hash.push(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      hash.push(0xe0 | (code >> 12));
      hash.push(0x80 | ((code >> 6) & 0x3f));
      hash.push(0x80 | (code & 0x3f));
    } else {
      hash.push(0xf0 | (code >> 18));
      hash.push(0x80 | ((code >> 12) & 0x3f));
      hash.push(0x80 | ((code >> 6) & 0x3f));
      hash.push(0x80 | (code & 0x3f));
    }
  }
  return hash.hex();
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

/** `sha256-<hex>` of the canonical JSON of `value`. */
export function contentHash(value: unknown): string {
  return `sha256-${sha256HexOfText(canonicalJson(value))}`;
}

/**
 * The hash of a checked rule set: its rules in number order without their task texts (so the
 * files and the bundled copy agree), and the keys it declares. `scripts/generate-builtin-rules.mjs`
 * computes the built-in set's the same way; a test checks that the two agree.
 */
export function ruleSetHash(
  rules: readonly { readonly event: { readonly params: { readonly source: object } } }[],
  declared: Readonly<Record<string, unknown>>,
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
  });
}
