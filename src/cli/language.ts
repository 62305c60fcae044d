// The language a run speaks: its messages, help, notes and reports follow `--lang` (Chinese
// without it). The one place that decides it, for the commands (from their parsed options) and
// for what is printed before or while the options are parsed (from the arguments as given).
import { languages, type Language, type LocalizedText } from 'ankang-eco-indicators';

/** The languages a run prints its own texts in: one, or both when `--lang` itself is not `zh` or `en`. */
export type RunLanguages = readonly [Language] | typeof bothLanguages;

/** Chinese, then English: for a run whose `--lang` names neither, so that either reader can read its messages. */
export const bothLanguages = languages;

/** The languages of a `--lang` value: Chinese when absent, that language, or both for anything else. */
export function languagesOf(value: string | undefined): RunLanguages {
  if (value === undefined) return ['zh'];
  return value === 'zh' || value === 'en' ? [value] : bothLanguages;
}

/**
 * The `--lang` of arguments not yet parsed (the last one given, as the option parser takes it;
 * nothing after `--`, which ends the options): the language of a problem found before or while
 * they are parsed, such as an unknown command or option. `--lang` without a value is no language.
 */
export function scanLanguages(args: readonly string[]): RunLanguages {
  let given: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === '--') break;
    if (arg === '--lang') given = args[++index] ?? '';
    else if (arg.startsWith('--lang=')) given = arg.slice('--lang='.length);
  }
  return languagesOf(given);
}

/** One text in the run's language (or both, one after the other, separated by `separator`). */
export function inLanguages(text: LocalizedText, runLanguages: RunLanguages, separator = '\n'): string {
  return runLanguages.map((lang) => text[lang]).join(separator);
}

/** One message in the language of a report: `lang` is one language here, never both. */
export const say = (lang: Language, zh: string, en: string): string => (lang === 'zh' ? zh : en);

/** Whether `arg` is `--lang` or `--lang=…`. */
const isLangOption = (arg: string | undefined): boolean => arg === '--lang' || arg?.startsWith('--lang=') === true;

/**
 * The command and its arguments. A `--lang` written before the command (`ankang-eco --lang en
 * evaluate …`) is the command's, as if written after it.
 */
export function commandOf(args: readonly string[]): { command: string | undefined; rest: string[] } {
  let index = 0;
  while (isLangOption(args[index])) index += args[index] === '--lang' ? 2 : 1;
  const [command, ...rest] = args.slice(index);
  return { command, rest: [...args.slice(0, index), ...rest] };
}

/** `args` without their `--lang` options and values: what names the command of `help`. */
export function withoutLang(args: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === '--lang') index++;
    else if (!isLangOption(arg)) kept.push(arg);
  }
  return kept;
}
