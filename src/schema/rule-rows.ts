import type { RuleFile } from './rule.js';

// The built-in rules as src/generated/builtin-rules.ts writes them: a row per rule and a check
// as [fact, operator, value], a tenth of `evaluate`'s bundle smaller than the rule objects.
// The generator writes rows with encodeRuleRow and refuses to write any rule that decodeRuleRow
// does not give back exactly; entries of another shape are kept as they are.

/** A rule as a row: number, id, bureau, Chinese and English name, tables. */
export type RuleRow = readonly [
  number: number,
  id: string,
  bureau: string,
  zh: string,
  en: string,
  tables: readonly (readonly [name: string, entries: readonly unknown[]])[],
];

/** The row of a rule without provenance. */
export function encodeRuleRow(rule: RuleFile): RuleRow {
  const { number, id, bureau, name } = rule.event.params;
  return [
    number,
    id,
    bureau,
    name.zh,
    name.en,
    rule.conditions.all.map((table) => [
      table.name,
      table.all.map((entry) =>
        'fact' in entry && Object.keys(entry).join() === 'fact,operator,value'
          ? [entry.fact, entry.operator, entry.value]
          : entry,
      ),
    ]),
  ];
}

/** The rule of a row (`priority` 1 and `type` "indicator", as every rule has them). */
export function decodeRuleRow([number, id, bureau, zh, en, tables]: RuleRow): RuleFile {
  return {
    name: id,
    priority: 1,
    conditions: {
      all: tables.map(([name, entries]) => ({
        name,
        all: entries.map((entry) => {
          if (!Array.isArray(entry)) return entry;
          const [fact, operator, value] = entry as readonly unknown[];
          return { fact, operator, value };
        }) as RuleFile['conditions']['all'][number]['all'],
      })),
    },
    event: { type: 'indicator', params: { number, id, bureau, name: { zh, en } } },
  } as RuleFile;
}
