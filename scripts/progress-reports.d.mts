/** A progress report written from an example series. */
export interface ProgressReport {
  /** The path written, without `.zh.md` or `.en.md`. */
  readonly output: string;
  /** The data files read (a series keyed by year, or the long layout). */
  readonly inputs: readonly string[];
  /** Further options of `ankang-eco progress` (`--target-year 2020`). */
  readonly options: readonly string[];
  /** How many warnings the command prints on standard error for these files (a data file's own, such as a note without a value). */
  readonly warnings: number;
}

export declare const progressReports: readonly ProgressReport[];
/** The command-line arguments that print `report` in `lang`. */
export declare function progressReportArguments(report: ProgressReport, lang: 'zh' | 'en'): string[];
