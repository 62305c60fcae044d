import { formatIssuePath } from '../errors/format-issues.js';
import type { Evaluation, EvaluationSources } from '../schema/evaluation.js';
import type { Language } from '../vocabulary/localized-text.js';
import { shownPlace, shownText } from '../vocabulary/visible-text.js';
import { withSources } from './evaluation-sources.js';
import { yearData, type DataSet } from './merge.js';
import type { DataWarning } from './observations.js';

// One year of merged data files as `evaluate` takes it, and the evaluation made of it as people
// read it (with its warnings and where each figure came from): what the command line evaluates
// and prints for files, and what a page that reads the same files shows and offers to download,
// made by the same code so that the two say the same of the same files (docs/data-files.md,
// "Which year, which baseline").

/** What an evaluation of data files reads: a year's figures, the previous year's as its baseline, where each came from, and the data's warnings. */
export interface EvaluationInput {
  /** The year evaluated. */
  readonly year: number;
  /** The year's figures, as `evaluate` takes them. */
  readonly measurements: Readonly<Record<string, number | string | boolean>>;
  /** The previous year's figures, when the data have that year; `undefined` otherwise. */
  readonly baseline: Readonly<Record<string, number | string | boolean>> | undefined;
  /** Where each figure came from, and which year the baseline is (`null` when it is named by its file, or there is none). */
  readonly sources: Omit<EvaluationSources, 'derived'>;
  /** What the files warned of (unknown columns, notes without a figure, …). */
  readonly warnings: readonly DataWarning[];
}

/** Options of {@link evaluationInput}. */
export interface EvaluationInputOptions {
  /**
   * Name the baseline by the files that gave it, not by its year: for a baseline file without
   * years (the command line's `--baseline` of the wide layout), whose year is only assumed.
   *
   * @defaultValue `false`
   */
  readonly baselineByFile?: boolean;
}

/**
 * The figures of `year` in `data` and those of the year before as the baseline (when the data
 * have them), each with where it came from, and the data's warnings: the input of an
 * evaluation of data files. Evaluate it, then {@link withInputSources}.
 *
 * @example
 * ```ts
 * const data = mergeDataFiles(files, { wideYear: year });
 * const input = evaluationInput(data, latestDataYear(files) ?? 2020);
 * const evaluation = withInputSources(
 *   await evaluate(input.year, input.measurements, input.baseline === undefined ? {} : { baseline: input.baseline }),
 *   input,
 * );
 * ```
 */
export function evaluationInput(data: DataSet, year: number, options: EvaluationInputOptions = {}): EvaluationInput {
  const current = yearData(data, year);
  if (!data.years.includes(year - 1))
    return {
      year,
      measurements: current.measurements,
      baseline: undefined,
      sources: { baselineYear: null, measurements: current.sources, baseline: {} },
      warnings: data.warnings,
    };
  const previous = yearData(data, year - 1);
  return {
    year,
    measurements: current.measurements,
    baseline: previous.measurements,
    sources: {
      baselineYear: options.baselineByFile === true ? null : year - 1,
      measurements: current.sources,
      baseline: previous.sources,
    },
    warnings: data.warnings,
  };
}

/**
 * An evaluation of `input` as people read it: the data's warnings after the evaluation's own
 * (each of those placed at its figure's row), and where every figure came from, a derived
 * percentage traced to its counts' rows, notes included ({@link withSources}). The command
 * line prints every evaluation of files this way.
 */
export function withInputSources(evaluation: Evaluation<string>, input: EvaluationInput): Evaluation<string> {
  const placed = (evaluation.warnings ?? []).map((warning) => {
    const place = warning.key === undefined ? undefined : input.sources.measurements[warning.key]?.place;
    return place === undefined || warning.place !== undefined ? warning : { ...warning, place };
  });
  const warnings = [...placed, ...input.warnings];
  return withSources({ ...evaluation, ...(warnings.length === 0 ? {} : { warnings }) }, input.sources);
}

/**
 * Where an issue of an evaluation that refused `input` is, in `lang`: a figure's issue
 * (`measurements.KEY`, `options.baseline.KEY`) at the row it came from (`figures.csv:4: pm25`,
 * `figures.csv:3: 基准 pm25`), else at `files` (the names of the files read, or of the baseline
 * file for a baseline figure); `undefined` for an issue that is not of a figure, which the
 * caller places (the command line names its `--year`). Names and places are cut as every echo is
 * (`shownText`, `shownPlace`). Pass it as the `place` of `formatIssues`.
 */
export function inputIssuePlace(
  input: EvaluationInput,
  files: { readonly data: readonly string[]; readonly baseline?: string | undefined },
): (path: readonly (string | number)[], lang: Language) => string | undefined {
  return (path, lang) => {
    const [first, second, third] = path;
    const inputs = (names: readonly string[]): string => names.map((name) => shownText(name, lang)).join(', ');
    if (first === 'measurements' && typeof second === 'string') {
      const place = input.sources.measurements[second]?.place;
      const at = place === undefined ? inputs(files.data) : shownPlace(place, lang);
      return `${at}: ${formatIssuePath(path.slice(1), lang)}`;
    }
    if (first === 'options' && second === 'baseline' && typeof third === 'string') {
      const place = input.sources.baseline[third]?.place;
      const at =
        place === undefined
          ? inputs(files.baseline === undefined ? files.data : [files.baseline])
          : shownPlace(place, lang);
      return `${at}: ${lang === 'zh' ? '基准' : 'baseline'} ${formatIssuePath(path.slice(2), lang)}`;
    }
    return undefined;
  };
}
