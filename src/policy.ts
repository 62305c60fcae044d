// ankang-eco-indicators/policy: the tools of policy staff, which check what they are given
// with zod when they are called (synchronously): caller rule sets, comparisons of rule sets,
// declarative case files. Apart from the main entry, which loads no zod on import.
export { createEvaluator } from './evaluation/create-evaluator.js';
export { compareRuleSets } from './policy/compare.js';
export { assertCase, parseCaseFile, runCase } from './policy/cases.js';
