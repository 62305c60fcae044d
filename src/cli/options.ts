import { parseArgs } from 'node:util';
import { UsageError } from './usage-error.js';

/** The options a command takes, as `node:util`'s parseArgs describes them. */
export type OptionSpec = Readonly<Record<string, { readonly type: 'string' | 'boolean'; readonly short?: string }>>;

/** The arguments of a command, with `--help`; an unknown option or a missing value is a usage error. */
interface Config<O extends OptionSpec> {
  args: string[];
  options: O & { help: { type: 'boolean'; short: 'h' } };
  allowPositionals: true;
  strict: true;
}

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

/** The value of an option that takes one of `allowed`, or `fallback` when it is not given. */
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

/** `--year`: four digits. */
export function yearOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw new UsageError(`--year must be a year such as 2020; got ${JSON.stringify(value)}`);
  return Number(value);
}
