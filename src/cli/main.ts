#!/usr/bin/env node
// The `ankang-eco` command: a thin shell over the public API (see run.ts). Here: the process's
// streams, and the exit codes of what run.ts cannot see (a failed write, a bug of ours).
import { visibleText } from '../vocabulary/visible-text.js';
import { exitCodes } from './exit-codes.js';
import { InputTooLargeError } from './read-input.js';
import { run } from './run.js';

/** Standard input, read until it ends; past `maxBytes` reading stops and what was read is let go. */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
    // Stop at once: `< /dev/zero` never ends, and what is over the limit is refused anyway.
    if (total > maxBytes) throw new InputTooLargeError();
  }
  return Buffer.concat(chunks, total);
}

/** The first line of what was thrown, escaped: a one-line message. */
function describe(error: unknown): string {
  try {
    // A system error's message names it (ENOSPC: no space left on device); others are named by their class.
    const text =
      error instanceof Error
        ? 'code' in error && typeof error.code === 'string'
          ? error.message
          : `${error.name}: ${error.message}`
        : String(error);
    return visibleText(text.split('\n')[0] ?? '');
  } catch {
    return 'an unprintable error';
  }
}

/** Ends the process with `code`, after one line on stderr if stderr can still take it. */
function exitWith(code: number, line: string): never {
  try {
    process.stderr.write(`ankang-eco: ${line}\n`);
  } catch {
    // stderr is gone too: the exit code is all that is left to say it.
  }
  process.exit(code);
}

const currentCode = (): number => (typeof process.exitCode === 'number' ? process.exitCode : 0);

// A reader that stops early (`| head`) is not an error of ours: stop quietly, with the code so far.
// Any other write error (a full disk, /dev/full) is exit 74, so no script reads the run as done.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(currentCode());
  exitWith(exitCodes.write, `cannot write to standard output: ${describe(error)}`);
});
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  process.exit(error.code === 'EPIPE' ? currentCode() : exitCodes.write);
});
process.on('uncaughtException', (error) => exitWith(exitCodes.internal, `internal error: ${describe(error)}`));
process.on('unhandledRejection', (error) => exitWith(exitCodes.internal, `internal error: ${describe(error)}`));

run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  isTTY: process.stdout.isTTY,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    exitWith(exitCodes.internal, `internal error (please report it): ${describe(error)}`);
  },
);
