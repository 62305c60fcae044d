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

/**
 * Which sentence a warning says, one code per sentence (a `kind` may have several: `tenfoldChange`
 * is `warning.tenfold_above_baseline` or `warning.tenfold_below_baseline`); its wording and params
 * are src/messages/warning.ts's, listed in docs/issue-codes.md.
 */
export const warningCodes = [
  'warning.percent_looks_like_ratio',
  'warning.tenfold_above_baseline',
  'warning.tenfold_below_baseline',
  'warning.unknown_column',
  'warning.unknown_key_left_out',
  'warning.note_without_value',
  'warning.more_in_file',
] as const;

/** A code of {@link warningCodes}. */
export type WarningCode = (typeof warningCodes)[number];
