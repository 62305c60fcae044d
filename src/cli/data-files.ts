import { DataFileError, formatDataPlace, type Derivation } from 'ankang-eco-indicators';
import {
  evaluationInput,
  inYear,
  latestDataYear,
  mergeDataFiles,
  readDataFile as readDataBytes,
  yearData,
  type Catalogue,
  type DataEncoding,
  type DataFile,
  type EvaluationInput,
} from 'ankang-eco-indicators/data';
import { inputName, readInputBytes, type StdinReader } from './read-input.js';
import { shownText } from 'ankang-eco-indicators';
import { cliProblem, issueProblems, placeIn, ProblemList, UsageError, type Problem } from './usage-error.js';

/** How the data files of a run are read. */
export interface DataReadOptions {
  readonly catalogue: Catalogue;
  /** The rule set's derived percentages: fractions are answered with counts, and a percentage must agree with its counts given elsewhere. */
  readonly derivations?: readonly Derivation[];
  readonly encoding: DataEncoding;
  readonly ignoreUnknown: boolean;
  /** The most bytes an input may have (and a workbook may inflate to). */
  readonly maxBytes: number;
}

/** A data-file error as a usage error, each issue at its place. */
export function dataFileProblems(error: DataFileError): UsageError {
  return new UsageError(issueProblems(error.issues, formatDataPlace), error.omitted);
}

/** The refusal of `-` given twice: standard input is read once. */
export const stdinReadOnce: Problem = cliProblem('cli.stdin_read_once', {});

/** Reads one data file with the data entry's reader: XLSX (by its name or its ZIP signature), else CSV or JSON text. */
export async function readDataFile(path: string, options: DataReadOptions, readStdin: StdinReader): Promise<DataFile> {
  const name = inputName(path);
  const bytes = await readInputBytes(path, readStdin, options.maxBytes);
  return readDataBytes(bytes, name, {
    catalogue: options.catalogue,
    ignoreUnknown: options.ignoreUnknown,
    encoding: options.encoding,
    maxBytes: options.maxBytes,
    ...(options.derivations === undefined ? {} : { derivations: options.derivations }),
  });
}

/** Reads every file, listing the problems of all of them at once. */
async function readAll(
  paths: readonly string[],
  options: DataReadOptions,
  readStdin: StdinReader,
): Promise<DataFile[]> {
  const files: DataFile[] = [];
  const problems = new ProblemList();
  for (const path of paths) {
    try {
      files.push(await readDataFile(path, options, readStdin));
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
      problems.addAll(dataFileProblems(error).problems, error.omitted);
    }
  }
  problems.throwIfAny();
  return files;
}

/** What a run evaluates: the year, its measurements and the baseline's, and where each came from. */
export type EvaluationData = EvaluationInput;

/** The year evaluated when neither `--year` nor the data say: the year of the task table the tool began with. */
export const fallbackYear = 2020;

/**
 * The data of an evaluation from files: merged by (year, key); the year `--year`, else the latest
 * in the data (else {@link fallbackYear} for files without years); the baseline the previous
 * year. `--baseline` is merged with the data like another file (a file without years holds the
 * previous year's figures): an equal figure for a (year, key) the data also hold is fine, a
 * different one is refused naming both places, so that it never sets the data's own figures
 * aside without a word (docs/data-files.md, "Which year, which baseline").
 */
export async function evaluationData(
  paths: readonly string[],
  baselinePath: string | undefined,
  givenYear: number | undefined,
  options: DataReadOptions,
  readStdin: StdinReader,
): Promise<EvaluationData> {
  if ([...paths, baselinePath].filter((path) => path === '-').length > 1) throw new UsageError(stdinReadOnce);
  const files = await readAll(paths, options, readStdin);
  const baselineFiles = baselinePath === undefined ? [] : await readAll([baselinePath], options, readStdin);
  const year = givenYear ?? latestDataYear(files) ?? fallbackYear;
  let data;
  let baselineData;
  try {
    // The baseline file alone first: a file without the previous year is refused by its own name.
    baselineData = baselinePath === undefined ? undefined : mergeDataFiles(baselineFiles, { wideYear: year - 1 });
    data = mergeDataFiles([...files, ...baselineFiles.map((file) => inYear(file, year - 1))], {
      wideYear: year,
      ...(options.derivations === undefined ? {} : { derivations: options.derivations }),
    });
  } catch (error) {
    if (error instanceof DataFileError) throw dataFileProblems(error);
    throw error;
  }
  if (baselineData !== undefined && baselinePath !== undefined) {
    const previous = yearData(baselineData, year - 1);
    if (Object.keys(previous.measurements).length === 0 && baselineData.years.length > 0)
      throw new UsageError(
        cliProblem(
          'cli.baseline_lacks_year',
          { year: year - 1, years: baselineData.years },
          placeIn((lang) => shownText(inputName(baselinePath), lang)),
        ),
      );
  }
  const current = yearData(data, year);
  if (Object.keys(current.measurements).length === 0 && data.years.length > 0)
    throw new UsageError(cliProblem('cli.data_lack_year', { year, years: data.years }));
  // A baseline file without years, and nothing else of the previous year: the report names the file.
  const baselineByFile =
    baselinePath !== undefined &&
    !baselineFiles.some((file) => file.observations.some((observation) => observation.year !== null)) &&
    !files.some((file) => file.observations.some((observation) => observation.year === year - 1));
  return evaluationInput(data, year, { baselineByFile });
}
