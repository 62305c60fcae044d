import { formatIssuePath, shownText, type Language } from 'ankang-eco-indicators';
import type { JsonTextError } from 'ankang-eco-indicators/data';
import { placeIn, problemOf, type Problem } from './usage-error.js';

/** A JSON text error of a rule or case file as a problem: at `file:line:column` (not valid JSON) or `file:line: path`. */
export function describeJsonError(error: JsonTextError, name: string): Problem {
  const place = (lang: Language): string =>
    error.kind === 'syntax' || error.path.length === 0
      ? `${shownText(name, lang)}:${error.line}:${error.column}`
      : `${shownText(name, lang)}:${error.line}: ${formatIssuePath(error.path, lang)}`;
  return problemOf(error.text, placeIn(place));
}
