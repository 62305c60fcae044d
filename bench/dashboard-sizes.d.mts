/** One JavaScript file of the dashboard's build. */
export interface DashboardFile {
  readonly fileName: string;
  readonly bytes: number;
  /** Bytes gzipped at level 9. */
  readonly gzip: number;
  /** The module the chunk stands for (relative to the repository), `null` for a shared chunk. */
  readonly facade: string | null;
  readonly moduleIds: readonly string[];
  /** The packages in node_modules/ its modules come from. */
  readonly packages: readonly string[];
}

/** What the dashboard's index.html loads at start-up, what only behind an `import()`, and its CSS. */
export interface DashboardLoads {
  readonly startup: readonly DashboardFile[];
  readonly lazy: readonly DashboardFile[];
  readonly stylesheets: readonly { readonly fileName: string; readonly bytes: number; readonly gzip: number }[];
}

/** The part of `vite build`'s output read here. */
export interface DashboardBuildOutput {
  readonly output: readonly (
    | {
        readonly type: 'chunk';
        readonly fileName: string;
        readonly code: string;
        readonly imports: readonly string[];
        readonly facadeModuleId: string | null;
        readonly moduleIds: readonly string[];
      }
    | { readonly type: 'asset'; readonly fileName: string; readonly source: string | Uint8Array }
  )[];
}

export declare const dashboardConfigFile: string;
export declare function dashboardLoads(output: DashboardBuildOutput): DashboardLoads;
/** Builds the dashboard as `npm run dashboard:build` does (into `outDir`, examples/dashboard/dist/ by default). */
export declare function measureDashboard(options?: { readonly outDir?: string }): Promise<DashboardLoads>;
