import type * as z from 'zod/mini';
import { issueAt, type Issue } from '../errors/issue.js';
import type { LocalizedText } from '../vocabulary/localized-text.js';
import { quotedText } from '../vocabulary/visible-text.js';
import { didYouMean } from './did-you-mean.js';
import { chineseOfFixed, previewValue } from './messages.js';

/** Unknown keys past this many are still listed, but without a suggestion (it costs time). */
const suggestionLimit = 50;

/** A key as a quoted string, invisible characters escaped (`"pm25\u200b"`), a long one cut short. */
const describeKey = (key: string, lang: 'zh' | 'en'): string => quotedText(key, lang, 60);

/** zod/mini has no messages of its own: where a schema gives none, zod says only this. */
const genericMessage = 'Invalid input';

const typeNames: Readonly<Record<string, LocalizedText>> = {
  array: { en: 'an array', zh: '数组' },
  object: { en: 'an object', zh: '对象' },
  record: { en: 'an object', zh: '对象' },
  string: { en: 'a string', zh: '字符串' },
  number: { en: 'a number', zh: '数字' },
  boolean: { en: 'a boolean', zh: '布尔值' },
};

/** The issue's message in both languages, or what was expected where zod/mini would say only "Invalid input". */
function localizedMessage(zodIssue: z.core.$ZodIssue): LocalizedText {
  const en = zodIssue.message;
  if (en === genericMessage) {
    if (zodIssue.code === 'invalid_type') {
      const name = typeNames[zodIssue.expected] ?? { en: `a ${zodIssue.expected}`, zh: zodIssue.expected };
      return { en: `expected ${name.en}`, zh: `应为${name.zh}` };
    }
    if (zodIssue.code === 'invalid_key') {
      const inner = zodIssue.issues.map(localizedMessage);
      if (inner.length > 0)
        return { en: inner.map((text) => text.en).join('; '), zh: inner.map((text) => text.zh).join('；') };
    }
    if (zodIssue.code === 'invalid_value') {
      const values = zodIssue.values.map((value) => previewValue(value));
      return { en: `expected ${values.join(', ')}`, zh: `应为 ${values.join('、')} 之一` };
    }
    return { en, zh: '输入无效' };
  }
  // A message of ours: the Chinese was left on the issue (one that names the input), or is
  // the fixed message's (src/schema/messages.ts).
  const params = (zodIssue as { readonly params?: Readonly<Record<string, unknown>> }).params;
  const zh = typeof params?.['zh'] === 'string' ? params['zh'] : chineseOfFixed.get(en);
  // Only a message written without its Chinese lands here; a test runs every schema's issues
  // to make sure none is.
  return { en, zh: zh ?? en };
}

/**
 * Our issues from zod's: paths prefixed with `prefix`, one issue per unknown key (with a
 * suggestion from `knownKeys` where one is close), messages in Chinese and plain English.
 * `keyNoun` names what an unknown key is (`measurement key`, 指标键).
 */
export function zodIssuesToIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  prefix: readonly (string | number)[],
  knownKeys: readonly string[] = [],
  keyNoun: LocalizedText = { en: 'key', zh: '键' },
): Issue[] {
  const issues: Issue[] = [];
  let suggested = 0;
  for (const zodIssue of zodIssues) {
    const path = [...prefix, ...zodIssue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))];
    if (zodIssue.code === 'unrecognized_keys') {
      for (const key of zodIssue.keys) {
        const suggestion = suggested++ < suggestionLimit ? didYouMean(key, knownKeys) : undefined;
        const hint = suggestion === undefined ? undefined : JSON.stringify(suggestion);
        issues.push(
          issueAt([...path, key], {
            en: `unknown ${keyNoun.en} ${describeKey(key, 'en')}${hint === undefined ? '' : `; did you mean ${hint}?`}`,
            zh: `未知的${keyNoun.zh} ${describeKey(key, 'zh')}${hint === undefined ? '' : `；是否想写 ${hint}？`}`,
          }),
        );
      }
      continue;
    }
    issues.push(issueAt(path, localizedMessage(zodIssue)));
  }
  return issues;
}
