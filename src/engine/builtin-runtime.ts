// The built-in rules as `evaluate` judges by them: what the first evaluation of a page loads.
import { builtinDerivations, builtinRuleRows } from '../generated/builtin-rules.js';
import type { Derivation } from '../schema/derivation.js';
import { decodeRuleRow, type RuleRow } from '../schema/rule-rows.js';
import type { RuleFile } from '../schema/rule.js';

/** The name the built-in rule set states in every evaluation it makes. */
export const builtinRuleSetName = 'ankang-eco-indicators';

/**
 * The built-in rules as `evaluate` compiles them: without their provenance
 * (`event.params.source`), which judging never reads and a browser bundle of `evaluate` need
 * not carry. Only the built-in runtime reads these; everything that shows rules to people
 * uses {@link builtinRuleSet}.
 */
export const builtinRuntimeRules: readonly RuleFile[] = /* @__PURE__ */ builtinRuleRows.map((row) =>
  decodeRuleRow(row as RuleRow),
);

/** The built-in derived percentages as `evaluate` compiles them. */
export const builtinRuntimeDerivations = builtinDerivations as readonly Derivation[];
