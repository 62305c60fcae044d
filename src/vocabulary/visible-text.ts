// The one escaper for text that comes from data or rule files and is shown as plain text:
// reports, terminal lines, CSV cells and JSON output all use it, so that no control
// character from input reaches an output raw and no invisible character hides in a key. And the
// one bound on it where it is echoed (a place, a message): whatever its length, a key, a file,
// sheet or option name, a source or a note is shown cut, with its length said.

import type { Language } from './localized-text.js';

/**
 * Characters shown escaped: C0 and C1 controls and DEL (`\p{Cc}`: ESC starts terminal escape
 * sequences, a line break forges a line), format characters (`\p{Cf}`: zero-width spaces,
 * bidirectional overrides, a byte-order mark: invisible, or reordering what is shown), the
 * Unicode line and paragraph separators, and lone surrogates (not text at all).
 */
const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/** `\uXXXX` for each UTF-16 code unit of `character`: the notation of JSON and JavaScript. */
export function unicodeEscape(character: string): string {
  let escaped = '';
  for (let index = 0; index < character.length; index++) {
    escaped += `\\u${character.charCodeAt(index).toString(16).padStart(4, '0')}`;
  }
  return escaped;
}

/**
 * `text` with every control, format and separator character written as a `\uXXXX` escape:
 * `"pm25\u200b"` shows the zero-width space a key carries, and an ESC from a rule file prints
 * as `\u001b` instead of driving the terminal. Other text, Chinese included, is unchanged.
 */
export function visibleText(text: string): string {
  return text.replace(invisible, unicodeEscape);
}

/** The most characters of an input text that a place or a message shows: a file, sheet or option name, a key, a source. */
export const shownTextLength = 200;
/** The most characters of a value that a message quotes. */
export const quotedTextLength = 40;

/** The first `max` characters of `text`, never ending inside a surrogate pair. */
export function textHead(text: string, max: number): string {
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** The last `count` characters of `text`, never starting inside a surrogate pair. */
export function textTail(text: string, count: number): string {
  const first = text.charCodeAt(text.length - count);
  return text.slice(text.length - count + (first >= 0xdc00 && first <= 0xdfff ? 1 : 0));
}

/** What a cut text says after its head: `… (5000 characters)`, `…（共 5000 个字符）`. */
export const cutLength = (length: number, lang: Language): string =>
  lang === 'zh' ? `…（共 ${length} 个字符）` : `… (${length} characters)`;

/**
 * Text from input cut to a line's worth: past `max` characters, its head and its length
 * (`abc… (30000000 characters)`, `abc…（共 30000000 个字符）`); with `end`, its last `end` characters
 * too (`figures…(5000 characters)….csv:12`: a place keeps its line). Not escaped: for output that
 * escapes for its own format (a Markdown cell); {@link shownText} is this, escaped.
 */
export function cutText(text: string, lang: Language = 'en', max: number = shownTextLength, end = 0): string {
  if (text.length <= max) return text;
  if (end <= 0) return `${textHead(text, max)}${cutLength(text.length, lang)}`;
  return `${textHead(text, Math.max(max - end, 0))}${cutLength(text.length, lang)}…${textTail(text, end)}`;
}

/**
 * Text from input as a place or a message shows it: every invisible character escaped (see
 * {@link visibleText}), and cut to a line's worth with its length said ({@link cutText}), so
 * that no echo of input is longer than a line. The one bound on echoed text: places, messages
 * and reports use it (or {@link cutText}, where the output escapes for itself).
 */
export function shownText(text: string, lang: Language = 'en', max: number = shownTextLength, end = 0): string {
  return visibleText(cutText(text, lang, max, end));
}

/** A place (`figures.csv:12`, `figures.xlsx:数据!C5`) as messages show it: {@link shownText}, its end kept. */
export const shownPlace = (place: string, lang: Language = 'en'): string => shownText(place, lang, shownTextLength, 40);

/**
 * A string as a JSON string literal whose every invisible character is escaped (JSON.stringify
 * escapes only C0 controls), cut past `max` characters with its length said
 * (`"abc…"… (5000 characters)`): for keys and values quoted in messages.
 */
export function quotedText(text: string, lang: Language = 'en', max: number = quotedTextLength): string {
  if (text.length <= max) return visibleText(JSON.stringify(text));
  return `${visibleText(JSON.stringify(textHead(text, max)))}${cutLength(text.length, lang)}`;
}
