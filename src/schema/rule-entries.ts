import type { RuleAnyGroup, RuleCheck, RuleTableEntry } from './rule.js';

// Reading the entries of a rule's table without zod (only the types of ./rule.ts): `evaluate`
// compiles the built-in rules with these, and zod's schemas must stay out of its bundle.

/** Whether a table entry is an `any` group rather than a check. */
export function isAnyGroup(entry: RuleTableEntry): entry is RuleAnyGroup {
  return 'any' in entry;
}

/** The checks of an entry of a table, an `any` group's included, in order. */
export function checksOfEntry(entry: RuleTableEntry): readonly RuleCheck[] {
  if (!isAnyGroup(entry)) return [entry];
  return entry.any.flatMap((alternative) => ('all' in alternative ? alternative.all : [alternative]));
}
