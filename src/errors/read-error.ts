import type { IssueCode } from '../messages/codes.js';
import type { IssueText } from '../messages/wording.js';

/**
 * Why a reader refused its input (a JSON text, a CSV record, a workbook's ZIP container, XML
 * or cells, standard input past its limit), worded from a catalogue: the one base of the
 * readers' internal errors. Each reader throws a thin subclass that adds where (a line, a
 * cell); the caller, who knows the file, makes `text` an issue at its place. Never reaches a
 * caller of the package: the readers' callers turn it into a `DataFileError` or a usage error.
 */
export class ReadError<C extends string = IssueCode> extends Error {
  override name = 'ReadError';

  constructor(readonly text: IssueText<C>) {
    super(text.en);
  }
}
