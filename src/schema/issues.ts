import type * as z from 'zod/mini';
import { issueAt, type Issue } from '../errors/issue.js';
import type { IssueCode } from '../messages/codes.js';
import { inputMessages, type KeyNoun } from '../messages/input.js';
import { textParam, valueParam, worded, type IssueText } from '../messages/wording.js';
import { didYouMean } from './did-you-mean.js';
import type { ZodIssueTag } from './messages.js';

/** Unknown keys past this many are still listed, but without a suggestion (it costs time). */
const suggestionLimit = 50;

/** How much of an unknown key a message quotes. */
const keyShown = 60;

/** The code, params and Chinese the schemas left on a zod issue (src/schema/messages.ts), if any. */
function tagOf(zodIssue: z.core.$ZodIssue): ZodIssueTag | undefined {
  const params = (zodIssue as { readonly params?: Readonly<Record<string, unknown>> }).params;
  return typeof params?.['code'] === 'string' ? (params as unknown as ZodIssueTag) : undefined;
}

/**
 * The issue's code, params and wording: the schema's own (its tag), or, where zod/mini would
 * say only "Invalid input", what was expected.
 */
function issueText(zodIssue: z.core.$ZodIssue): IssueText<IssueCode> {
  const tag = tagOf(zodIssue);
  if (tag !== undefined) return { code: tag.code, params: tag.params, en: zodIssue.message, zh: tag.zh };
  if (zodIssue.code === 'invalid_type') {
    // Parsed with `reportInput`, the issue says what was there: nothing (a field left out), or a value.
    if (Object.hasOwn(zodIssue, 'input')) {
      const { input } = zodIssue;
      if (input === undefined) return worded(inputMessages, 'input.missing', { expected: zodIssue.expected });
      return worded(inputMessages, 'input.wrong_type', { expected: zodIssue.expected, received: valueParam(input) });
    }
    return worded(inputMessages, 'input.wrong_type', { expected: zodIssue.expected });
  }
  if (zodIssue.code === 'invalid_value') {
    return worded(inputMessages, 'input.not_one_of', { values: zodIssue.values.map((value) => valueParam(value)) });
  }
  // Only a check written without its code lands here; a test runs every schema's issues to
  // make sure none is.
  return worded(inputMessages, 'input.invalid', {});
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
  keyNoun: KeyNoun = 'key',
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
        const params = { noun: keyNoun, key: textParam(key, keyShown) };
        issues.push(
          issueAt(
            [...path, key],
            worded(inputMessages, 'input.unknown_key', suggestion === undefined ? params : { ...params, suggestion }),
          ),
        );
      }
      continue;
    }
    // A record's key refused by its own schema: the key's issues, at the key (zod/mini has no
    // message of its own for the record).
    if (zodIssue.code === 'invalid_key' && tagOf(zodIssue) === undefined && zodIssue.issues.length > 0) {
      for (const inner of zodIssue.issues) issues.push(issueAt(path, issueText(inner)));
      continue;
    }
    issues.push(issueAt(path, issueText(zodIssue)));
  }
  return issues;
}
