// The ZIP container of a workbook (PKWARE APPNOTE 6.3): just what XLSX uses (stored and
// deflated entries, no encryption, no ZIP64), read from the central directory, with every
// offset checked and every entry inflated under a hard limit (the size it declares, within what
// is left of the input limit): a zip bomb ends with a message, not with the memory of the
// machine. The same in browsers and in Node: entries are inflated by the platform's
// DecompressionStream (inflate-raw.ts); the writer is zip-writer.ts.

import type { LocalizedText } from '../../vocabulary/localized-text.js';
import { textDecoder } from '../web-platform.js';
import { inflateRaw } from './inflate-raw.js';
import { crc32 } from './zip-writer.js';

/** Why a ZIP archive cannot be read; the caller names the file. */
export class ZipError extends Error {
  override name = 'ZipError' as const;
  constructor(
    readonly zh: string,
    en: string,
  ) {
    super(en);
  }
}

/** One entry of the central directory. */
interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/** Entries past this many are refused: a workbook has a few dozen. */
export const maxZipEntries = 10_000;

/** A ZIP archive's entries by name, read on demand within a budget of uncompressed bytes. */
export class ZipArchive {
  readonly #bytes: Uint8Array;
  readonly #view: DataView;
  readonly #entries = new Map<string, ZipEntry>();
  readonly #raiseLimit: LocalizedText;
  #budget: number;

  /**
   * @param maxUncompressed - How many bytes all the entries read may inflate to, together.
   * @param raiseLimit - What raises that limit, said after a refusal past it (`可用 --max-input-bytes 调高`).
   */
  constructor(bytes: Uint8Array, maxUncompressed: number, raiseLimit: LocalizedText) {
    this.#raiseLimit = raiseLimit;
    this.#bytes = bytes;
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.#budget = maxUncompressed;
    this.#readDirectory();
  }

  #u16(offset: number): number {
    return this.#view.getUint16(offset, true);
  }

  #u32(offset: number): number {
    return this.#view.getUint32(offset, true);
  }

  #readDirectory(): void {
    const length = this.#bytes.length;
    const broken = (en: string, zh: string): ZipError =>
      new ZipError(`不是有效的 XLSX（ZIP）文件：${zh}`, `not a valid XLSX (ZIP) file: ${en}`);
    // The end-of-central-directory record: 22 bytes, then a comment of at most 65,535.
    let end = -1;
    for (let offset = length - 22; offset >= Math.max(0, length - 22 - 65_535); offset--) {
      if (this.#u32(offset) === 0x06054b50) {
        end = offset;
        break;
      }
    }
    if (end === -1) throw broken('no end-of-central-directory record', '没有中央目录结束记录');
    const count = this.#u16(end + 10);
    const directorySize = this.#u32(end + 12);
    const directoryOffset = this.#u32(end + 16);
    if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff)
      throw new ZipError(
        '不读取 ZIP64 格式的文件（超过 4 GB 或 65535 个条目）',
        'ZIP64 archives (over 4 GB or 65,535 entries) are not read',
      );
    if (count > maxZipEntries)
      throw new ZipError(
        `ZIP 条目过多（${count} 个，上限 ${maxZipEntries}）`,
        `too many ZIP entries (${count}; at most ${maxZipEntries})`,
      );
    if (directoryOffset + directorySize > end)
      throw broken('the central directory lies outside the file', '中央目录超出文件范围');
    let offset = directoryOffset;
    for (let index = 0; index < count; index++) {
      if (offset + 46 > end || this.#u32(offset) !== 0x02014b50)
        throw broken('a damaged central directory', '中央目录已损坏');
      const flags = this.#u16(offset + 8);
      const method = this.#u16(offset + 10);
      const nameLength = this.#u16(offset + 28);
      const extraLength = this.#u16(offset + 30);
      const commentLength = this.#u16(offset + 32);
      const nameEnd = offset + 46 + nameLength;
      if (nameEnd > end) throw broken('a damaged central directory', '中央目录已损坏');
      // Names are UTF-8 when flag 11 says so; OOXML part names are ASCII either way.
      const name = textDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(this.#bytes.subarray(offset + 46, nameEnd));
      if (flags & 0x1)
        throw new ZipError(
          '文件已加密（设有密码），不读取',
          'the file is encrypted (password-protected), which is not read',
        );
      if (this.#entries.has(name))
        throw broken(`the entry ${JSON.stringify(name)} appears twice`, `条目 ${JSON.stringify(name)} 出现两次`);
      this.#entries.set(name, {
        name,
        method,
        crc: this.#u32(offset + 16),
        compressedSize: this.#u32(offset + 20),
        size: this.#u32(offset + 24),
        localOffset: this.#u32(offset + 42),
      });
      offset = nameEnd + extraLength + commentLength;
    }
  }

  /** Whether the archive has an entry `name`. */
  has(name: string): boolean {
    return this.#entries.has(name);
  }

  /** The bytes of entry `name` (`undefined` when there is none), inflated within the budget and checked by CRC. */
  async read(name: string): Promise<Uint8Array | undefined> {
    const entry = this.#entries.get(name);
    if (entry === undefined) return undefined;
    const broken = (en: string, zh: string): ZipError =>
      new ZipError(`不是有效的 XLSX（ZIP）文件：${name}：${zh}`, `not a valid XLSX (ZIP) file: ${name}: ${en}`);
    const local = entry.localOffset;
    if (local + 30 > this.#bytes.length || this.#u32(local) !== 0x04034b50)
      throw broken('no local header', '没有本地文件头');
    const start = local + 30 + this.#u16(local + 26) + this.#u16(local + 28);
    const stop = start + entry.compressedSize;
    if (stop > this.#bytes.length) throw broken('the entry runs past the end of the file', '条目超出文件末尾');
    if (entry.size > this.#budget)
      throw new ZipError(
        `工作簿解压后超过输入上限（${name} 需 ${entry.size} 字节，剩余 ${this.#budget} 字节）；${this.#raiseLimit.zh}`,
        `the workbook inflates past the input limit (${name} needs ${entry.size} bytes, ${this.#budget} are left); ${this.#raiseLimit.en}`,
      );
    const data = this.#bytes.subarray(start, stop);
    let output: Uint8Array;
    if (entry.method === 0) output = data;
    else if (entry.method === 8) {
      let inflated: Uint8Array | undefined;
      try {
        // The declared size is the most it may inflate to: a part that says 1 KB and inflates to 1 GB stops at 1 KB.
        inflated = await inflateRaw(data, entry.size);
      } catch {
        throw broken('its compressed data are damaged', '压缩数据已损坏');
      }
      if (inflated === undefined)
        throw broken(
          'it inflates to more than the size it declares (a zip bomb?)',
          '解压后比声明的大小更大（疑为 ZIP 炸弹）',
        );
      output = inflated;
    } else
      throw broken(
        `compression method ${entry.method} is not read (only stored and deflated entries)`,
        `不读取压缩方法 ${entry.method}（仅读取存储和 deflate）`,
      );
    if (output.length !== entry.size) throw broken('its size differs from the declared size', '大小与声明的不符');
    if (crc32(output) !== entry.crc) throw broken('its checksum (CRC-32) does not match', '校验和（CRC-32）不符');
    this.#budget -= output.length;
    return output;
  }
}
