/**
 * What a warning is about. Warnings never change a status; they point at figures that are
 * probably mistyped and at input that was not used:
 *
 * - `percentLooksLikeRatio`: a percentage between 0 and 1 where the thresholds are above 1
 *   (`0.893` typed for 89.3%);
 * - `tenfoldChange`: a value 10 times or more (or a tenth or less) of the baseline's;
 * - `unknownKey`: a key the rule set does not know, left out under `--ignore-unknown`;
 * - `unknownColumn`: a column (or a JSON field) the file layout does not know, left out;
 * - `noteWithoutValue`: a row with a note but no value, whose note no check can show.
 */
export const warningKinds = [
  'percentLooksLikeRatio',
  'tenfoldChange',
  'unknownKey',
  'unknownColumn',
  'noteWithoutValue',
] as const;

/** A kind of {@link warningKinds}. */
export type WarningKind = (typeof warningKinds)[number];
