import { deepFreeze } from '../vocabulary/deep-freeze.js';
import type { LocalizedText } from '../vocabulary/localized-text.js';

/** A responsible bureau (责任单位) of the contract. */
export interface BureauInfo {
  readonly id: BureauId;
  readonly name: LocalizedText;
}

/** The contract's bureau table: one home for the ids and the names. */
const bureauTable = [
  { id: 'ecology-environment', name: { zh: '市生态环境局', en: 'Municipal Ecology and Environment Bureau' } },
  { id: 'natural-resources', name: { zh: '市自然资源局', en: 'Municipal Natural Resources Bureau' } },
  { id: 'development-reform', name: { zh: '市发改委', en: 'Municipal Development and Reform Commission' } },
  { id: 'water-resources', name: { zh: '市水利局', en: 'Municipal Water Resources Bureau' } },
  { id: 'industry-it', name: { zh: '市工信局', en: 'Municipal Industry and Information Technology Bureau' } },
  { id: 'forestry', name: { zh: '市林业局', en: 'Municipal Forestry Bureau' } },
  { id: 'housing-urban-rural', name: { zh: '市住建局', en: 'Municipal Housing and Urban-Rural Development Bureau' } },
  { id: 'transport', name: { zh: '市交通局', en: 'Municipal Transport Bureau' } },
  { id: 'finance', name: { zh: '市财政局', en: 'Municipal Finance Bureau' } },
  { id: 'organization', name: { zh: '市委组织部', en: 'Organization Department of the Municipal Party Committee' } },
  { id: 'statistics', name: { zh: '市统计局', en: 'Municipal Statistics Bureau' } },
] as const;

/** A bureau id of the contract. */
export type BureauId = (typeof bureauTable)[number]['id'];

/**
 * Every bureau with its Chinese name (as the seed table writes it) and English name, in the
 * order of the contract's bureau table (the order of `evaluation.bureaus`).
 *
 * @example
 * ```ts
 * const transport = bureaus.find((bureau) => bureau.id === 'transport');
 * console.log(transport?.name.zh, transport?.name.en); // '市交通局' 'Municipal Transport Bureau'
 * ```
 */
export const bureaus: readonly BureauInfo[] = /* @__PURE__ */ deepFreeze(bureauTable);

/** Bureau ids, in the order of the contract's bureau table. */
export const bureauIds: readonly [BureauId, ...BureauId[]] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ bureauTable.map((bureau) => bureau.id) as [BureauId, ...BureauId[]],
);
