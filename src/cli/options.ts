// The options the commands share: their parsing, one-of-a-list values, years, and how input is
// read (the size limit and the encoding).
import { parseArgs } from 'node:util';
import { dataEncodings, type DataEncoding } from 'ankang-eco-indicators/data';
import { parseMaxInputBytes, type InputLimits } from './read-input.js';
import { UsageError } from './usage-error.js';

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
    throw new UsageError((error as Error).message);
  }
}

/** An option's value among `allowed`, or `fallback` when absent; anything else is a {@link UsageError}. */
export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
}

/** `--year`: four digits, or `undefined` when not given. */
export function yearOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw new UsageError(`--year must be a year such as 2020; got ${JSON.stringify(value)}`);
  return Number(value);
}

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
