import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { DataFileError, formatDataPlace, type LocalizedText, quotedText, shownText } from 'ankang-eco-indicators';
import { decodeDataBytes, type DataEncoding } from 'ankang-eco-indicators/data';
import { issueProblems, UsageError } from './usage-error.js';

/** The default size limit of every input (each file, and standard input): 64 MiB. */
export const defaultMaxInputBytes = 64 * 1024 * 1024;
/**
 * The highest limit `--max-input-bytes` takes: 500 MiB, below the longest string V8 can make
 * (2^29 - 24 characters), so that any input within the limit can be read as text.
 */
export const highestMaxInputBytes = 500 * 1024 * 1024;

/** How input is read: at most `maxBytes` bytes of each input, in `encoding`. */
export interface InputLimits {
  readonly maxBytes: number;
  readonly encoding: DataEncoding;
}

export const defaultInputLimits: InputLimits = { maxBytes: defaultMaxInputBytes, encoding: 'utf-8' };

const units: Readonly<Record<string, number>> = {
  '': 1,
  k: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gib: 1024 ** 3,
};

/** `--max-input-bytes`: a whole number of bytes, or with a binary unit (`64MiB`, `1GiB`, `512k`). */
export function parseMaxInputBytes(value: string | undefined): number {
  if (value === undefined) return defaultMaxInputBytes;
  const match = /^(\d{1,12})\s*([a-z]*)$/i.exec(value.trim());
  const unit = match === null ? undefined : units[(match[2] ?? '').toLowerCase()];
  const bytes = match === null || unit === undefined ? Number.NaN : Number(match[1]) * unit;
  if (!(bytes >= 1 && bytes <= highestMaxInputBytes)) {
    throw new UsageError({
      zh: `--max-input-bytes 应为 1 到 ${highestMaxInputBytes}（500MiB）之间的字节数，可带 KiB、MiB 或 GiB；实际为 ${quotedText(value, 'zh')}`,
      en: `--max-input-bytes must be a number of bytes from 1 to ${highestMaxInputBytes} (500MiB), optionally with KiB, MiB or GiB; got ${quotedText(value)}`,
    });
  }
  return bytes;
}

/** A size as people read it: ` (64 MiB)`, ` (1.5 KiB)`; nothing for less than a KiB. */
function binarySize(bytes: number): string {
  if (bytes >= 1024 ** 2) return ` (${Number((bytes / 1024 ** 2).toFixed(1))} MiB)`;
  if (bytes >= 1024) return ` (${Number((bytes / 1024).toFixed(1))} KiB)`;
  return '';
}

/** The refusal of an input larger than the limit. */
function tooLarge(name: string, maxBytes: number, size?: number): UsageError {
  return new UsageError({
    zh: `${shownText(name, 'zh')}：${size === undefined ? '超过' : `${size} 字节${binarySize(size)}，超过`}输入上限 ${maxBytes} 字节${binarySize(maxBytes)}；可用 --max-input-bytes 提高（最多 500MiB）`,
    en: `${shownText(name)}: ${size === undefined ? 'more than' : `${size} bytes${binarySize(size)}, over`} the input limit of ${maxBytes} bytes${binarySize(maxBytes)}; raise it with --max-input-bytes (at most 500MiB)`,
  });
}

/** What a file that is not a regular file is, for the message refusing it. */
function kindOf(info: Stats): LocalizedText {
  if (info.isDirectory()) return { zh: '它是目录', en: 'it is a directory' };
  if (info.isFIFO())
    return {
      zh: '它是 FIFO（命名管道）：请改为把它导入标准输入（ankang-eco evaluate - < …）',
      en: 'it is a FIFO (named pipe): pipe it to standard input instead (ankang-eco evaluate - < …)',
    };
  if (info.isSocket()) return { zh: '它是套接字', en: 'it is a socket' };
  if (info.isCharacterDevice() || info.isBlockDevice()) return { zh: '它是设备', en: 'it is a device' };
  return { zh: '它不是普通文件', en: 'it is not a regular file' };
}

/** Why a file could not be opened or read; the system's own words for what is not named here. */
function describeOpenError(error: unknown): LocalizedText {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return { zh: '没有这个文件', en: 'no such file' };
  if (code === 'EACCES' || code === 'EPERM') return { zh: '没有权限', en: 'permission denied' };
  if (code === 'EISDIR') return { zh: '它是目录', en: 'it is a directory' };
  if (code === 'EMFILE' || code === 'ENFILE') return { zh: '打开的文件过多', en: 'too many open files' };
  const message = error instanceof Error ? error.message : String(error);
  return { zh: shownText(message, 'zh', 1000), en: shownText(message, 'en', 1000) };
}

/** "cannot read NAME: why", in both languages. */
function cannotRead(name: string, why: LocalizedText): UsageError {
  return new UsageError({
    zh: `无法读取 ${shownText(name, 'zh')}：${why.zh}`,
    en: `cannot read ${shownText(name)}: ${why.en}`,
  });
}

/**
 * The bytes of a regular file, at most `maxBytes` of them. The file is opened without blocking
 * (opening a FIFO would otherwise wait for a writer) and refused unless it is a regular file;
 * its size is checked before it is read, and again as it is read, in case it grows.
 */
export async function readFileBytes(path: string, name: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw cannotRead(name, describeOpenError(error));
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      const kind = kindOf(info);
      throw cannotRead(name, { zh: `${kind.zh}；只读取普通文件`, en: `${kind.en}; only regular files are read` });
    }
    if (info.size > maxBytes) throw tooLarge(name, maxBytes, info.size);
    // One byte more than the size, to see a file that grows; files that say 0 (as /proc does) start at 64 KiB.
    let buffer = new Uint8Array(Math.min(info.size > 0 ? info.size + 1 : 64 * 1024, maxBytes + 1));
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        if (total > maxBytes) throw tooLarge(name, maxBytes);
        const grown = new Uint8Array(Math.min(buffer.length * 2, maxBytes + 1));
        grown.set(buffer);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    if (total > maxBytes) throw tooLarge(name, maxBytes);
    return buffer.subarray(0, total);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw cannotRead(name, describeOpenError(error));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Thrown by a {@link StdinReader} that stopped reading past its limit. */
export class InputTooLargeError extends Error {
  override name = 'InputTooLargeError' as const;
}

/** Standard input's bytes; rejects with {@link InputTooLargeError} past `maxBytes`, having stopped reading. */
export type StdinReader = (maxBytes: number) => Promise<Uint8Array>;

/** How messages name an input: its path, or `stdin` for `-`. */
export const inputName = (path: string): string => (path === '-' ? 'stdin' : path);

/**
 * The text of a file, or of standard input for `-`, within the limits: bounded, decoded exactly
 * as data files are (`decodeDataBytes`: UTF-8, UTF-16 with a byte-order mark, GB18030 when
 * asked; anything else refused with the encoding it looks like). `expected` says what the input
 * should hold, for empty input.
 */
export async function readInputText(
  path: string,
  readStdin: StdinReader,
  limits: InputLimits,
  expected: LocalizedText,
): Promise<string> {
  const bytes = await readInputBytes(path, readStdin, limits.maxBytes);
  try {
    return decodeDataBytes(bytes, inputName(path), limits.encoding);
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    const empty = bytes.length === 0 || new TextDecoder().decode(bytes).trim() === '';
    const problems = issueProblems(error.issues, formatDataPlace);
    throw new UsageError(
      empty
        ? problems.map(({ zh, en }) => ({ zh: `${zh}；应为${expected.zh}`, en: `${en}; expected ${expected.en}` }))
        : problems,
    );
  }
}

/** The bytes of a file, or of standard input for `-`, at most `maxBytes` of them. */
export async function readInputBytes(path: string, readStdin: StdinReader, maxBytes: number): Promise<Uint8Array> {
  const name = inputName(path);
  if (path !== '-') return readFileBytes(path, name, maxBytes);
  let bytes: Uint8Array;
  try {
    bytes = await readStdin(maxBytes);
  } catch (error) {
    if (error instanceof InputTooLargeError) throw tooLarge(name, maxBytes);
    throw cannotRead(name, describeOpenError(error));
  }
  if (bytes.length > maxBytes) throw tooLarge(name, maxBytes);
  return bytes;
}
