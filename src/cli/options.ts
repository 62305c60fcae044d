// The options the commands share: one-of-a-list values, and how input is read (the size limit
// and the encoding).
import { inputEncodings, type InputEncoding } from './decode-input.js';
import { parseMaxInputBytes, type InputLimits } from './read-input.js';
import { UsageError } from './usage-error.js';

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

/** The options every command that reads files takes. */
export const inputOptions = { 'max-input-bytes': { type: 'string' } } as const;
/** The options of the commands that read measurements, which may come from Chinese Windows. */
export const measurementInputOptions = { ...inputOptions, encoding: { type: 'string' } } as const;

/** Other names of the encodings read: GB18030 decodes GBK and GB2312 too. */
const encodingAliases: Readonly<Record<string, InputEncoding>> = {
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
    encoding: oneOf<InputEncoding>(
      values.encoding === undefined
        ? undefined
        : Object.hasOwn(encodingAliases, values.encoding.toLowerCase())
          ? encodingAliases[values.encoding.toLowerCase()]
          : values.encoding,
      inputEncodings,
      'encoding',
      'utf-8',
    ),
  };
}
