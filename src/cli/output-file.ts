// Where a command writes what it made: standard output, or the file of `-o` (`-o -` is standard
// output). A file is never clobbered or mislabelled: an existing one is replaced only with
// `--force` (atomically, through a file beside it, so a failed write leaves it as it was), the
// format follows the file's extension when `--format` is not given and a `--format` the
// extension contradicts is refused. A path that cannot be opened for a reason the user can fix
// is a usage error (exit 2) naming it; a write that fails once the output is open is exit 74,
// as a failed write to standard output is, in one line.

import { randomBytes } from 'node:crypto';
import { type Stats } from 'node:fs';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { type TextParam } from 'ankang-eco-indicators';
import { textParam } from 'ankang-eco-indicators/data';
import type { WriteReason } from './messages.js';
import type { CliIo } from './io.js';
import { oneOf } from './options.js';
import { cliProblem, UsageError, type Problem } from './usage-error.js';

/** The options of every command that writes: `-o, --output <file>` and `--force`. */
export const outputOptions = {
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

/** The report formats a file's extension names: `.md` Markdown, `.txt` the plain-text table. */
export const reportExtensions = {
  '.json': 'json',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.csv': 'csv',
  '.txt': 'table',
} as const;

/** Every extension that names a format some command writes: a file so named holds that format. */
const formatExtensions: ReadonlySet<string> = new Set([...Object.keys(reportExtensions), '.xlsx']);

/** Where a command's output goes. */
export type OutputTarget =
  { readonly kind: 'stdout' } | { readonly kind: 'file'; readonly path: string; readonly force: boolean };

/** The target of `-o` (none, or `-`: standard output). */
export function outputTarget(values: {
  readonly output?: string | undefined;
  readonly force?: boolean | undefined;
}): OutputTarget {
  const { output } = values;
  if (output === undefined || output === '-') return { kind: 'stdout' };
  if (output === '') throw new UsageError(cliProblem('cli.output_needs_name', {}));
  return { kind: 'file', path: output, force: values.force === true };
}

/**
 * The output format: `--format` if given, else the one the output file's extension names, else
 * `fallback`. A `--format` that the extension names otherwise (`--format csv -o t.xlsx`) is
 * refused: the file would hold one format under the name of another.
 */
export function outputFormat<const F extends string>(
  given: string | undefined,
  target: OutputTarget,
  formats: readonly F[],
  byExtension: Readonly<Record<string, F>>,
  fallback: F,
): F {
  const extension = target.kind === 'file' ? extname(target.path).toLowerCase() : '';
  const implied = Object.hasOwn(byExtension, extension) ? byExtension[extension] : undefined;
  const format = oneOf(given, formats, 'format', implied ?? fallback);
  if (target.kind === 'file' && implied === undefined && formatExtensions.has(extension)) {
    // A file named for a format this command does not write (`evaluate -o r.xlsx`) would hold
    // another format under that name; an extension that names no format (`.out`) is the user's.
    throw new UsageError(
      cliProblem('cli.extension_not_written', {
        extension,
        path: textParam(target.path),
        extensions: Object.keys(byExtension),
      }),
    );
  }
  if (target.kind === 'file' && implied !== undefined && format !== implied) {
    throw new UsageError(
      cliProblem('cli.format_does_not_match_file', { format, path: textParam(target.path), extension, implied }),
    );
  }
  return format;
}

/** Thrown when a write fails once its output is open (a full disk, an I/O error): exit 74, one line. */
export class OutputWriteError extends Error {
  override name = 'OutputWriteError' as const;
  constructor(readonly text: Problem) {
    super(text.en);
  }
}

/** The system's words for an error (`ENOSPC: no space left on device, write`), on one line, as a param. */
function systemWords(error: unknown): TextParam {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  return textParam(message, 1000);
}

/** Why a path cannot be opened, when the user can do something about it; `undefined` otherwise. */
function fixableOpenProblem(error: unknown): WriteReason | undefined {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'ENOENT':
      return 'folderMissing';
    case 'ENOTDIR':
      return 'notAFolder';
    case 'EISDIR':
      return 'directory';
    case 'EACCES':
    case 'EPERM':
      return 'permissionDenied';
    case 'EROFS':
      return 'readOnly';
    case 'ENAMETOOLONG':
      return 'nameTooLong';
    case 'ELOOP':
      return 'symlinkLoop';
    case 'EEXIST':
      return 'justMade';
    default:
      return undefined;
  }
}

/** A path that could not be opened: a usage error when the user can fix it, else a write error (74). */
function cannotOpen(error: unknown, path: string): Error {
  const reason = fixableOpenProblem(error);
  if (reason === 'folderMissing')
    return new UsageError(
      cliProblem('cli.cannot_write', { path: textParam(path), reason, folder: textParam(dirname(path)) }),
    );
  if (reason !== undefined) return new UsageError(cliProblem('cli.cannot_write', { path: textParam(path), reason }));
  return failedWrite(error, path);
}

/** A write that failed once the output was open: exit 74. */
function failedWrite(error: unknown, path: string): OutputWriteError {
  return new OutputWriteError(
    cliProblem('cli.cannot_write', { path: textParam(path), reason: 'system', system: systemWords(error) }),
  );
}

const ignore = (): undefined => undefined;

/** Writes `content` through a handle opened with `flags`; a failed write is exit 74, after `cleanUp`. */
async function writeThrough(
  path: string,
  flags: string,
  content: string | Uint8Array,
  cleanUp: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  let handle;
  try {
    handle = await open(path, flags);
  } catch (error) {
    throw cannotOpen(error, path);
  }
  try {
    await handle.writeFile(content);
    await handle.close();
  } catch (error) {
    await handle.close().catch(ignore);
    await cleanUp().catch(ignore);
    throw failedWrite(error, path);
  }
}

/**
 * An existing regular file replaced with `content`: written beside it and renamed over it, so
 * that it is whole before and after, never half-written, with its permissions. Where its folder
 * takes no new file (no write permission on the folder), it is written in place, as `--force` asks.
 */
async function replaceFile(path: string, info: Stats, content: string | Uint8Array): Promise<void> {
  // Through a symbolic link, the file it names is replaced, as the shell's `>` would.
  const real = await realpath(path).catch(() => path);
  const temporary = join(dirname(real), `.${basename(real)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temporary, 'wx');
  } catch (error) {
    if (fixableOpenProblem(error) === undefined) throw cannotOpen(error, path);
    await writeThrough(real, 'w', content);
    return;
  }
  try {
    await handle.writeFile(content);
    await handle.chmod(info.mode & 0o7777);
    await handle.close();
    await rename(temporary, real);
  } catch (error) {
    await handle.close().catch(ignore);
    await unlink(temporary).catch(ignore);
    throw failedWrite(error, path);
  }
}

/** Writes `content` to a file as {@link OutputTarget} says: never over an existing file without `--force`. */
async function writeFileOutput(path: string, force: boolean, content: string | Uint8Array): Promise<void> {
  let info: Stats | undefined;
  try {
    info = await stat(path);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw cannotOpen(error, path);
  }
  if (info?.isDirectory() === true)
    throw new UsageError(cliProblem('cli.cannot_write', { path: textParam(path), reason: 'directory' }));
  if (info?.isFile() === true) {
    if (!force) throw new UsageError(cliProblem('cli.output_exists', { path: textParam(path) }));
    await replaceFile(path, info, content);
  } else if (info !== undefined) {
    // A device or a pipe (/dev/stdout, /dev/full, a FIFO): written to, as the shell's `>` would.
    await writeThrough(path, 'w', content);
  } else {
    // A new file, made here (one that appeared meanwhile is not overwritten: EEXIST); a failed
    // write removes it, so no half-written file looks like output.
    await writeThrough(path, 'wx', content, () => unlink(path));
  }
}

/** Writes `content` to `target`: standard output, or the file of `-o`. */
export async function writeOutput(
  target: OutputTarget,
  content: string | Uint8Array,
  io: Pick<CliIo, 'stdout'>,
): Promise<void> {
  if (target.kind === 'stdout') io.stdout(content);
  else await writeFileOutput(target.path, target.force, content);
}
