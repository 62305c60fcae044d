// The options the commands share: their parsing, one-of-a-list values, years, the language, and
// how input is read (the size limit and the encoding).
import { parseArgs } from 'node:util';
import {
  type BureauId,
  bureauIdOf,
  bureaus,
  bureauShortNames,
  type Language,
  languages,
  quotedTextLength,
} from 'ankang-eco-indicators';
import { dataEncodings, type DataEncoding, textParam } from 'ankang-eco-indicators/data';
import { parseMaxInputBytes, type InputLimits } from './read-input.js';
import { cliProblem, UsageError, type Problem } from './usage-error.js';

/** The options a command takes, as `node:util`'s parseArgs describes them. */
export type OptionSpec = Readonly<Record<string, { readonly type: 'string' | 'boolean'; readonly short?: string }>>;

interface Config<O extends OptionSpec> {
  args: string[];
  options: O & { help: { type: 'boolean'; short: 'h' } };
  allowPositionals: true;
  strict: true;
}

/** The arguments of a command, with `--help`; an unknown option or a missing value is a usage error. */
export function parse<const O extends OptionSpec>(
  args: readonly string[],
  options: O,
): ReturnType<typeof parseArgs<Config<O>>> {
  const config: Config<O> = {
    args: [...args],
    options: { ...options, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  };
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(describeParseError(error as Error & { code?: unknown }));
  }
}

/**
 * What node:util's parseArgs refused, in Chinese and English: its own English message (on one
 * line), and a Chinese sentence naming the same option. A message of a Node version worded
 * otherwise keeps its English text inside a Chinese sentence.
 */
export function describeParseError(error: Error & { code?: unknown }): Problem {
  // Node's own words quote the option as given: a 100,000-character option is cut like any echo.
  const message = textParam(error.message.split('\n').join(' '), 1000);
  const unknown = /^Unknown option '(.*?)'\./.exec(error.message);
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown !== null) {
    return cliProblem('cli.unknown_option', { option: textParam(unknown[1] ?? ''), message });
  }
  const named = /^Option '(.*?)(?: <value>)?' (argument missing|does not take an argument|argument is ambiguous)/.exec(
    error.message,
  );
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && named !== null) {
    const option = textParam(named[1] ?? '');
    if (named[2] === 'argument missing') return cliProblem('cli.option_missing_value', { option, message });
    if (named[2] === 'does not take an argument') return cliProblem('cli.option_takes_no_value', { option, message });
    const use = /use (.*)\.$/.exec(error.message)?.[1];
    return cliProblem(
      'cli.option_ambiguous',
      use === undefined ? { option, message } : { option, use: textParam(use, 1000), message },
    );
  }
  return cliProblem('cli.bad_arguments', { message });
}

/** An option's value among `allowed`, or `fallback` when absent; anything else is a {@link UsageError}. */
export function oneOf<T extends string, F extends T | undefined = T>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
  fallback: F,
): T | F {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    cliProblem('cli.not_one_of', { option, allowed: [...allowed], received: textParam(value, quotedTextLength) }),
  );
}

/**
 * `--bureau`: a bureau by its id, Chinese name (`市生态环境局`), short name (`生态环境局`) or
 * English name, in any case; `undefined` when not given. A name of no bureau is a
 * {@link UsageError} listing them.
 */
export function bureauOf(value: string | undefined): BureauId | undefined {
  if (value === undefined) return undefined;
  const id = bureauIdOf(value);
  if (id !== undefined) return id;
  // Every bureau by its names, as the refusal lists them.
  const known = bureaus.map(({ id, name }) => ({ id, zh: name.zh, short: bureauShortNames[id], en: name.en }));
  throw new UsageError(cliProblem('cli.unknown_bureau', { name: textParam(value, quotedTextLength), bureaus: known }));
}

/**
 * The bureaus as a `--help` lists them, one a line indented by `indent`: each id with its Chinese
 * name and short name (`ecology-environment  市生态环境局  生态环境局`), in either language, as
 * the names people type.
 */
export function bureauHelp(indent: string): string {
  const width = Math.max(...bureaus.map((bureau) => bureau.id.length));
  return bureaus
    .map((bureau) => `${bureau.id.padEnd(width)}  ${bureau.name.zh}  ${bureauShortNames[bureau.id]}`)
    .join(`\n${indent}`);
}

/** A year option (`--year`, `--base-year`, …): four digits, or `undefined` when not given. */
export function yearOf(value: string | undefined, option = 'year'): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value))
    throw new UsageError(cliProblem('cli.not_a_year', { option, received: textParam(value, quotedTextLength) }));
  return Number(value);
}

/** `--lang`: the language of a command's report and messages, Chinese when not given. */
export const langOf = (value: string | undefined): Language => oneOf<Language>(value, languages, 'lang', 'zh');

/** The options every command that reads files takes. */
export const inputOptions = { 'max-input-bytes': { type: 'string' } } as const;
/** The options of the commands that read measurements, which may come from Chinese Windows. */
export const measurementInputOptions = { ...inputOptions, encoding: { type: 'string' } } as const;

/** Other names of the encodings read: GB18030 decodes GBK and GB2312 too. */
const encodingAliases: Readonly<Record<string, DataEncoding>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
};

/** The input limits of `--max-input-bytes` and `--encoding`. */
export function limitsOf(values: {
  readonly 'max-input-bytes'?: string | undefined;
  readonly encoding?: string | undefined;
}): InputLimits {
  return {
    maxBytes: parseMaxInputBytes(values['max-input-bytes']),
    encoding: oneOf<DataEncoding>(
      values.encoding === undefined
        ? undefined
        : Object.hasOwn(encodingAliases, values.encoding.toLowerCase())
          ? encodingAliases[values.encoding.toLowerCase()]
          : values.encoding,
      dataEncodings,
      'encoding',
      'utf-8',
    ),
  };
}
