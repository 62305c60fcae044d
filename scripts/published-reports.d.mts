/** One committed report of examples/ankang-2019-2024-published.csv. */
export interface PublishedReport {
  readonly year: number;
  readonly lang: 'zh' | 'en';
  readonly format: 'markdown' | 'table';
}

export declare const publishedData: string;
export declare const publishedReports: readonly PublishedReport[];
export declare function publishedReportPath(report: PublishedReport): string;
export declare function publishedReportArgs(report: PublishedReport): string[];
