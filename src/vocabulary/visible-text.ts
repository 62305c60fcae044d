// The one escaper for text that comes from data or rule files and is shown as plain text:
// reports, terminal lines, CSV cells and JSON output all use it, so that no control
// character from input reaches an output raw and no invisible character hides in a key.

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

/**
 * A string as a JSON string literal whose every invisible character is escaped (JSON.stringify
 * escapes only C0 controls): for keys and values quoted in messages.
 */
export function quotedText(text: string): string {
  return visibleText(JSON.stringify(text));
}
