import { formatIssuePath, type Language, type LocalizedText, shownText } from 'ankang-eco-indicators';
import type { JsonTextError } from 'ankang-eco-indicators/data';

/** A JSON text error of a rule or case file as a problem: `file:line:column: not valid JSON: …` or `file:line: path: …`. */
export function describeJsonError(error: JsonTextError, name: string): LocalizedText {
  const place = (lang: Language): string =>
    error.kind === 'syntax' || error.path.length === 0
      ? `${shownText(name, lang)}:${error.line}:${error.column}`
      : `${shownText(name, lang)}:${error.line}: ${formatIssuePath(error.path, lang)}`;
  return { zh: `${place('zh')}: ${error.text.zh}`, en: `${place('en')}: ${error.text.en}` };
}
