import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { DataFileError, formatDataPlace, quotedTextLength, shownText, type TextParam } from 'ankang-eco-indicators';
import { decodeDataBytes, ReadError, type DataEncoding, textParam, worded } from 'ankang-eco-indicators/data';
import { cliMessages, type ExpectedInput, type ReadReason } from './messages.js';
import { cliProblem, issueProblems, placeIn, problemOf, UsageError } from './usage-error.js';

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
    throw new UsageError(
      cliProblem('cli.max_input_bytes', {
        received: textParam(value, quotedTextLength),
        highest: highestMaxInputBytes,
      }),
    );
  }
  return bytes;
}

/** The refusal of an input larger than the limit. */
function tooLarge(name: string, maxBytes: number, size?: number): UsageError {
  const place = placeIn((lang) => shownText(name, lang));
  return new UsageError(
    cliProblem('cli.input_too_large', size === undefined ? { maxBytes } : { size, maxBytes }, place),
  );
}

/** What a file that is not a regular file is, for the message refusing it. */
function kindOf(info: Stats): ReadReason {
  if (info.isDirectory()) return 'directoryNotRegular';
  if (info.isFIFO()) return 'fifo';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  return 'notRegular';
}

/** Why a file could not be opened or read: a reason, or the system's own words for what is not named here. */
function describeOpenError(error: unknown): { reason: ReadReason; system?: TextParam } {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return { reason: 'noSuchFile' };
  if (code === 'EACCES' || code === 'EPERM') return { reason: 'permissionDenied' };
  if (code === 'EISDIR') return { reason: 'directory' };
  if (code === 'EMFILE' || code === 'ENFILE') return { reason: 'tooManyOpenFiles' };
  const message = error instanceof Error ? error.message : String(error);
  return { reason: 'system', system: textParam(message, 1000) };
}

/** "cannot read NAME: why", in both languages. */
function cannotRead(name: string, why: { reason: ReadReason; system?: TextParam }): UsageError {
  return new UsageError(cliProblem('cli.cannot_read', { name: textParam(name), ...why }));
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
      throw cannotRead(name, { reason: kindOf(info) });
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
export class InputTooLargeError extends ReadError<'cli.input_too_large'> {
  override name = 'InputTooLargeError' as const;

  /** Standard input went past `maxBytes`: the reader stopped there. */
  constructor(maxBytes: number) {
    super(worded(cliMessages, 'cli.input_too_large', { maxBytes }));
  }
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
  expected: ExpectedInput,
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
        ? problems.map(({ place, code, params, zh, en }) =>
            problemOf(cliProblem('cli.empty_input', { issue: { code, params, zh, en }, expected }), place),
          )
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
