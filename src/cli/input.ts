import { readFile } from 'node:fs/promises';
import { measurementCatalogue, type MeasurementInfo } from 'ankang-eco-indicators';
import { CsvSyntaxError, parseCsv } from './csv.js';
import { UsageError } from './usage-error.js';

/** Reads a file, or standard input for `-`. */
export async function readText(path: string, readStdin: () => Promise<string>): Promise<string> {
  if (path === '-') return readStdin();
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new UsageError(`cannot read ${path}: ${reason}`);
  }
}

const yes = new Set(['true', 'yes', 'y', '是', '1']);
const no = new Set(['false', 'no', 'n', '否', '0']);

/**
 * Measurements from a bureau's CSV: a header row with `key` and `value` columns (others,
 * such as `unit` or `note`, are ignored), then one row per key. Values are passed on as
 * written, so `evaluate` validates them exactly: a trailing `%` is stripped from
 * percentages, an empty cell is no data, yes/no keys take true/false (also yes/no, 是/否).
 */
export function measurementsFromCsv(
  text: string,
  name: string,
  catalogue: Readonly<Record<string, MeasurementInfo>>,
): Record<string, string | boolean | null> {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new UsageError(`${name}:${error.line}: ${error.message}`);
    throw error;
  }
  const [header, ...rows] = records;
  const columns = header?.cells.map((cell) => cell.trim().toLowerCase()) ?? [];
  const keyColumn = columns.indexOf('key');
  const valueColumn = columns.indexOf('value');
  if (header === undefined || keyColumn === -1 || valueColumn === -1) {
    throw new UsageError(`${name}:1: expected a header row with "key" and "value" columns`);
  }
  const measurements: Record<string, string | boolean | null> = Object.create(null) as Record<string, never>;
  const problems: string[] = [];
  for (const row of rows) {
    const key = (row.cells[keyColumn] ?? '').trim();
    const raw = (row.cells[valueColumn] ?? '').trim();
    if (key === '') {
      if (raw !== '') problems.push(`${name}:${row.line}: a value without a key`);
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(measurements, key)) {
      problems.push(`${name}:${row.line}: ${key}: given twice`);
      continue;
    }
    const info = Object.prototype.hasOwnProperty.call(catalogue, key) ? catalogue[key] : undefined;
    if (raw === '') {
      measurements[key] = null;
    } else if (info?.kind === 'boolean') {
      const lower = raw.toLowerCase();
      if (yes.has(lower)) measurements[key] = true;
      else if (no.has(lower)) measurements[key] = false;
      else
        problems.push(
          `${name}:${row.line}: ${key}: expected true or false (yes/no, 是/否), got ${JSON.stringify(raw)}`,
        );
    } else if (raw.endsWith('%') || raw.endsWith('％')) {
      // An unknown key passes on as written: evaluate names it and suggests the key meant.
      if (info?.kind === 'percent') measurements[key] = raw.slice(0, -1).trimEnd();
      else if (info === undefined) measurements[key] = raw;
      else problems.push(`${name}:${row.line}: ${key}: "%" is accepted only on percentages`);
    } else {
      measurements[key] = raw;
    }
  }
  if (problems.length > 0) throw new UsageError(problems);
  return { ...measurements };
}

/**
 * Measurements from a file's text: JSON (an object keyed by measurement key) or CSV, told
 * apart by the extension, or for standard input by the first character.
 */
export function parseMeasurements(
  text: string,
  name: string,
  catalogue: Readonly<Record<string, MeasurementInfo>> = measurementCatalogue,
): unknown {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lower = name.toLowerCase();
  const isJson = lower.endsWith('.json') || (!lower.endsWith('.csv') && /^\s*[{[]/.test(body));
  if (!isJson) return measurementsFromCsv(body, name, catalogue);
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw new UsageError(`${name}: not valid JSON: ${(error as Error).message}`);
  }
}
