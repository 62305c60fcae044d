// ankang-eco-indicators/schemas: the zod (zod/mini) schemas, the single source of the
// package's types and of its JSON Schema files. Apart from the main entry, which loads no zod
// on import; a form or a service that validates with zod imports them from here.
export { measurementsSchema } from './schema/measurements.js';
export { evaluateOptionsSchema } from './schema/options.js';
export {
  ruleAllGroupSchema,
  ruleAnyGroupSchema,
  ruleCheckSchema,
  ruleFileSchema,
  ruleTableSchema,
} from './schema/rule.js';
export { derivationSchema, derivationsFileSchema } from './schema/derivation.js';
export { measurementDeclarationSchema, ruleSetDefinitionSchema } from './schema/rule-set.js';
export { localizedTextSchema } from './schema/common.js';
export {
  alternativeResultSchema,
  bureauResultSchema,
  checkResultSchema,
  derivedSourceSchema,
  derivedValueSchema,
  groupResultSchema,
  evaluationSchema,
  evaluationSourcesSchema,
  valuePlaceSchema,
  valueSourceSchema,
  warningSchema,
  indicatorResultSchema,
  statusCountsSchema,
  statusSchema,
} from './schema/evaluation.js';
export {
  bureauComparisonSchema,
  checkComparisonSchema,
  comparedCheckSchema,
  comparedDerivationSchema,
  comparedGroupCheckSchema,
  comparedGroupSchema,
  derivationComparisonSchema,
  groupComparisonSchema,
  indicatorComparisonSchema,
  ruleSetComparisonSchema,
  statusChangeSchema,
} from './schema/comparison.js';
export { caseFileSchema, caseSchema } from './schema/case-file.js';
export { evaluateSeriesOptionsSchema } from './schema/series-options.js';
export {
  indicatorProgressSchema,
  progressCategorySchema,
  progressMeasureSchema,
  seriesEvaluationSchema,
} from './schema/series.js';
