// The reports of examples/ankang-2019-2024-published.csv that are committed beside it: which, where
// and with which arguments of `ankang-eco evaluate`. One list, read by scripts/regenerate.mjs,
// which writes them, and by test/generated-files.test.ts, which holds them equal to what it writes.

/** The data file. */
export const publishedData = 'examples/ankang-2019-2024-published.csv';

/** Each report: the year evaluated, the language and the format. */
export const publishedReports = [2021, 2024].flatMap((year) =>
  ['zh', 'en'].flatMap((lang) => ['markdown', 'table'].map((format) => ({ year, lang, format }))),
);

/** Where a report is committed. */
export const publishedReportPath = ({ year, lang, format }) =>
  `examples/ankang-2019-2024-published/evaluate-${year}.${lang}.${format === 'markdown' ? 'md' : 'txt'}`;

/** The arguments of `ankang-eco evaluate` that print it. */
export const publishedReportArgs = ({ year, lang, format }) => [
  'evaluate',
  publishedData,
  '--year',
  String(year),
  '--format',
  format,
  '--lang',
  lang,
  '--sources',
];
