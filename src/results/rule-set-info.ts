import type { MeasurementInfo } from '../catalogue/measurements.js';
import type { IndicatorInfo } from '../engine/indicators.js';

/** What an `Evaluator` says about its rule set (`evaluator.ruleSet`). */
export interface RuleSetInfo {
  readonly name: string;
  /** `sha256-…` of the rules' canonical JSON (key order and task texts do not count). */
  readonly hash: string;
  /** The years with task tables of their own; every other year is judged by the standard. */
  readonly years: readonly number[];
  /** Its indicators in number order, as {@link indicators} lists the built-in ones. */
  readonly indicators: readonly Omit<IndicatorInfo, 'source'>[];
  /** Every measurement key its rules may use, with kind, unit and labels. */
  readonly measurements: Readonly<Record<string, MeasurementInfo>>;
}
