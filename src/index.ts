// The public surface of ankang-eco-indicators: every export by name. Nothing here loads zod
// when imported: valid input is decided without it, and the schemas that word what is refused
// are loaded by `import()` on first need. The zod schemas are the subpath
// `ankang-eco-indicators/schemas`; the tools that load caller rule sets and case files (which
// validate with zod, synchronously) are `ankang-eco-indicators/policy`.
export { evaluate, safeEvaluate } from './evaluation/evaluate.js';
export type { SafeEvaluateResult } from './evaluation/runtime.js';
export { evaluateMany } from './evaluation/evaluate-many.js';
export { evaluateSeries } from './evaluation/evaluate-series.js';
export type { MeasurementSeries } from './evaluation/evaluate-series.js';
export type { EvaluateSeriesOptions } from './schema/series-options.js';
export type { IndicatorProgress, ProgressMeasure, SeriesEvaluation } from './schema/series.js';
export {
  progressCategories,
  progressCategoryWords,
  progressDirections,
  progressMethods,
} from './vocabulary/progress.js';
export type { ProgressCategory, ProgressDirection, ProgressMethod } from './vocabulary/progress.js';
export { combineProgress } from './results/progress.js';
export type {
  EvaluateManyOptions,
  ScenarioBureauResult,
  ScenarioIndicatorResult,
  ScenarioResult,
} from './evaluation/what-if/types.js';
export { formatReport } from './results/report.js';
export type { FormatReportOptions } from './results/report.js';
export { formatMarkdownReport } from './results/markdown-report.js';
export { formatCsvReport } from './results/csv-report.js';
// A CSV field as every report writes one (formulas neutralized, escaped, quoted when it must be).
export { csvField } from './results/csv-field.js';
export type { FormatCsvReportOptions } from './results/csv-report.js';
export {
  baselineLine,
  checkNotes,
  figureNotes,
  figureRows,
  indicatorSources,
  warningLines,
  warningsHeading,
} from './results/data-notes.js';
export type { FigureRow } from './results/data-notes.js';
export { partialResult } from './results/decided.js';
export type { PartialResult } from './results/decided.js';
export {
  describeProgressMeasure,
  formatProgressMarkdownReport,
  formatProgressReport,
} from './results/progress-report.js';
export type { FormatProgressReportOptions } from './results/progress-report.js';
export type { FormatMarkdownReportOptions } from './results/markdown-report.js';
export { combineStatuses } from './results/combine.js';
export type {
  AnyEvaluator,
  DeclaredValue,
  Evaluator,
  NoDeclaredKeys,
  EvaluatorOptions,
  MeasurementKeyOf,
  MeasurementsWith,
  RuleSetDefinition,
  RuleSetInfo,
} from './evaluation/create-evaluator.js';
export { builtinRuleSet } from './engine/builtin-rule-files.js';
// The content hash of the rules built into this version (`evaluation.ruleSet.hash` of `evaluate`):
// a host tells by it whether a rules directory is what the package evaluates by.
export { builtinRuleSetHash } from './generated/builtin-rules.js';
export type { ComparedRuleSet } from './policy/compare.js';
export { formatComparison } from './results/comparison-report.js';
export { formatIndicatorCatalogue } from './results/indicator-catalogue.js';
export type { FormatComparisonOptions } from './results/comparison-report.js';
export type {
  BureauComparison,
  CheckComparison,
  ComparedCheck,
  ComparedGroup,
  DerivationComparison,
  GroupComparison,
  IndicatorComparison,
  RuleSetComparison,
} from './schema/comparison.js';
export type { Case, CaseFile, CaseResult, RunCaseOptions } from './policy/cases.js';
export { CaseFileError } from './errors/case-file-error.js';
export { CaseFailedError } from './errors/case-failed-error.js';
export type { CaseMismatch } from './errors/case-failed-error.js';
export { IssuesError } from './errors/issues-error.js';
export { formatIssuePath, formatIssues } from './errors/format-issues.js';
export type { FormatIssuesOptions } from './errors/format-issues.js';
export { ValidationError } from './errors/validation-error.js';
export { RuleSetError } from './errors/rule-set-error.js';
export type { Issue } from './errors/issue.js';
export type { IssueCode } from './messages/codes.js';
// How the package words an issue (the types; the functions that word one are the data entry's,
// so that `evaluate`'s first load carries none of them).
export type {
  CutText,
  IssueParams,
  IssueText,
  LocalizedParam,
  MessageCatalogue,
  ParamsOf,
  ParamValue,
  TextParam,
  ValueParam,
  Wording,
} from './messages/wording.js';
export type { BureauParam } from './messages/input.js';
export type { InnerIssue } from './messages/rule-set.js';
export { measurementCatalogue, measurementKeys } from './catalogue/measurements.js';
export type { MeasurementInfo, MeasurementKey } from './catalogue/measurements.js';
export { languages } from './vocabulary/localized-text.js';
export type { Language, LocalizedText } from './vocabulary/localized-text.js';
export { measurementKinds } from './vocabulary/measurement-kinds.js';
export type { MeasurementKind } from './vocabulary/measurement-kinds.js';
export { statuses, statusWords } from './vocabulary/status.js';
export type { Status } from './vocabulary/status.js';
export { tableFor } from './vocabulary/year-table.js';
export type { Table } from './vocabulary/year-table.js';
export { bureaus, bureauIds } from './catalogue/bureaus.js';
export { bureauChoices, bureauIdOf, bureauShortNames } from './catalogue/bureau-names.js';
export type { BureauId, BureauInfo } from './catalogue/bureaus.js';
export { indicators } from './engine/indicators.js';
export type { IndicatorInfo } from './engine/indicators.js';
export type { Measurements } from './schema/measurements.js';
export type { EvaluateOptions } from './schema/options.js';
export type { MeasurementDeclaration } from './schema/rule-set.js';
export type { RuleFile, RuleCheck, RuleAnyGroup, RuleAllGroup, RuleTable, RuleTableEntry } from './schema/rule.js';
export type { Derivation } from './schema/derivation.js';
export type {
  AlternativeResult,
  BureauResult,
  CheckResult,
  DerivedValue,
  Evaluation,
  EvaluationSources,
  EvaluationWarning,
  GroupResult,
  IndicatorResult,
  DerivedSource,
  StatusCounts,
  ValuePlace,
  ValueSource,
} from './schema/evaluation.js';
export { warningCodes, warningKinds } from './vocabulary/warning-kinds.js';
export type { WarningCode, WarningKind } from './vocabulary/warning-kinds.js';
export { DataFileError, formatDataPlace } from './errors/data-file-error.js';
export { eiGrades } from './vocabulary/ei-grade.js';
export type { EiGrade } from './vocabulary/ei-grade.js';
export { ruleOperators } from './vocabulary/operators.js';
export { ruleOperatorSymbols, ruleOperatorWords } from './vocabulary/operator-words.js';
export { referenceOf } from './schema/rule-entries.js';
// Text from input as the package's messages show it: invisible characters escaped, cut to a
// line's worth with its length said. A host that words its own messages about a file, a key or a
// value (the command line is one) shows them the same way.
export {
  cutText,
  quotedText,
  quotedTextLength,
  shownPlace,
  shownText,
  shownTextLength,
  unicodeEscape,
  visibleText,
} from './vocabulary/visible-text.js';
export type { RuleOperator } from './vocabulary/operators.js';
