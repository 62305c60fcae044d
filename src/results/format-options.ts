import { describeThrown, type Issue } from '../errors/issue.js';
import { ValidationError } from '../errors/validation-error.js';
import { quotedText } from '../text/visible-text.js';

/** The languages of every report. */
export const reportLanguages = ['zh', 'en'] as const;
/** A report's language: `zh` (中文) or `en` (English). */
export type ReportLanguage = (typeof reportLanguages)[number];

/**
 * The language a report formatter's `options` ask for (`zh` when none): `options` is
 * `undefined` or an object with at most `lang`, and `lang` is `'zh'` or `'en'`. Anything
 * else throws a {@link ValidationError} naming the option, so that a caller's `lang: 'fr'` or
 * `lang: 'EN'` is an error at the call, never a report full of `undefined`.
 */
export function reportLanguage(options: unknown): ReportLanguage {
  if (options === undefined) return 'zh';
  const issues: Issue[] = [];
  let lang: unknown;
  try {
    if (typeof options !== 'object' || options === null || Array.isArray(options)) {
      throw new ValidationError([{ path: ['options'], message: 'expected an object such as { lang: "en" }' }]);
    }
    for (const key of Object.keys(options)) {
      if (key !== 'lang')
        issues.push({ path: ['options', key], message: `unknown option ${quotedText(key)}; expected "lang"` });
    }
    lang = (options as { lang?: unknown }).lang;
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError([{ path: ['options'], message: `could not be read: ${describeThrown(error)}` }]);
  }
  if (lang !== undefined && !reportLanguages.includes(lang as ReportLanguage)) {
    const given = typeof lang === 'string' ? quotedText(lang) : lang === null ? 'null' : `a ${typeof lang}`;
    issues.push({ path: ['options', 'lang'], message: `expected "zh" or "en", got ${given}` });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return (lang as ReportLanguage | undefined) ?? 'zh';
}
