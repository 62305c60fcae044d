// Reads the measurements of several years from files, for `ankang-eco progress`: a JSON object
// keyed by year ({ "2019": { "pm25": 39, … }, … }), or the long layout of spec/data-files.md
// (a CSV with the columns year, key, value and optionally unit, source, note — or the Chinese
// headers 年份, 指标代码, 数值, 单位, 来源, 备注 — or a JSON array of such rows). Files are merged
// by (year, key). Kept apart from the command so that the data-files reader can replace it.
import DecimalJs from 'decimal.js';
import type { MeasurementInfo } from 'ankang-eco-indicators';
import { CsvSyntaxError, csvRecords } from './csv.js';
import { describeJsonError } from './input.js';
import { measurementNumber } from './json-numbers.js';
import { JsonTextError, parseJsonText } from './json-text.js';
import { inputName, readInputText, type InputLimits, type StdinReader } from './read-input.js';
import { ProblemList, UsageError } from './usage-error.js';

type Value = number | string | boolean | null;

/** A series read from files, and where each value came from (for messages). */
export interface ReadSeries {
  /** Measurements keyed by year, as `evaluateSeries` takes them (which validates them). */
  readonly series: Readonly<Record<string, unknown>>;
  /** `year` → `key` → where it was given: `file:line`, or `file: 2019`. */
  readonly places: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Where each year was given. */
  readonly yearPlaces: ReadonlyMap<string, readonly string[]>;
  /** What was read but not used, for stderr: unknown columns. */
  readonly warnings: readonly string[];
}

/** The long layout's columns and the headers that name them (matched without case or surrounding spaces). */
const columnNames = {
  year: ['year', '年份'],
  key: ['key', '指标代码'],
  value: ['value', '数值'],
  unit: ['unit', '单位'],
  source: ['source', '来源'],
  note: ['note', '备注'],
} as const;
type Column = keyof typeof columnNames;

const yes = new Set(['true', 'yes', 'y', '是']);
const no = new Set(['false', 'no', 'n', '否']);

/** A cell of the long layout as `evaluateSeries` takes it: empty is no data, `%` on a percentage stripped, yes/no words for yes/no keys. */
function cellValue(raw: string, info: MeasurementInfo | undefined): Value {
  const text = raw.trim();
  if (text === '') return null;
  if (info?.kind === 'boolean') {
    const lower = text.toLowerCase();
    if (yes.has(lower)) return true;
    if (no.has(lower)) return false;
    throw new Error(`expected true or false (yes/no, 是/否), got ${JSON.stringify(text)}`);
  }
  if (text.endsWith('%') || text.endsWith('％')) {
    if (info !== undefined && info.kind !== 'percent') throw new Error('"%" is accepted only on percentages');
    return text.slice(0, -1).trimEnd();
  }
  return text;
}

/** Whether two values given for the same (year, key) are the same: as decimals, or the same yes/no. */
function sameValue(a: Value, b: Value): boolean {
  if (typeof a === 'boolean' || typeof b === 'boolean' || a === null || b === null) return a === b;
  try {
    return new DecimalJs(String(a)).eq(new DecimalJs(String(b)));
  } catch {
    return String(a) === String(b);
  }
}

const yearPattern = /^\d{4}$/;

class SeriesBuilder {
  // Null prototypes: a key such as "__proto__" in a file is data (refused later), never a prototype.
  readonly series: Record<string, Record<string, Value>> = Object.create(null) as Record<string, never>;
  readonly places = new Map<string, Map<string, string>>();
  readonly yearPlaces = new Map<string, string[]>();
  readonly problems = new ProblemList();
  readonly warnings: string[] = [];

  /** Notes that `file` gives `year`. */
  noteYear(year: string, file: string): void {
    const files = this.yearPlaces.get(year) ?? [];
    if (!files.includes(file)) files.push(file);
    this.yearPlaces.set(year, files);
  }

  /** Adds one value of `file`; the same (year, key) twice must agree. `null` (an empty cell) is no data. */
  add(year: string, key: string, value: Value, file: string, place: string): void {
    this.noteYear(year, file);
    const existing: unknown = this.series[year];
    if (existing !== undefined && (typeof existing !== 'object' || existing === null || Array.isArray(existing))) {
      this.problems.add(`${place}: ${year}: another file gives this year as something other than measurements`);
      return;
    }
    const measurements = (this.series[year] ??= Object.create(null) as Record<string, Value>);
    const places = this.places.get(year) ?? new Map<string, string>();
    this.places.set(year, places);
    if (value === null && !Object.hasOwn(measurements, key)) {
      measurements[key] = null;
      places.set(key, place);
      return;
    }
    if (value === null) return;
    if (Object.hasOwn(measurements, key) && measurements[key] !== null) {
      const earlier = measurements[key] as Value;
      if (!sameValue(earlier, value)) {
        this.problems.add(
          `${place}: ${year} ${key}: ${JSON.stringify(value)} differs from ${JSON.stringify(earlier)} at ${places.get(key) ?? '?'}`,
        );
      }
      return;
    }
    measurements[key] = value;
    places.set(key, place);
  }
}

function readLongCsv(
  text: string,
  name: string,
  catalogue: Readonly<Record<string, MeasurementInfo>>,
  builder: SeriesBuilder,
): void {
  let headers: readonly string[] | undefined;
  const index: Partial<Record<Column, number>> = {};
  let at: { readonly year: number; readonly key: number; readonly value: number } | undefined;
  try {
    for (const row of csvRecords(text)) {
      if (headers === undefined) {
        headers = row.cells.map((cell) => cell.trim().toLowerCase());
        headers.forEach((heading, position) => {
          const column = (Object.keys(columnNames) as Column[]).find((candidate) =>
            (columnNames[candidate] as readonly string[]).includes(heading),
          );
          if (column === undefined)
            builder.warnings.push(`${name}:${row.line}: unknown column ${JSON.stringify(heading)} ignored`);
          else if (index[column] !== undefined)
            throw new UsageError(
              `${name}:${row.line}: the header names the column ${JSON.stringify(heading)} twice; name each column once`,
            );
          else index[column] = position;
        });
        if (index.year !== undefined && index.key !== undefined && index.value !== undefined)
          at = { year: index.year, key: index.key, value: index.value };
        else {
          throw new UsageError(
            `${name}:${row.line}: expected a header row with the columns year, key and value (年份, 指标代码, 数值); a file of one year goes to ankang-eco evaluate`,
          );
        }
        continue;
      }
      if (at === undefined) continue;
      const place = `${name}:${row.line}`;
      // A row with fewer cells reads the missing ones as empty (spec/data-files.md); more is refused.
      if (row.cells.length > headers.length) {
        builder.problems.add(
          `${place}: ${row.cells.length} cells where the header has ${headers.length} columns (a decimal comma or a thousands separator is the usual cause: write 0.95 or 1234, or quote the cell)`,
        );
        continue;
      }
      const year = (row.cells[at.year] ?? '').trim();
      const key = (row.cells[at.key] ?? '').trim();
      const raw = row.cells[at.value] ?? '';
      if (year === '' && key === '' && raw.trim() === '') continue;
      if (!yearPattern.test(year)) {
        builder.problems.add(`${place}: expected a year such as 2019, got ${JSON.stringify(year)}`);
        continue;
      }
      if (key === '') {
        builder.problems.add(`${place}: a value without a key`);
        continue;
      }
      try {
        builder.add(year, key, cellValue(raw, Object.hasOwn(catalogue, key) ? catalogue[key] : undefined), name, place);
      } catch (error) {
        builder.problems.add(`${place}: ${key}: ${(error as Error).message}`);
      }
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new UsageError(`${name}:${error.line}: ${error.message}`);
    throw error;
  }
  if (headers === undefined) {
    throw new UsageError(
      `${name}:1: expected a header row with the columns year, key and value (年份, 指标代码, 数值)`,
    );
  }
}

function readJson(body: string, name: string, builder: SeriesBuilder): void {
  let parsed: unknown;
  try {
    // Numbers digit for digit, and a key given twice refused with its place.
    parsed = parseJsonText(body, { readNumber: measurementNumber });
  } catch (error) {
    if (error instanceof JsonTextError) throw new UsageError(describeJsonError(error, name));
    throw error;
  }
  if (Array.isArray(parsed)) {
    // The long layout as JSON: [{ "year": 2019, "key": "pm25", "value": 39 }, …]
    parsed.forEach((row: unknown, position) => {
      const place = `${name}: [${position}]`;
      if (typeof row !== 'object' || row === null || Array.isArray(row)) {
        builder.problems.add(`${place}: expected an object with year, key and value`);
        return;
      }
      const { year, key, value } = row as { year?: unknown; key?: unknown; value?: unknown };
      const yearText = typeof year === 'number' || typeof year === 'string' ? String(year) : '';
      if (!yearPattern.test(yearText)) builder.problems.add(`${place}: expected a year such as 2019`);
      else if (typeof key !== 'string' || key === '') builder.problems.add(`${place}: expected a key`);
      else if (value !== null && !['number', 'string', 'boolean'].includes(typeof value))
        builder.problems.add(`${place}: ${key}: expected a number, a decimal string, true, false or null`);
      else builder.add(yearText, key, (value ?? null) as Value, name, place);
    });
    return;
  }
  if (typeof parsed !== 'object' || parsed === null) {
    throw new UsageError(
      `${name}: expected an object keyed by year ({ "2019": { … } }) or an array of { year, key, value }`,
    );
  }
  for (const [year, measurements] of Object.entries(parsed)) {
    builder.noteYear(year, name);
    // Anything that is not an object of measurements is passed on: evaluateSeries names it.
    if (typeof measurements !== 'object' || measurements === null || Array.isArray(measurements)) {
      if (Object.hasOwn(builder.series, year)) builder.problems.add(`${name}: ${year}: given in another file too`);
      else (builder.series as Record<string, unknown>)[year] = measurements;
      continue;
    }
    // A year given as {} is a year without data, not a year dropped.
    if (!Object.hasOwn(builder.series, year)) builder.series[year] = Object.create(null) as Record<string, Value>;
    for (const [key, value] of Object.entries(measurements as Record<string, Value>)) {
      builder.add(year, key, value, name, `${name}: ${year}`);
    }
  }
}

/** What a series file should hold, for the message on empty input. */
const seriesExpected =
  'measurements of several years: JSON keyed by year ({"2019": {…}}) or the long layout (CSV with year,key,value)';

/**
 * The series in `files` (`-` reads standard input), each read within `limits`, merged by
 * (year, key). Throws {@link UsageError} listing every file problem and every conflict, each
 * with its place.
 */
export async function readSeries(
  files: readonly string[],
  catalogue: Readonly<Record<string, MeasurementInfo>>,
  readStdin: StdinReader,
  limits: InputLimits,
): Promise<ReadSeries> {
  if (files.filter((file) => file === '-').length > 1) throw new UsageError('standard input can be read only once');
  const builder = new SeriesBuilder();
  for (const file of files) {
    const name = inputName(file);
    const text = await readInputText(file, readStdin, limits, seriesExpected);
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const lower = name.toLowerCase();
    const isJson = lower.endsWith('.json') || (!lower.endsWith('.csv') && /^\s*[{[]/.test(body));
    if (isJson) readJson(body, name, builder);
    else readLongCsv(body, name, catalogue, builder);
  }
  builder.problems.throwIfAny();
  // Plain objects again: evaluateSeries accepts plain objects, as JSON gives them.
  const series = Object.fromEntries(
    Object.entries(builder.series as Record<string, unknown>).map(([year, measurements]) => [
      year,
      typeof measurements === 'object' && measurements !== null && !Array.isArray(measurements)
        ? { ...measurements }
        : measurements,
    ]),
  );
  return { series, places: builder.places, yearPlaces: builder.yearPlaces, warnings: builder.warnings };
}
