import { DataFileError } from '../errors/data-file-error.js';
import { issueAt, type Issue } from '../errors/issue.js';
import { toDecimal } from '../vocabulary/decimal.js';
import type { Language } from '../vocabulary/localized-text.js';
import { shownPlace, shownText } from '../vocabulary/visible-text.js';
import type { DataFile, DataWarning, Observation, ValueSource } from './observations.js';
import { maxIssuesListed } from './read-data.js';

/** The figures of several data files, merged by (year, key). */
export interface DataSet {
  /** The years with figures, ascending. */
  readonly years: readonly number[];
  /** Every figure once, with the year of the wide-layout files filled in. */
  readonly observations: readonly (Observation & { readonly year: number })[];
  /** The warnings of every file. */
  readonly warnings: readonly DataWarning[];
}

/** Options of {@link mergeDataFiles}. */
export interface MergeDataOptions {
  /** The year of the wide-layout files' figures (the year evaluated); needed when there is one. */
  readonly wideYear?: number;
}

/** The latest year of the long-layout figures of `files`, if any has one. */
export function latestDataYear(files: readonly DataFile[]): number | undefined {
  let latest: number | undefined;
  for (const file of files)
    for (const { year } of file.observations)
      if (year !== null && (latest === undefined || year > latest)) latest = year;
  return latest;
}

const sameValue = (a: number | string | boolean, b: number | string | boolean): boolean =>
  typeof a === 'boolean' || typeof b === 'boolean' ? a === b : toDecimal(a).eq(toDecimal(b));

const shown = (value: number | string | boolean, lang: Language = 'en'): string => shownText(String(value), lang);

/**
 * The figures of several files as one set. The same (year, key) in two places is fine when the
 * values are equal as decimals (96.7 and "96.70"), and refused with {@link DataFileError} naming
 * both places when they differ. Each figure keeps the place it was first given.
 *
 * @example
 * ```ts
 * const data = mergeDataFiles([readDataText(ecology, 'ecology.csv'), readDataText(water, 'water.csv')]);
 * ```
 */
export function mergeDataFiles(files: readonly DataFile[], options: MergeDataOptions = {}): DataSet {
  const byYearKey = new Map<string, Observation & { readonly year: number }>();
  const issues: Issue[] = [];
  let omitted = 0;
  for (const file of files) {
    for (const observation of file.observations) {
      const year = observation.year ?? options.wideYear;
      if (year === undefined) {
        throw new DataFileError([
          issueAt([file.file], {
            zh: '宽格式文件（指标代码、数值）没有年份：请改用长格式（年份、指标代码、数值），或在命令接受时用 --year 给出年份',
            en: 'a wide-layout file (key, value) has no year: use the long layout (year, key, value), or give the year with --year where the command takes it',
          }),
        ]);
      }
      const id = `${year}\u0000${observation.key}`;
      const first = byYearKey.get(id);
      if (first === undefined) {
        byYearKey.set(id, { ...observation, year });
        continue;
      }
      if (sameValue(first.value, observation.value)) continue;
      if (issues.length >= maxIssuesListed) {
        omitted++;
        continue;
      }
      const { origin } = observation;
      const where = origin.line ?? `${origin.sheet ?? ''}!${origin.cell ?? ''}`;
      issues.push(
        issueAt([origin.file, where, observation.key], {
          zh: `${year} 年：此处为 ${shown(observation.value, 'zh')}，但 ${shownPlace(first.origin.place, 'zh')} 为 ${shown(first.value, 'zh')}；两处不一致`,
          en: `${year}: ${shown(observation.value)} here, but ${shown(first.value)} at ${shownPlace(first.origin.place)}; the two places disagree`,
        }),
      );
    }
  }
  if (issues.length > 0) throw new DataFileError(issues, omitted);
  const observations = [...byYearKey.values()];
  const years = [...new Set(observations.map((observation) => observation.year))].sort((a, b) => a - b);
  return { years, observations, warnings: files.flatMap((file) => file.warnings) };
}

/** One year of a {@link DataSet}: the measurements `evaluate` takes, and where each came from. */
export interface YearData {
  readonly measurements: Readonly<Record<string, number | string | boolean>>;
  readonly sources: Readonly<Record<string, ValueSource>>;
}

/** The measurements of `year` in `data`, and their sources; empty when the year has no figures. */
export function yearData(data: DataSet, year: number): YearData {
  const measurements: Record<string, number | string | boolean> = {};
  const sources: Record<string, ValueSource> = {};
  for (const observation of data.observations) {
    if (observation.year !== year) continue;
    // Keys are data: defined, never assigned, so that "__proto__" is a key like any other.
    Object.defineProperty(measurements, observation.key, {
      value: observation.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    Object.defineProperty(sources, observation.key, {
      value: observation.origin,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { measurements, sources };
}
