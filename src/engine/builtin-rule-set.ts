import { deepFreeze } from '../vocabulary/deep-freeze.js';
import { builtinRuleFiles } from '../generated/builtin-rules.js';
import type { RuleFile } from '../schema/rule.js';

/** The name the built-in rule set states in every evaluation it makes. */
export const builtinRuleSetName = 'ankang-eco-indicators';

/**
 * The built-in rule set, the one {@link evaluate} uses: the rules of `rules/*.json` (without
 * their task texts), deep-frozen. Copy it to make a rule set of your own.
 *
 * @example
 * ```ts
 * import { builtinRuleSet } from 'ankang-eco-indicators';
 * import { createEvaluator } from 'ankang-eco-indicators/policy';
 *
 * const rules = structuredClone(builtinRuleSet.rules);
 * // … change a threshold in `rules` …
 * const proposal = createEvaluator({ name: 'energy-0.85', rules });
 * ```
 */
export const builtinRuleSet: { readonly name: string; readonly rules: readonly RuleFile[] } = deepFreeze({
  name: builtinRuleSetName,
  rules: builtinRuleFiles.map((entry) => entry.rule as RuleFile),
});

/** The file of each built-in rule, in the order of {@link builtinRuleSet}'s rules: names rules in issues. */
export const builtinRuleLabels: readonly string[] = builtinRuleFiles.map((entry) => entry.file);
