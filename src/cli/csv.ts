/** One parsed CSV record with the line it starts on (1-based), for messages. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

/** A CSV syntax problem at a line. */
export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError' as const;
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Parses CSV as RFC 4180 writes it and as spreadsheets save it: comma-separated, fields in
 * double quotes may hold commas, quotes (doubled) and line breaks; CRLF or LF; a UTF-8 BOM
 * is dropped. Blank lines are skipped.
 */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let index = 0;
  const endRecord = (): void => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (index < source.length) {
    const character = source[index] as string;
    if (quoted) {
      if (character === '"') {
        if (source[index + 1] === '"') {
          cell += '"';
          index += 2;
          continue;
        }
        quoted = false;
        index++;
        const next = source[index];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvSyntaxError(line, 'unexpected text after a closing quote');
        }
        continue;
      }
      if (character === '\n') line++;
      cell += character;
      index++;
      continue;
    }
    if (character === '"' && cell === '') {
      quoted = true;
      index++;
    } else if (character === ',') {
      cells.push(cell);
      cell = '';
      index++;
    } else if (character === '\r' || character === '\n') {
      endRecord();
      index += character === '\r' && source[index + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      cell += character;
      index++;
    }
  }
  if (quoted) throw new CsvSyntaxError(recordLine, 'a quoted field is not closed');
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}

/** A CSV field, quoted when it must be. */
export function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
