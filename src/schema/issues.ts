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
      // Parsed with `reportInput`, the issue says what was there: nothing (a field left out), or a value.
      if (Object.hasOwn(zodIssue, 'input')) {
        const { input } = zodIssue;
        if (input === undefined) return { en: `missing: expected ${name.en}`, zh: `缺少：应为${name.zh}` };
        return {
          en: `expected ${name.en}, got ${previewValue(input)}`,
          zh: `应为${name.zh}，实际为 ${previewValue(input, 'zh')}`,
        };
      }
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

/** The schema inside wrappers that do not change an object's keys (optional, nullable, default, a pipe's input). */
function unwrapped(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (let depth = 0; depth < 32; depth++) {
    const def = current._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    const inner = def.type === 'pipe' ? def.in : def.innerType;
    if (inner === undefined) return current;
    current = inner;
  }
  return current;
}

/**
 * The keys of the object `schema` describes at `path` (through records, arrays and optional
 * values), or `undefined` where that is not one object's (a union, say): the fields an
 * unknown key there could have meant.
 */
export function objectKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): readonly string[] | undefined {
  let current = unwrapped(schema);
  for (const part of path) {
    const def = current._zod.def as {
      type: string;
      shape?: Readonly<Record<string, z.core.$ZodType>>;
      valueType?: z.core.$ZodType;
      element?: z.core.$ZodType;
    };
    const next =
      def.type === 'object' && typeof part === 'string' && def.shape !== undefined && Object.hasOwn(def.shape, part)
        ? def.shape[part]
        : def.type === 'record'
          ? def.valueType
          : def.type === 'array'
            ? def.element
            : undefined;
    if (next === undefined) return undefined;
    current = unwrapped(next);
  }
  const def = current._zod.def as { type: string; shape?: Readonly<Record<string, unknown>> };
  return def.type === 'object' && def.shape !== undefined ? Object.keys(def.shape) : undefined;
}

/**
 * Our issues from zod's: paths prefixed with `prefix`, one issue per unknown key (with a
 * suggestion where one is close: from `knownKeys` when it is a list of the keys wherever an
 * unknown one can be, or, given the schema, from the keys of the very object the unknown key is
 * in), messages in Chinese and plain English. `keyNoun` names what an unknown key is
 * (`measurement key`, 指标键).
 */
export function zodIssuesToIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  prefix: readonly (string | number)[],
  knownKeys: readonly string[] | z.core.$ZodType = [],
  keyNoun: LocalizedText = { en: 'key', zh: '键' },
): Issue[] {
  const issues: Issue[] = [];
  let suggested = 0;
  for (const zodIssue of zodIssues) {
    const path = [...prefix, ...zodIssue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))];
    if (zodIssue.code === 'unrecognized_keys') {
      const candidates = Array.isArray(knownKeys)
        ? (knownKeys as readonly string[])
        : (objectKeysAt(knownKeys as z.core.$ZodType, zodIssue.path) ?? []);
      for (const key of zodIssue.keys) {
        const suggestion = suggested++ < suggestionLimit ? didYouMean(key, candidates) : undefined;
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
