import { issueAt, unreadableAt, type Issue } from '../errors/issue.js';
import { ValidationError } from '../errors/validation-error.js';
import { isLanguage, type Language } from '../vocabulary/localized-text.js';
import { quotedText } from '../vocabulary/visible-text.js';

/**
 * The language a report formatter's `options` ask for (`zh` when none): `options` is
 * `undefined` or an object with at most `lang`, and `lang` is `'zh'` or `'en'`. Anything
 * else throws a {@link ValidationError} naming the option, so that a caller's `lang: 'fr'` or
 * `lang: 'EN'` is an error at the call, never a report full of `undefined`.
 */
export function reportLanguage(options: unknown): Language {
  if (options === undefined) return 'zh';
  const issues: Issue[] = [];
  let lang: unknown;
  try {
    if (typeof options !== 'object' || options === null || Array.isArray(options)) {
      throw new ValidationError([
        issueAt(['options'], {
          en: 'expected an object such as { lang: "en" }',
          zh: '应为对象，如 { lang: "en" }',
        }),
      ]);
    }
    for (const key of Object.keys(options)) {
      if (key !== 'lang') {
        issues.push(
          issueAt(['options', key], {
            en: `unknown option ${quotedText(key)}; expected "lang"`,
            zh: `未知的选项 ${quotedText(key)}；应为 "lang"`,
          }),
        );
      }
    }
    lang = (options as { lang?: unknown }).lang;
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError([unreadableAt(['options'], error)]);
  }
  if (lang !== undefined && !isLanguage(lang)) {
    const given = typeof lang === 'string' ? quotedText(lang) : lang === null ? 'null' : typeof lang;
    issues.push(
      issueAt(['options', 'lang'], {
        en: `expected "zh" or "en", got ${given}`,
        zh: `应为 "zh" 或 "en"，实际为 ${given}`,
      }),
    );
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return isLanguage(lang) ? lang : 'zh';
}
