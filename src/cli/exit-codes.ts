/**
 * The exit codes of `ankang-eco`, documented in its help and the README. 70 and 74 are the
 * BSD sysexits codes for an internal error and an I/O error, so that no failure of ours can be
 * read as "evaluated" (0), "something matched --fail-on" (1) or "invalid input" (2).
 */
export const exitCodes = {
  /** Done; nothing matched `--fail-on`. */
  ok: 0,
  /** Evaluated, and an indicator matched `--fail-on` (or a case failed, or `--fail-on-change` saw a change). */
  matched: 1,
  /** Invalid input or usage (an output file that cannot be opened for a reason the user can fix included): every problem is on stderr, nothing on stdout. */
  usage: 2,
  /** An internal error: a bug of ours, reported in one line on stderr. */
  internal: 70,
  /** Standard output, standard error or the output file could not be written (a full disk, a closed device, an I/O error). */
  write: 74,
} as const;
