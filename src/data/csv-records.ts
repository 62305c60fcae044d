import { ReadError } from '../errors/read-error.js';
import { dataFileMessages } from '../messages/data-file.js';
import { worded, type IssueText } from '../messages/wording.js';

// The CSV tokenizer of the command line's hardened reader (issue 12), here so that the
// library's data readers (and a browser that parses a dropped file) share it.

/** One parsed CSV record with the line it starts on (1-based), for messages. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

/** A CSV syntax problem at a line, worded in both languages. */
export class CsvSyntaxError extends ReadError {
  override name = 'CsvSyntaxError' as const;
  constructor(
    readonly line: number,
    text: IssueText<keyof typeof dataFileMessages>,
  ) {
    super(text);
  }
}

const quote = 0x22;
const comma = 0x2c;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;

/** Line breaks (CRLF, LF or a lone CR) in `text` from `start` to `end`. */
function lineBreaksIn(text: string, start: number, end: number): number {
  let count = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === lineFeed || (code === carriageReturn && text.charCodeAt(index + 1) !== lineFeed)) count++;
  }
  return count;
}

/**
 * The records of CSV as RFC 4180 writes it and as spreadsheets save it: comma-separated, fields
 * in double quotes may hold commas, quotes (doubled) and line breaks; CRLF, LF or CR; a
 * byte-order mark is dropped; blank lines are skipped. One record at a time, each cell a slice
 * of `text`, so a large file costs its records one by one rather than a copy of every character.
 */
export function* csvRecords(text: string): Generator<CsvRecord> {
  const { length } = text;
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (index < length) {
    const recordLine = line;
    const cells: string[] = [];
    for (;;) {
      let cell: string;
      if (text.charCodeAt(index) === quote) {
        index++;
        cell = '';
        for (;;) {
          const close = text.indexOf('"', index);
          if (close === -1)
            throw new CsvSyntaxError(recordLine, worded(dataFileMessages, 'data_file.csv_unclosed_quote', {}));
          line += lineBreaksIn(text, index, close);
          if (text.charCodeAt(close + 1) === quote) {
            cell += text.slice(index, close + 1);
            index = close + 2;
            continue;
          }
          cell += text.slice(index, close);
          index = close + 1;
          break;
        }
        const next = text.charCodeAt(index);
        if (index < length && next !== comma && next !== lineFeed && next !== carriageReturn) {
          throw new CsvSyntaxError(line, worded(dataFileMessages, 'data_file.csv_text_after_quote', {}));
        }
      } else {
        const start = index;
        while (index < length) {
          const code = text.charCodeAt(index);
          if (code === comma || code === lineFeed || code === carriageReturn) break;
          index++;
        }
        cell = text.slice(start, index);
      }
      cells.push(cell);
      if (index >= length) break;
      if (text.charCodeAt(index) === comma) {
        index++;
        // A comma at the very end leaves one more, empty cell.
        if (index >= length) cells.push('');
        else continue;
        break;
      }
      index += text.charCodeAt(index) === carriageReturn && text.charCodeAt(index + 1) === lineFeed ? 2 : 1;
      line++;
      break;
    }
    if (!(cells.length === 1 && cells[0] === '')) yield { line: recordLine, cells };
  }
}
