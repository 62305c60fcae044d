import type { EvaluationWarning, ValueSource } from '../schema/evaluation.js';

export type { ValueSource } from '../schema/evaluation.js';

/** One figure of a data file: a year's value of a key, and where it came from. */
export interface Observation {
  /** The year; `null` in the wide layout, whose year is the one evaluated (`--year`). */
  readonly year: number | null;
  readonly key: string;
  /** The value as the normalizer made it: a number, a plain decimal string or a boolean. */
  readonly value: number | string | boolean;
  readonly origin: ValueSource;
}

/** Something in a data file that was left out or looks mistyped: never a reason to change a status. */
export type DataWarning = EvaluationWarning;

/** What one data file holds: its figures, and what it warns about. */
export interface DataFile {
  readonly file: string;
  readonly observations: readonly Observation[];
  readonly warnings: readonly DataWarning[];
}
