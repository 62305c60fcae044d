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

/**
 * A fact a rule reads, `pm25` or `baseline.pm25`: the measurement key, and whether it is read
 * from the baseline.
 */
export function referenceOf(fact: string): { readonly key: string; readonly isBaseline: boolean } {
  const isBaseline = fact.startsWith('baseline.');
  return { key: isBaseline ? fact.slice('baseline.'.length) : fact, isBaseline };
}
