import type { BureauId } from '../../catalogue/bureaus.js';
import type { StatusCounts } from '../../schema/evaluation.js';
import type { Status } from '../../vocabulary/status.js';

// The public types of `evaluateMany`, the what-if path.

/**
 * Options of `evaluateMany`. Each scenario is laid over `base` (its keys replace the base's,
 * as `{ ...base, ...scenario }` would), so a sweep names only what it changes.
 */
export interface EvaluateManyOptions<M> {
  /** The measurements every scenario starts from. @defaultValue `{}`: a scenario is all there is. */
  readonly base?: M | undefined;
  /** The comparison year's measurements, as for `evaluate`. @defaultValue `undefined` */
  readonly baseline?: M | undefined;
  /**
   * `'status'` (the default) gives a {@link ScenarioResult} per scenario: statuses only, the
   * fast answer for sweeps. `'full'` gives the same `Evaluation` `evaluate` gives.
   */
  readonly detail?: 'status' | 'full' | undefined;
}

/** An indicator in a {@link ScenarioResult}: its two statuses. */
export interface ScenarioIndicatorResult {
  readonly number: number;
  readonly id: string;
  readonly bureau: BureauId;
  /** Against the year's targets, as `evaluate`'s `status`. */
  readonly status: Status;
  /** Against the creation standard, as `evaluate`'s `standardStatus`. */
  readonly standardStatus: Status;
}

/** A bureau in a {@link ScenarioResult}: its two statuses. */
export interface ScenarioBureauResult {
  readonly id: BureauId;
  readonly status: Status;
  readonly standardStatus: Status;
}

/**
 * One scenario of `evaluateMany` in its lean form: the statuses and counts of an
 * `Evaluation`, without checks, gaps or explanations (ask for `detail: 'full'` for
 * those). Every field has the value the same field of `evaluate`'s result has.
 */
export interface ScenarioResult {
  readonly year: number;
  readonly targets: number | 'standard';
  readonly status: Status;
  readonly standardStatus: Status;
  readonly counts: StatusCounts;
  readonly standardCounts: StatusCounts;
  /** All indicators, in the evaluation's order. */
  readonly indicators: readonly ScenarioIndicatorResult[];
  /** The bureaus with indicators, in the order of the bureau table. */
  readonly bureaus: readonly ScenarioBureauResult[];
}
