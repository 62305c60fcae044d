import { bureauIdOf, unknownBureauMessage } from '../catalogue/bureau-names.js';
import type { BureauId } from '../catalogue/bureaus.js';
import { issueAt, type Issue } from '../errors/issue.js';
import { unreadableAt } from '../errors/unreadable.js';
import { inputMessages } from '../messages/input.js';
import { textParam, valueParam, worded } from '../messages/wording.js';
import { ValidationError } from '../errors/validation-error.js';
import { isLanguage, type Language } from '../vocabulary/localized-text.js';
import { quotedTextLength } from '../vocabulary/visible-text.js';

/** A formatter's `options` read once: the values of the `known` keys, and the issues of any other. */
function readOptions(options: unknown, known: readonly string[]): { values: Record<string, unknown>; issues: Issue[] } {
  const issues: Issue[] = [];
  const values: Record<string, unknown> = {};
  if (options === undefined) return { values, issues };
  try {
    if (typeof options !== 'object' || options === null || Array.isArray(options)) {
      throw new ValidationError([
        issueAt(['options'], worded(inputMessages, 'input.options_not_object', { example: '{ lang: "en" }' })),
      ]);
    }
    for (const key of Object.keys(options)) {
      if (!known.includes(key)) {
        issues.push(
          issueAt(
            ['options', key],
            worded(inputMessages, 'input.unknown_option', {
              option: textParam(key, quotedTextLength),
              accepted: known,
            }),
          ),
        );
      }
    }
    for (const key of known) values[key] = (options as Record<string, unknown>)[key];
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError([unreadableAt(['options'], error)]);
  }
  return { values, issues };
}

/** `lang`, checked: `zh` (the default) or `en`. */
function languageOf(lang: unknown, issues: Issue[]): Language {
  if (lang !== undefined && !isLanguage(lang)) {
    issues.push(
      issueAt(
        ['options', 'lang'],
        worded(inputMessages, 'input.not_a_choice', { accepted: ['zh', 'en'], received: valueParam(lang) }),
      ),
    );
  }
  return isLanguage(lang) ? lang : 'zh';
}

/**
 * The language a report formatter's `options` ask for (`zh` when none): `options` is
 * `undefined` or an object with at most `lang`, and `lang` is `'zh'` or `'en'`. Anything
 * else throws a {@link ValidationError} naming the option, so that a caller's `lang: 'fr'` or
 * `lang: 'EN'` is an error at the call, never a report full of `undefined`.
 */
export function reportLanguage(options: unknown): Language {
  const { values, issues } = readOptions(options, ['lang']);
  const lang = languageOf(values['lang'], issues);
  if (issues.length > 0) throw new ValidationError(issues);
  return lang;
}

/** The options of the evaluation reports, checked as {@link reportLanguage} checks `lang`. */
export interface EvaluationReportOptions {
  readonly lang: Language;
  /** One bureau's indicators only: its id, whichever name chose it. */
  readonly bureau: BureauId | undefined;
  /** Where each figure came from, under its indicator. */
  readonly sources: boolean;
}

/**
 * The options of `formatReport` and `formatMarkdownReport`: `lang` as for {@link reportLanguage},
 * `bureau` a bureau by its id, Chinese name, short name or English name (any case), `sources` a boolean; anything else is a {@link ValidationError}.
 */
export function evaluationReportOptions(options: unknown): EvaluationReportOptions {
  const { values, issues } = readOptions(options, ['lang', 'bureau', 'sources']);
  const lang = languageOf(values['lang'], issues);
  const { sources } = values;
  const bureauId = bureauOf(values['bureau'], issues);
  if (sources !== undefined && typeof sources !== 'boolean') {
    issues.push(
      issueAt(['options', 'sources'], worded(inputMessages, 'input.not_boolean', { received: valueParam(sources) })),
    );
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return { lang, bureau: bureauId, sources: sources === true };
}

/** The options of the progress reports, checked as {@link evaluationReportOptions} checks them. */
export interface ProgressReportOptions {
  readonly lang: Language;
  /** One bureau's indicators only: its id, whichever name chose it. */
  readonly bureau: BureauId | undefined;
}

/**
 * The options of `formatProgressReport` and `formatProgressMarkdownReport`: `lang` as for
 * {@link reportLanguage}, `bureau` a bureau by its id, Chinese name, short name or English name;
 * anything else is a {@link ValidationError} (an unknown bureau was an empty report before).
 */
export function progressReportOptions(options: unknown): ProgressReportOptions {
  const { values, issues } = readOptions(options, ['lang', 'bureau']);
  const lang = languageOf(values['lang'], issues);
  const bureau = bureauOf(values['bureau'], issues);
  if (issues.length > 0) throw new ValidationError(issues);
  return { lang, bureau };
}

/** `bureau`, checked: undefined, or a bureau's id or name (docs/data-files.md, "Bureaus by name"). */
function bureauOf(bureau: unknown, issues: Issue[]): BureauId | undefined {
  const bureauId = typeof bureau === 'string' ? bureauIdOf(bureau) : undefined;
  if (bureau !== undefined && bureauId === undefined)
    issues.push(issueAt(['options', 'bureau'], unknownBureauMessage(bureau)));
  return bureauId;
}
