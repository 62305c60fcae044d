import { cutText, type Language, unicodeEscape, visibleText } from 'ankang-eco-indicators';

/**
 * Lines for a terminal (or a file a person reads): each line's control and invisible
 * characters escaped, so that no text from data, rule files or file names can move the cursor,
 * recolour the screen or forge a line of its own. Lines are joined with `\n`, and end with one.
 */
export function terminalLines(lines: readonly string[]): string {
  return `${lines.map(visibleText).join('\n')}\n`;
}

/** JSON escapes what JSON.stringify leaves raw: C1 controls, format characters, U+2028 and U+2029. */
const rawInJson = /[\u007f-\u009f\p{Cf}\u2028\u2029]/gu;

/**
 * A value as indented JSON output: the same JSON, with every control and invisible character of
 * a string written as a `\uXXXX` escape (JSON.stringify escapes only C0), so the output carries
 * none raw and parses to the same value.
 */
export function jsonOutput(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(rawInJson, unicodeEscape)}\n`;
}

/** The longest line written on standard error: a message, with its place and what it quotes, fits in it. */
export const maxStderrLine = 2000;

/** `text` with each line past {@link maxStderrLine} characters cut, with its length said. */
export function boundedLines(text: string, lang: Language): string {
  if (text.length <= maxStderrLine) return text;
  return text
    .split('\n')
    .map((line) => (line.length > maxStderrLine ? cutText(line, lang, maxStderrLine - 50) : line))
    .join('\n');
}
