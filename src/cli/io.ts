import type { LocalizedText } from 'ankang-eco-indicators';
import type { StdinReader } from './read-input.js';
import type { Problem } from './usage-error.js';

/**
 * What the tool talks to: the process in `main.ts`, a fake in tests. The one shape of it:
 * every command takes it, and a part that needs less takes a `Pick` of it.
 */
export interface CliIo {
  /** Standard output: text, or the bytes of a workbook (when it is not a terminal). */
  readonly stdout: (content: string | Uint8Array) => void;
  readonly stderr: (text: string) => void;
  /** Standard input's bytes, at most `maxBytes` of them (more says the input is too large). */
  readonly readStdin: StdinReader;
  /** Whether standard output is a terminal (colour is used only there). */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * Told the problems a run ends with (a usage error, exit 2; a failed write, exit 74) before
   * they are printed, as data: each problem's code, params, wording and place, and how many more
   * there are. For a program that runs the command line and words its problems itself.
   */
  readonly problems?: (problems: readonly Problem[], more: number) => void;
}

/** A command of the tool: its `--help` in Chinese and English, and what it does with its arguments. */
export interface Command {
  readonly help: LocalizedText;
  /** Runs the command with its arguments (the command's name left out); resolves to the exit code. */
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
}
