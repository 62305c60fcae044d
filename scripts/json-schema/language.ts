import type { LocalizedText } from '../../src/vocabulary/localized-text.js';

/**
 * The language of a variant of the shipped JSON Schema files: `zh` (`schema/zh/`) and `en`
 * (`schema/en/`) for forms, or undefined for the files at the top of `schema/`, for tools:
 * their descriptions carry both languages, and their titles are English, because code
 * generators name types after titles.
 */
export type JsonSchemaLanguage = 'zh' | 'en';

/** `text` in `lang`; without a language, a title in English and a description in both, on two lines. */
export function textIn(
  text: LocalizedText,
  lang: JsonSchemaLanguage | undefined,
  role: 'title' | 'description',
): string {
  if (lang !== undefined) return text[lang];
  return role === 'title' ? text.en : `${text.zh}\n${text.en}`;
}
