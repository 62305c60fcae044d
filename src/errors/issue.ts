import type { LocalizedText } from '../vocabulary/localized-text.js';

/** One problem with an input, at a place in it. */
export interface Issue {
  /** Where: for example `['measurements', 'greenTravelPercent']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in English: `localized.en`, kept for code that reads only this. */
  readonly message: string;
  /** What is wrong, in Chinese and in English: show `localized[lang]`. */
  readonly localized: LocalizedText;
}

/** An issue at `path` saying `text` in both languages. */
export function issueAt(path: readonly (string | number)[], text: LocalizedText): Issue {
  return { path, message: text.en, localized: { zh: text.zh, en: text.en } };
}

/** What was thrown, as text: for an issue about input that could not be read. */
export function describeThrown(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an unprintable value';
  }
}

/** The issue of an input that threw when read (a getter, a Proxy trap): never a crash of the host. */
export function unreadableAt(path: readonly (string | number)[], error: unknown): Issue {
  const thrown = describeThrown(error);
  return issueAt(path, { en: `could not be read: ${thrown}`, zh: `无法读取：${thrown}` });
}

/** A frozen copy of `issues`, for an error to carry: callers cannot change what it reports. */
export function freezeIssues(issues: readonly Issue[]): readonly Issue[] {
  return Object.freeze(
    issues.map((issue) =>
      Object.freeze({
        path: Object.freeze([...issue.path]),
        message: issue.message,
        localized: Object.freeze({ zh: issue.localized.zh, en: issue.localized.en }),
      }),
    ),
  );
}
