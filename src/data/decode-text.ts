import { DataFileError } from '../errors/data-file-error.js';
import { issueAt } from '../errors/issue.js';
import { commandLineHints, type DataOptionHints } from './option-hints.js';
import { textDecoder } from './web-platform.js';

/**
 * The encodings a data file may be read in besides its own byte-order mark: UTF-8 (the
 * default), or GB18030, which also reads GBK and GB2312 (Excel's plain "CSV" on Chinese Windows).
 */
export const dataEncodings = ['utf-8', 'gb18030'] as const;

/** An encoding of {@link dataEncodings}. */
export type DataEncoding = (typeof dataEncodings)[number];

const refuse = (name: string, zh: string, en: string, where?: number): DataFileError =>
  new DataFileError([issueAt(where === undefined ? [name] : [name, where], { zh, en })]);

const convertHint = {
  zh: '另存为 UTF-8（Excel：“CSV UTF-8”），或用 iconv 转换',
  en: 'save it as UTF-8 (Excel: "CSV UTF-8"), or convert it with iconv',
};

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
    // The sequence's length, and the range of its second byte (no overlong forms, no surrogates, ≤ U+10FFFF).
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

/** UTF-16 without a byte-order mark: ASCII text in UTF-16 has a zero in every other byte. */
function utf16WithoutMark(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
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

/** Whether `bytes` read as GB18030 and hold Chinese: GBK from Chinese Windows, most likely. */
function readsAsChinese(bytes: Uint8Array): boolean {
  try {
    return /[\u4e00-\u9fff]/.test(textDecoder('gb18030', { fatal: true }).decode(bytes));
  } catch {
    return false;
  }
}

/**
 * The text of a data file, exactly, or a {@link DataFileError} that says why not. UTF-8 (with
 * or without a byte-order mark) and UTF-16 with a byte-order mark are read as they are;
 * GB18030 (and so GBK) when `encoding` asks for it. Nothing is replaced: bytes that are not
 * valid in the encoding are refused with their line, and bytes that read as GBK name the
 * option that reads them (`--encoding gb18030` on the command line). Text with a NUL byte is
 * not text; an empty or blank file has no data and is refused too.
 *
 * Browser-safe: `TextDecoder` decodes every encoding here (Node's with the ICU it ships).
 *
 * @param name - How messages name the file (`figures.csv`, `stdin`).
 * @param hints - How a message names what reads GB18030: `--encoding gb18030` by default; a
 *   page names its own control.
 *
 * @example
 * ```ts
 * const text = decodeDataBytes(new Uint8Array(await file.arrayBuffer()), file.name);
 * ```
 */
export function decodeDataBytes(
  bytes: Uint8Array,
  name: string,
  encoding: DataEncoding = 'utf-8',
  hints: DataOptionHints = {},
): string {
  const [first, second, third, fourth] = bytes;
  if (
    (first === 0xff && second === 0xfe && third === 0 && fourth === 0) ||
    (first === 0 && second === 0 && third === 0xfe && fourth === 0xff)
  ) {
    throw refuse(
      name,
      `输入为 UTF-32 编码（以 UTF-32 字节顺序标记开头），不读取；请${convertHint.zh}`,
      `the input is UTF-32 (it starts with a UTF-32 byte-order mark), which is not read; ${convertHint.en}`,
    );
  }
  let text: string;
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) {
    const which = first === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      // The mark names the encoding; the decoder drops it.
      text = textDecoder(which, { fatal: true }).decode(bytes);
    } catch {
      throw refuse(
        name,
        `输入以 ${which.toUpperCase()} 字节顺序标记开头，但内容不是有效的 ${which.toUpperCase()} 文本`,
        `the input starts with a ${which.toUpperCase()} byte-order mark but is not valid ${which.toUpperCase()} text`,
      );
    }
    if (text.includes('\u0000'))
      throw refuse(name, '输入含 NUL 字符，不是文本', 'the input holds a NUL character: it is not text');
  } else {
    const utf16 = utf16WithoutMark(bytes);
    if (utf16 !== undefined) {
      throw refuse(
        name,
        `输入看起来是没有字节顺序标记的 ${utf16}（每隔一个字节为零）；请加上标记保存（Excel：“Unicode 文本”），或${convertHint.zh}`,
        `the input looks like ${utf16} without a byte-order mark (every other byte is zero); save it with one (Excel: "Unicode text"), or ${convertHint.en}`,
      );
    }
    // A UTF-8 byte-order mark decides the encoding, whatever was asked (the WHATWG Encoding Standard's rule).
    const hasUtf8Mark = first === 0xef && second === 0xbb && third === 0xbf;
    const body = hasUtf8Mark ? bytes.subarray(3) : bytes;
    const nul = body.indexOf(0);
    if (nul !== -1)
      throw refuse(
        name,
        `第 ${nul} 字节为 NUL：输入不是文本`,
        `a NUL byte at offset ${nul}: the input is not text`,
        lineOfByte(body, nul),
      );
    if (encoding === 'gb18030' && !hasUtf8Mark) {
      try {
        text = textDecoder('gb18030', { fatal: true }).decode(body);
      } catch {
        throw refuse(
          name,
          '不是有效的 GB18030（GBK）文本；请检查文件的编码',
          'not valid GB18030 (GBK) text; check the file’s encoding',
        );
      }
    } else {
      const invalid = firstInvalidUtf8(body);
      if (invalid !== -1) {
        const byte = `0x${(body[invalid] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
        const line = lineOfByte(body, invalid);
        if (readsAsChinese(body)) {
          throw refuse(
            name,
            `不是 UTF-8（第 ${invalid} 字节为 ${byte}）；看起来是 GB18030/GBK 编码（中文 Windows 和 Excel 普通“CSV”的编码）：${(hints.encoding ?? commandLineHints.encoding).zh}，或${convertHint.zh}`,
            `not UTF-8 (byte ${byte} at offset ${invalid}); it reads as GB18030/GBK, the encoding of Chinese Windows and of Excel's plain "CSV": ${(hints.encoding ?? commandLineHints.encoding).en}, or ${convertHint.en}`,
            line,
          );
        }
        throw refuse(
          name,
          `不是 UTF-8（第 ${invalid} 字节为 ${byte}），编码无法确定；请${convertHint.zh}`,
          `not UTF-8 (byte ${byte} at offset ${invalid}), in an encoding that cannot be told; ${convertHint.en}`,
          line,
        );
      }
      text = textDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    }
  }
  if (text.trim() === '') {
    const empty = bytes.length === 0;
    throw refuse(
      name,
      `没有数据（输入${empty ? '为空' : '只有空白'}）`,
      `no data (the input is ${empty ? 'empty' : 'blank'})`,
    );
  }
  return text;
}
