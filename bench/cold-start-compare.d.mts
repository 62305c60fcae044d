export declare const coldStartRatioBudget: number;

export interface ColdStartRun {
  /** Milliseconds from spawn to exit. */
  readonly wall: number;
  /** Milliseconds the process reported for its imports (and first evaluation). */
  readonly inside: number;
}

export interface ColdStartComparison {
  readonly runs: number;
  readonly withPackage: readonly ColdStartRun[];
  readonly depsOnly: readonly ColdStartRun[];
  readonly packageMedian: number;
  readonly depsMedian: number;
  readonly ratio: number;
  /** The fastest import and first evaluation less the fastest import of the dependencies (ms). */
  readonly ownShareOfFastest: number;
  /** The other build of the package, when one was compared in the same rounds. */
  readonly against?: {
    readonly name: string;
    readonly runs: readonly ColdStartRun[];
    readonly median: number;
    /** Its median over the dependencies'. */
    readonly ratio: number;
  };
}

export declare function compareColdStarts(
  consumer: string,
  runs: number,
  options?: { readonly against?: { readonly project: string; readonly name: string } },
): ColdStartComparison;
export declare function formatColdStarts(result: ColdStartComparison): string;
