import type { LocalizedText } from '../catalogue/measurements.js';

/**
 * The language of a variant of the shipped JSON Schema files: `zh` (`schema/zh/`), `en`
 * (`schema/en/`), or undefined for the files at the top of `schema/`, whose texts carry both.
 */
export type JsonSchemaLanguage = 'zh' | 'en';

/** `text` in `lang`; without a language, both: a title as `中文 / English`, a description on two lines. */
export function textIn(text: LocalizedText, lang: JsonSchemaLanguage | undefined, role: 'title' | 'description'): string {
  if (lang !== undefined) return text[lang];
  return role === 'title' ? `${text.zh} / ${text.en}` : `${text.zh}\n${text.en}`;
}
