import type { JsonTextError } from '../data/json-text.js';

/** A JSON text error of a rule or case file as a problem line: `file:line:column: not valid JSON: …` or `file:line: path: …`. */
export function describeJsonError(error: JsonTextError, name: string): string {
  return error.kind === 'syntax' || error.path.length === 0
    ? `${name}:${error.line}:${error.column}: ${error.message}`
    : `${name}:${error.line}: ${error.path.join('.')}: ${error.message}`;
}
