export declare const budgetBytes: number;

export interface BundleFigures {
  readonly bundler: string;
  /** Bytes gzip of the entry file and the chunks it imports statically. */
  readonly initialGzip: number;
  readonly initialMinified: number;
  /** Bytes gzip of what the first evaluation of valid input loads: the initial load and the assembly's chunk. */
  readonly firstEvaluationGzip: number;
  /** Bytes gzip of every JavaScript file, the chunks behind an `import()` included. */
  readonly totalGzip: number;
  readonly files: number;
  readonly initialFiles: number;
}

/** A consumer's entry file: its name (in `bundle-entries/`) and its code. */
export interface BundleEntry {
  readonly entryFile?: string;
  readonly contents?: string;
}

/** A consumer that imports the package in one module and requires it in another. */
export declare const mixedEntry: string;

export declare function esbuildFigures(
  consumer: string,
  entry?: BundleEntry,
): Promise<BundleFigures & { readonly packageFiles: readonly string[] }>;
export declare function viteFigures(consumer: string): Promise<BundleFigures>;
export declare function webpackFigures(consumer: string, entry?: BundleEntry): Promise<BundleFigures>;
export declare function formatFigures(figures: BundleFigures): string;
