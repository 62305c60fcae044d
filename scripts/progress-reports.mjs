// The progress reports `npm run regenerate` writes from example series, and that
// test/generated-files.test.ts holds current: one entry per series, each written in Chinese and
// English as `${output}.zh.md` and `${output}.en.md`, by `ankang-eco progress <inputs> <options>
// --format markdown --lang <zh|en>`. A new example series is one more line here.

/** @type {readonly import('./progress-reports.d.mts').ProgressReport[]} */
export const progressReports = Object.freeze([
  {
    output: 'examples/sample-progress',
    inputs: ['examples/ankang-2016-2020-series.json'],
    options: ['--target-year', '2020'],
    warnings: 0,
  },
  {
    output: 'examples/ankang-2019-2024-published/progress',
    inputs: ['examples/ankang-2019-2024-published.csv'],
    options: [],
    // 2024's air-quality assessment is noted 尚未公布 (not yet published) without a figure: the
    // command line warns of the note it can show beside no check, on standard error.
    warnings: 1,
  },
]);

/** The command-line arguments that print `report` in `lang`. */
export function progressReportArguments(report, lang) {
  return ['progress', ...report.inputs, ...report.options, '--format', 'markdown', '--lang', lang];
}
