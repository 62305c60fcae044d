// The shape of the message catalogues (one file of src/messages/ per area, and the command line's
// src/cli/messages.ts): every issue is a stable `code` with its `params`, plain JSON values, and
// its Chinese and English are worded from them by the catalogue of its area, in one place. A UI
// that words an issue its own way reads `code` and `params`; docs/issue-codes.md lists them all.
// Each area is its own module, imported only by the code that refuses something of that area:
// valid input never loads the wording of what it is not.

import type { Language, LocalizedText } from '../vocabulary/localized-text.js';
import {
  cutLength,
  quotedTextLength,
  shownTextLength,
  textHead,
  textTail,
  visibleText,
} from '../vocabulary/visible-text.js';

/** A value of an issue's `params`: plain JSON, so that an issue survives `JSON.stringify` whole. */
export type ParamValue =
  string | number | boolean | null | readonly ParamValue[] | { readonly [key: string]: ParamValue | undefined };

/** The params of an issue: what its wording names, by name (`{ key: 'pm25', received: '12%' }`). */
export type IssueParams = Readonly<Record<string, ParamValue | undefined>>;

/** How a catalogue words one code, from its params, in each language. */
export interface Wording<P extends IssueParams = IssueParams> {
  /** The English of a code, from its params. */
  readonly en: (params: P) => string;
  /** The Chinese of a code, from its params. */
  readonly zh: (params: P) => string;
}

/** A catalogue of an area: each code's wording. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each code has params of its own
export type MessageCatalogue = Readonly<Record<string, Wording<any>>>;

/** The params a catalogue's wording of a code takes. */
export type ParamsOf<W> = W extends Wording<infer P> ? P : never;

/** The wording of an issue with its code and params: what an issue is made of, its place apart. */
export interface IssueText<C extends string = string> extends LocalizedText {
  readonly code: C;
  readonly params: IssueParams;
}

/** A catalogue entry: `params` typed once, on the English. */
export function wording<P extends IssueParams>(entry: {
  readonly en: (params: P) => string;
  readonly zh: (params: NoInfer<P>) => string;
}): Wording<P> {
  return entry;
}

/** A catalogue entry that names nothing: the same text whatever the params. */
export function fixed(en: string, zh: string): Wording<Record<string, never>> {
  return { en: () => en, zh: () => zh };
}

/** `code` of `catalogue`, worded in both languages from `params`: the one way an issue's text is made. */
export function worded<C extends MessageCatalogue, K extends keyof C & string>(
  catalogue: C,
  code: K,
  params: ParamsOf<C[K]>,
): IssueText<K> {
  const entry = catalogue[code] as Wording<ParamsOf<C[K]>>;
  return { code, params, en: entry.en(params), zh: entry.zh(params) };
}

// Input echoed in a message (a value, a key, a name) is a param too: cut to what the message
// shows, with its length said, so that a 30 MB key costs a line and the params stay small.

/**
 * A text in both languages given by the caller (a hint naming the control that would read a
 * refused file, `--encoding gb18030` or a page's own): a param like any, words of the caller's.
 */
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- a param: an interface has no index signature
export type LocalizedParam = { readonly zh: string; readonly en: string };

/** A text from input that was cut: its first characters (and last, for a place), and its length. */
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- a param: an interface has no index signature
export type CutText = { readonly head: string; readonly tail?: string; readonly length: number };

/** A text from input as a param: itself, or cut past what its message shows. */
export type TextParam = string | CutText;

/**
 * A value from input as a param (`got …`): a string (cut like {@link TextParam}), a finite
 * number, a boolean or null as they are, and anything else by what it is (`{ type: 'array' }`,
 * `{ type: 'number', text: 'NaN' }`).
 */
export type ValueParam = TextParam | number | boolean | null | { readonly type: string; readonly text?: string };

/** `text` as a param: as it is up to `max` characters, else its head (and its last `end` characters) and length. */
export function textParam(text: string, max: number = shownTextLength, end = 0): TextParam {
  if (text.length <= max) return text;
  if (end <= 0) return { head: textHead(text, max), length: text.length };
  return { head: textHead(text, Math.max(max - end, 0)), tail: textTail(text, end), length: text.length };
}

/** A value from input as a param (strings cut past `max` characters, the length of a quoted value by default). */
export function valueParam(value: unknown, max: number = quotedTextLength): ValueParam {
  if (typeof value === 'string') return textParam(value, max);
  // -0 is 0 in JSON, and in what a message shows.
  if (typeof value === 'number') return Number.isFinite(value) ? value + 0 : { type: 'number', text: String(value) };
  if (typeof value === 'boolean' || value === null) return value;
  return { type: Array.isArray(value) ? 'array' : typeof value };
}

const isCut = (value: unknown): value is CutText =>
  typeof value === 'object' && value !== null && 'head' in value && 'length' in value;

/** A {@link TextParam} as a message shows it: escaped, and cut with its length said. */
export function shown(text: TextParam, lang: Language): string {
  if (typeof text === 'string') return visibleText(text);
  const head = `${text.head}${cutLength(text.length, lang)}`;
  return visibleText(text.tail === undefined ? head : `${head}…${text.tail}`);
}

/** A {@link TextParam} as a JSON string literal, escaped, cut with its length said: a key or value quoted in a message. */
export function quoted(text: TextParam, lang: Language): string {
  if (typeof text === 'string') return visibleText(JSON.stringify(text));
  return `${visibleText(JSON.stringify(text.head))}${cutLength(text.length, lang)}`;
}

/** A {@link ValueParam} as a message shows it: a string quoted, `12`, `true`, `NaN`, `an array`. */
export function preview(value: ValueParam | undefined, lang: Language): string {
  if (typeof value === 'string' || isCut(value)) return quoted(value, lang);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (value === undefined) return 'undefined';
  if (value.text !== undefined) return value.text;
  if (value.type === 'undefined') return 'undefined';
  return `${/^[aeiou]/.test(value.type) ? 'an' : 'a'} ${value.type}`;
}

/** Words joined as each language lists them: `a, b, c` and `a、b、c`. */
export const listed = (items: readonly string[], lang: Language): string => items.join(lang === 'zh' ? '、' : ', ');
