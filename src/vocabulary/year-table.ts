/**
 * A table of a rule: a year with its own targets (the seed's 年度工作任务), or the creation
 * standard (`'standard'`).
 */
export type Table = number | 'standard';

/**
 * The table that applies to `year`: the year's own where there is one, else the creation
 * standard. The one answer to "which targets judge this year", for a rule set (its years
 * with tables) and for one indicator (the years it has tables for) alike.
 */
export function tableFor(year: number, yearsWithTables: { has(year: number): boolean } | readonly number[]): Table {
  const has = Array.isArray(yearsWithTables)
    ? (yearsWithTables as readonly number[]).includes(year)
    : (yearsWithTables as { has(year: number): boolean }).has(year);
  return has ? year : 'standard';
}
