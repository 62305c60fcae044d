import { UsageError } from './usage-error.js';

/** The encodings input files may be read in: UTF-8 (the default), or GB18030 (which reads GBK and GB2312). */
export const inputEncodings = ['utf-8', 'gb18030'] as const;
export type InputEncoding = (typeof inputEncodings)[number];

const convertHint = (from: string): string =>
  `save it as UTF-8 (Excel: "CSV UTF-8"), or convert it: iconv -f ${from} -t UTF-8 <file> > <file>.utf8`;

/** The 1-based line of byte `offset`. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
  return line;
}

/** The offset of the first byte that is not well-formed UTF-8 (RFC 3629), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index++;
      continue;
    }
    // The length of the sequence, and the range of its second byte (no overlong forms, no surrogates, ≤ U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      if (byte === undefined) return index;
      if (next === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return index;
    }
    index += length;
  }
  return -1;
}

/** A UTF-16 guess for text without a byte-order mark: ASCII text in UTF-16 has a zero in every other byte. */
function utf16Without(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros >= pairs * 0.4 && evenZeros === 0) return 'UTF-16LE';
  if (evenZeros >= pairs * 0.4 && oddZeros === 0) return 'UTF-16BE';
  return undefined;
}

/**
 * The text of an input file, exactly: UTF-8 (a byte-order mark dropped), or GB18030 when asked.
 * Nothing is replaced: bytes that are not valid in the encoding are refused with their line and,
 * for the common mistakes (UTF-16 from "Unicode text", GBK from Chinese Windows), the encoding
 * they are in and how to read or convert it. Empty input is refused too, saying what was expected.
 *
 * @param name - How messages name the input (`stdin`, a path).
 * @param expected - What the input should hold, for the message on empty input.
 */
export function decodeInput(bytes: Uint8Array, name: string, encoding: InputEncoding, expected: string): string {
  const [first, second, third, fourth] = bytes;
  if (
    (first === 0xff && second === 0xfe && third === 0 && fourth === 0) ||
    (first === 0 && second === 0 && third === 0xfe && fourth === 0xff)
  ) {
    throw new UsageError(
      `${name}: the input is UTF-32 (it starts with a UTF-32 byte-order mark); ${convertHint('UTF-32')}`,
    );
  }
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) {
    const which = first === 0xff ? 'UTF-16LE' : 'UTF-16BE';
    throw new UsageError(
      `${name}: the input is ${which} (it starts with a UTF-16 byte-order mark, as Excel's "Unicode text" and Notepad's "Unicode" write); ${convertHint(which)}`,
    );
  }
  const utf16 = utf16Without(bytes);
  if (utf16 !== undefined) {
    throw new UsageError(`${name}: the input looks like ${utf16} (every other byte is zero); ${convertHint(utf16)}`);
  }
  // A UTF-8 byte-order mark decides the encoding, whatever was asked (the WHATWG Encoding Standard's rule).
  const hasUtf8Mark = first === 0xef && second === 0xbb && third === 0xbf;
  const body = hasUtf8Mark ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul !== -1) {
    throw new UsageError(`${name}:${lineOfByte(body, nul)}: a NUL byte (offset ${nul}): the input is not text`);
  }
  let text: string;
  if (encoding === 'gb18030' && !hasUtf8Mark) {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(body);
    } catch {
      throw new UsageError(`${name}: not valid GB18030 (GBK) text; check the file's encoding`);
    }
  } else {
    const invalid = firstInvalidUtf8(body);
    if (invalid !== -1) throw notUtf8(body, invalid, name);
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  }
  if (text.trim() === '') {
    throw new UsageError(
      `${name}: no data (the input is ${body.length === 0 ? 'empty' : 'blank'}); expected ${expected}`,
    );
  }
  return text;
}

/** The refusal of bytes that are not UTF-8: GB18030 (GBK) named when they read as that. */
function notUtf8(bytes: Uint8Array, offset: number, name: string): UsageError {
  const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  const place = `${name}:${lineOfByte(bytes, offset)}: not UTF-8 (byte 0x${byte} at offset ${offset})`;
  let readsAsGb18030: boolean;
  try {
    // Chinese text in GBK: valid GB18030, with characters of the CJK block.
    readsAsGb18030 = /[\u4e00-\u9fff]/.test(new TextDecoder('gb18030', { fatal: true }).decode(bytes));
  } catch {
    readsAsGb18030 = false;
  }
  return new UsageError(
    readsAsGb18030
      ? `${place}; it reads as GB18030/GBK, the encoding of Chinese Windows and of Excel's plain "CSV": add --encoding gb18030, or ${convertHint('GB18030')}`
      : `${place}; ${convertHint('<its encoding>')}`,
  );
}
