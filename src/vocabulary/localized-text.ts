/** The languages every text a person reads exists in. */
export const languages = ['zh', 'en'] as const;

/** A language of {@link languages}: `zh` (Chinese) or `en` (English). */
export type Language = (typeof languages)[number];

/** A text in Chinese and in English. */
export interface LocalizedText {
  readonly zh: string;
  readonly en: string;
}

/** Whether `value` is one of {@link languages}: formatters refuse anything else. */
export function isLanguage(value: unknown): value is Language {
  return value === 'zh' || value === 'en';
}
