// ankang-eco-indicators/data: the files bureaus hand in (spec/data-files.md), read as the
// command line reads them: browser-safe (no file system), so that a page can read a file the
// user drops on it. Apart from the main entry, so that code which only evaluates (and a bundle
// that require()s the main entry whole) carries none of it. Their errors are `DataFileError`,
// exported with the other errors from the main entry.
export { normalizeMeasurementValue } from './data/normalize-value.js';
export type { Catalogue, CountedKeys, NormalizeValueResult } from './data/normalize-value.js';
export { dataEncodings, decodeDataBytes } from './data/decode-text.js';
export type { DataEncoding } from './data/decode-text.js';
export { dataColumns, dataTextFormat, readDataTables, readDataText } from './data/read-data.js';
export type {
  DataCell,
  DataColumn,
  DataLocation,
  DataRow,
  DataTable,
  DataTextFormat,
  ReadDataOptions,
} from './data/read-data.js';
export type { DataFile, DataWarning, Observation } from './data/observations.js';
export { inYear, latestDataYear, mergeDataFiles, yearData } from './data/merge.js';
export { withSources } from './data/evaluation-sources.js';
export type { DataSet, MergeDataOptions, YearData } from './data/merge.js';
export { templateColumns, templateHeader, templateRows } from './data/template.js';
export type { TemplateOptions, TemplateRow } from './data/template.js';
// The JSON reader of every file the package reads: strict, every digit of a number kept (a
// reader per use: `measurementNumber` for figures, `exactRuleNumber` for a rule's numbers), a
// key given twice refused with its place. The command line reads rule and case files with it.
export { JsonNumberRefused, JsonTextError, parseJsonText } from './data/json-text.js';
export type { JsonTextOptions } from './data/json-text.js';
export { exactRuleNumber, measurementNumber } from './data/json-numbers.js';
