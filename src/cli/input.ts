import { measurementCatalogue, type MeasurementInfo } from 'ankang-eco-indicators';
import { csvRecords, CsvSyntaxError } from './csv.js';
import { measurementNumber } from './json-numbers.js';
import { JsonTextError, parseJsonText } from './json-text.js';
import { ProblemList, UsageError } from './usage-error.js';

const yes = new Set(['true', 'yes', 'y', '是', '1']);
const no = new Set(['false', 'no', 'n', '否', '0']);

/** What the measurements file of a run should hold, for the message on empty input. */
export const measurementsExpected = 'measurements as JSON ({"key": value, …}) or CSV (a header row "key,value")';

/**
 * Unknown keys past this many are counted, not kept: the library names the first ones (with a
 * did-you-mean), and a file of a million unknown keys costs a count instead of a million issues.
 */
export const maxUnknownKeysKept = 50;

/** Measurements read from a file, and how many entries with unknown keys were counted past the kept ones. */
export interface ReadMeasurements {
  readonly measurements: unknown;
  readonly omittedUnknownKeys: number;
}

type Catalogue = Readonly<Record<string, MeasurementInfo>>;

/** Whether to keep an entry: every known key, and the first {@link maxUnknownKeysKept} unknown ones. */
function unknownKeyGate(catalogue: Catalogue): {
  readonly keep: (key: string) => boolean;
  readonly omitted: () => number;
} {
  let unknown = 0;
  let omitted = 0;
  return {
    keep: (key) => {
      if (Object.hasOwn(catalogue, key) || unknown++ < maxUnknownKeysKept) return true;
      omitted++;
      return false;
    },
    omitted: () => omitted,
  };
}

/** Problems with a CSV line: a quoted cell keeps its commas, and a decimal point is a point. */
const splitNumberHint =
  'a decimal comma or a thousands separator splits a number into cells: write 0.95 or 1234, or quote the cell';

/**
 * Measurements from a bureau's CSV: a header row with `key` and `value` columns (others, such
 * as `unit` or `note`, are not read), then one row per key with a cell for every column. Values
 * are passed on as written, so `evaluate` validates them exactly: a trailing `%` is stripped
 * from percentages, an empty cell is no data, yes/no keys take true/false (also yes/no, 是/否).
 * Nothing is dropped: a row with more or fewer cells than the header, a header that names a
 * column twice, and the rest of a number split by a comma (digits in the `unit` column, or in
 * the column after a whole-number value) are refused by line.
 */
export function measurementsFromCsv(text: string, name: string, catalogue: Catalogue): ReadMeasurements {
  const problems = new ProblemList();
  const measurements: Record<string, string | boolean | null> = Object.create(null) as Record<string, never>;
  const gate = unknownKeyGate(catalogue);
  let columns: readonly string[] | undefined;
  let keyColumn = -1;
  let valueColumn = -1;
  let unitColumn = -1;
  try {
    for (const row of csvRecords(text)) {
      if (columns === undefined) {
        columns = row.cells.map((cell) => cell.trim().toLowerCase());
        const firstOf = new Map<string, number>();
        for (const [index, column] of columns.entries()) {
          const first = firstOf.get(column);
          if (column !== '' && first !== undefined) {
            throw new UsageError(
              `${name}:${row.line}: the header names the column ${JSON.stringify(column)} twice (columns ${first + 1} and ${index + 1}); name each column once`,
            );
          }
          firstOf.set(column, index);
        }
        keyColumn = columns.indexOf('key');
        valueColumn = columns.indexOf('value');
        unitColumn = columns.indexOf('unit');
        if (keyColumn === -1 || valueColumn === -1) {
          throw new UsageError(`${name}:${row.line}: expected a header row with "key" and "value" columns`);
        }
        continue;
      }
      if (row.cells.length !== columns.length) {
        problems.add(
          `${name}:${row.line}: ${row.cells.length} ${row.cells.length === 1 ? 'cell' : 'cells'}, but the header has ${columns.length} columns; ${splitNumberHint}`,
        );
        continue;
      }
      const key = (row.cells[keyColumn] ?? '').trim();
      const raw = (row.cells[valueColumn] ?? '').trim();
      if (key === '') {
        if (raw !== '') problems.add(`${name}:${row.line}: a value without a key`);
        continue;
      }
      const unit = unitColumn === -1 ? '' : (row.cells[unitColumn] ?? '').trim();
      if (/^\d+$/.test(unit)) {
        problems.add(`${name}:${row.line}: ${key}: the unit is ${JSON.stringify(unit)}, a number; ${splitNumberHint}`);
        continue;
      }
      // `0,95` under `key,value,note` fills every column and reads as 0: the digits that follow a
      // number in the next column are its other half, whatever that column is called.
      const next = valueColumn + 1 === keyColumn ? '' : (row.cells[valueColumn + 1] ?? '').trim();
      if (next !== '' && next !== unit && /^\d+$/.test(next) && /^-?\d+$/.test(raw)) {
        problems.add(
          `${name}:${row.line}: ${key}: the cell after the value is ${JSON.stringify(next)}, digits; ${splitNumberHint}`,
        );
        continue;
      }
      if (Object.hasOwn(measurements, key)) {
        problems.add(`${name}:${row.line}: ${key}: given twice`);
        continue;
      }
      const info = Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
      if (info === undefined && !gate.keep(key)) continue;
      if (raw === '') {
        measurements[key] = null;
      } else if (info?.kind === 'boolean') {
        const lower = raw.toLowerCase();
        if (yes.has(lower)) measurements[key] = true;
        else if (no.has(lower)) measurements[key] = false;
        else
          problems.add(
            `${name}:${row.line}: ${key}: expected true or false (yes/no, 是/否), got ${JSON.stringify(raw)}`,
          );
      } else if (raw.endsWith('%') || raw.endsWith('％')) {
        // An unknown key passes on as written: evaluate names it and suggests the key meant.
        if (info?.kind === 'percent') measurements[key] = raw.slice(0, -1).trimEnd();
        else if (info === undefined) measurements[key] = raw;
        else problems.add(`${name}:${row.line}: ${key}: "%" is accepted only on percentages`);
      } else {
        measurements[key] = raw;
      }
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new UsageError(`${name}:${error.line}: ${error.message}`);
    throw error;
  }
  if (columns === undefined) throw new UsageError(`${name}:1: expected a header row with "key" and "value" columns`);
  problems.throwIfAny();
  return { measurements: { ...measurements }, omittedUnknownKeys: gate.omitted() };
}

/** A JSON text error as a problem line: `file:line:column: not valid JSON: …` or `file:line: path: …`. */
export function describeJsonError(error: JsonTextError, name: string): string {
  return error.kind === 'syntax' || error.path.length === 0
    ? `${name}:${error.line}:${error.column}: ${error.kind === 'syntax' ? 'not valid JSON: ' : ''}${error.message}`
    : `${name}:${error.line}: ${error.path.join('.')}: ${error.message}`;
}

/**
 * Measurements from a file's text: JSON (an object keyed by measurement key, numbers read digit
 * for digit, a key given twice refused) or CSV, told apart by the extension, or for standard
 * input by the first character.
 */
export function parseMeasurements(
  text: string,
  name: string,
  catalogue: Catalogue = measurementCatalogue,
): ReadMeasurements {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lower = name.toLowerCase();
  const isJson = lower.endsWith('.json') || (!lower.endsWith('.csv') && /^\s*[{[]/.test(body));
  if (!isJson) return measurementsFromCsv(body, name, catalogue);
  const gate = unknownKeyGate(catalogue);
  try {
    const measurements = parseJsonText(body, { readNumber: measurementNumber, keepTopLevel: gate.keep });
    return { measurements, omittedUnknownKeys: gate.omitted() };
  } catch (error) {
    if (error instanceof JsonTextError) throw new UsageError(describeJsonError(error, name));
    throw error;
  }
}
