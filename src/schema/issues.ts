import type * as z from 'zod/mini';
import type { Issue } from '../errors/issue.js';
import { quotedText } from '../text/visible-text.js';
import { didYouMean } from './did-you-mean.js';

/** Unknown keys past this many are still listed, but without a suggestion (it costs time). */
const suggestionLimit = 50;

/** A key as a quoted string, invisible characters escaped (`"pm25\u200b"`), a long one cut short. */
const describeKey = (key: string): string =>
  key.length > 60 ? `${quotedText(key.slice(0, 60))}… (${key.length} characters)` : quotedText(key);

/** zod/mini has no messages of its own: where a schema gives none, zod says only this. */
const genericMessage = 'Invalid input';

const typeNames: Readonly<Record<string, string>> = { array: 'an array', object: 'an object', record: 'an object' };

/** The issue's message, or what was expected where zod/mini would say only "Invalid input". */
function plainMessage(zodIssue: z.core.$ZodIssue): string {
  if (zodIssue.message !== genericMessage) return zodIssue.message;
  if (zodIssue.code === 'invalid_type') return `expected ${typeNames[zodIssue.expected] ?? `a ${zodIssue.expected}`}`;
  if (zodIssue.code === 'invalid_key') return zodIssue.issues.map(plainMessage).join('; ') || genericMessage;
  return zodIssue.message;
}

/**
 * Our issues from zod's: paths prefixed with `prefix`, one issue per unknown key (with a
 * suggestion from `knownKeys` where one is close), messages in plain English.
 */
export function zodIssuesToIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  prefix: readonly (string | number)[],
  knownKeys: readonly string[] = [],
  keyNoun = 'key',
): Issue[] {
  const issues: Issue[] = [];
  let suggested = 0;
  for (const zodIssue of zodIssues) {
    const path = [...prefix, ...zodIssue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))];
    if (zodIssue.code === 'unrecognized_keys') {
      for (const key of zodIssue.keys) {
        const suggestion = suggested++ < suggestionLimit ? didYouMean(key, knownKeys) : undefined;
        issues.push({
          path: [...path, key],
          message: `unknown ${keyNoun} ${describeKey(key)}${suggestion === undefined ? '' : `; did you mean ${JSON.stringify(suggestion)}?`}`,
        });
      }
      continue;
    }
    issues.push({ path, message: plainMessage(zodIssue) });
  }
  return issues;
}
