// The ZIP container of a workbook (PKWARE APPNOTE 6.3): just what XLSX uses (stored and
// deflated entries, no encryption, no ZIP64), read from the central directory, with every
// offset checked and every entry inflated under a hard limit (the size it declares, within what
// is left of the input limit): a zip bomb ends with a message, not with the memory of the
// machine. The same in browsers and in Node: entries are inflated by the platform's
// DecompressionStream (inflate-raw.ts); the writer is zip-writer.ts.

import { ReadError } from '../../errors/read-error.js';
import { workbookMessages, type WorkbookCode } from '../../messages/workbook.js';
import { worded, type LocalizedParam, type ParamsOf } from '../../messages/wording.js';
import type { LocalizedText } from '../../vocabulary/localized-text.js';
import { textDecoder } from '../web-platform.js';
import { inflateRaw } from './inflate-raw.js';
import { crc32 } from './zip-writer.js';

/** Why a ZIP archive cannot be read; the caller names the file. */
export class ZipError extends ReadError<WorkbookCode> {
  override name = 'ZipError' as const;
}

/** A ZipError of `code`, worded from its params. */
const zipError = <K extends WorkbookCode>(code: K, params: ParamsOf<(typeof workbookMessages)[K]>): ZipError =>
  new ZipError(worded(workbookMessages, code, params));

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
  readonly #raiseLimit: LocalizedParam;
  #budget: number;

  /**
   * @param maxUncompressed - How many bytes all the entries read may inflate to, together.
   * @param raiseLimit - What raises that limit, said after a refusal past it (`可用 --max-input-bytes 调高`).
   */
  constructor(bytes: Uint8Array, maxUncompressed: number, raiseLimit: LocalizedText) {
    this.#raiseLimit = { zh: raiseLimit.zh, en: raiseLimit.en };
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
    // The end-of-central-directory record: 22 bytes, then a comment of at most 65,535.
    let end = -1;
    for (let offset = length - 22; offset >= Math.max(0, length - 22 - 65_535); offset--) {
      if (this.#u32(offset) === 0x06054b50) {
        end = offset;
        break;
      }
    }
    if (end === -1) throw zipError('workbook.zip_no_end_record', {});
    const count = this.#u16(end + 10);
    const directorySize = this.#u32(end + 12);
    const directoryOffset = this.#u32(end + 16);
    if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff)
      throw zipError('workbook.zip64', {});
    if (count > maxZipEntries) throw zipError('workbook.zip_too_many_entries', { count, max: maxZipEntries });
    if (directoryOffset + directorySize > end) throw zipError('workbook.zip_directory_outside', {});
    let offset = directoryOffset;
    for (let index = 0; index < count; index++) {
      if (offset + 46 > end || this.#u32(offset) !== 0x02014b50) throw zipError('workbook.zip_directory_damaged', {});
      const flags = this.#u16(offset + 8);
      const method = this.#u16(offset + 10);
      const nameLength = this.#u16(offset + 28);
      const extraLength = this.#u16(offset + 30);
      const commentLength = this.#u16(offset + 32);
      const nameEnd = offset + 46 + nameLength;
      if (nameEnd > end) throw zipError('workbook.zip_directory_damaged', {});
      // Names are UTF-8 when flag 11 says so; OOXML part names are ASCII either way.
      const name = textDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(this.#bytes.subarray(offset + 46, nameEnd));
      if (flags & 0x1) throw zipError('workbook.zip_encrypted', {});
      if (this.#entries.has(name)) throw zipError('workbook.zip_entry_twice', { name });
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
    const at = { entry: name };
    const local = entry.localOffset;
    if (local + 30 > this.#bytes.length || this.#u32(local) !== 0x04034b50)
      throw zipError('workbook.zip_no_local_header', at);
    const start = local + 30 + this.#u16(local + 26) + this.#u16(local + 28);
    const stop = start + entry.compressedSize;
    if (stop > this.#bytes.length) throw zipError('workbook.zip_entry_past_end', at);
    if (entry.size > this.#budget)
      throw zipError('workbook.inflates_past_limit', {
        entry: name,
        size: entry.size,
        left: this.#budget,
        hint: this.#raiseLimit,
      });
    const data = this.#bytes.subarray(start, stop);
    let output: Uint8Array;
    if (entry.method === 0) output = data;
    else if (entry.method === 8) {
      let inflated: Uint8Array | undefined;
      try {
        // The declared size is the most it may inflate to: a part that says 1 KB and inflates to 1 GB stops at 1 KB.
        inflated = await inflateRaw(data, entry.size);
      } catch {
        throw zipError('workbook.zip_data_damaged', at);
      }
      if (inflated === undefined) throw zipError('workbook.zip_bomb', at);
      output = inflated;
    } else throw zipError('workbook.zip_method', { entry: name, method: entry.method });
    if (output.length !== entry.size) throw zipError('workbook.zip_size_differs', at);
    if (crc32(output) !== entry.crc) throw zipError('workbook.zip_checksum', at);
    this.#budget -= output.length;
    return output;
  }
}
