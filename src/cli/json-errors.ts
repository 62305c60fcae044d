import type { LocalizedText } from 'ankang-eco-indicators';
import type { JsonTextError } from '../data/json-text.js';

/** A JSON text error of a rule or case file as a problem: `file:line:column: not valid JSON: …` or `file:line: path: …`. */
export function describeJsonError(error: JsonTextError, name: string): LocalizedText {
  const place =
    error.kind === 'syntax' || error.path.length === 0
      ? `${name}:${error.line}:${error.column}`
      : `${name}:${error.line}: ${error.path.join('.')}`;
  return { zh: `${place}: ${error.text.zh}`, en: `${place}: ${error.text.en}` };
}
