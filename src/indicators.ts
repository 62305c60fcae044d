import { builtinRuleFiles } from './builtin-rules.js';
import type { BureauId } from './catalogue/bureaus.js';
import type { LocalizedText } from './catalogue/measurements.js';
import type { RuleFile } from './schema/rule.js';

/** One indicator of the built-in rule set, with its provenance in the seed table. */
export interface IndicatorInfo {
  readonly number: number;
  readonly id: string;
  readonly bureau: BureauId;
  readonly name: LocalizedText;
  /** The seed table's row, verbatim: 创建指标, 责任单位, 年度工作任务. */
  readonly source: RuleFile['event']['params']['source'];
  /** The rule as json-rules-engine reads it. */
  readonly rule: RuleFile;
}

/**
 * The 34 indicators of the built-in rules, in the table's order: for catalogues, forms and
 * dashboards that list indicators before any evaluation.
 *
 * @example
 * ```ts
 * for (const indicator of indicators) console.log(indicator.number, indicator.name.zh, indicator.bureau);
 * ```
 */
export const indicators: readonly IndicatorInfo[] = Object.freeze(
  builtinRuleFiles
    .map(({ rule }) => {
      const file = rule as RuleFile;
      const { number, id, bureau, name, source } = file.event.params;
      return Object.freeze({ number, id, bureau, name, source, rule: file });
    })
    .sort((a, b) => a.number - b.number),
);
