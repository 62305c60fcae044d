import { builtinProvenance } from '../generated/builtin-provenance.js';
import { builtinDerivations } from '../generated/builtin-rules.js';
import type { Derivation } from '../schema/derivation.js';
import type { RuleFile } from '../schema/rule.js';
import { deepFreeze } from '../vocabulary/deep-freeze.js';
import { builtinRuleSetName, builtinRuntimeRules } from './builtin-runtime.js';

/** Each rule file of `rules/` (its task text apart), provenance included, in file order. */
export const builtinRuleFiles: readonly { readonly file: string; readonly rule: RuleFile }[] =
  /* @__PURE__ */ builtinRuntimeRules.map((rule, index) => {
    const { file, source } = builtinProvenance[index] as {
      readonly file: string;
      readonly source: RuleFile['event']['params']['source'];
    };
    return { file, rule: { ...rule, event: { ...rule.event, params: { ...rule.event.params, source } } } };
  });

/**
 * The built-in rule set, the one `evaluate` uses: the rules of `rules/*.json` (without
 * their task texts) and the derived percentages of `rules/derivations.json`, deep-frozen. A
 * rule-set definition as it is: copy it to make a rule set of your own.
 *
 * @example
 * ```ts
 * import { builtinRuleSet } from 'ankang-eco-indicators';
 * import { createEvaluator } from 'ankang-eco-indicators/policy';
 *
 * const rules = structuredClone(builtinRuleSet.rules);
 * // … change a threshold in `rules` …
 * const proposal = createEvaluator({ ...builtinRuleSet, name: 'energy-0.85', rules });
 * ```
 */
export const builtinRuleSet: {
  readonly name: string;
  readonly rules: readonly RuleFile[];
  readonly derivations: readonly Derivation[];
} = /* @__PURE__ */ deepFreeze({
  name: builtinRuleSetName,
  rules: /* @__PURE__ */ builtinRuleFiles.map((entry) => entry.rule),
  derivations: builtinDerivations as readonly Derivation[],
});
