import type { IssueCode } from '../messages/codes.js';
import type { IssueParams, IssueText } from '../messages/wording.js';
import { deepFreeze } from '../vocabulary/deep-freeze.js';
import type { LocalizedText } from '../vocabulary/localized-text.js';

/** One problem with an input, at a place in it. */
export interface Issue {
  /**
   * What the problem is, as a stable code: `measurement.not_plain_decimal`. A UI words an issue
   * its own way by its code and {@link Issue.params}; docs/issue-codes.md lists every code.
   */
  readonly code: IssueCode;
  /** What the wording names, as plain JSON values: `{ received: '12%' }` (input cut past what a message shows). */
  readonly params: IssueParams;
  /** Where: for example `['measurements', 'greenTravelPercent']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in English: `localized.en`, kept for code that reads only this. */
  readonly message: string;
  /** What is wrong, in Chinese and in English: show `localized[lang]`. */
  readonly localized: LocalizedText;
}

/** An issue at `path` saying `text` (a catalogue's wording of a code, `worded(…)`) in both languages. */
export function issueAt(path: readonly (string | number)[], text: IssueText<IssueCode>): Issue {
  return { code: text.code, params: text.params, path, message: text.en, localized: { zh: text.zh, en: text.en } };
}

/** A frozen copy of `issues`, for an error to carry: callers cannot change what it reports. */
export function freezeIssues(issues: readonly Issue[]): readonly Issue[] {
  return Object.freeze(
    issues.map((issue) =>
      Object.freeze({
        code: issue.code,
        // Plain JSON, copied and frozen: callers cannot change what an error reports.
        params: deepFreeze(JSON.parse(JSON.stringify(issue.params)) as Issue['params']),
        path: Object.freeze([...issue.path]),
        message: issue.message,
        localized: Object.freeze({ zh: issue.localized.zh, en: issue.localized.en }),
      }),
    ),
  );
}
