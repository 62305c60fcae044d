import type { IssueCode } from '../messages/codes.js';
import { worded, type IssueText, type MessageCatalogue, type ParamsOf } from '../messages/wording.js';

// How the schemas word what they refuse: each gives zod an error function that returns the
// English (what zod users of `ankang-eco-indicators/schemas` see) and leaves the issue's code,
// params and Chinese on zod's issue, as `params: { code, params, zh }`, where
// src/schema/issues.ts reads them. (zod copies the issue after asking for its message; a test
// checks that every issue of every schema has its code.)

/**
 * The longest text a rule file may carry (a name, a label, a unit, a source text): far above the
 * seed table's longest task paragraph (293 characters), far below what costs time to hash and show.
 */
export const maxRuleTextLength = 10_000;
/** The longest name or key in a rule file (an id, a table name, a fact). */
export const maxRuleNameLength = 100;

/** What the schemas leave on a zod issue's `params`: the issue's code and params, and its Chinese. */
export interface ZodIssueTag {
  readonly code: IssueCode;
  readonly params: IssueText['params'];
  readonly zh: string;
}

/** The params of a code, from the input: optional for a code whose params are all optional. */
type ParamsArgument<P> =
  Record<string, never> extends P ? [params?: (input: unknown) => P] : [params: (input: unknown) => P];

/**
 * A zod error function for `code` of `catalogue`, worded from the params `params` makes of the
 * input (a fixed message takes none): zod gets the English, our issues the rest.
 */
export function zodError<C extends MessageCatalogue, K extends keyof C & IssueCode>(
  catalogue: C,
  code: K,
  ...[params]: ParamsArgument<ParamsOf<C[K]>>
): (issue: { readonly input?: unknown }) => string {
  return (issue) => {
    const text = worded(catalogue, code, (params?.(issue.input) ?? {}) as ParamsOf<C[K]>);
    const raw = issue as { params?: Readonly<Record<string, unknown>> };
    const tag: ZodIssueTag = { code, params: text.params, zh: text.zh };
    raw.params = { ...raw.params, ...tag };
    return text.en;
  };
}

/** A zod error function that words only a value of the wrong type (`invalid_type`), with `error`. */
export function typeError(
  error: (issue: { readonly input?: unknown }) => string,
): (issue: { readonly code?: string; readonly input?: unknown }) => string | undefined {
  return (issue) => (issue.code === 'invalid_type' ? error(issue) : undefined);
}

/** A custom zod issue saying `text`: zod gets the English, our issues the rest (`params`). */
export const customIssue = (value: unknown, text: IssueText<IssueCode>) =>
  ({
    code: 'custom',
    input: value,
    message: text.en,
    params: { code: text.code, params: text.params, zh: text.zh } satisfies ZodIssueTag,
  }) as const;
