import type { Issue } from '../errors/issue.js';
import { isYear, type Facts, type ParsedMeasurements } from './input.js';

// What both halves of the validation of `evaluateSeries` share: the quick check
// (src/evaluation/evaluate-series.ts) and the schemas that word what it refuses
// (src/evaluation/series-issues.ts, loaded by `import()`).

/** One year of a validated series: the measurements as read, and parsed when the quick check read them. */
export interface SeriesYear {
  readonly given: ParsedMeasurements;
  readonly facts?: Facts;
}

/** A validated series and its options: copies of the input, never the caller's objects. */
export interface ValidatedSeries {
  /** The years, ascending. */
  readonly years: readonly number[];
  readonly measurements: ReadonlyMap<number, SeriesYear>;
  readonly baseYear: number | undefined;
  readonly targetYear: number | undefined;
}

/** A validated series, or every issue that refused it. */
export type SeriesInputResult =
  | { readonly success: true; readonly input: ValidatedSeries }
  | { readonly success: false; readonly issues: readonly Issue[] };

/** The year a key of a series names (`"2019"`), or `undefined` when it names none the contract accepts. */
export function seriesYear(key: string): number | undefined {
  if (!/^\d{4}$/.test(key)) return undefined;
  const year = Number(key);
  return isYear(year) ? year : undefined;
}

/** The options `evaluateSeries` takes. */
export const seriesOptionKeys: readonly string[] = ['baseYear', 'targetYear'];
