// Reads the measurements of several years from files, for `ankang-eco progress`, with the data
// readers of `evaluate` (docs/data-files.md): the long layout in CSV, XLSX or JSON, and JSON
// objects keyed by year ({ "2019": { "pm25": 39, … }, … }); values as people type them; files
// merged by (year, key), a disagreement refused with both places.
import { DataFileError, type Language, type MeasurementInfo, shownPlace } from 'ankang-eco-indicators';
import { mergeDataFiles, yearData } from 'ankang-eco-indicators/data';
import { dataFileProblems, readDataFile, stdinReadOnce } from './data-files.js';
import type { InputLimits, StdinReader } from './read-input.js';
import { ProblemList, UsageError } from './usage-error.js';

/** A series read from files, and where each value came from (for messages). */
export interface ReadSeries {
  /** Measurements keyed by year, as `evaluateSeries` takes them (which validates them). */
  readonly series: Readonly<Record<string, unknown>>;
  /** `year` → `key` → where it was given: `file:line`, or `file:sheet!cell`. */
  readonly places: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Where each year was given. */
  readonly yearPlaces: ReadonlyMap<string, readonly string[]>;
  /** What was read but not used, for stderr: unknown columns, in the language asked for. */
  readonly warnings: readonly string[];
}

/**
 * The series in `files` (`-` reads standard input), each read within `limits`, merged by
 * (year, key). Throws {@link UsageError} listing every file problem and every conflict, each
 * with its place; the warnings are in `lang`.
 */
export async function readSeries(
  files: readonly string[],
  catalogue: Readonly<Record<string, MeasurementInfo>>,
  readStdin: StdinReader,
  limits: InputLimits,
  lang: Language = 'en',
): Promise<ReadSeries> {
  if (files.filter((file) => file === '-').length > 1) throw new UsageError(stdinReadOnce);
  const options = { catalogue, encoding: limits.encoding, ignoreUnknown: false, maxBytes: limits.maxBytes };
  const read = [];
  const problems = new ProblemList();
  for (const file of files) {
    try {
      read.push(await readDataFile(file, options, readStdin));
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
      problems.addAll(dataFileProblems(error).problems, error.omitted);
    }
  }
  problems.throwIfAny();
  let data;
  try {
    data = mergeDataFiles(read);
  } catch (error) {
    if (error instanceof DataFileError) throw dataFileProblems(error);
    throw error;
  }
  const series: Record<string, unknown> = {};
  const places = new Map<string, Map<string, string>>();
  const yearPlaces = new Map<string, string[]>();
  for (const year of data.years) {
    const { measurements, sources } = yearData(data, year);
    series[String(year)] = measurements;
    places.set(String(year), new Map(Object.entries(sources).map(([key, source]) => [key, source.place])));
    yearPlaces.set(String(year), [...new Set(Object.values(sources).map((source) => source.file))]);
  }
  const warnings = data.warnings.map(
    (warning) => `${warning.place === undefined ? '' : `${shownPlace(warning.place, lang)}: `}${warning.message[lang]}`,
  );
  return { series, places, yearPlaces, warnings };
}
