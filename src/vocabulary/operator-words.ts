import type { LocalizedText } from './localized-text.js';
import { ruleOperators, type RuleOperator } from './operators.js';

// How operators read to people, apart from the operators themselves: `evaluate` compares with
// them and never shows them, so its bundle need not carry these words.

/**
 * How each operator reads in a report or a UI, in Chinese and English: a symbol, or words
 * where there is none (`为` / `is`, `EI 等级 ≥` / `EI grade ≥`).
 *
 * @example
 * ```ts
 * `${check.key} ${ruleOperatorWords[check.operator].zh} ${String(check.threshold)}`; // 'airQualityAssessmentPassed 为 true'
 * ```
 */
export const ruleOperatorWords: Readonly<Record<RuleOperator, LocalizedText>> = /* @__PURE__ */ Object.freeze({
  decimalAtLeast: { zh: '≥', en: '≥' },
  decimalAtMost: { zh: '≤', en: '≤' },
  decimalGreaterThan: { zh: '>', en: '>' },
  decimalEqual: { zh: '=', en: '=' },
  booleanIs: { zh: '为', en: 'is' },
  eiGradeAtLeast: { zh: 'EI 等级 ≥', en: 'EI grade ≥' },
});

/**
 * How each operator reads in English: `≥`, `≤`, `>`, `=`, `is`, `EI grade ≥` (the English of
 * {@link ruleOperatorWords}).
 *
 * @example
 * ```ts
 * `${check.key} ${ruleOperatorSymbols[check.operator]} ${String(check.threshold)}`; // 'greenTravelPercent ≥ 35'
 * ```
 */
export const ruleOperatorSymbols: Readonly<Record<RuleOperator, string>> = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.fromEntries(
    ruleOperators.map((operator) => [operator, ruleOperatorWords[operator].en]),
  ) as Record<RuleOperator, string>,
);
