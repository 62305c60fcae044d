import { IssuesError } from './issues-error.js';
import type { Language } from '../vocabulary/localized-text.js';
import { shownText } from '../vocabulary/visible-text.js';
import { formatIssuePath, formatIssues } from './format-issues.js';
import type { Issue } from './issue.js';

/**
 * The place of a data-file issue as people read it: `figures.csv:12: pm25` for a line,
 * `figures.xlsx:数据!D5: pm25` for a cell, `figures.csv` for the whole file. Data-file issues
 * have the path `[file, line or "sheet!cell", key?]`; pass this as `place` to {@link formatIssues}.
 * The file, the sheet and the key are input: each is shown escaped and cut past 200 characters,
 * with its length said in `lang`.
 *
 * @example
 * ```ts
 * formatIssues(error.issues, { place: formatDataPlace });
 * // - figures.csv:3: energyPerGdp: 3 cells, but the header has 2 columns; …
 * ```
 */
export function formatDataPlace(path: readonly (string | number)[], lang: Language = 'en'): string {
  const [file, where, ...rest] = path;
  const shown = (part: string | number | undefined): string =>
    typeof part === 'string' ? shownText(part, lang) : String(part ?? '');
  // `sheet!C5`: the sheet's name is input, cut like any; the cell after the last "!" is the reader's own.
  const bang = typeof where === 'string' ? where.lastIndexOf('!') : -1;
  const place =
    typeof where === 'string' && bang !== -1 ? `${shown(where.slice(0, bang))}${where.slice(bang)}` : shown(where);
  const head = where === undefined ? shown(file) : `${shown(file)}:${place}`;
  return rest.length === 0 ? head : `${head}: ${formatIssuePath(rest, lang)}`;
}

/**
 * Thrown by the data-file readers (`readDataText`, `readDataTables`, `mergeDataFiles`) when a
 * file cannot be used as it is: every problem is an issue whose path names the file, the line
 * (or the sheet and cell) and the key, in Chinese and English (`localized`; `message` is the English).
 * Nothing is guessed: a value is used exactly as the normalizer reads it, or refused here.
 */
export class DataFileError extends IssuesError {
  static override readonly kind: string = 'DataFileError';
  declare readonly name: 'DataFileError';

  /** Problems found beyond the issues listed: a file of a million bad rows lists the first and counts the rest. */
  readonly omitted: number;

  constructor(issues: readonly Issue[], omitted = 0) {
    const total = issues.length + omitted;
    super(
      'Invalid data file',
      issues,
      `Invalid data file (${total} ${total === 1 ? 'issue' : 'issues'}):\n${formatIssues(issues, { limit: 5, place: formatDataPlace, omitted })}`,
    );
    this.omitted = omitted;
  }
}
