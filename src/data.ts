// ankang-eco-indicators/data: the files bureaus hand in (docs/data-files.md), CSV, JSON and
// XLSX, read as the command line reads them (it uses this entry): browser-safe (no file system;
// a workbook's reader is loaded the first time one is read), so that a page can read a file the
// user drops on it. Apart from the main entry, so that code which only evaluates (and a bundle
// that require()s the main entry whole) carries none of it. Their errors are `DataFileError`,
// exported with the other errors from the main entry.
export { normalizeMeasurementValue } from './data/normalize-value.js';
export type { Catalogue, CountedKeys, NormalizeValueResult } from './data/normalize-value.js';
export { dataEncodings, decodeDataBytes } from './data/decode-text.js';
export type { DataEncoding } from './data/decode-text.js';
export type { DataOptionHints } from './data/option-hints.js';
export { dataColumns, dataTextFormat, readDataTables, readDataText } from './data/read-data.js';
export { defaultMaxDataBytes, isWorkbookFile, readDataFile } from './data/read-file.js';
export type { ReadDataFileOptions } from './data/read-file.js';
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
export { evaluationInput, inputIssuePlace, withInputSources } from './data/evaluation-input.js';
export type { EvaluationInput, EvaluationInputOptions } from './data/evaluation-input.js';
export type { DataSet, MergeDataOptions, YearData } from './data/merge.js';
export {
  templateColumns,
  templateCsv,
  templateHeader,
  templateRows,
  templateSheet,
  templateWorkbook,
} from './data/template.js';
export type { TemplateOptions, TemplateRow, TemplateWorkbookOptions } from './data/template.js';
export type { SheetContent } from './data/xlsx/write-workbook.js';
export type { DeflateRaw } from './data/xlsx/zip-writer.js';
// The JSON reader of every file the package reads: strict, every digit of a number kept (a
// reader per use: `measurementNumber` for figures, `exactRuleNumber` for a rule's numbers), a
// key given twice refused with its place. The command line reads rule and case files with it.
export { JsonNumberRefused, JsonTextError, parseJsonText } from './data/json-text.js';
export type { JsonText } from './data/json-text.js';
export type { JsonTextOptions } from './data/json-text.js';
export { exactRuleNumber, measurementNumber } from './data/json-numbers.js';
// The base of the readers' errors (the JSON reader's among them), and the capped list the
// readers collect their issues in: a host that reads files of its own says its refusals alike.
export { ReadError } from './errors/read-error.js';
export { CappedList } from './vocabulary/capped-list.js';
// How the package words an issue: a catalogue of wordings by code, each worded from its params
// (`worded`), input echoed in params cut as every echo is (`textParam`, `valueParam`) and shown
// as messages show it (`quoted`, `shown`, `preview`). A host that words issues of its own (the
// command line is one) writes its catalogue with these; the types are the main entry's.
export { fixed, listed, preview, quoted, shown, textParam, valueParam, worded, wording } from './messages/wording.js';
