// The public surface of ankang-eco-indicators: every export by name.
export { evaluate, safeEvaluate } from './evaluate.js';
export type { SafeEvaluateResult } from './evaluator.js';
export { evaluateMany } from './evaluate-many.js';
export type { EvaluateManyOptions, ScenarioBureauResult, ScenarioIndicatorResult, ScenarioResult } from './what-if.js';
export { formatReport } from './results/report.js';
export type { FormatReportOptions } from './results/report.js';
export { formatMarkdownReport } from './results/markdown-report.js';
export type { FormatMarkdownReportOptions } from './results/markdown-report.js';
export { combineStatuses } from './results/combine.js';
export { createEvaluator } from './create-evaluator.js';
export type {
  AnyEvaluator,
  DeclaredValue,
  Evaluator,
  NoDeclaredKeys,
  EvaluatorOptions,
  MeasurementsWith,
  RuleSetDefinition,
  RuleSetInfo,
} from './create-evaluator.js';
export { builtinRuleSet } from './builtin-rule-set.js';
export { compareRuleSets } from './compare.js';
export type { ComparedRuleSet } from './compare.js';
export { formatComparison } from './results/comparison-report.js';
export { formatIndicatorCatalogue } from './results/indicator-catalogue.js';
export type { FormatComparisonOptions } from './results/comparison-report.js';
export {
  bureauComparisonSchema,
  checkComparisonSchema,
  comparedCheckSchema,
  indicatorComparisonSchema,
  ruleSetComparisonSchema,
  statusChangeSchema,
} from './results/comparison-schema.js';
export type {
  BureauComparison,
  CheckComparison,
  ComparedCheck,
  IndicatorComparison,
  RuleSetComparison,
} from './results/comparison-schema.js';
export { assertCase, caseFileSchema, caseSchema, parseCaseFile, runCase } from './cases.js';
export type { Case, CaseFile, CaseMismatch, CaseResult, RunCaseOptions } from './cases.js';
export { CaseFileError } from './errors/case-file-error.js';
export { CaseFailedError } from './errors/case-failed-error.js';
export { ValidationError } from './errors/validation-error.js';
export { RuleSetError } from './errors/rule-set-error.js';
export type { Issue } from './errors/issue.js';
export { measurementCatalogue, measurementKeys } from './catalogue/measurements.js';
export type { LocalizedText, MeasurementInfo, MeasurementKey, MeasurementKind } from './catalogue/measurements.js';
export { bureaus, bureauIds } from './catalogue/bureaus.js';
export type { BureauId, BureauInfo } from './catalogue/bureaus.js';
export { indicators } from './indicators.js';
export type { IndicatorInfo } from './indicators.js';
export { measurementsSchema } from './schema/measurements.js';
export type { Measurements } from './schema/measurements.js';
export { evaluateOptionsSchema } from './schema/options.js';
export type { EvaluateOptions } from './schema/options.js';
export { ruleCheckSchema, ruleFileSchema } from './schema/rule.js';
export { measurementDeclarationSchema, ruleSetDefinitionSchema } from './schema/rule-set.js';
export type { MeasurementDeclaration } from './schema/rule-set.js';
export type { RuleFile, RuleCheck } from './schema/rule.js';
export {
  bureauResultSchema,
  checkResultSchema,
  evaluationSchema,
  indicatorResultSchema,
  statusCountsSchema,
  statusSchema,
} from './results/schema.js';
export type { BureauResult, CheckResult, Evaluation, IndicatorResult, Status, StatusCounts } from './results/schema.js';
export type { EiGrade } from './engine/ei-grade.js';
export { ruleOperatorSymbols, ruleOperators } from './engine/operators.js';
export type { RuleOperator } from './engine/operators.js';
