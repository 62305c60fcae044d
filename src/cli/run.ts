// The dispatcher of `ankang-eco`: it finds the command and its language, and turns the errors a
// command throws into exit codes. Each command, with its options and its help in Chinese and
// English, is a file of commands/; the tool's own usage is usage.ts.
import { readFile } from 'node:fs/promises';
import { quotedTextLength } from 'ankang-eco-indicators';
import { textParam } from 'ankang-eco-indicators/data';
import { packageRoot } from './builtin-rules.js';
import { commandCompare, compareHelp } from './commands/compare.js';
import { commandEvaluate, evaluateHelp } from './commands/evaluate.js';
import { commandIndicators, indicatorsHelp } from './commands/indicators.js';
import { commandProgress, progressHelp } from './commands/progress.js';
import { commandSchema, schemaHelp } from './commands/schema.js';
import { commandTemplate, templateHelp } from './commands/template.js';
import { commandTest, testHelp } from './commands/test.js';
import { exitCodes } from './exit-codes.js';
import type { CliIo, Command } from './io.js';
import { commandOf, inLanguages, scanLanguages, withoutLang, type RunLanguages } from './language.js';
import { OutputWriteError } from './output-file.js';
import { boundedLines } from './terminal.js';
import { usage } from './usage.js';
import { cliProblem, describeUsageError, UsageError } from './usage-error.js';

/** The commands, by name. */
const commands: Readonly<Record<string, Command>> = {
  evaluate: { help: evaluateHelp, run: commandEvaluate },
  progress: { help: progressHelp, run: commandProgress },
  template: { help: templateHelp, run: commandTemplate },
  test: { help: testHelp, run: commandTest },
  compare: { help: compareHelp, run: commandCompare },
  indicators: { help: indicatorsHelp, run: commandIndicators },
  schema: { help: schemaHelp, run: commandSchema },
};

/** The command named `name`: own properties only (`help constructor` is a name, not Object's constructor). */
const commandNamed = (name: string): Command | undefined =>
  Object.hasOwn(commands, name) ? commands[name] : undefined;

/** The tool's usage, or a command's help, in the run's language(s), on stdout. */
function help(io: CliIo, name: string | undefined, runLanguages: RunLanguages): number {
  const text = name === undefined ? usage : commandNamed(name)?.help;
  if (text === undefined) {
    throw new UsageError(cliProblem('cli.no_help', { command: textParam(name ?? '', quotedTextLength) }));
  }
  io.stdout(inLanguages(text, runLanguages));
  return exitCodes.ok;
}

async function version(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('package.json', packageRoot), 'utf8')) as { version?: unknown };
  return String(manifest.version);
}

/**
 * Runs the tool with `args` (without `node` and the script) and returns the exit code. A
 * usage or input problem is printed on stderr, one line each (control characters escaped), with
 * exit code 2, in the language of `--lang` (Chinese without it, both when it names neither);
 * see {@link exitCodes} for the others.
 */
export async function run(args: readonly string[], given: CliIo): Promise<number> {
  // Known before any option is parsed, so that a problem with the options is said in it too.
  const runLanguages = scanLanguages(args);
  // Every echo of input is cut where it is made (shownText); this bounds what any line of stderr can be, whatever was missed.
  const io: CliIo = {
    ...given,
    stderr: (text) => {
      given.stderr(boundedLines(text, runLanguages[0]));
    },
  };
  const { command, rest } = commandOf(args);
  try {
    if (command === undefined) {
      // No command is a usage error: the usage goes to stderr, and a script sees exit code 2.
      io.stderr(inLanguages(usage, runLanguages));
      return exitCodes.usage;
    }
    if (command === '-h' || command === '--help' || command === 'help') {
      return help(io, command === 'help' ? withoutLang(rest)[0] : undefined, runLanguages);
    }
    if (command === '-v' || command === '--version') {
      io.stdout(`${await version()}\n`);
      return 0;
    }
    const handler = commandNamed(command);
    if (handler === undefined)
      throw new UsageError(cliProblem('cli.unknown_command', { command: textParam(command, quotedTextLength) }));
    return await handler.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      given.problems?.(error.problems, error.more);
      io.stderr(describeUsageError(error, runLanguages));
      return exitCodes.usage;
    }
    // A write that failed once its file was open, as a failed write to standard output: one line, 74.
    if (error instanceof OutputWriteError) {
      given.problems?.([error.text], 0);
      io.stderr(`ankang-eco: ${inLanguages(error.text, runLanguages, ' / ')}\n`);
      return exitCodes.write;
    }
    throw error;
  }
}
