import type { Language } from '../vocabulary/localized-text.js';

/** Control, format and separator characters: shown as `\uXXXX` so that none hides in a quoted value. */
const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

const escape = (character: string): string => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Longest text quoted whole in a message; longer text is cut, with its length. */
const previewLength = 40;

/**
 * Text from a file as a message quotes it: in double quotes, every invisible character
 * escaped, and cut after {@link previewLength} characters (`"…"… (5000 characters)`).
 */
export function quoted(text: string, lang: Language = 'en'): string {
  const cut = text.length > previewLength ? text.slice(0, previewLength) : text;
  const literal = JSON.stringify(cut).replace(invisible, escape);
  if (text.length <= previewLength) return literal;
  return lang === 'zh' ? `${literal}…（共 ${text.length} 个字符）` : `${literal}… (${text.length} characters)`;
}
