// The built-in rules: as `evaluate` compiles them (./builtin-runtime.ts), and as people are
// shown them, with their provenance (./builtin-rule-files.ts). Two modules, so that a bundler
// puts the provenance with the chunks that show rules, not with the evaluation a page's first
// screen needs; named here together.
export { builtinRuleFiles, builtinRuleSet } from './builtin-rule-files.js';
export { builtinRuleSetName, builtinRuntimeDerivations, builtinRuntimeRules } from './builtin-runtime.js';
