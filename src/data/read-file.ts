import { DataFileError } from '../errors/data-file-error.js';
import { issueAt } from '../errors/issue.js';
import { decodeDataBytes, type DataEncoding } from './decode-text.js';
import type { DataFile } from './observations.js';
import { commandLineHints, type DataOptionHints } from './option-hints.js';
import { readDataTableStream, readDataText, type ReadDataOptions } from './read-data.js';

// One data file from its bytes, whatever its format, as `ankang-eco evaluate FILE` reads it:
// the one reader of the command line and of a page that reads the files dropped on it. The
// workbook reader (src/data/xlsx/) is loaded the first time a workbook comes, so that a host that
// reads only CSV and JSON never loads it, and evaluate's bundle never carries any of it.

/** The input limit of {@link readDataFile} unless given: 64 MiB, the command line's default. */
export const defaultMaxDataBytes = 64 * 1024 * 1024;

/** Options of {@link readDataFile}. */
export interface ReadDataFileOptions extends ReadDataOptions {
  /**
   * The encoding of a text file without a byte-order mark: `utf-8` (the default) or `gb18030`
   * (Excel's plain "CSV" on Chinese Windows). A workbook has its own.
   */
  readonly encoding?: DataEncoding;
  /**
   * The most bytes a file may have, and a workbook may inflate to, all its parts together
   * (the command line's `--max-input-bytes`).
   *
   * @defaultValue {@link defaultMaxDataBytes}
   */
  readonly maxBytes?: number;
  /** How refusals name the choices that would read the file: the command line's options by default. */
  readonly hints?: DataOptionHints;
}

/** `ZIP file starts with "PK\x03\x04"`: how a workbook is told from text without its name. */
export const looksLikeZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Whether {@link readDataFile} reads the file `name` of `bytes` as an XLSX workbook: by its name, or by its ZIP signature. */
export const isWorkbookFile = (name: string, bytes: Uint8Array): boolean =>
  name.toLowerCase().endsWith('.xlsx') || looksLikeZip(bytes);

/**
 * Reads one data file from its bytes, in every format the command line reads: an XLSX workbook
 * (by its name or its ZIP signature: every worksheet, each cell exactly as its type says, or
 * refused by sheet and cell), else CSV or JSON text (decoded in `encoding` unless it has a
 * byte-order mark). The same bounds, refusals and messages in Node and in browsers. A file
 * that cannot be read, or larger than `maxBytes`, is a `DataFileError` naming its file and
 * place (`数据!C5`, a line).
 *
 * @example
 * ```ts
 * const bytes = new Uint8Array(await file.arrayBuffer()); // a File dropped on a page
 * const data = await readDataFile(bytes, file.name, { derivations: builtinRuleSet.derivations });
 * ```
 */
export async function readDataFile(
  bytes: Uint8Array,
  name: string,
  options: ReadDataFileOptions = {},
): Promise<DataFile> {
  const { encoding, maxBytes, hints, ...read } = options;
  const readOptions = hints === undefined ? read : { ...read, hints };
  const limit = maxBytes ?? defaultMaxDataBytes;
  if (bytes.length > limit) {
    const raise = hints?.maxBytes ?? commandLineHints.maxBytes;
    throw new DataFileError([
      issueAt([name], {
        zh: `${bytes.length} 字节，超过输入上限 ${limit} 字节；${raise.zh}`,
        en: `${bytes.length} bytes, over the input limit of ${limit} bytes; ${raise.en}`,
      }),
    ]);
  }
  if (isWorkbookFile(name, bytes)) {
    const { workbookTables } = await import('./xlsx/read-workbook.js');
    const tables = workbookTables(bytes, name, limit, hints?.maxBytes ?? commandLineHints.maxBytes);
    return readDataTableStream(name, tables, readOptions);
  }
  return readDataText(decodeDataBytes(bytes, name, encoding, hints), name, readOptions);
}
