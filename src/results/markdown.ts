// The one escaper for text from data or rule files that goes into Markdown: the evaluation
// report, the rule-set comparison and the indicator catalogue all use it, so that a label,
// name or source text renders as the text it is and never as HTML, a link or a heading.
import { visibleText } from '../vocabulary/visible-text.js';

/** HTML's three: as entities, so that no `<` from data reaches the output raw. */
const htmlEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Markdown's inline syntax: escapes, code, emphasis, links and images, table cells,
 * strikethrough, math, and a heading's closing `#`s.
 */
const markdownSyntax = /[\\`*_[\]|~$#]/g;

/** Line breaks of every kind, each a space: a break in data must not start a heading or a row. */
const lineBreaks = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/**
 * Text from data or rule files, safe anywhere inline in Markdown (a table cell, a list item, a
 * heading): line breaks and tabs as spaces, other control and invisible characters as `\uXXXX`,
 * HTML's `& < >` as entities, and Markdown's syntax characters backslash-escaped.
 */
export function markdownText(text: string): string {
  return visibleText(text.replace(lineBreaks, ' ').replaceAll('\t', ' '))
    .replace(markdownSyntax, (character) => `\\${character}`)
    .replace(/[&<>]/g, (character) => htmlEntities[character] ?? character);
}

/** What a code span may carry as it is: identifiers, keys, names and hashes. */
const codeSafe = /^[\w.@/:+-]+$/;

/**
 * A key, id, name or hash as inline code when it is one (letters, digits and `_ . @ / : + -`);
 * any other text is escaped as {@link markdownText} instead, since a code span can be broken
 * out of with backticks and shows a `<` raw.
 */
export function markdownCode(text: string): string {
  return codeSafe.test(text) ? `\`${text}\`` : markdownText(text);
}
