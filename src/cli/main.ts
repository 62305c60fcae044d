#!/usr/bin/env node
// The `ankang-eco` command: a thin shell over the public API (see run.ts). Here: the process's
// streams, and the exit codes of what run.ts cannot see (a failed write, a bug of ours).
import { type LocalizedText, type TextParam } from 'ankang-eco-indicators';
import { textParam } from 'ankang-eco-indicators/data';
import { exitCodes } from './exit-codes.js';
import { inLanguages, scanLanguages } from './language.js';
import { InputTooLargeError } from './read-input.js';
import { run } from './run.js';
import { cliProblem } from './usage-error.js';

/** Standard input, read until it ends; past `maxBytes` reading stops and what was read is let go. */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
    // Stop at once: `< /dev/zero` never ends, and what is over the limit is refused anyway.
    if (total > maxBytes) throw new InputTooLargeError(maxBytes);
  }
  return Buffer.concat(chunks, total);
}

/** The languages of this run's own lines, as run.ts finds them. */
const runLanguages = scanLanguages(process.argv.slice(2));

/** The first line of what was thrown: a one-line message (the system's or the error's own words), cut; `undefined` if it cannot be had. */
function describe(error: unknown): TextParam | undefined {
  try {
    // A system error's message names it (ENOSPC: no space left on device); others are named by their class.
    const text =
      error instanceof Error
        ? 'code' in error && typeof error.code === 'string'
          ? error.message
          : `${error.name}: ${error.message}`
        : String(error);
    // One line, escaped and cut: a system error quotes a path, which may be as long as an argument.
    return textParam(text.split('\n')[0] ?? '', 1000);
  } catch {
    return undefined;
  }
}

/** Ends the process with `code`, after one line on stderr (in the run's language) if stderr can still take it. */
function exitWith(code: number, line: LocalizedText): never {
  try {
    // Both languages, when --lang names neither, still on one line: a script reads the first line.
    process.stderr.write(`ankang-eco: ${inLanguages(line, runLanguages, ' / ')}\n`);
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
  exitWith(exitCodes.write, cliProblem('cli.cannot_write_stdout', { system: describe(error) ?? '' }));
});
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  process.exit(error.code === 'EPIPE' ? currentCode() : exitCodes.write);
});
/** An error of ours, as the one line that says so. */
const internalError = (error: unknown): LocalizedText => {
  const system = describe(error);
  return cliProblem('cli.internal_error', system === undefined ? {} : { system });
};
process.on('uncaughtException', (error) => exitWith(exitCodes.internal, internalError(error)));
process.on('unhandledRejection', (error) => exitWith(exitCodes.internal, internalError(error)));

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
    exitWith(exitCodes.internal, internalError(error));
  },
);
