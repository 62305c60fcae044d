import { builtinRuleFiles } from './builtin-rule-files.js';
import { seedTasks } from '../generated/seed-tasks.js';
import { deepFreeze } from '../vocabulary/deep-freeze.js';
import type { BureauId } from '../catalogue/bureaus.js';
import type { LocalizedText } from '../vocabulary/localized-text.js';
import type { RuleFile } from '../schema/rule.js';

/** One indicator of the built-in rule set, with its provenance in the seed table. */
export interface IndicatorInfo {
  readonly number: number;
  readonly id: string;
  readonly bureau: BureauId;
  readonly name: LocalizedText;
  /** The seed table's row, verbatim: 创建指标 (`indicator`), 责任单位 (`bureau`), 年度工作任务 (`task`). */
  readonly source: { readonly indicator: string; readonly bureau: string; readonly task: string };
  /** The rule file, as in `rules/`. */
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
// Pure, annotated so: a bundle that does not use `indicators` drops the call, and with it the
// task texts. The inner annotation covers the `.map(…).sort(…)` chain, an argument that
// bundlers would otherwise keep for its possible side effects.
export const indicators: readonly IndicatorInfo[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ builtinRuleFiles
    .map(({ file, rule }) => {
      const runtimeRule = rule;
      const { number, id, bureau, name } = runtimeRule.event.params;
      const source = { ...runtimeRule.event.params.source, task: seedTasks[file] ?? '' };
      const fullRule: RuleFile = {
        ...runtimeRule,
        event: { ...runtimeRule.event, params: { ...runtimeRule.event.params, source } },
      };
      return { number, id, bureau, name, source, rule: fullRule };
    })
    .sort((a, b) => a.number - b.number),
);
